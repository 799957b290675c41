/*
 * A small plan built by hand with the plan.h builders, shared by the writer
 * tests (plan_csv-t, plan_xlsx-t) so both forms are checked on the same
 * data. Two weeks from Monday 2026-11-23, as of 2026-11-26 (week 1 begun):
 *
 *   Week 1  Upper A  Bench Press (notes "=1+1", a formula-looking text)
 *                      warm-up 50 x5 (50% of top), top 102.5 x5 @8,
 *                      back-off 92.5 x8 twice (90%), drop 62.5 x15 (60%)
 *                      logged: warm-up, top and both back-offs
 *           Lower A  Squat: top 140 x5
 *   Week 2  Upper A  Bench Press: 52.5, 105 x5 @8, 95 x8 x2, 62.5 x15
 *           Lower A  Deadlift: top 180 x3 (Squat has no top set this week)
 *
 * The block name holds '&' and one reason holds a comma, quotes and a
 * newline, for the escaping of both writers.
 */
#ifndef SAMPLE_PLAN_H
#define SAMPLE_PLAN_H

#include "plan.h"

static void
sample_plan(struct plan *p, enum paper paper)
{
    plan_init(p);
    p->client = "Alex";
    p->block = "Push & Pull";
    p->unit = UNIT_KG;
    p->paper = paper;
    p->start = date_from_ymd(2026, 11, 23);
    p->as_of = date_from_ymd(2026, 11, 26);
    size_t bench = plan_add_lift(p, "Upper A", "Bench Press");
    size_t squat = plan_add_lift(p, "Lower A", "Squat");
    size_t dead = plan_add_lift(p, "Lower A", "Deadlift");

    static const struct {
        double top, warm, back, drop;
        const char *why_back2;
    } wk[2] = {
        {102.5, 50, 92.5, 62.5, "collapsed: 7, \"ugly\"\nnext +5"},
        {105, 52.5, 95, 62.5, "10% drop"},
    };
    for (int w = 0; w < 2; w++) {
        plan_add_week(p, w + 1, p->start + 7 * w, w == 0);
        plan_add_day(p, "Upper A");
        plan_add_exercise(p, "Bench Press", "=1+1", bench, 2.5);
        size_t warm = plan_add_set(p, SET_WARMUP, wk[w].warm, 5, 0, "warm-up 50%");
        size_t top = plan_add_set(p, SET_TOP, wk[w].top, 5, 8, "add 2.5: 6/6 reps @8 last time");
        size_t b1 = plan_add_set(p, SET_BACKOFF, wk[w].back, 8, 0, "10% drop");
        size_t b2 = plan_add_set(p, SET_BACKOFF, wk[w].back, 8, 0, wk[w].why_back2);
        size_t dr = plan_add_set(p, SET_DROP, wk[w].drop, 15, 0, "drop 60%");
        p->sets[warm].from_top = (long) top;
        p->sets[warm].num = 50;
        p->sets[warm].den = 100;
        p->sets[b1].from_top = p->sets[b2].from_top = (long) top;
        p->sets[b1].num = p->sets[b2].num = 90;
        p->sets[b1].den = p->sets[b2].den = 100;
        p->sets[dr].from_top = (long) top;
        p->sets[dr].num = 60;
        p->sets[dr].den = 100;
        if (w == 0) {
            static const struct {
                double weight;
                int reps;
                double rpe;
            } done[4] = {{50, 5, 0}, {102.5, 5, 8.5}, {92.5, 8, 0}, {92.5, 7, 9}};
            size_t idx[4] = {warm, top, b1, b2};
            for (int i = 0; i < 4; i++) {
                struct plan_set *s = &p->sets[idx[i]];
                s->done = true;
                s->actual_weight = done[i].weight;
                s->actual_reps = done[i].reps;
                s->actual_rpe = done[i].rpe;
            }
        }
        plan_add_day(p, "Lower A");
        if (w == 0) {
            plan_add_exercise(p, "Squat", "", squat, 2.5);
            plan_add_set(p, SET_TOP, 140, 5, 0, "start");
        } else {
            plan_add_exercise(p, "Deadlift", "", dead, 2.5);
            plan_add_set(p, SET_TOP, 180, 3, 0, "start");
        }
    }
}

#endif
