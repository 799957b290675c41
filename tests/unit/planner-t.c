/*
 * planner: whole blocks from small files, checked set by set against values
 * computed by hand from topset-formats(5), PROGRESSION: projection across weeks, blocks in
 * progress, a week not logged, waves, warm-ups, days named by the log,
 * units and maxes.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "log.h"
#include "maxes.h"
#include "planner.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "template.h"

/* Build a plan; returns 0 or -1; prints problems as diagnostics. */
static int
build(struct plan *p, const char *tpl, const char *log, const char *maxes, int weeks,
      const char *start, const char *as_of, enum unit unit)
{
    struct template t;
    struct log lg;
    struct maxes mx = {0};
    struct errlist e;
    int rc = -1;
    errlist_init(&e);
    log_init(&lg);
    plan_init(p);
    char *tp = test_tmp_file("t.csv", tpl), *lp = log ? test_tmp_file("l.csv", log) : NULL,
         *mp = maxes ? test_tmp_file("m.csv", maxes) : NULL;
    if (template_read(tp, &t, &e) != 0)
        goto out;
    template_resolve(&t, unit);
    if ((lp && log_read(lp, &(struct log_opts){0}, &lg, &e) != 0)
        || (mp && maxes_read(mp, &mx, &e) != 0)) {
        template_free(&t);
        goto out;
    }
    struct planner_opts o = {.weeks = weeks,
                             .start = test_date(start),
                             .as_of = test_date(as_of),
                             .unit = unit,
                             .client = "T",
                             .block = "b"};
    rc = planner_build(&t, lp ? &lg : NULL, mp ? &mx : NULL, &o, p, &e);
    template_free(&t);
    if (mp)
        maxes_free(&mx);
out:
    for (size_t i = 0; i < e.n; i++)
        diag("%s", e.msgs[i]);
    errlist_free(&e);
    log_free(&lg);
    free(tp);
    free(lp);
    free(mp);
    return rc;
}

/* The n-th set (0-based) of type type of exercise name in week w. */
static const struct plan_set *
find(const struct plan *p, int w, const char *dayname, const char *name, enum set_type type, int n)
{
    const struct plan_week *wk = &p->weeks[w - 1];
    for (size_t d = wk->first_day; d < wk->first_day + wk->ndays; d++) {
        if (dayname && strcmp(p->days[d].name, dayname) != 0)
            continue;
        for (size_t x = p->days[d].first_ex; x < p->days[d].first_ex + p->days[d].nex; x++) {
            if (strcmp(p->exs[x].name, name) != 0)
                continue;
            for (size_t i = p->exs[x].first_set; i < p->exs[x].first_set + p->exs[x].nsets; i++)
                if (p->sets[i].type == type && n-- == 0)
                    return &p->sets[i];
        }
    }
    return NULL;
}

#define LOAD(s) ((s) ? (s)->weight : -1.0)
#define REPS(s) ((s) ? (s)->reps : -1)
#define WHY(s) ((s) ? (s)->why : "(no set)")

static const char bench_tpl[] =
    "day,exercise,top_reps,backoff_sets,backoff_reps,backoff_drop,increment,warmup,start_weight\n"
    "Upper A,Bench Press,5-6,3,8,10,2.5,none,80\n";

static void
test_block_in_progress(void)
{
    struct plan p;
    /* Block started 2026-11-09; as of 2026-11-18 (Wednesday of week 2). */
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-02,Bench Press,top,100,5,,kg,\n"
                      "2026-11-02,Bench Press,backoff,90,8,,kg,\n"
                      "2026-11-10,Bench Press,top,100,6,8,kg,\n"
                      "2026-11-10,Bench Press,backoff,90,8,,kg,\n"
                      "2026-11-10,Bench Press,backoff,90,8,,kg,\n"
                      "2026-11-10,Bench Press,backoff,90,7,,kg,\n"
                      "2026-11-17,Bench Press,top,102.5,5,,kg,\n";
    ok(build(&p, bench_tpl, log, NULL, 4, "2026-11-09", "2026-11-18", UNIT_KG) == 0,
       "block in progress builds");
    ok(p.weeks[0].started && p.weeks[1].started && !p.weeks[2].started, "weeks 1-2 began, 3 not");
    const struct plan_set *s = find(&p, 1, NULL, "Bench Press", SET_TOP, 0);
    is_double(100, LOAD(s), 1e-9, "week 1 as prescribed then: 100");
    is_int(6, REPS(s), "week 1: 6 reps (after 100x5)");
    ok(s && s->done && s->actual_weight == 100 && s->actual_reps == 6 && s->actual_rpe == 8,
       "week 1 shows what was logged: 100x6 @8");
    s = find(&p, 1, NULL, "Bench Press", SET_BACKOFF, 2);
    ok(s && s->done && s->actual_reps == 7, "week 1 third back-off logged 7");
    s = find(&p, 2, NULL, "Bench Press", SET_TOP, 0);
    is_double(102.5, LOAD(s), 1e-9, "week 2 as prescribed at its start: 102.5");
    ok(s && s->done && s->actual_reps == 5, "week 2 top logged 5 reps");
    s = find(&p, 2, NULL, "Bench Press", SET_BACKOFF, 0);
    ok(s && !s->done, "week 2 back-offs not logged yet");
    s = find(&p, 3, NULL, "Bench Press", SET_TOP, 0);
    is_double(102.5, LOAD(s), 1e-9, "week 3 from the latest history: 102.5");
    is_int(6, REPS(s), "week 3: 6 reps");
    ok(s && !s->done, "week 3 has no actuals");
    s = find(&p, 4, NULL, "Bench Press", SET_TOP, 0);
    is_double(105, LOAD(s), 1e-9, "week 4 projected as if met: 105");
    is_int(5, REPS(s), "week 4: 5 reps");
    plan_free(&p);
}

static void
test_missed_week(void)
{
    struct plan p;
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-03,Bench Press,top,100,6,,kg,\n";
    /* Block began 2026-11-09; nothing logged in week 1 or 2; as of 2026-11-20. */
    ok(build(&p, bench_tpl, log, NULL, 4, "2026-11-09", "2026-11-20", UNIT_KG) == 0,
       "missed weeks build");
    const struct plan_set *s1 = find(&p, 1, NULL, "Bench Press", SET_TOP, 0);
    const struct plan_set *s2 = find(&p, 2, NULL, "Bench Press", SET_TOP, 0);
    const struct plan_set *s3 = find(&p, 3, NULL, "Bench Press", SET_TOP, 0);
    is_double(102.5, LOAD(s1), 1e-9, "week 1: 102.5 after 100x6");
    is_double(102.5, LOAD(s2), 1e-9, "week 2 repeats week 1 (not logged)");
    is_int(5, REPS(s2), "week 2 repeats the reps too");
    is_string("repeat: nothing logged in week 1", WHY(s2), "week 2 says why");
    is_double(102.5, LOAD(s3), 1e-9, "week 3 repeats week 2 (not logged either)");
    is_string("repeat: nothing logged in week 2", WHY(s3), "week 3 says why");
    const struct plan_set *s4 = find(&p, 4, NULL, "Bench Press", SET_TOP, 0);
    is_int(6, REPS(s4), "week 4 projects from week 3 as if met");
    plan_free(&p);
}

static void
test_waves_and_maxes(void)
{
    struct plan p;
    const char *tpl =
        "day,exercise,rule,week,top_reps,top_sets,top_pct,backoff_sets,backoff_reps,backoff_pct,"
        "increment,warmup,aliases\n"
        "Day 1,Squat,percent,1,5,3,85,1,5,75,5,none,Back Squat\n"
        "Day 1,Squat,percent,2,3,3,90,1,5,80,5,none,Back Squat\n"
        "Day 1,Squat,percent,3,1,1,95,1,5,85,5,none,Back Squat\n";
    const char *maxes = "exercise,one_rm,unit\nBack Squat,200,kg\n";
    ok(build(&p, tpl, NULL, maxes, 5, "2026-11-23", "2026-11-22", UNIT_KG) == 0, "waves build");
    is_double(170, LOAD(find(&p, 1, NULL, "Squat", SET_TOP, 0)), 1e-9, "week 1: 85%% of 200");
    ok(find(&p, 1, NULL, "Squat", SET_TOP, 2) != NULL
           && find(&p, 1, NULL, "Squat", SET_TOP, 3) == NULL,
       "week 1: three top sets");
    is_double(150, LOAD(find(&p, 1, NULL, "Squat", SET_BACKOFF, 0)), 1e-9,
              "week 1 back-off: 75%% of 200");
    is_double(180, LOAD(find(&p, 2, NULL, "Squat", SET_TOP, 0)), 1e-9, "week 2: 90%% of 200");
    is_int(3, REPS(find(&p, 2, NULL, "Squat", SET_TOP, 0)), "week 2: triples");
    is_double(190, LOAD(find(&p, 3, NULL, "Squat", SET_TOP, 0)), 1e-9, "week 3: 95%% of 200");
    is_double(175, LOAD(find(&p, 4, NULL, "Squat", SET_TOP, 0)), 1e-9,
              "week 4 starts the wave again on 205: 85%% = 174.25 -> 175");
    is_string("85% of 1RM 205", WHY(find(&p, 4, NULL, "Squat", SET_TOP, 0)), "second wave reason");
    is_double(185, LOAD(find(&p, 5, NULL, "Squat", SET_TOP, 0)), 1e-9,
              "week 5: 90%% of 205 = 184.5 -> 185");
    const struct plan_set *t2 = find(&p, 1, NULL, "Squat", SET_TOP, 1);
    ok(t2 && t2->from_top >= 0 && p.sets[t2->from_top].type == SET_TOP,
       "repeat top sets follow the first");
    plan_free(&p);
}

static void
test_days_and_units(void)
{
    struct plan p;
    const char *tpl = "day,exercise,top_reps,backoff_sets,increment,warmup\n"
                      "Upper A,Bench Press,5-6,1,2.5,none\n"
                      "Lower A,Squat,5-6,1,5,none\n"
                      "Upper B,Bench Press,8-10,1,2.5,none\n";
    /* A filled-in plan CSV names the day of each set. */
    const char *log =
        "client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,actual_weight,actual_reps,actual_rpe\n"
        "T,1,2026-11-16,Upper A,Bench Press,1,top,100,5,,kg,,100,6,\n"
        "T,1,2026-11-16,Upper A,Bench Press,2,backoff,90,5,,kg,,90,6,\n"
        "T,1,2026-11-16,Lower A,Squat,1,top,140,5,,kg,,140,5,\n"
        "T,1,2026-11-16,Upper B,Bench Press,1,top,80,8,,kg,,80,9,\n"
        "T,1,2026-11-16,Upper B,Bench Press,2,backoff,72.5,8,,kg,,,,\n";
    ok(build(&p, tpl, log, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0, "named days build");
    is_int(3, (long) p.weeks[0].ndays, "three days in the week");
    is_string("Upper A", p.days[0].name, "days in template order");
    is_double(102.5, LOAD(find(&p, 1, "Upper A", "Bench Press", SET_TOP, 0)), 1e-9,
              "Upper A bench follows Upper A: 100x6 -> 102.5");
    is_double(80, LOAD(find(&p, 1, "Upper B", "Bench Press", SET_TOP, 0)), 1e-9,
              "Upper B bench follows Upper B: 80x9 -> 80");
    is_int(10, REPS(find(&p, 1, "Upper B", "Bench Press", SET_TOP, 0)), "Upper B: 10 reps");
    is_double(140, LOAD(find(&p, 1, "Lower A", "Squat", SET_TOP, 0)), 1e-9, "squat 140x5 -> 140");
    plan_free(&p);

    /* A pound log planned in kg: 225 lb = 102.06 kg. */
    const char *lblog = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                        "2026-11-16,Barbell Bench Press,top,225,6,,lb,\n";
    const char *tpl2 = "day,exercise,top_reps,backoff_sets,increment,warmup,aliases\n"
                       "Upper A,Bench Press,5-6,2,2.5,auto,Barbell Bench Press\n";
    ok(build(&p, tpl2, lblog, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0, "lb log builds");
    is_double(105, LOAD(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)), 1e-9,
              "225 lb (102.06 kg) + 2.5 = 104.56 -> 105");
    /* Warm-ups for 105: bar 20x10, 40% = 42 -> 42.5x5, 60% = 63 -> 62.5x3, 80% = 84 -> 85x2. */
    is_double(20, LOAD(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 0)), 1e-9,
              "warm-up 1: the bar");
    is_int(10, REPS(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 0)), "warm-up 1: 10 reps");
    is_double(42.5, LOAD(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 1)), 1e-9, "warm-up 2: 40%%");
    is_double(62.5, LOAD(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 2)), 1e-9, "warm-up 3: 60%%");
    is_double(85, LOAD(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 3)), 1e-9, "warm-up 4: 80%%");
    is_int(2, REPS(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 3)), "warm-up 4: 2 reps");
    ok(find(&p, 1, NULL, "Bench Press", SET_WARMUP, 4) == NULL, "four warm-ups");
    const struct plan_set *w2 = find(&p, 1, NULL, "Bench Press", SET_WARMUP, 1);
    ok(w2 && w2->from_top >= 0 && w2->num == 40 && w2->den == 100, "warm-ups follow the top set");
    is_int(1, (long) p.sets[p.exs[0].first_set + 4].number - 4, "sets numbered in training order");
    plan_free(&p);
}

static void
test_light_warmups(void)
{
    struct plan p;
    /* 27.5 kg press: the bar is the only warm-up (40-80% would be under it).
     * 14 kg curl, under the bar: 40% = 5.6 -> 5 x5; 60% = 8.4 -> 7.5 is
     * within two steps of 5, dropped; 80% = 11.2 -> 10 x2. */
    const char *tpl = "day,exercise,top_reps,backoff_sets,start_weight,warmup\n"
                      "A,Overhead Press,5,1,27.5,auto\n"
                      "A,Curl,10-12,1,14,auto\n";
    ok(build(&p, tpl, NULL, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0,
       "light lifts build");
    is_double(20, LOAD(find(&p, 1, NULL, "Overhead Press", SET_WARMUP, 0)), 1e-9,
              "27.5 kg press: warm up with the bar");
    ok(find(&p, 1, NULL, "Overhead Press", SET_WARMUP, 1) == NULL, "and nothing under it");
    is_double(5, LOAD(find(&p, 1, NULL, "Curl", SET_WARMUP, 0)), 1e-9, "14 kg curl: 5 kg first");
    is_double(10, LOAD(find(&p, 1, NULL, "Curl", SET_WARMUP, 1)), 1e-9, "then 10 kg");
    ok(find(&p, 1, NULL, "Curl", SET_WARMUP, 2) == NULL, "steps too close are dropped");
    plan_free(&p);
}

static void
test_plates_and_points(void)
{
    struct plan p;
    /* Bench (a barbell by name): 100x6 last, so 102.5x5; back-off 10% ->
     * 92.25 -> 92.5; warm-ups bar, 40% 41 -> 40, 60% 61.5 -> 62.5, 80% 82
     * -> 82.5. Per side on 20 kg: 102.5 -> 41.25 = 25+15+1.25; 92.5 ->
     * 36.25 = 25+10+1.25; 40 -> 10. Trap bar on a 25 kg bar: 140 -> 57.5 a
     * side = 25+25+5+2.5, and its empty bar is 25. Squat with bar none: no
     * plates, no empty-bar warm-up (40% of 100 first). Curl: not a barbell. */
    const char *tpl = "day,exercise,top_reps,backoff_sets,backoff_drop,increment,warmup,"
                      "start_weight,bar\n"
                      "A,Bench Press,5-6,1,10,2.5,auto,,\n"
                      "A,Curl,10-12,1,10,2.5,none,14,\n"
                      "A,Trap Bar Deadlift,5,1,10,2.5,auto,140,25\n"
                      "A,Squat,5,1,10,2.5,auto,100,none\n";
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-09,Bench Press,top,100,5,,kg,\n"
                      "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                      "2026-11-16,Bench Press,top,100,6,,kg,\n"
                      "2026-11-16,Bench Press,backoff,90,8,,kg,\n";
    ok(build(&p, tpl, log, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0, "plates: builds");
    const struct plan_set *top = find(&p, 1, NULL, "Bench Press", SET_TOP, 0);
    const struct plan_set *back = find(&p, 1, NULL, "Bench Press", SET_BACKOFF, 0);
    const struct plan_set *bar = find(&p, 1, NULL, "Bench Press", SET_WARMUP, 0);
    const struct plan_set *w40 = find(&p, 1, NULL, "Bench Press", SET_WARMUP, 1);
    is_double(102.5, LOAD(top), 1e-9, "bench top set 102.5");
    is_string("25+15+1.25", top ? top->plates : NULL, "its plates: 25+15+1.25 a side");
    is_string("25+10+1.25", back ? back->plates : NULL, "back-off 92.5: 25+10+1.25");
    is_string("bar", bar ? bar->plates : NULL, "the empty bar: bar");
    is_string("10", w40 ? w40->plates : NULL, "warm-up 40 kg: 10 a side");
    const struct plan_set *curl = find(&p, 1, NULL, "Curl", SET_TOP, 0);
    is_string("", curl ? curl->plates : NULL, "a curl has no plates");
    const struct plan_set *trap = find(&p, 1, NULL, "Trap Bar Deadlift", SET_TOP, 0);
    const struct plan_set *trap0 = find(&p, 1, NULL, "Trap Bar Deadlift", SET_WARMUP, 0);
    is_string("25+25+5+2.5", trap ? trap->plates : NULL, "140 on a 25 kg bar: 25+25+5+2.5");
    is_double(25, LOAD(trap0), 1e-9, "its warm-ups start at its own 25 kg bar");
    const struct plan_set *sq = find(&p, 1, NULL, "Squat", SET_TOP, 0);
    const struct plan_set *sq0 = find(&p, 1, NULL, "Squat", SET_WARMUP, 0);
    is_string("", sq ? sq->plates : NULL, "bar none: no plates");
    is_double(40, LOAD(sq0), 1e-9, "and no empty-bar warm-up: 40%% first");

    /* Main lifts and their e1RM points: bench 100x5 -> 100/0.863 = 115.9,
     * 100x6 -> 100/0.837 = 119.5 (RTS chart); the curl is not a main lift. */
    ok(p.nlifts == 4 && p.lifts[0].main && !p.lifts[1].main && p.lifts[2].main && !p.lifts[3].main,
       "main lifts: bench and trap bar, not the curl or the bar-less squat");
    is_int(2, p.nlifts ? (long) p.lifts[0].npoints : -1, "two bench sessions, two points");
    if (p.nlifts && p.lifts[0].npoints == 2) {
        const struct plan_point *pt = &p.points[p.lifts[0].first_point];
        ok(pt[0].date == test_date("2026-11-09") && pt[1].date == test_date("2026-11-16"),
           "dated, in order");
        is_double(115.9, pt[0].e1rm, 1e-9, "100x5: e1RM 115.9");
        is_double(119.5, pt[1].e1rm, 1e-9, "100x6: e1RM 119.5");
    } else
        for (int i = 0; i < 3; i++)
            skip("no bench points");
    is_int(0, p.nlifts > 2 ? (long) p.lifts[2].npoints : -1, "no log for the trap bar: no points");
    plan_free(&p);
}

/* Under rule rpe a top set logged without an RPE counts as the target
 * met: 100x5 at the target @8 gives an e1RM of 100 / 81.1%, not of
 * 100 / 86.3% (a set to failure, as under the other rules). */
static void
test_rpe_unlogged(void)
{
    struct plan p;
    const char *tpl = "day,exercise,top_reps,top_rpe,rule\nLower,Squat,5,8,rpe\n";
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-16,Squat,top,100,5,,kg,\n";
    ok(build(&p, tpl, log, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0,
       "rule rpe with an unlogged RPE builds");
    const struct plan_set *s = find(&p, 1, NULL, "Squat", SET_TOP, 0);
    is_double(100, LOAD(s), 1e-9, "5 @8 again after 100x5 at the target: 100");
    is_string("5 @8 = 81.1% of e1RM 123.3", WHY(s), "from the e1RM at RPE 8");
    ok(p.nlifts == 1 && p.lifts[0].npoints == 1 && p.points[0].e1rm == 123.3,
       "the chart's point is the same e1RM");
    plan_free(&p);
}

static void
test_errors(void)
{
    struct plan p;
    const char *tpl = "day,exercise,top_reps\nUpper A,Bench Press,5-6\nUpper A,Row,8-10\n";
    ok(build(&p, tpl, NULL, NULL, 2, "2026-11-23", "2026-11-22", UNIT_KG) != 0,
       "no history and no start weight fails");
    plan_free(&p);
}

/* The sets of the log that slot s names, by matching every set: what the
 * index must give. */
static size_t *
scan_sets(const struct log *log, const struct slot *s, size_t *n)
{
    size_t *v = malloc((log->n ? log->n : 1) * sizeof *v);
    *n = 0;
    for (size_t i = 0; i < log->n; i++)
        if (log->sets[i].exercise_key != NULL
            && slot_matches_exercise(s, log->sets[i].exercise_key))
            v[(*n)++] = i;
    return v;
}

static bool
same_history(const struct history *a, const struct history *b)
{
    if (a->n != b->n || a->by_day != b->by_day)
        return false;
    for (size_t i = 0; i < a->n; i++) {
        const struct session *x = &a->v[i], *y = &b->v[i];
        if (x->date != y->date || x->nwarmups != y->nwarmups || x->ntops != y->ntops
            || x->nbackoffs != y->nbackoffs || x->ndrops != y->ndrops)
            return false;
        if (session_top_load(x) != session_top_load(y) || session_top_reps(x) != session_top_reps(y)
            || session_backoff_min_reps(x) != session_backoff_min_reps(y))
            return false;
    }
    return true;
}

/* The index of which sets each slot names gives the histories a scan of
 * the whole log gives: aliases, an exercise on two days, days named by
 * the log, other exercises in between. */
static void
test_history_index(void)
{
    const char *tpl = "day,exercise,top_reps,aliases,start_weight\n"
                      "Lower,Squat,5,Back Squat; Squat (Barbell),100\n"
                      "Upper,Bench Press,5,,80\n"
                      "Full,Squat,5,,100\n"
                      "Full,Curl,10,,10\n";
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes,day\n"
                      "2026-11-02,Back Squat,warmup,60,5,,kg,,Lower\n"
                      "2026-11-02,Back Squat,top,100,5,,kg,,Lower\n"
                      "2026-11-02,Back Squat,backoff,90,7,,kg,,Lower\n"
                      "2026-11-02,Bench Press,top,80,5,,kg,,Upper\n"
                      "2026-11-04,Squat,top,90,5,,kg,,Full\n"
                      "2026-11-04,Squat,backoff,80,8,,kg,,Full\n"
                      "2026-11-09,Squat (Barbell),top,102.5,5,,kg,,Lower\n"
                      "2026-11-09,Squat (Barbell),backoff,92.5,6,,kg,,Lower\n"
                      "2026-11-09,Squat (Barbell),drop,70,10,,kg,,Lower\n"
                      "2026-11-10,Bench Press,top,82.5,4,,kg,,Upper\n"
                      "2026-11-10,Bench Press,backoff,72.5,8,,kg,,Upper\n"
                      "2026-11-11,Squat,top,92.5,5,,kg,,Full\n"
                      "2026-11-12,Curl,top,10,8,,kg,,\n";
    struct template t;
    struct log lg;
    struct errlist e;
    errlist_init(&e);
    log_init(&lg);
    char *tp = test_tmp_file("hi-t.csv", tpl), *lp = test_tmp_file("hi-l.csv", log);
    if (template_read(tp, &t, &e) != 0 || log_read(lp, &(struct log_opts){0}, &lg, &e) != 0)
        bail("history index: cannot read the template or log");
    template_resolve(&t, UNIT_KG);
    struct history_index x;
    history_index_build(&x, &lg, &t);

    size_t n;
    history_index_sets(&x, &t, &t.slots[0], &n);
    is_int(9, (long) n, "Lower Squat names its sets by either alias, and Full's Squat sets");
    history_index_sets(&x, &t, &t.slots[1], &n);
    is_int(3, (long) n, "Bench Press names its three sets");
    history_index_sets(&x, &t, &t.slots[2], &n);
    is_int(3, (long) n, "Full Squat has no aliases: only \"Squat\" sets");

    static const day_t lo = -1000000L;
    day_t to[] = {test_date("2026-11-03"), test_date("2026-11-09"), test_date("2026-11-30")};
    bool same = true;
    for (size_t si = 0; si < t.n; si++)
        for (size_t k = 0; k < sizeof to / sizeof to[0]; k++) {
            struct history a, b;
            size_t nscan;
            size_t *scanned = scan_sets(&lg, &t.slots[si], &nscan);
            const size_t *sets = history_index_sets(&x, &t, &t.slots[si], &n);
            history_collect(&a, &lg, scanned, nscan, &t.slots[si], UNIT_KG, lo, to[k]);
            history_collect(&b, &lg, sets, n, &t.slots[si], UNIT_KG, lo, to[k]);
            if (nscan != n || memcmp(scanned, sets, n * sizeof *sets) != 0
                || !same_history(&a, &b)) {
                diag("slot %zu, to %zu: histories differ", si, k);
                same = false;
            }
            free(scanned);
            history_free(&a);
            history_free(&b);
        }
    ok(same, "indexed histories are the scanned ones, for every slot and range");

    struct history h;
    const size_t *sets = history_index_sets(&x, &t, &t.slots[0], &n);
    history_collect(&h, &lg, sets, n, &t.slots[0], UNIT_KG, lo, to[2]);
    ok(h.by_day, "Lower Squat: sessions picked by the day name");
    is_int(2, (long) h.n, "two Lower sessions");
    if (h.n == 2) {
        is_int(1, (long) h.v[0].nwarmups, "a warm-up");
        is_double(100, session_top_load(&h.v[0]), 1e-9, "the first session's top set");
        is_int(1, (long) h.v[1].ndrops, "a drop set");
        is_int(6, session_backoff_min_reps(&h.v[1]), "the second session's back-off reps");
    } else
        for (int i = 0; i < 4; i++)
            skip("wrong number of sessions");
    history_free(&h);
    sets = history_index_sets(&x, &t, &t.slots[3], &n);
    history_collect(&h, &lg, sets, n, &t.slots[3], UNIT_KG, lo, to[2]);
    ok(!h.by_day && h.n == 1, "Curl, logged without a day: all its sessions");
    history_free(&h);

    history_index_free(&x);
    history_index_build(&x, NULL, &t);
    history_index_sets(&x, &t, &t.slots[0], &n);
    is_int(0, (long) n, "no log: no sets");
    history_index_free(&x);
    template_free(&t);
    log_free(&lg);
    errlist_free(&e);
    free(tp);
    free(lp);
}

/* The sets of exercise name in week w as "type loadxreps[+], ...". */
static char *
sets_text(const struct plan *p, int w, const char *name)
{
    char *text = xstrdup("");
    const struct plan_week *wk = &p->weeks[w - 1];
    for (size_t d = wk->first_day; d < wk->first_day + wk->ndays; d++)
        for (size_t x = p->days[d].first_ex; x < p->days[d].first_ex + p->days[d].nex; x++) {
            if (strcmp(p->exs[x].name, name) != 0)
                continue;
            for (size_t i = p->exs[x].first_set; i < p->exs[x].first_set + p->exs[x].nsets; i++) {
                const struct plan_set *s = &p->sets[i];
                char *more = xasprintf("%s%s%s %gx%d%s", text, *text ? ", " : "",
                                       set_type_name(s->type), s->weight, s->reps,
                                       s->amrap ? "+" : "");
                free(text);
                text = more;
            }
        }
    return text;
}

/* Set lists: nSuns 5/3/1 LP's Day 2 squat wave (the published spreadsheet's
 * percentages of the training max) and back-offs as a % of the top set. */
static void
test_set_lists(void)
{
    struct plan p;
    const char *tpl = "day,exercise,rule,top_reps,top_pct,work_sets,backoff_list,warmup\n"
                      "Day 2,Squat,percent,1+,95,75%x5; 85% x 3,"
                      "90%x3;85%x3;80%x3;75%x5;70%x5;65%x5+,none\n"
                      "Day 2,Leg Press,linear,8,,,90%topx8x2; 80% TOP x 10+ x 2,none\n";
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-16,Leg Press,top,200,8,,lb,\n";
    const char *maxes = "exercise,one_rm,unit\nSquat,300,lb\n";
    ok(build(&p, tpl, log, maxes, 1, "2026-11-23", "2026-11-22", UNIT_LB) == 0, "set lists build");
    char *got = sets_text(&p, 1, "Squat");
    is_string("work 225x5, work 255x3, top 285x1+, backoff 270x3, backoff 255x3, backoff 240x3, "
              "backoff 225x5, backoff 210x5, backoff 195x5+",
              got,
              "nSuns Day 2 squat at 300: 225x5 255x3 285x1+ 270x3 255x3 240x3 225x5 210x5 "
              "195x5+");
    free(got);
    is_string("75% of 1RM 300", WHY(find(&p, 1, NULL, "Squat", SET_WORK, 0)), "work set reason");
    const struct plan_set *b = find(&p, 1, NULL, "Squat", SET_BACKOFF, 5);
    ok(b && b->from_top >= 0 && p.sets[b->from_top].type == SET_TOP && b->num == 195
           && b->den == 285,
       "a listed back-off follows the top set in the workbook");
    got = sets_text(&p, 1, "Leg Press");
    is_string("top 205x8, backoff 185x8, backoff 185x8, backoff 165x10, backoff 165x10+", got,
              "%%top lines after 205: 90%% = 184.5 -> 185, 80%% = 164 -> 165; the last of a "
              "repeated AMRAP line is the AMRAP");
    free(got);
    is_string("90% of top", WHY(find(&p, 1, NULL, "Leg Press", SET_BACKOFF, 0)), "%%top reason");
    plan_free(&p);

    /* A % of the training max with nothing to take it from. */
    tpl = "day,exercise,top_reps,start_weight,work_sets,warmup\n"
          "Day 1,Squat,5,100,50%x5,none\n";
    ok(build(&p, tpl, NULL, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == -1,
       "work_sets at a %% with no 1RM fails");
    plan_free(&p);
}

/* 5/3/1 Boring But Big, bench press at a training max of 225 lb, the
 * book's percentages rounded up to 5 lb: week 1 150x5 170x5 195x5+,
 * week 2 160x3 180x3 205x3+, week 3 170x5 195x3 215x1+, BBB 5x10 at 50%
 * = 115; the next cycle's TM is 230 (+5): 150x5 175x5 200x5+. */
static void
test_531(void)
{
    struct plan p;
    const char *tpl =
        "day,exercise,week,rule,top_reps,top_pct,work_sets,backoff_sets,backoff_list,increment,"
        "round,warmup\n"
        "Bench,Bench Press,1,percent,5+,85,65%x5; 75%x5,,50%x10x5,5,up,none\n"
        "Bench,Bench Press,2,percent,3+,90,70%x3; 80%x3,,50%x10x5,5,up,none\n"
        "Bench,Bench Press,3,percent,1+,95,75%x5; 85%x3,,50%x10x5,5,up,none\n"
        "Bench,Bench Press,4,percent,5,60,40%x5; 50%x5,0,,5,up,none\n";
    const char *tm = "exercise,one_rm,training_max,unit\nBench Press,,225,lb\n";
    ok(build(&p, tpl, NULL, tm, 5, "2026-11-23", "2026-11-22", UNIT_LB) == 0, "5/3/1 builds");
    char *got = sets_text(&p, 1, "Bench Press");
    is_string("work 150x5, work 170x5, top 195x5+, backoff 115x10, backoff 115x10, backoff 115x10, "
              "backoff 115x10, backoff 115x10",
              got, "week 1: 150x5, 170x5, 195x5+, BBB 115x10 x5");
    free(got);
    got = sets_text(&p, 2, "Bench Press");
    is_string("work 160x3, work 180x3, top 205x3+, backoff 115x10, backoff 115x10, backoff 115x10, "
              "backoff 115x10, backoff 115x10",
              got, "week 2: 160x3, 180x3 (80%% of 225 is 180), 205x3+");
    free(got);
    got = sets_text(&p, 3, "Bench Press");
    is_string("work 170x5, work 195x3, top 215x1+, backoff 115x10, backoff 115x10, backoff 115x10, "
              "backoff 115x10, backoff 115x10",
              got, "week 3: 170x5, 195x3, 215x1+");
    free(got);
    got = sets_text(&p, 4, "Bench Press");
    is_string("work 90x5, work 115x5, top 135x5", got, "week 4, deload: 90x5, 115x5, 135x5");
    free(got);
    got = sets_text(&p, 5, "Bench Press");
    is_string("work 150x5, work 175x5, top 200x5+, backoff 115x10, backoff 115x10, backoff 115x10, "
              "backoff 115x10, backoff 115x10",
              got, "next cycle, TM 230: 150x5, 175x5, 200x5+, BBB 115x10 x5");
    free(got);
    is_string("85% of TM 225", WHY(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)),
              "the reason says TM");
    const struct plan_exercise *e = &p.exs[p.days[p.weeks[0].first_day].first_ex];
    is_int(ROUND_UP, e->round, "the workbook's formulas round up too");
    plan_free(&p);

    /* The training max as 90% of a 1RM of 250: 225 again. */
    const char *one_rm = "exercise,one_rm,unit\nBench Press,250,lb\n";
    const char *tpl2 = "day,exercise,rule,top_reps,top_pct,tm_pct,round,warmup\n"
                       "Bench,Bench Press,percent,5+,85,90,up,none\n";
    ok(build(&p, tpl2, NULL, one_rm, 1, "2026-11-23", "2026-11-22", UNIT_LB) == 0, "tm_pct builds");
    is_double(195, LOAD(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)), 1e-9,
              "tm_pct 90 of 250: 85%% of TM 225 = 195");
    is_string("85% of TM 225", WHY(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)),
              "a TM from tm_pct says TM");
    plan_free(&p);
}

/* nSuns 5/3/1 LP: the training max rises by the reps of the 1+ set,
 * 0-1: +0, 2-3: +5, 4-5: +10, 6+: +15 lb (the spreadsheet's table). */
static void
test_amrap_table(void)
{
    static const struct {
        int reps;
        double next;
        const char *why;
    } cases[] = {
        {1, 285, "1 rep: +0, TM 300, 95% = 285"},
        {3, 290, "3 reps: +5, TM 305, 95% = 289.75 -> 290"},
        {4, 295, "4 reps: +10, TM 310, 95% = 294.5 -> 295"},
        {7, 300, "7 reps: +15, TM 315, 95% = 299.25 -> 300"},
    };
    const char *tpl = "day,exercise,rule,top_reps,top_pct,backoff_sets,amrap_table,warmup\n"
                      "Day 2,Squat,percent,1+,95,0,2:5; 4:+10; 6+:15,none\n";
    const char *tm = "exercise,training_max,unit\nSquat,300,lb\n";
    struct plan p;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *log = xasprintf("date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                              "2026-11-16,Squat,top,285,%d,,lb,\n",
                              cases[i].reps);
        ok(build(&p, tpl, log, tm, 2, "2026-11-23", "2026-11-22", UNIT_LB) == 0, "amrap %d builds",
           cases[i].reps);
        is_double(cases[i].next, LOAD(find(&p, 1, NULL, "Squat", SET_TOP, 0)), 1e-9, "%s",
                  cases[i].why);
        free(log);
        if (i == 1)
            is_double(290, LOAD(find(&p, 2, NULL, "Squat", SET_TOP, 0)), 1e-9,
                      "a projected week takes the 1+ set as met, 1 rep: +0, 290 again");
        plan_free(&p);
    }
}

/* A template's unit: written in kg, planned in lb, every load converted
 * (60 kg = 132.3 lb -> 130 at a 5 lb step; +2.5 kg -> +5 lb). */
static void
test_template_unit(void)
{
    const char *tpl = "day,exercise,rule,top_reps,start_weight,increment,unit,backoff_sets,warmup\n"
                      "Upper A,Bench Press,linear,5,60,2.5,kg,0,none\n"
                      "Upper A,Row,linear,5,60,,,0,none\n";
    struct plan p;
    ok(build(&p, tpl, NULL, NULL, 2, "2026-11-23", "2026-11-22", UNIT_LB) == 0,
       "a kg template plans in lb");
    is_double(130, LOAD(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)), 1e-9,
              "60 kg is 130 lb at a 5 lb step");
    is_double(135, LOAD(find(&p, 2, NULL, "Bench Press", SET_TOP, 0)), 1e-9, "+2.5 kg is +5 lb");
    is_double(60, LOAD(find(&p, 1, NULL, "Row", SET_TOP, 0)), 1e-9,
              "a row without a unit is in the plan's unit, as before");
    plan_free(&p);
    ok(build(&p, tpl, NULL, NULL, 1, "2026-11-23", "2026-11-22", UNIT_KG) == 0,
       "the same template in kg");
    is_double(60, LOAD(find(&p, 1, NULL, "Bench Press", SET_TOP, 0)), 1e-9,
              "in its own unit nothing is converted");
    plan_free(&p);
}

/* 5/3/1's reset: an AMRAP set short of its minimum cuts the training max
 * by amrap_reset (10 %). Bench at TM 225, week 1 195x5+ done for 4: the
 * TM is 202.5 and week 2 is 70/80/90 % of it rounded up to 5 lb, 145x3
 * 165x3 185x3+; 5 reps (the minimum) keep the book's 160x3 180x3 205x3+. */
static void
test_amrap_reset(void)
{
    const char *tpl =
        "day,exercise,week,rule,top_reps,top_pct,work_sets,backoff_sets,increment,round,"
        "amrap_reset,warmup\n"
        "Bench,Bench Press,1,percent,5+,85,65%x5; 75%x5,0,5,up,10,none\n"
        "Bench,Bench Press,2,percent,3+,90,70%x3; 80%x3,0,5,up,10,none\n"
        "Bench,Bench Press,3,percent,1+,95,75%x5; 85%x3,0,5,up,10,none\n"
        "Bench,Bench Press,4,percent,5,60,40%x5; 50%x5,0,5,up,,none\n";
    const char *tm = "exercise,one_rm,training_max,unit\nBench Press,,225,lb\n";
    static const struct {
        int reps;
        const char *week2, *why;
    } cases[] = {
        {4, "work 145x3, work 165x3, top 185x3+", "4 of 5+: TM 202.5, 145x3 165x3 185x3+"},
        {5, "work 160x3, work 180x3, top 205x3+", "5 of 5+: TM 225 kept, 160x3 180x3 205x3+"},
        {0, "work 145x3, work 165x3, top 185x3+", "a failed 5+ set (0 reps) resets too"},
    };
    struct plan p;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *log = xasprintf("date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                              "2026-11-24,Bench Press,work,150,5,,lb,\n"
                              "2026-11-24,Bench Press,work,170,5,,lb,\n"
                              "2026-11-24,Bench Press,top,195,%d,,lb,\n",
                              cases[i].reps);
        ok(build(&p, tpl, log, tm, 6, "2026-11-23", "2026-11-29", UNIT_LB) == 0,
           "amrap_reset, %d reps: builds", cases[i].reps);
        char *got = sets_text(&p, 2, "Bench Press");
        is_string(cases[i].week2, got, "%s", cases[i].why);
        free(got);
        if (cases[i].reps == 4) {
            is_string("90% of TM 202.5; TM reset 10%: 4 of 5+ reps last time",
                      WHY(find(&p, 2, NULL, "Bench Press", SET_TOP, 0)), "the reason says why");
            got = sets_text(&p, 5, "Bench Press");
            is_string("work 135x5, work 160x5, top 180x5+", got,
                      "the next cycle adds 5 to the reset TM: 207.5, 135x5 160x5 180x5+");
            free(got);
        }
        free(log);
        plan_free(&p);
    }
}

static char *day_tops_text(const struct plan *p, int w, const char *dayname, const char *name);

/* The top sets of exercise name in week w as "6x2+ at 225 (why)". */
static char *
tops_text(const struct plan *p, int w, const char *name)
{
    return day_tops_text(p, w, NULL, name);
}

/* The same on day dayname (NULL: any). */
static char *
day_tops_text(const struct plan *p, int w, const char *dayname, const char *name)
{
    const struct plan_set *first = find(p, w, dayname, name, SET_TOP, 0), *last = first;
    int n = 0;
    for (const struct plan_set *s = first; s != NULL; s = find(p, w, dayname, name, SET_TOP, ++n))
        last = s;
    if (first == NULL)
        return xstrdup("(no top set)");
    return xasprintf("%dx%d%s at %g (%s)", n, first->reps, last->amrap ? "+" : "", first->weight,
                     first->why);
}

/* GZCLP (Cody LeFever): T1 5x3+, a session short of it moves to 6x2+ at
 * the same load, then 10x1+, then 5x3+ again at 85 % of the load; T2 3x10,
 * 3x8, 3x6, then 3x10 at 15 lb over the last 3x10 load. A completed stage
 * adds the increment (+10 lb lower, +5 lb upper). */
static void
test_stages(void)
{
    const char *tpl = "day,exercise,rule,top_reps,stages,stage_reset,start_weight,backoff_sets,"
                      "increment,warmup\n"
                      "A1,Squat,linear,3+,5x3+; 6x2+; 10x1+,85%,135,0,10,none\n"
                      "A1,Bench Press,linear,10,3x10; 3x8; 3x6,+15,95,0,5,none\n";
    static const struct {
        const char *squat, *bench; /* sessions: "date:load:reps,reps,..." */
        const char *want_squat, *want_bench, *why;
    } cases[] = {
        {"", "", "5x3+ at 135 (start)", "3x10 at 95 (start)", "no log: stage 1 from start_weight"},
        {"2026-11-24:225:3,3,3,3,5", "2026-11-24:100:10,10,10",
         "5x3+ at 235 (add 10: 5x3+ done at 225)", "3x10 at 105 (add 5: 3x10 done at 100)",
         "a completed stage adds the increment"},
        {"2026-11-24:225:3,3,3,2,2", "2026-11-24:100:10,9,8",
         "6x2+ at 225 (stage 2: 5x3+ fell short at 225)",
         "3x8 at 100 (stage 2: 3x10 fell short at 100)",
         "short of 5x3+ at 225: 6x2+ at 225; 3x10 short: 3x8"},
        {"2026-11-24:225:3,3,3,2,2 2026-11-26:225:2,2,2,2,2,1",
         "2026-11-24:100:10,9,8 2026-11-26:100:8,7,6",
         "10x1+ at 225 (stage 3: 6x2+ fell short at 225)",
         "3x6 at 100 (stage 3: 3x8 fell short at 100)", "then 10x1+ at 225; then 3x6"},
        {"2026-11-24:225:3,3,3,2,2 2026-11-26:225:2,2,2,2,2,1 2026-11-27:225:1,1,1,1,1,1,1,1,1,0",
         "2026-11-24:100:10,9,8 2026-11-26:100:8,7,6 2026-11-27:100:6,6,5",
         "5x3+ at 190 (restart at 85% of 225: 10x1+ fell short)",
         "3x10 at 115 (restart at 100 + 15: 3x6 fell short)",
         "10x1+ short: 5x3+ at 85% of 225 = 191.25 -> 190; 3x6 short: 3x10 at 100 + 15"},
        {"2026-11-24:225:3,3,3,2,2 2026-11-26:225:2,2,2,2,2,4", "2026-11-24:100:10,9,8",
         "6x2+ at 235 (add 10: 6x2+ done at 225)", "3x8 at 100 (stage 2: 3x10 fell short at 100)",
         "6x2+ completed: 6x2+ again, 10 heavier"},
    };
    struct plan p;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *log = xstrdup("date,exercise,set_type,weight,reps,rpe,unit,notes\n");
        const char *names[] = {"Squat", "Bench Press"};
        const char *sessions[] = {cases[i].squat, cases[i].bench};
        for (int x = 0; x < 2; x++) {
            char *copy = xstrdup(sessions[x]), *save = NULL;
            for (char *ss = strtok_r(copy, " ", &save); ss; ss = strtok_r(NULL, " ", &save)) {
                char date[11], *reps;
                double load = strtod(ss + 11, &reps);
                memcpy(date, ss, 10);
                date[10] = '\0';
                for (char *r = strtok(reps + 1, ","); r; r = strtok(NULL, ",")) {
                    char *more = xasprintf("%s%s,%s,,%g,%s,,lb,\n", log, date, names[x], load, r);
                    free(log);
                    log = more;
                }
            }
            free(copy);
        }
        ok(build(&p, tpl, log, NULL, 2, "2026-11-30", "2026-11-29", UNIT_LB) == 0,
           "stages %zu builds", i);
        char *got = tops_text(&p, 1, "Squat");
        is_string(cases[i].want_squat, got, "T1: %s", cases[i].why);
        free(got);
        got = tops_text(&p, 1, "Bench Press");
        is_string(cases[i].want_bench, got, "T2: %s", cases[i].why);
        free(got);
        if (i == 2) {
            got = tops_text(&p, 2, "Squat");
            is_string("6x2+ at 235 (add 10: 6x2+ done at 225)", got,
                      "a projected week takes the stage as done: 6x2+, 10 heavier");
            free(got);
        }
        free(log);
        plan_free(&p);
    }
}

/* Slots keep their own history: a log without day names, GZCLP's T1
 * squat (5x3+ on A1) and T2 squat (3x10 on A2) each read the sessions
 * that fit their scheme, not the latest squat of either. */
static void
test_own_history(void)
{
    const char *tpl = "day,exercise,rule,top_reps,stages,stage_reset,start_weight,backoff_sets,"
                      "increment,warmup\n"
                      "A1,Squat,linear,3+,5x3+; 6x2+; 10x1+,85%,135,0,10,none\n"
                      "A2,Squat,linear,10,3x10; 3x8; 3x6,+15,95,0,10,none\n";
    const char *log = "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                      "2026-11-23,Squat,,225,3,,lb,\n2026-11-23,Squat,,225,3,,lb,\n"
                      "2026-11-23,Squat,,225,3,,lb,\n2026-11-23,Squat,,225,3,,lb,\n"
                      "2026-11-23,Squat,,225,5,,lb,\n"
                      "2026-11-25,Squat,,135,10,,lb,\n2026-11-25,Squat,,135,9,,lb,\n"
                      "2026-11-25,Squat,,135,8,,lb,\n";
    struct plan p;
    ok(build(&p, tpl, log, NULL, 2, "2026-11-23", "2026-11-29", UNIT_LB) == 0,
       "own history builds");
    char *got = day_tops_text(&p, 2, "A1", "Squat");
    is_string("5x3+ at 235 (add 10: 5x3+ done at 225)", got,
              "T1 reads its 5x3+ at 225, not the later 3x10 at 135");
    free(got);
    const struct plan_set *t2 = find(&p, 2, "A2", "Squat", SET_TOP, 0);
    is_string("stage 2: 3x10 fell short at 135", WHY(t2), "T2 reads its own 3x10 at 135");
    is_double(135, LOAD(t2), 1e-9, "T2 stays at 135 for 3x8, not the T1 load");
    const struct plan_set *a1 = find(&p, 1, "A1", "Squat", SET_TOP, 4),
                          *a2 = find(&p, 1, "A2", "Squat", SET_TOP, 2);
    ok(a1 && a1->done && a1->actual_weight == 225 && a1->actual_reps == 5,
       "week 1 shows the 5x3+ session on A1");
    ok(a2 && a2->done && a2->actual_weight == 135 && a2->actual_reps == 8,
       "and the 3x10 session on A2");
    plan_free(&p);
}

int
main(void)
{
    plan(75 + 12 + 4 + 7 + 11 + 9 + 6 + 8 + 19 + 6);
    test_history_index();
    test_block_in_progress();
    test_missed_week();
    test_waves_and_maxes();
    test_days_and_units();
    test_light_warmups();
    test_plates_and_points();
    test_rpe_unlogged();
    test_errors();
    test_set_lists();
    test_531();
    test_amrap_table();
    test_template_unit();
    test_amrap_reset();
    test_stages();
    test_own_history();
    return 0;
}
