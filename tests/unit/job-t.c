/*
 * job: the template cache a batch shares between its jobs. A job through the
 * cache writes what a job without it writes; the cache keeps a template per
 * unit; a template edited between two jobs is read again; a bad template is
 * never cached, so every job that uses it reports it.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"
#include "tap/basic.h"
#include "util.h"

/* Plan from template tpl into DIR/name.csv; returns the CSV's text (caller
 * frees; "(missing)" when nothing was written) and the job's status and
 * first message in *rc and *msg (caller frees *msg). */
static char *
run_plan(const char *tpl, const char *name, enum unit unit, struct job_cache *cache, int *rc,
         char **msg)
{
    char *prefix = xasprintf("%s/%s", test_tmpdir(), name);
    struct job_opts o = {
        .template_path = tpl,
        .out_prefix = prefix,
        .weeks = 1,
        .start = date_monday_after(date_from_ymd(2026, 11, 22)),
        .as_of = date_from_ymd(2026, 11, 22),
        .unit = unit,
        .paper = PAPER_A4,
        .formats = FORMAT_CSV,
        .cache = cache,
    };
    struct errlist e;
    errlist_init(&e);
    *rc = job_run(&o, &e, NULL);
    *msg = xstrdup(e.n > 0 ? e.msgs[0] : "(none)");
    errlist_free(&e);
    char *path = xasprintf("%s.csv", prefix);
    char *text = test_slurp(path, NULL);
    free(path);
    free(prefix);
    return text ? text : xstrdup("(missing)");
}

int
main(void)
{
    plan_lazy();
    char *tpl = xasprintf("%s/t.csv", test_tmpdir());
    test_put_file(tpl, "day,exercise,top_reps,start_weight\nDay 1,Bench Press,5,100\n");

    struct job_cache *cache = job_cache_new();
    int rc;
    char *msg;
    char *plain = run_plan(tpl, "plain", UNIT_KG, NULL, &rc, &msg);
    is_int(0, rc, "without a cache: written");
    free(msg);
    char *first = run_plan(tpl, "first", UNIT_KG, cache, &rc, &msg);
    is_int(0, rc, "first job through the cache: written");
    free(msg);
    char *again = run_plan(tpl, "again", UNIT_KG, cache, &rc, &msg);
    is_int(0, rc, "second job, from the cache: written");
    free(msg);
    ok(strstr(plain, ",top,100,5,") != NULL, "the plan starts at the template's 100 kg");
    is_string(plain, first, "the cache's first job writes what a job without it writes");
    is_string(plain, again, "and so does a job served from the cache");

    /* A template resolved for kg must not serve a plan in lb. */
    char *lb = run_plan(tpl, "lb", UNIT_LB, cache, &rc, &msg);
    is_int(0, rc, "a job in lb through the same cache: written");
    free(msg);
    char *lb_plain = run_plan(tpl, "lb-plain", UNIT_LB, NULL, &rc, &msg);
    free(msg);
    ok(strstr(lb, ",warmup,45,") != NULL, "lb plan: the empty bar is 45 lb");
    is_string(lb_plain, lb, "lb plan through the cache = lb plan without it");

    /* Edited between two jobs (a new size, so the change shows whatever the
     * file system's time resolution): read again. */
    test_put_file(tpl, "day,exercise,top_reps,start_weight\nDay 1,Bench Press,5,112.5\n");
    char *edited = run_plan(tpl, "edited", UNIT_KG, cache, &rc, &msg);
    is_int(0, rc, "after an edit: written");
    free(msg);
    ok(strstr(edited, ",top,112.5,5,") != NULL, "the edited start weight is used");

    /* A bad template fails every job that uses it, each with the problem. */
    char *bad = xasprintf("%s/bad.csv", test_tmpdir());
    test_put_file(bad, "day,exercise,top_reps,rule\nDay 1,Bench Press,5,fast\n");
    char *msg1, *msg2;
    char *out1 = run_plan(bad, "bad1", UNIT_KG, cache, &rc, &msg1);
    is_int(-1, rc, "a bad template fails the first job");
    char *out2 = run_plan(bad, "bad2", UNIT_KG, cache, &rc, &msg2);
    is_int(-1, rc, "and the second");
    ok(strstr(msg1, "bad.csv:2:") != NULL, "the problem names the template's line (%s)", msg1);
    is_string(msg1, msg2, "both jobs report the same problem");
    is_string("(missing)", out1, "nothing written for the first");
    is_string("(missing)", out2, "nothing written for the second");

    job_cache_free(cache);
    free(plain);
    free(first);
    free(again);
    free(lb);
    free(lb_plain);
    free(edited);
    free(out1);
    free(out2);
    free(msg1);
    free(msg2);
    free(bad);
    free(tpl);
    return 0;
}
