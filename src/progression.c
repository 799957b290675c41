/*
 * progression: one function per rule (rule_kinds[] in rules.c names
 * them), then back-offs and drop sets, which follow the top set alike for
 * every rule.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "progression.h"
#include "rpe.h"
#include "util.h"

#define CUT_PERCENT 10.0 /* after two misses at one load */
#define MISSES_BEFORE_CUT 2
#define COLLAPSE_REPS 2   /* a back-off this many reps short has collapsed */
#define COLLAPSE_STEP 5.0 /* the next drop grows by this many points */
#define COLLAPSE_MAX_DROP 25.0

static double
step_of(const struct rule_ctx *ctx)
{
    return ctx->slot->step;
}

/* A load rounded to the slot's step in the slot's rounding mode. */
static double
rnd(const struct rule_ctx *ctx, double load)
{
    return load_round_mode(load, ctx->slot->step, ctx->slot->round);
}

/* Append how the last top set went against the reps wanted:
 * "5/6 reps @8 last time", without " @8" when its RPE was not logged. */
static void
cat_last_time(char why[WHY_MAX], const struct outcome *last, int wanted)
{
    if (last->top_rpe > 0)
        why_catf(why, "%d/%d reps @%s last time", last->top_reps, wanted, WHY_NUM(last->top_rpe));
    else
        why_catf(why, "%d/%d reps last time", last->top_reps, wanted);
}

/* Append "85% of 1RM 200": pct of the 1RM base (shown to 0.1) named label. */
static void
cat_pct_of(char why[WHY_MAX], double pct, const char *label, double base)
{
    why_catf(why, "%s%% of %s %s", WHY_NUM(pct), label, WHY_NUM(round(base * 10) / 10));
}

static int
start(const struct rule_ctx *ctx, struct prescription *p, struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (!(ctx->start_load > 0) && !s->bodyweight) {
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": no history in the log, no start_weight and no 1RM to start"
               " from (expected a start_weight, a logged session or a --maxes row)",
               s->exercise, s->day);
        return -1;
    }
    p->top_load = rnd(ctx, ctx->start_load);
    p->top_reps = s->top_reps.lo;
    why_printf(p->top_why, "%s", ctx->start_why ? ctx->start_why : "start");
    return 0;
}

static void
cut(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p)
{
    p->top_load = rnd(ctx, last->top_load * (1 - CUT_PERCENT / 100));
    p->top_reps = ctx->slot->top_reps.lo;
    why_printf(p->top_why, "cut %s%%: %d misses at %s", WHY_NUM(CUT_PERCENT), last->misses,
               WHY_NUM(last->top_load));
}

static void
hold_short(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p)
{
    p->top_load = rnd(ctx, last->top_load);
    p->top_reps = ctx->slot->top_reps.lo;
    why_printf(p->top_why, "hold: %d of %d reps", last->top_reps, ctx->slot->top_reps.lo);
}

static void
add(const struct rule_ctx *ctx, const struct outcome *last, int wanted, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    p->top_load = rnd(ctx, last->top_load + s->increment);
    p->top_reps = s->top_reps.lo;
    why_printf(p->top_why, "add %s: ", WHY_NUM(s->increment));
    cat_last_time(p->top_why, last, wanted);
}

/* Double progression: reps up through the range, then load. */
int
rule_double(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
            struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    int lo = s->top_reps.lo, hi = s->top_reps.hi;
    if (!last->known)
        return start(ctx, p, errs);
    if (last->top_reps >= hi) {
        if (last->top_rpe > 0 && s->top_rpe > 0 && last->top_rpe > s->top_rpe) {
            p->top_load = rnd(ctx, last->top_load);
            p->top_reps = hi;
            why_printf(p->top_why, "hold: %d reps @%s, above RPE %s", last->top_reps,
                       WHY_NUM(last->top_rpe), WHY_NUM(s->top_rpe));
        } else
            add(ctx, last, hi, p);
    } else if (last->top_reps >= lo) {
        p->top_load = rnd(ctx, last->top_load);
        p->top_reps = last->top_reps + 1;
        why_printf(p->top_why, "add 1 rep: ");
        cat_last_time(p->top_why, last, hi);
    } else if (last->misses >= MISSES_BEFORE_CUT)
        cut(ctx, last, p);
    else
        hold_short(ctx, last, p);
    return 0;
}

/* The fewest reps on the AMRAP set that gain load in s's amrap_table. */
static int
amrap_goal(const struct slot *s)
{
    for (int i = 0; i < s->amrap_n; i++)
        if (s->amrap_gain[i] > 0)
            return s->amrap_reps[i];
    return 0;
}

/* A linear row with an amrap_table (GZCLP T3, 3x15+ until the last set
 * reaches 25): every set reached its reps, and the AMRAP set's reps pick
 * the load added from the table; below its first gain, the load holds. */
static void
add_by_table(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    double gain = slot_amrap_gain(s, last->amrap_reps);
    p->top_reps = s->top_reps.lo;
    if (gain > 0) {
        p->top_load = rnd(ctx, last->top_load + gain);
        why_printf(p->top_why, "add %s: %d reps on the %d+ set last time", WHY_NUM(gain),
                   last->amrap_reps, s->top_reps.lo);
    } else {
        p->top_load = rnd(ctx, last->top_load);
        why_printf(p->top_why, "hold: %d/%d reps on the %d+ set last time", last->amrap_reps,
                   amrap_goal(s), s->top_reps.lo);
    }
}

/* Linear: every session that reaches the low end of the reps adds load
 * (by the amrap_table when the row has one). */
int
rule_linear(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
            struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (!last->known)
        return start(ctx, p, errs);
    if (last->top_reps >= s->top_reps.lo && s->amrap_n > 0)
        add_by_table(ctx, last, p);
    else if (last->top_reps >= s->top_reps.lo)
        add(ctx, last, s->top_reps.lo, p);
    else if (last->misses >= MISSES_BEFORE_CUT)
        cut(ctx, last, p);
    else
        hold_short(ctx, last, p);
    return 0;
}

static int
need_one_rm(const struct rule_ctx *ctx, const char *what, struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (ctx->one_rm > 0)
        return 0;
    if (s->tm_from != NULL) /* the max is the other slot's: say which */
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": %s needs the training max of %s (tm_from), which has none "
               "(expected a --maxes row for that exercise or a logged session of it)",
               s->exercise, s->day, what, s->tm_from);
    else
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": %s needs a 1RM (expected a --maxes row for it or a logged"
               " session to estimate one from)",
               s->exercise, s->day, what);
    return -1;
}

static double
cycled_one_rm(const struct rule_ctx *ctx)
{
    return ctx->one_rm + ctx->cycle * ctx->slot->increment;
}

/* Percent: the top load is top_pct of the 1RM; each finished wave adds an
 * increment to the 1RM, so the next wave starts heavier. */
int
rule_percent(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
             struct errlist *errs)
{
    (void) last;
    const struct slot *s = ctx->slot;
    if (need_one_rm(ctx, "rule percent", errs) != 0)
        return -1;
    double base = cycled_one_rm(ctx);
    p->top_load = rnd(ctx, base * s->top_pct / 100);
    p->top_reps = s->top_reps.lo;
    cat_pct_of(p->top_why, s->top_pct, ctx->one_rm_label, base);
    return 0;
}

/* RPE: the top load comes from the estimated 1RM and the RPE chart. */
int
rule_rpe(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
         struct errlist *errs)
{
    (void) last;
    const struct slot *s = ctx->slot;
    double pct = rpe_percent(s->top_reps.lo, s->top_rpe);
    if (!(pct > 0)) {
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": rule rpe needs top_reps 1-%d and top_rpe 6-10 (the RPE chart)",
               s->exercise, s->day, RPE_CHART_MAX_REPS);
        return -1;
    }
    double base = ctx->e1rm > 0 ? ctx->e1rm : ctx->one_rm;
    const char *label = ctx->e1rm > 0 ? "e1RM" : ctx->one_rm_label;
    if (!(base > 0))
        return start(ctx, p, errs);
    p->top_load = rnd(ctx, base * pct / 100);
    p->top_reps = s->top_reps.lo;
    why_printf(p->top_why, "%d @%s = ", s->top_reps.lo, WHY_NUM(s->top_rpe));
    cat_pct_of(p->top_why, pct, label, base);
    return 0;
}

/* "5x3+", a stage as a template writes it. */
static void
cat_stage(char why[WHY_MAX], const struct stage *st)
{
    why_catf(why, "%dx%d%s", st->sets, st->reps.lo, st->reps.amrap ? "+" : "");
}

/* Stages (GZCLP): a session that completes its stage adds the increment;
 * one that falls short moves to the next stage at the same load; after
 * the last, stage 1 again at stage_reset. */
static int
staged(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
       struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    int k = 0;
    if (!last->known) {
        if (start(ctx, p, errs) != 0)
            return -1;
    } else if (!last->stage_short) {
        k = last->stage;
        p->top_load = rnd(ctx, last->top_load + s->increment);
        why_printf(p->top_why, "add %s: ", WHY_NUM(s->increment));
        cat_stage(p->top_why, &s->stages[k]);
        why_catf(p->top_why, " done at %s", WHY_NUM(last->top_load));
    } else if (last->stage + 1 < s->nstages) {
        k = last->stage + 1;
        p->top_load = rnd(ctx, last->top_load);
        why_printf(p->top_why, "stage %d: ", k + 1);
        cat_stage(p->top_why, &s->stages[last->stage]);
        why_catf(p->top_why, " fell short at %s", WHY_NUM(last->top_load));
    } else if (s->stage_reset_pct > 0) {
        p->top_load = rnd(ctx, last->top_load * s->stage_reset_pct / 100);
        why_printf(p->top_why, "restart at %s%% of %s: ", WHY_NUM(s->stage_reset_pct),
                   WHY_NUM(last->top_load));
        cat_stage(p->top_why, &s->stages[last->stage]);
        why_catf(p->top_why, " fell short");
    } else {
        double base = last->stage1_load > 0 ? last->stage1_load : last->top_load;
        p->top_load = rnd(ctx, base + s->stage_reset_add);
        why_printf(p->top_why, "restart at %s + %s: ", WHY_NUM(base), WHY_NUM(s->stage_reset_add));
        cat_stage(p->top_why, &s->stages[last->stage]);
        why_catf(p->top_why, " fell short");
    }
    p->stage = k;
    p->stage1_load = k == 0 ? p->top_load : last->stage1_load;
    p->top_sets = s->stages[k].sets;
    p->top_reps = s->stages[k].reps.lo;
    p->top_amrap = s->stages[k].reps.amrap;
    return 0;
}

/* Whether last time's back-offs fell COLLAPSE_REPS or more short. */
static bool
backoffs_collapsed(const struct outcome *last)
{
    return last->known && last->backoff_min_reps >= 0
           && last->backoff_min_reps <= last->backoff_target - COLLAPSE_REPS;
}

/* The % drop under the top set for back-offs: the row's, or after a
 * collapse the larger of it and last time's, plus COLLAPSE_STEP, up to
 * COLLAPSE_MAX_DROP. */
static double
backoff_drop(const struct slot *s, const struct outcome *last, bool collapsed)
{
    double drop = s->backoff_drop;
    if (!collapsed)
        return drop;
    double used = last->top_load > 0 ? 100 * (1 - last->backoff_load / last->top_load) : 0;
    used = round(used);
    drop = (used > drop ? used : drop) + COLLAPSE_STEP;
    if (drop > COLLAPSE_MAX_DROP)
        drop = COLLAPSE_MAX_DROP;
    if (drop < s->backoff_drop)
        drop = s->backoff_drop;
    return drop;
}

/* RTS back-offs at backoff_rpe: the e1RM of the top set (its load at its
 * reps and RPE, by the chart), and from it the load of backoff_reps at
 * backoff_rpe. template.c made sure both are on the chart. The reps stay
 * those written: the load is theirs. */
static void
backoffs_at_rpe(const struct rule_ctx *ctx, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    double top_pct = rpe_percent(p->top_reps, p->top_rpe);
    double pct = rpe_percent(s->backoff_reps.lo, s->backoff_rpe);
    double e1rm = top_pct > 0 ? p->top_load * 100 / top_pct : 0;
    p->backoff_load = rnd(ctx, e1rm * pct / 100);
    p->backoff_num = pct;
    p->backoff_den = top_pct > 0 ? top_pct : 100;
    p->backoff_reps = s->backoff_reps.lo;
    p->backoff_rpe = s->backoff_rpe;
    why_printf(p->backoff_why, "%d @%s = ", s->backoff_reps.lo, WHY_NUM(s->backoff_rpe));
    cat_pct_of(p->backoff_why, pct, "top set e1RM", e1rm);
}

/* Back-offs: a drop from the top set (grown after a collapse), a % of
 * the 1RM, or a load for an RPE (backoffs_at_rpe); a range of reps climbs
 * one rep per session at the same load. */
static int
backoffs(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
         struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (s->backoff_sets == 0)
        return 0;
    bool collapsed = backoffs_collapsed(last);
    p->backoff_why[0] = '\0';
    if (s->backoff_rpe > 0) {
        backoffs_at_rpe(ctx, p);
        return 0;
    }
    if (s->backoff_pct > 0) {
        if (need_one_rm(ctx, "backoff_pct", errs) != 0)
            return -1;
        double pct = s->backoff_pct;
        if (collapsed && pct - COLLAPSE_STEP > 0)
            pct -= COLLAPSE_STEP;
        double base = cycled_one_rm(ctx);
        double raw = base * pct / 100;
        p->backoff_load = rnd(ctx, raw);
        p->backoff_num = raw;
        p->backoff_den = p->top_load;
        cat_pct_of(p->backoff_why, pct, ctx->one_rm_label, base);
    } else {
        double drop = backoff_drop(s, last, collapsed);
        p->backoff_load = rnd(ctx, p->top_load * (100 - drop) / 100);
        p->backoff_num = 100 - drop;
        p->backoff_den = 100;
        why_printf(p->backoff_why, "%s%% under top", WHY_NUM(drop));
    }
    if (collapsed)
        why_catf(p->backoff_why, ": back-offs fell to %d of %d last time", last->backoff_min_reps,
                 last->backoff_target);
    p->backoff_reps = s->backoff_reps.lo;
    if (s->backoff_reps.hi > s->backoff_reps.lo && last->known && !collapsed
        && last->backoff_min_reps >= s->backoff_reps.lo
        && fabs(last->backoff_load - p->backoff_load) < 1e-6) {
        int r = last->backoff_min_reps + 1;
        p->backoff_reps = r > s->backoff_reps.hi ? s->backoff_reps.hi : r;
        why_catf(p->backoff_why, "; %d reps last time", last->backoff_min_reps);
    }
    return 0;
}

static void
drops(const struct rule_ctx *ctx, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    if (s->drop_sets == 0)
        return;
    p->drop_load = rnd(ctx, p->top_load * s->drop_pct / 100);
    p->drop_reps = s->drop_reps.lo;
    why_printf(p->drop_why, "drop set: %s%% of top", WHY_NUM(s->drop_pct));
}

/* A set list's lines (steps, n of them) for top set p into out: each a %
 * of the top set, or of the training max or 1RM the rule works from. */
static int
set_list(const struct rule_ctx *ctx, const char *column, const struct set_step *steps, int n,
         const struct prescription *p, struct rx_step *out, struct errlist *errs)
{
    for (int i = 0; i < n; i++) {
        const struct set_step *st = &steps[i];
        struct rx_step *o = &out[i];
        o->reps = st->reps.lo;
        o->amrap = st->reps.amrap;
        o->count = st->count;
        o->why[0] = '\0';
        if (st->of_top) {
            o->load = rnd(ctx, p->top_load * st->pct / 100);
            o->num = st->pct;
            o->den = 100;
            why_printf(o->why, "%s%% of top", WHY_NUM(st->pct));
            continue;
        }
        if (need_one_rm(ctx, column, errs) != 0)
            return -1;
        double base = cycled_one_rm(ctx);
        double raw = base * st->pct / 100;
        o->load = rnd(ctx, raw);
        o->num = raw;
        o->den = p->top_load;
        cat_pct_of(o->why, st->pct, ctx->one_rm_label, base);
    }
    return 0;
}

/* load_from: the top set is load_pct of another slot's latest top set
 * (Texas Method: Volume 90 % of Intensity); without one, the row's
 * start_weight. */
static int
from_slot(const struct rule_ctx *ctx, struct prescription *p, struct errlist *errs)
{
    const struct slot *s = ctx->slot, *f = ctx->from_slot;
    if (!(ctx->from_load > 0)) {
        if (ctx->start_load > 0)
            return start(ctx, p, errs);
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": no top set of \"%s\" on \"%s\" to load from (expected a "
               "logged session of it, or a start_weight on either row)",
               s->exercise, s->day, f->exercise, f->day);
        return -1;
    }
    p->top_load = rnd(ctx, ctx->from_load * s->load_pct / 100);
    p->top_reps = s->top_reps.lo;
    why_printf(p->top_why, "%s%% of %s %s %s", WHY_NUM(s->load_pct), f->day, f->exercise,
               WHY_NUM(ctx->from_load));
    return 0;
}

/* backoff_cap: every back-off (counted or listed) says where to stop,
 * "stop at RPE 8" in its reason; the plan carries the number too. */
static void
cap_backoffs(const struct slot *s, struct prescription *p)
{
    if (!(s->backoff_cap > 0))
        return;
    p->backoff_cap = s->backoff_cap;
    if (s->backoff_sets > 0)
        why_catf(p->backoff_why, "; stop at RPE %s", WHY_NUM(s->backoff_cap));
    for (int i = 0; i < p->nafter; i++)
        why_catf(p->after[i].why, "; stop at RPE %s", WHY_NUM(s->backoff_cap));
}

int
prescribe(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
          struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    memset(p, 0, sizeof *p);
    p->top_rpe = s->top_rpe;
    p->top_sets = s->top_sets;
    p->top_amrap = s->top_reps.amrap;
    int rc = ctx->from_slot != NULL ? from_slot(ctx, p, errs)
             : s->nstages > 0       ? staged(ctx, last, p, errs)
                                    : s->rule->prescribe(ctx, last, p, errs);
    if (rc != 0)
        return -1;
    /* A load rounded down to nothing becomes one step, except on a
     * bodyweight lift, where 0 is the lifter alone. */
    if (p->top_load <= 0 && !s->bodyweight && !(last->known && last->top_load == 0))
        p->top_load = step_of(ctx);
    p->backoff_amrap = s->backoff_reps.amrap;
    p->drop_amrap = s->drop_reps.amrap;
    if (backoffs(ctx, last, p, errs) != 0)
        return -1;
    drops(ctx, p);
    p->nwork = s->nwork;
    p->nafter = s->nbackoff_list;
    if (set_list(ctx, "work_sets", s->work, s->nwork, p, p->work, errs) != 0
        || set_list(ctx, "backoff_list", s->backoff_list, s->nbackoff_list, p, p->after, errs) != 0)
        return -1;
    cap_backoffs(s, p);
    return 0;
}

void
outcome_as_met(const struct prescription *p, struct outcome *o)
{
    memset(o, 0, sizeof *o);
    o->known = true;
    o->top_load = p->top_load;
    o->top_reps = p->top_reps;
    o->amrap_reps = p->top_reps; /* a planned AMRAP set counts as its minimum */
    o->top_rpe = p->top_rpe;
    o->misses = 0;
    o->backoff_load = p->backoff_load;
    o->backoff_min_reps = p->backoff_load > 0 ? p->backoff_reps : -1;
    o->backoff_target = p->backoff_reps;
    o->stage = p->stage;
    o->stage1_load = p->stage1_load;
}

#define FIT_SETS_MAX (3 * TEMPLATE_MAX_SETS)

/* The reps of a session's sets at its judged load (top sets, back-offs
 * and failed sets at that load; a failed set counts its logged reps, 0
 * when none), at most FIT_SETS_MAX, into reps. Returns how many. */
static int
reps_at_load(const struct session *ss, int reps[FIT_SETS_MAX])
{
    double load = session_judged_load(ss);
    const struct hset *groups[] = {ss->tops, ss->backoffs, ss->failed};
    size_t sizes[] = {ss->ntops, ss->nbackoffs, ss->nfailed};
    int n = 0;
    for (size_t g = 0; g < 3; g++)
        for (size_t i = 0; i < sizes[g] && n < FIT_SETS_MAX; i++)
            if (fabs(groups[g][i].weight - load) < 1e-6)
                reps[n++] = groups[g][i].reps;
    return n;
}

/* How far n sets of reps are from stage st: each set more or fewer
 * weighs more than all the reps apart (reps within a range, or above an
 * AMRAP set's minimum, are not apart). */
static int
stage_distance(const struct stage *st, const int *reps, int n)
{
    int d = 100 * abs(n - st->sets);
    for (int i = 0; i < n && i < st->sets; i++) {
        bool amrap = st->reps.amrap && i == st->sets - 1;
        d += reps[i] < st->reps.lo             ? st->reps.lo - reps[i]
             : amrap || reps[i] <= st->reps.hi ? 0
                                               : reps[i] - st->reps.hi;
    }
    return d;
}

/* Whether n sets of reps fell short of stage st. */
static bool
stage_short(const struct stage *st, const int *reps, int n)
{
    if (n < st->sets)
        return true;
    for (int i = 0; i < n; i++)
        if (reps[i] < st->reps.lo)
            return true;
    return false;
}

/*
 * The stage of each session of h in turn, into o: the stage its sets fit
 * best, ties going to the one the session before led to (a short 3x10,
 * 10 9 8, is as far from 3x8; it was the 3x10 the plan asked for).
 */
static void
replay_stages(const struct history *h, const struct slot *s, struct outcome *o)
{
    int expected = 0, reps[FIT_SETS_MAX];
    for (size_t i = 0; i < h->n; i++) {
        int n = reps_at_load(&h->v[i], reps);
        int best = expected, dist = stage_distance(&s->stages[expected], reps, n);
        for (int k = 0; k < s->nstages; k++) {
            int d = stage_distance(&s->stages[k], reps, n);
            if (d < dist) {
                best = k;
                dist = d;
            }
        }
        o->stage = best;
        o->stage_short = stage_short(&s->stages[best], reps, n);
        if (best == 0)
            o->stage1_load = session_judged_load(&h->v[i]);
        expected = !o->stage_short ? best : best + 1 < s->nstages ? best + 1 : 0;
    }
}

void
outcome_from_history(const struct history *h, const struct slot *s, struct outcome *o)
{
    memset(o, 0, sizeof *o);
    o->backoff_min_reps = -1;
    const struct session *last = h != NULL ? history_last(h) : NULL;
    if (last == NULL)
        return;
    o->known = true;
    o->top_load = session_judged_load(last);
    o->top_reps = session_judged_reps(last);
    o->amrap_reps = last->missed || last->ntops == 0 ? 0 : last->tops[last->ntops - 1].reps;
    o->top_rpe = last->missed ? 0 : session_top_rpe(last);
    o->backoff_min_reps = session_backoff_min_reps(last);
    o->backoff_load = last->nbackoffs > 0 ? last->backoffs[0].weight : 0;
    o->backoff_target = s->backoff_reps.lo;
    for (size_t i = h->n; i-- > 0;) {
        const struct session *ss = &h->v[i];
        if (fabs(session_judged_load(ss) - o->top_load) > 1e-6
            || session_judged_reps(ss) >= s->top_reps.lo)
            break;
        o->misses++;
    }
    if (s->nstages > 0)
        replay_stages(h, s, o);
}

int
session_distance(const struct session *ss, const struct slot *s)
{
    int reps[FIT_SETS_MAX];
    int n = reps_at_load(ss, reps);
    struct stage own = {s->top_sets, s->top_reps};
    int best = stage_distance(&own, reps, n);
    for (int k = 0; k < s->nstages; k++) {
        int d = stage_distance(&s->stages[k], reps, n);
        if (d < best)
            best = d;
    }
    return best;
}
