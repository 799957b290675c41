/* errors: the message formats, and the cap: past ERRORS_MAX_REPORTED
 * problems only a count is kept, shown as "... and N more problem(s)". */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* e with n problems "f.csv:LINE: bad", lines 1 to n. */
static void
fill(struct errlist *e, size_t n)
{
    errlist_init(e);
    for (size_t i = 1; i <= n; i++)
        err_at(e, "f.csv", i, 0, "bad");
}

/* What errlist_print writes for e with prefix. Caller frees. */
static char *
printed(const struct errlist *e, const char *prefix)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    if (fp == NULL)
        bail("out of memory");
    errlist_print(e, fp, prefix);
    if (fclose(fp) != 0)
        bail("out of memory");
    return text;
}

/* The lines "f.csv:1: bad" to "f.csv:n: bad", each followed by sep but
 * the last. Caller frees. */
static char *
kept_lines(size_t n, const char *prefix, const char *sep)
{
    char *s = xstrdup("");
    for (size_t i = 1; i <= n; i++) {
        char *next = xasprintf("%s%s%sf.csv:%zu: bad", s, i > 1 ? sep : "", prefix, i);
        free(s);
        s = next;
    }
    return s;
}

static void
test_formats(void)
{
    struct errlist e;
    errlist_init(&e);
    err_at(&e, NULL, 3, 4, "no file: %s", "no position");
    err_at(&e, "f.csv", 0, 9, "no line: no column either");
    err_at(&e, "f.csv", 12, 0, "a line");
    err_at(&e, "f.csv", 12, 5, "a line and a column %d", 7);
    char *text = errlist_text(&e);
    is_string("no file: no position\n"
              "f.csv: no line: no column either\n"
              "f.csv:12: a line\n"
              "f.csv:12:5: a line and a column 7",
              text, "FILE, FILE:LINE, FILE:LINE:COL, or the text alone");
    free(text);
    is_int(4, (long) errlist_count(&e), "four counted");
    errlist_free(&e);
    is_int(0, (long) errlist_count(&e), "none after errlist_free");
    text = errlist_text(&e);
    is_string("", text, "no problems: an empty text");
    free(text);
    text = test_errors_printed(&e);
    is_string("", text, "and nothing printed");
    free(text);
}

static void
test_cap(void)
{
    struct errlist e;
    char *want, *got, *lines;

    fill(&e, ERRORS_MAX_REPORTED);
    is_int(50, ERRORS_MAX_REPORTED, "the cap is 50");
    got = errlist_text(&e);
    want = kept_lines(50, "", "\n");
    is_string(want, got, "50 problems: all 50, no more line");
    free(want);
    free(got);
    errlist_free(&e);

    fill(&e, 51);
    ok(e.n == 50 && e.dropped == 1 && errlist_count(&e) == 51, "51: 50 kept, 1 counted");
    got = errlist_text(&e);
    lines = kept_lines(50, "", "\n");
    want = xasprintf("%s\n... and 1 more problem", lines);
    is_string(want, got, "51 problems: \"... and 1 more problem\"");
    free(lines);
    free(want);
    free(got);
    errlist_free(&e);

    fill(&e, 53);
    ok(e.n == 50 && e.dropped == 3 && errlist_count(&e) == 53, "53: 50 kept, 3 counted");
    is_string("f.csv:50: bad", e.msgs[49], "the first 50 are the ones kept");
    got = errlist_text(&e);
    lines = kept_lines(50, "", "\n");
    want = xasprintf("%s\n... and 3 more problems", lines);
    is_string(want, got, "errlist_text: \"... and 3 more problems\" last");
    free(lines);
    free(want);
    free(got);

    got = test_errors_printed(&e);
    lines = kept_lines(50, "", "\n");
    want = xasprintf("%s\n... and 3 more problems\n", lines);
    is_string(want, got, "errlist_print: the same lines, each ending in a newline");
    free(lines);
    free(want);
    free(got);

    got = printed(&e, "topset: ");
    lines = kept_lines(50, "topset: ", "\n");
    want = xasprintf("%s\ntopset: ... and 3 more problems\n", lines);
    is_string(want, got, "errlist_print with a prefix: on the more line too");
    free(lines);
    free(want);
    free(got);
    errlist_free(&e);
}

/* Warnings: placed like errors, not counted as errors, capped at 20 on
 * their own, errors under --strict, and moved from list to list. */
static void
test_warnings(void)
{
    struct errlist e, job;
    errlist_init(&e);
    err_at(&e, "log.csv", 3, 0, "bad date");
    warn_at(&e, "log.csv", 4, 5, "\"62,5\" read as 62.5");
    is_int(1, (long) errlist_count(&e), "a warning is not an error");
    is_int(1, (long) errlist_warnings(&e), "it is a warning");
    char *got = errlist_text(&e);
    is_string("log.csv:3: bad date\nlog.csv:4:5: warning: \"62,5\" read as 62.5", got,
              "\"FILE:LINE:COL: warning: \" in order with the errors");
    free(got);
    errlist_free(&e);

    for (int i = 1; i <= 23; i++)
        warn_at(&e, "log.csv", (unsigned long) i, 1, "odd");
    is_int(0, (long) errlist_count(&e), "23 warnings, no error");
    is_int(23, (long) errlist_warnings(&e), "23 warnings counted");
    is_int(20, (long) e.n, "20 kept");
    got = errlist_text(&e);
    ok(strstr(got, "log.csv:20:1: warning: odd\n... and 3 more warnings") != NULL,
       "then \"... and 3 more warnings\"");
    free(got);

    errlist_init(&job);
    job.strict = true;
    warn_at(&job, "t.csv", 2, 7, "24 rounded to 25");
    is_int(1, (long) errlist_count(&job), "under --strict a warning is an error");
    is_int(0, (long) errlist_warnings(&job), "and no warning");
    is_string("t.csv:2:7: 24 rounded to 25 (refused under --strict)", job.n ? job.msgs[0] : NULL,
              "saying --strict refused it");
    errlist_append(&e, &job);
    is_int(1, (long) errlist_count(&e), "errlist_append moves the error");
    is_int(23, (long) errlist_warnings(&e), "and keeps the warning counts");
    ok(job.n == 0 && job.strict, "the list moved from is empty and still strict");
    got = errlist_text(&e);
    ok(strstr(got, "(refused under --strict)\n... and 3 more warnings") != NULL,
       "the moved error follows the kept warnings");
    free(got);
    errlist_free(&e);
    errlist_free(&job);
}

int
main(void)
{
    plan(28);
    test_formats();
    test_cap();
    test_warnings();
    return 0;
}
