/*
 * plan_diff: a plan's top sets read from the model and from its CSV agree;
 * the changes between two plans' coming weeks, with the exact words the
 * index and `topset diff` print (moved, new, gone, AMRAP, an exercise on
 * two days); and a CSV that is not a plan refused at FILE:LINE:COLUMN.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_csv.h"
#include "plan_diff.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

#include "sample_plan.h"

#define HEAD                                                                                       \
    "client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,actual_weight,actual_reps,actual_rpe\n"

/* The top sets of a plan CSV written as text. */
static int
tops_of_text(const char *name, const char *text, struct plan_tops *t, char **errors)
{
    char *path = test_tmp_file(name, text);
    struct errlist e;
    errlist_init(&e);
    int rc = plan_tops_read(path, t, &e);
    *errors = test_errors_printed(&e);
    errlist_free(&e);
    free(path);
    return rc;
}

/* The changes from old to new (CSV texts) as of as_of, joined by "; ". */
static char *
diff_of(const char *old_text, const char *new_text, const char *as_of)
{
    struct plan_tops old, new;
    plan_tops_init(&old);
    plan_tops_init(&new);
    char *e1, *e2, *text = NULL;
    if (tops_of_text("old.csv", old_text, &old, &e1) != 0
        || tops_of_text("new.csv", new_text, &new, &e2) != 0)
        bail("a test plan did not read");
    free(e1);
    free(e2);
    plan_diff(&old, &new, plan_tops_coming(&new, test_date(as_of)), "; ", &text);
    plan_tops_free(&old);
    plan_tops_free(&new);
    return text ? text : xstrdup("");
}

static void
test_model_and_csv_agree(void)
{
    struct plan p;
    sample_plan(&p, PAPER_A4);
    struct plan_tops from_plan, from_csv;
    plan_tops_init(&from_plan);
    plan_tops_init(&from_csv);
    plan_tops_of_plan(&p, &from_plan);
    char *path = xasprintf("%s/sample.csv", test_tmpdir());
    FILE *fp = fopen(path, "w");
    if (fp == NULL || plan_csv_write(&p, fp) != 0 || fclose(fp) != 0)
        bail("cannot write %s", path);
    struct errlist e;
    errlist_init(&e);
    is_int(0, plan_tops_read(path, &from_csv, &e), "the sample plan's CSV reads");
    is_int(4, (long) from_plan.n, "the sample plan: four top sets (bench, squat; bench, deadlift)");
    bool same = from_plan.n == from_csv.n;
    for (size_t i = 0; same && i < from_plan.n; i++) {
        const struct plan_top *a = &from_plan.v[i], *b = &from_csv.v[i];
        same = a->monday == b->monday && strcmp(a->day, b->day) == 0
               && strcmp(a->exercise, b->exercise) == 0 && a->weight == b->weight
               && a->reps == b->reps && a->amrap == b->amrap;
    }
    ok(same, "the model and its CSV give the same top sets");
    is_double(105, from_csv.v[2].weight, 0, "week 2's bench: 105 (the top set, not the warm-up)");
    is_int(test_date("2026-11-30"), plan_tops_coming(&from_csv, test_date("2026-11-26")),
           "as of Thursday of week 1, the coming week is week 2");
    is_int(test_date("2026-11-30"), plan_tops_coming(&from_csv, test_date("2026-12-24")),
           "every week begun: the last one");
    char *text = NULL;
    is_int(0, (long) plan_diff(&from_plan, &from_csv, test_date("2026-11-30"), "; ", &text),
           "a plan against itself: no change");
    ok(text == NULL, "and no text");
    errlist_free(&e);
    free(path);
    plan_tops_free(&from_plan);
    plan_tops_free(&from_csv);
    plan_free(&p);
}

static void
test_changes(void)
{
    static const char old[] = HEAD "A,1,2026-11-23,Mon,Squat,1,warmup,60,5,,kg,w,,,\n"
                                   "A,1,2026-11-23,Mon,Squat,2,top,100,5,,kg,s,100,5,\n"
                                   "A,1,2026-11-23,Mon,Bench Press,1,top,80,6,,kg,s,,,\n"
                                   "A,2,2026-11-30,Mon,Squat,1,top,105,5,,kg,s,,,\n"
                                   "A,2,2026-11-30,Mon,Bench Press,1,top,80,7,,kg,s,,,\n"
                                   "A,2,2026-11-30,Mon,Dip,1,top,20,8,,kg,s,,,\n"
                                   "A,2,2026-11-30,Thu,Squat,1,top,90,5,,kg,s,,,\n";
    static const char new[] = HEAD "A,1,2026-11-23,Mon,Squat,1,top,100,5,,kg,s,100,4,\n"
                                   "A,2,2026-11-30,Mon,Squat,1,top,100,5,,kg,s,,,\n"
                                   "A,2,2026-11-30,Mon,Bench Press,1,top,80,7,,kg,s,,,\n"
                                   "A,2,2026-11-30,Mon,Press,1,top,50,5+,,kg,s,,,\n"
                                   "A,2,2026-11-30,Thu,Squat,1,top,90,5,,kg,s,,,\n";
    char *s = diff_of(old, new, "2026-11-29");
    is_string("Squat (Mon) 105x5 -> 100x5; Press none -> 50x5+; Dip 20x8 -> none", s,
              "moved (named with its day: squat is on two days), new, gone; same bench and "
              "Thursday squat not listed");
    free(s);

    /* The new plan's coming week is past the old plan's weeks (a block
     * rolled over): compared with the old plan's last week. */
    static const char next_block[] = HEAD "A,1,2026-12-07,Mon,Squat,1,top,107.5,5,,kg,s,,,\n"
                                          "A,1,2026-12-07,Mon,Bench Press,1,top,80,7,,kg,s,,,\n";
    s = diff_of(old, next_block, "2026-12-06");
    is_string("Squat (Mon) 105x5 -> 107.5x5; Dip 20x8 -> none; Squat (Thu) 90x5 -> none", s,
              "a new block: against the old plan's last week");
    free(s);
}

static void
test_refusals(void)
{
    struct plan_tops t;
    plan_tops_init(&t);
    char *errors;
    is_int(
        -1,
        tops_of_text("log.csv", "date,exercise,weight,reps\n2026-11-23,Squat,100,5\n", &t, &errors),
        "a log is not a plan");
    /* Only what a top set needs is required: a lifter may delete actual_*. */
    ok(errors != NULL && strstr(errors, "log.csv:1:") != NULL && strstr(errors, "set_type") != NULL
           && strstr(errors, "actual_") == NULL,
       "refused at its header, naming the missing set_type, not actual_* (%s)",
       errors ? errors : "");
    free(errors);
    is_int(-1,
           tops_of_text("bad.csv", HEAD "A,1,2026-11-23,Mon,Squat,1,top,heavy,5,,kg,s,,,\n", &t,
                        &errors),
           "a top set without a load");
    const char *want = "/bad.csv:2:8: column \"weight\": expected a load from 0 to 10000 like "
                       "62.5, got \"heavy\"\n";
    ok(errors != NULL && strlen(errors) > strlen(want)
           && strcmp(errors + strlen(errors) - strlen(want), want) == 0,
       "FILE:LINE:COLUMN, the column and what to write (%s)", errors ? errors : "");
    free(errors);
    plan_tops_free(&t);
}

int
main(void)
{
    plan(14);
    test_model_and_csv_agree();
    test_changes();
    test_refusals();
    return 0;
}
