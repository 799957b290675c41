/*
 * apps: every row of the table of app exports is reachable by its --from
 * name (in any case) and every layout of it is detected, by `--log` and by
 * `topset import --from`, from a fixture of its own in tests/data/import.
 * A new layout without a fixture below fails here.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apps.h"
#include "import.h"
#include "log.h"
#include "log_dialect.h"
#include "tap/basic.h"
#include "util.h"

/* A fixture per layout (dialect name), in tests/data/import. */
static const struct {
    const char *dialect, *file;
} fixtures[] = {
    {"strong", "strong-comma.csv"},
    {"strong-semicolon", "strong-semicolon.csv"},
    {"strong-quoted", "strong-quoted-kg.csv"},
    {"strong-2016", "strong-2016.csv"},
    {"strong-by-position", "strong-any-language.csv"},
    {"hevy", "hevy-kg.csv"},
    {"fitnotes", "fitnotes-current.csv"},
    {"fitnotes-legacy", "fitnotes-legacy-kgs.csv"},
    {"fitnotes-ios", "fitnotes-ios.csv"},
    {"fitnotes-status", "fitnotes-status.csv"},
    {"liftosaur", "liftosaur.csv"},
};

#define NFIXTURES (sizeof fixtures / sizeof fixtures[0])

static const char *
fixture_of(const char *dialect)
{
    for (size_t i = 0; i < NFIXTURES; i++)
        if (strcmp(fixtures[i].dialect, dialect) == 0)
            return fixtures[i].file;
    return NULL;
}

/* The name in capitals: --from takes any case. */
static char *
upper(const char *s)
{
    char *u = xstrdup(s);
    for (char *c = u; *c != '\0'; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char) (*c - 'a' + 'A');
    return u;
}

/* Layout d of app a: log_read detects it from its fixture, and
 * `topset import --from a` reads the fixture. */
static void
test_layout(const struct app *a, const struct log_dialect *d)
{
    is_string(a->title, d->description, "%s: the dialect %s is described as the app", a->name,
              d->name);
    const char *file = fixture_of(d->name);
    if (!ok(file != NULL, "%s: the layout %s has a fixture", a->name, d->name))
        return;
    char *rel = xasprintf("import/%s", file);
    char *path = test_data_path(rel);
    struct log log;
    struct errlist errs;
    log_init(&log);
    errlist_init(&errs);
    is_int(0, log_read(path, NULL, &log, &errs), "%s: --log reads %s", a->name, file);
    is_string(d->name, log.format, "%s: %s is detected as %s", a->name, file, d->name);
    log_free(&log);
    errlist_free(&errs);

    FILE *out = tmpfile();
    if (out == NULL)
        bail("cannot make a temporary file");
    errlist_init(&errs);
    is_int(0, import_run(a, path, DATE_ORDER_AUTO, out, &errs), "%s: import --from %s reads %s",
           a->name, a->name, file);
    ok(ftell(out) > 0, "%s: and writes a log", a->name);
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    errlist_free(&errs);
    fclose(out);
    free(path);
    free(rel);
}

static void
test_app(const struct app *a)
{
    ok(app_named(a->name) == a, "%s: --from %s finds it", a->name, a->name);
    char *u = upper(a->name);
    ok(app_named(u) == a, "%s: --from %s finds it", a->name, u);
    free(u);
    ok(*a->title != '\0' && *a->columns != '\0', "%s: has a title and its columns", a->name);
    ok(a->layouts[0] != NULL, "%s: has a layout", a->name);
    for (size_t k = 0; k < APP_MAX_LAYOUTS && a->layouts[k] != NULL; k++)
        test_layout(a, a->layouts[k]);
}

/* A file of another app is refused, naming the columns of this one. */
static void
test_wrong_app(void)
{
    const struct app *hevy = app_named("hevy");
    if (hevy == NULL) {
        skip("no hevy in the table");
        return;
    }
    char *path = test_data_path("import/strong-comma.csv");
    struct errlist errs;
    errlist_init(&errs);
    FILE *out = tmpfile();
    if (out == NULL)
        bail("cannot make a temporary file");
    is_int(-1, import_run(hevy, path, DATE_ORDER_AUTO, out, &errs),
           "a Strong export is not a Hevy one");
    char *want = xasprintf("%s:1: not a Hevy export: expected a header with %s", path,
                           hevy->columns);
    is_string(want, errs.n ? errs.msgs[0] : NULL, "and the message names Hevy's columns");
    ok(ftell(out) == 0, "nothing written");
    fclose(out);
    free(want);
    errlist_free(&errs);
    free(path);
}

int
main(void)
{
    plan_lazy();
    ok(napps > 0, "the table has apps");
    for (size_t i = 0; i < napps; i++)
        test_app(&apps[i]);
    ok(app_named("jefit") == NULL, "an app not in the table is not found");

    /* No layout belongs to two apps: detection would give it to the first. */
    size_t shared = 0;
    for (size_t i = 0; i < napps; i++)
        for (size_t j = i + 1; j < napps; j++)
            for (size_t k = 0; k < APP_MAX_LAYOUTS && apps[i].layouts[k]; k++)
                for (size_t m = 0; m < APP_MAX_LAYOUTS && apps[j].layouts[m]; m++)
                    shared += apps[i].layouts[k] == apps[j].layouts[m];
    is_int(0, (long) shared, "no layout is listed under two apps");

    /* The lists --help and messages give hold every app, in order. */
    char *names = app_names("|", "|"), *titles = app_titles(", ", " or ");
    char *want_names = NULL, *want_titles = NULL;
    for (size_t i = 0; i < napps; i++) {
        list_append(&want_names, i, napps, apps[i].name, "|", "|");
        list_append(&want_titles, i, napps, apps[i].title, ", ", " or ");
    }
    is_string(want_names, names, "app_names lists every app");
    is_string(want_titles, titles, "app_titles lists every app");
    is_string("strong|hevy|fitnotes|liftosaur", names, "the apps today");
    free(names);
    free(titles);
    free(want_names);
    free(want_titles);

    test_wrong_app();
    return 0;
}
