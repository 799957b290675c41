/*
 * check: every bad fixture of the readers (tests/data/bad/, one mistake per
 * file) gives exactly the lines of its .expect sidecar, as `topset check
 * FILE` run inside that folder prints them; every good file passes with
 * the right kind.
 */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* Fixture prefixes owned by the readers; other modules test their own. */
static const char *const prefixes[] = {"csv-", "template-", "log-", "maxes-", "roster-"};

static bool
ours(const char *name)
{
    size_t len = strlen(name);
    if (len < 5 || strcmp(name + len - 4, ".csv") != 0)
        return false;
    for (size_t i = 0; i < sizeof prefixes / sizeof prefixes[0]; i++)
        if (strncmp(name, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

/* check_file's messages as errlist_print writes them (as `topset check`
 * shows them). Caller frees. */
static char *
run_check(const char *path, int *rc, const char **kind)
{
    struct errlist e;
    errlist_init(&e);
    /* A log's bad row is a warning that skips it, but under --strict the
     * error these fixtures pin (tests/e2e/log-reading.sh has the rest). */
    e.strict = strncmp(path, "log-", 4) == 0 || strncmp(path, "import-", 7) == 0;
    *rc = check_file(path, NULL, DATE_ORDER_AUTO, &e, kind);
    char *out = test_errors_printed(&e);
    errlist_free(&e);
    return out;
}

int
main(void)
{
    plan_lazy();
    char *bad_dir = test_data_path("bad");
    char *ok_dir = test_data_path("ok");
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL || chdir(bad_dir) != 0)
        bail("cannot enter %s", bad_dir);

    DIR *d = opendir(".");
    if (d == NULL)
        bail("cannot list %s", bad_dir);
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (ours(de->d_name)) {
            names = xreallocarray(names, n + 1, sizeof *names);
            names[n++] = xstrdup(de->d_name);
        }
    closedir(d);
    if (n > 0) /* qsort wants a valid pointer even for no items */
        qsort(names, n, sizeof *names, cmp_names);
    ok(n >= 25, "at least 25 bad fixtures (%zu)", n);

    for (size_t i = 0; i < n; i++) {
        char *expect_path = xasprintf("%.*s.expect", (int) (strlen(names[i]) - 4), names[i]);
        char *want = test_slurp(expect_path, NULL);
        int rc;
        const char *kind;
        char *got = run_check(names[i], &rc, &kind);
        if (want == NULL)
            ok(false, "%s: has no %s", names[i], expect_path);
        else
            is_string(want, got, "%s: messages", names[i]);
        is_int(-1, rc, "%s: fails", names[i]);
        free(got);
        free(want);
        free(expect_path);
        free(names[i]);
    }
    free(names);

    /* Good files, and what they are taken for. */
    if (chdir(cwd) != 0 || chdir(ok_dir) != 0)
        bail("cannot enter %s", ok_dir);
    static const struct {
        const char *file, *kind;
    } good[] = {
        {"template.csv", "template"},       {"template-excel.csv", "template"},
        {"log-native.csv", "log (native)"}, {"log-tabs.csv", "log (native)"},
        {"log-plan.csv", "log (plan)"},     {"maxes.csv", "maxes"},
        {"roster.csv", "roster"},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int rc;
        const char *kind = NULL;
        char *got = run_check(good[i].file, &rc, &kind);
        is_string("", got, "%s: no messages", good[i].file);
        is_int(0, rc, "%s: passes", good[i].file);
        is_string(good[i].kind, kind, "%s: taken for a %s", good[i].file, good[i].kind);
        free(got);
    }

    /* A roster's missing file is reported once, at the first client that
     * names it; a missing file itself names the file. */
    if (chdir(test_tmpdir()) != 0)
        bail("cannot enter the temporary folder");
    test_put_file("r.csv", "client,template\nA,gone.csv\nB,gone.csv\n");
    int rc;
    const char *kind;
    char *got = run_check("r.csv", &rc, &kind);
    is_string("r.csv:2: client \"A\": template \"gone.csv\": No such file or directory\n", got,
              "a shared missing template: one message");
    is_string("roster", kind, "still taken for a roster");
    free(got);
    got = run_check("none.csv", &rc, &kind);
    is_string("none.csv: No such file or directory\n", got, "missing file");
    ok(rc == -1 && kind == NULL, "missing file: fails, no kind");
    free(got);

    free(bad_dir);
    free(ok_dir);
    return 0;
}
