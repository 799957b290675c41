/*
 * progression: every rule and edge with values computed by hand from
 * topset-formats(5), PROGRESSION, including its worked example.
 */
#include <config.h>

#include <string.h>

#include "progression.h"
#include "tap/basic.h"

static struct slot
bench(void)
{
    struct slot s;
    memset(&s, 0, sizeof s);
    s.file = "t.csv";
    s.line = 2;
    s.day = (char *) "Upper A";
    s.exercise = (char *) "Bench Press";
    s.top_reps = (struct reps){5, 6, false};
    s.top_sets = 1;
    s.backoff_sets = 3;
    s.backoff_reps = (struct reps){8, 8, false};
    s.backoff_drop = 10;
    s.increment = 2.5;
    s.step = 2.5;
    s.rule = rule_find("double");
    return s;
}

static struct outcome
did(double load, int reps, double rpe, int misses, double bo_load, int bo_min, int bo_target)
{
    struct outcome o = {.known = true,
                        .top_load = load,
                        .top_reps = reps,
                        .top_rpe = rpe,
                        .misses = misses,
                        .backoff_load = bo_load,
                        .backoff_min_reps = bo_min,
                        .backoff_target = bo_target};
    return o;
}

static void
run(const struct slot *s, const struct outcome *o, struct prescription *p)
{
    struct rule_ctx ctx = {.slot = s, .unit = UNIT_KG, .one_rm_label = "1RM"};
    struct errlist e;
    errlist_init(&e);
    if (prescribe(&ctx, o, p, &e) != 0)
        diag("unexpected error: %s", e.n ? e.msgs[0] : "?");
    errlist_free(&e);
}

static void
test_double(void)
{
    struct slot s = bench();
    struct prescription p;
    struct outcome o;

    /* Worked example, week 1: 100x5, then 90x8, 8, 7. */
    o = did(100, 5, 0, 0, 90, 7, 8);
    run(&s, &o, &p);
    is_double(100, p.top_load, 1e-9, "worked example 1: top stays 100");
    is_int(6, p.top_reps, "worked example 1: one more rep");
    is_double(90, p.backoff_load, 1e-9, "worked example 1: back-offs 90");
    is_int(8, p.backoff_reps, "worked example 1: back-off reps 8");
    is_string("add 1 rep: 5/6 reps last time", p.top_why, "worked example 1: reason");
    is_string("10% under top", p.backoff_why, "one rep short is not a collapse");

    /* Worked example, week 2: 100x6, then 90x8, 8, 8. */
    o = did(100, 6, 0, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_double(102.5, p.top_load, 1e-9, "worked example 2: top 102.5");
    is_int(5, p.top_reps, "worked example 2: back to the low reps");
    is_double(92.5, p.backoff_load, 1e-9, "worked example 2: back-offs 92.5 (92.25 rounded)");
    is_string("add 2.5: 6/6 reps last time", p.top_why, "worked example 2: reason");
    ok(p.backoff_num == 90 && p.backoff_den == 100, "back-off follows the top as 90/100");

    s.top_rpe = 8;
    o = did(100, 6, 8, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_string("add 2.5: 6/6 reps @8 last time", p.top_why, "RPE at target earns the load");
    is_double(8, p.top_rpe, 0, "target RPE carried");

    o = did(100, 6, 9, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_double(100, p.top_load, 1e-9, "RPE above target: same load");
    is_int(6, p.top_reps, "RPE above target: same reps");
    is_string("hold: 6 reps @9, above RPE 8", p.top_why, "RPE above target: reason");

    o = did(100, 7, 0, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_double(102.5, p.top_load, 1e-9, "past the top of the range: add load");

    o = did(102.5, 4, 0, 1, 92.5, 8, 8);
    run(&s, &o, &p);
    is_double(102.5, p.top_load, 1e-9, "first miss: same load");
    is_int(5, p.top_reps, "first miss: low reps");
    is_string("hold: 4 of 5 reps", p.top_why, "first miss: reason");

    o = did(102.5, 4, 0, 2, 92.5, 8, 8);
    run(&s, &o, &p);
    is_double(92.5, p.top_load, 1e-9, "second miss: 102.5 - 10%% = 92.25 -> 92.5");
    is_string("cut 10%: 2 misses at 102.5", p.top_why, "second miss: reason");

    /* Collapse: a back-off 2 reps under target. */
    o = did(100, 6, 0, 0, 90, 6, 8);
    run(&s, &o, &p);
    is_double(87.5, p.backoff_load, 1e-9, "collapse: drop 15%%, 102.5 x 0.85 = 87.125 -> 87.5");
    is_string("15% under top: back-offs fell to 6 of 8 last time", p.backoff_why,
              "collapse: reason");
    o = did(100, 6, 0, 0, 85, 5, 8);
    run(&s, &o, &p);
    is_double(82.5, p.backoff_load, 1e-9, "collapse at 15%%: drop 20%%, 82 -> 82.5");
    o = did(100, 6, 0, 0, 75, 5, 8);
    run(&s, &o, &p);
    is_double(77.5, p.backoff_load, 1e-9, "collapse caps the drop at 25%%: 76.875 -> 77.5");
    is_string("25% under top: back-offs fell to 5 of 8 last time", p.backoff_why, "cap: reason");

    /* Back-off reps as a range climb at the same back-off load. */
    s.backoff_reps = (struct reps){8, 10, false};
    o = did(100, 5, 0, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_int(9, p.backoff_reps, "back-off range: one more rep at the same load");
    is_string("10% under top; 8 reps last time", p.backoff_why, "back-off range: reason");
    o = did(100, 6, 0, 0, 90, 10, 8);
    run(&s, &o, &p);
    is_int(8, p.backoff_reps, "back-off range: new load starts at the low reps");
}

static void
test_linear_lb_drop(void)
{
    struct slot s = bench();
    struct prescription p;
    struct outcome o;
    s.rule = rule_find("linear");
    s.top_reps = (struct reps){5, 5, false};
    s.backoff_reps = (struct reps){5, 5, false};
    o = did(100, 5, 0, 0, 90, 5, 5);
    run(&s, &o, &p);
    is_double(102.5, p.top_load, 1e-9, "linear: target met adds");
    is_string("add 2.5: 5/5 reps last time", p.top_why, "linear: reason");
    o = did(100, 4, 0, 1, 90, 5, 5);
    run(&s, &o, &p);
    is_double(100, p.top_load, 1e-9, "linear: one miss holds");
    o = did(100, 3, 0, 2, 90, 5, 5);
    run(&s, &o, &p);
    is_double(90, p.top_load, 1e-9, "linear: two misses cut 10%%");

    /* Pounds: increment and step 5. */
    s = bench();
    s.increment = 5;
    s.step = 5;
    o = did(225, 6, 0, 0, 205, 8, 8);
    run(&s, &o, &p);
    is_double(230, p.top_load, 1e-9, "lb: 225 + 5");
    is_double(205, p.backoff_load, 1e-9, "lb: 230 x 0.9 = 207 -> 205");

    /* Drop sets at a % of the top set. */
    s = bench();
    s.drop_sets = 1;
    s.drop_reps = (struct reps){15, 15, false};
    s.drop_pct = 60;
    o = did(100, 5, 0, 0, 90, 8, 8);
    run(&s, &o, &p);
    is_double(60, p.drop_load, 1e-9, "drop set: 60%% of 100");
    is_int(15, p.drop_reps, "drop set reps");
    is_string("drop set: 60% of top", p.drop_why, "drop set reason");
}

static void
test_percent_rpe_start(void)
{
    struct slot s = bench();
    struct prescription p;
    struct outcome none = {.backoff_min_reps = -1};
    struct errlist e;

    s.rule = rule_find("percent");
    s.top_pct = 91;
    s.top_reps = (struct reps){3, 3, false};
    s.backoff_sets = 1;
    s.backoff_pct = 85;
    s.increment = 5;
    struct rule_ctx ctx = {.slot = &s, .unit = UNIT_KG, .one_rm = 200, .one_rm_label = "1RM"};
    errlist_init(&e);
    ok(prescribe(&ctx, &none, &p, &e) == 0, "percent prescribes");
    is_double(182.5, p.top_load, 1e-9, "91%% of 200 = 182 -> 182.5");
    is_string("91% of 1RM 200", p.top_why, "percent reason");
    is_double(170, p.backoff_load, 1e-9, "back-off 85%% of 200");
    is_double(170.0 / 182.5, p.backoff_num / p.backoff_den, 1e-12, "back-off ratio to the top");
    ctx.cycle = 1;
    prescribe(&ctx, &none, &p, &e);
    is_double(187.5, p.top_load, 1e-9, "second wave: 91%% of 205 = 186.55 -> 187.5");
    is_string("91% of 1RM 205", p.top_why, "second wave reason");
    ctx.one_rm = 0;
    ctx.cycle = 0;
    ok(prescribe(&ctx, &none, &p, &e) != 0, "percent without a 1RM fails");
    is_string("t.csv:2: \"Bench Press\" on \"Upper A\": rule percent needs a 1RM (expected a"
              " --maxes row for it or a logged session to estimate one from)",
              e.n ? e.msgs[0] : NULL, "percent without a 1RM: message");
    errlist_free(&e);

    s = bench();
    s.rule = rule_find("rpe");
    s.top_reps = (struct reps){5, 5, false};
    s.top_rpe = 8;
    struct rule_ctx rctx = {.slot = &s, .unit = UNIT_KG, .e1rm = 150, .one_rm_label = "1RM"};
    errlist_init(&e);
    ok(prescribe(&rctx, &none, &p, &e) == 0, "rpe prescribes");
    is_double(122.5, p.top_load, 1e-9, "5 @8 of e1RM 150 = 121.65 -> 122.5");
    is_string("5 @8 = 81.1% of e1RM 150", p.top_why, "rpe reason");
    is_double(110, p.backoff_load, 1e-9, "rpe back-off 10%% under 122.5 = 110.25 -> 110");
    s.top_reps = (struct reps){15, 15, false};
    ok(prescribe(&rctx, &none, &p, &e) != 0, "rpe past the chart fails");
    errlist_free(&e);

    s = bench();
    struct rule_ctx sctx = {.slot = &s, .unit = UNIT_KG, .start_load = 60, .start_why = "start"};
    errlist_init(&e);
    ok(prescribe(&sctx, &none, &p, &e) == 0, "start from start_weight");
    is_double(60, p.top_load, 1e-9, "start load");
    is_int(5, p.top_reps, "start reps are the low end");
    is_string("start", p.top_why, "start reason");
    sctx.start_load = 0;
    ok(prescribe(&sctx, &none, &p, &e) != 0, "nothing to start from fails");
    is_string("t.csv:2: \"Bench Press\" on \"Upper A\": no history in the log, no start_weight"
              " and no 1RM to start from (expected a start_weight, a logged session or a"
              " --maxes row)",
              e.n ? e.msgs[0] : NULL, "nothing to start from: message");
    errlist_free(&e);
}

static void
test_projection_and_history(void)
{
    struct slot s = bench();
    struct prescription p, q;
    struct outcome o = did(100, 6, 0, 0, 90, 8, 8), met;
    run(&s, &o, &p);
    outcome_as_met(&p, &met);
    run(&s, &met, &q);
    is_double(102.5, q.top_load, 1e-9, "projection: 102.5x5 met -> 102.5");
    is_int(6, q.top_reps, "projection: -> 6 reps");
    outcome_as_met(&q, &met);
    run(&s, &met, &q);
    is_double(105, q.top_load, 1e-9, "projection: 102.5x6 met -> 105");

    /* Misses counted back through sessions at the same load. */
    struct hset t1 = {SET_TOP, 100, 6, 0, false}, t2 = {SET_TOP, 102.5, 4, 0, false},
                t3 = {SET_TOP, 102.5, 3, 0, false};
    struct hset b = {SET_BACKOFF, 92.5, 8, 0, false};
    struct session ss[3];
    memset(ss, 0, sizeof ss);
    ss[0].tops = &t1;
    ss[0].ntops = 1;
    ss[1].tops = &t2;
    ss[1].ntops = 1;
    ss[1].backoffs = &b;
    ss[1].nbackoffs = 1;
    ss[2].tops = &t3;
    ss[2].ntops = 1;
    ss[2].backoffs = &b;
    ss[2].nbackoffs = 1;
    struct history h = {.v = ss, .n = 3};
    outcome_from_history(&h, &s, &o);
    is_int(2, o.misses, "two misses in a row at 102.5");
    is_int(3, o.top_reps, "last top reps");
    is_double(92.5, o.backoff_load, 1e-9, "last back-off load");
    h.n = 2;
    outcome_from_history(&h, &s, &o);
    is_int(1, o.misses, "one miss");
    h.n = 1;
    outcome_from_history(&h, &s, &o);
    is_int(0, o.misses, "no miss");
    is_int(-1, o.backoff_min_reps, "no back-offs logged");
    h.n = 0;
    outcome_from_history(&h, &s, &o);
    ok(!o.known, "no sessions: unknown");
}

/* RTS (Tuchscherer): a top set at an RPE from the e1RM, then back-offs
 * either at an RPE of their own (loaded from the top set's e1RM through
 * the chart) or by a load drop, stopped at an RPE. The % are the published
 * RTS chart's cells: 1 @8 = 92.2, 3 @8 = 86.3, 5 @7 = 78.6. A step of 0.1
 * keeps the chart's numbers visible. */
static void
test_rts_backoffs(void)
{
    struct slot s = bench();
    struct prescription p;
    struct outcome none = {.backoff_min_reps = -1};
    s.rule = rule_find("rpe");
    s.step = 0.1;
    s.top_reps = (struct reps){1, 1, false};
    s.top_rpe = 8;
    s.backoff_reps = (struct reps){5, 5, false};
    s.backoff_rpe = 7;
    struct rule_ctx ctx = {.slot = &s, .unit = UNIT_KG, .e1rm = 200, .one_rm_label = "1RM"};
    struct errlist e;
    errlist_init(&e);
    ok(prescribe(&ctx, &none, &p, &e) == 0, "rts: prescribes");
    is_double(184.4, p.top_load, 1e-9, "rts: 1 @8 of e1RM 200 = 92.2%% = 184.4");
    is_double(157.2, p.backoff_load, 1e-9,
              "rts: 5 @7 from the top set's e1RM 200 = 78.6%% = 157.2");
    is_double(78.6 / 92.2, p.backoff_num / p.backoff_den, 1e-12,
              "rts: back-off follows the top set by the chart's 78.6 / 92.2");
    is_double(7, p.backoff_rpe, 1e-9, "rts: the back-offs' target RPE is 7");
    is_string("5 @7 = 78.6% of top set e1RM 200", p.backoff_why, "rts: back-off reason");

    /* x3 @8, then a 5% load drop for triples until RPE 8 again. */
    s.top_reps = (struct reps){3, 3, false};
    s.backoff_reps = (struct reps){3, 3, false};
    s.backoff_rpe = 0;
    s.backoff_drop = 5;
    s.backoff_cap = 8;
    prescribe(&ctx, &none, &p, &e);
    is_double(172.6, p.top_load, 1e-9, "rts: 3 @8 of e1RM 200 = 86.3%% = 172.6");
    is_double(164, p.backoff_load, 1e-9, "rts: 5%% load drop: 163.97 -> 164");
    is_double(8, p.backoff_cap, 1e-9, "rts: back-offs stop at RPE 8");
    is_double(0, p.backoff_rpe, 1e-9, "rts: a load drop has no target RPE of its own");
    is_string("5% under top; stop at RPE 8", p.backoff_why, "rts: the cap is in the reason");
    s.backoff_sets = 0;
    s.nbackoff_list = 1;
    s.backoff_list[0] = (struct set_step){90, true, {3, 3, false}, 2};
    prescribe(&ctx, &none, &p, &e);
    is_string("90% of top; stop at RPE 8", p.after[0].why, "rts: a listed back-off is capped too");
    is_int(0, (int) e.n, "rts: no errors");
    errlist_free(&e);
}

int
main(void)
{
    plan(82);
    test_double();
    test_linear_lb_drop();
    test_percent_rpe_start();
    test_projection_and_history();
    test_rts_backoffs();
    return 0;
}
