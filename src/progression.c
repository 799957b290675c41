/*
 * progression: one function per rule (rule_kinds[] in rules.c names
 * them), then back-offs and drop sets, which follow the top set alike for
 * every rule.
 */
#include <config.h>

#include <math.h>
#include <string.h>

#include "progression.h"
#include "rpe.h"
#include "util.h"

#define CUT_PERCENT 10.0          /* after two misses at one load */
#define MISSES_BEFORE_CUT 2
#define COLLAPSE_REPS 2           /* a back-off this many reps short has collapsed */
#define COLLAPSE_STEP 5.0         /* the next drop grows by this many points */
#define COLLAPSE_MAX_DROP 25.0

static double
step_of(const struct rule_ctx *ctx)
{
    return ctx->slot->step;
}

/* The reason texts below are built with struct text (plan.h), not
 * snprintf: a plan has thousands of them and printf was a good part of the
 * cost of planning. Each comment shows the text as a format. */

/* " @8" or "" */
static void
at_rpe(struct text *t, double rpe)
{
    if (rpe > 0) {
        text_str(t, " @");
        text_num(t, rpe);
    }
}

/* "<pct>% of <label> <base, to 0.1>" */
static void
pct_of(struct text *t, double pct, const char *label, double base)
{
    text_num(t, pct);
    text_str(t, "% of ");
    text_str(t, label);
    text_str(t, " ");
    text_num(t, round(base * 10) / 10);
}

static int
start(const struct rule_ctx *ctx, struct prescription *p, struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (!(ctx->start_load > 0)) {
        err_at(errs, s->file, s->line, 0,
               "\"%s\" on \"%s\": no history in the log, no start_weight and no 1RM to start"
               " from (expected a start_weight, a logged session or a --maxes row)",
               s->exercise, s->day);
        return -1;
    }
    p->top_load = load_round(ctx->start_load, step_of(ctx));
    p->top_reps = s->top_reps.lo;
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    text_str(&t, ctx->start_why ? ctx->start_why : "start");
    return 0;
}

static void
cut(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p)
{
    p->top_load = load_round(last->top_load * (1 - CUT_PERCENT / 100), step_of(ctx));
    p->top_reps = ctx->slot->top_reps.lo;
    /* "cut %g%%: %d misses at %s"; fmt_num prints CUT_PERCENT as %g does */
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    text_str(&t, "cut ");
    text_num(&t, CUT_PERCENT);
    text_str(&t, "%: ");
    text_int(&t, last->misses);
    text_str(&t, " misses at ");
    text_num(&t, last->top_load);
}

static void
hold_short(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p)
{
    p->top_load = load_round(last->top_load, step_of(ctx));
    p->top_reps = ctx->slot->top_reps.lo;
    /* "hold: %d of %d reps" */
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    text_str(&t, "hold: ");
    text_int(&t, last->top_reps);
    text_str(&t, " of ");
    text_int(&t, ctx->slot->top_reps.lo);
    text_str(&t, " reps");
}

static void
add(const struct rule_ctx *ctx, const struct outcome *last, int wanted, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    p->top_load = load_round(last->top_load + s->increment, step_of(ctx));
    p->top_reps = s->top_reps.lo;
    /* "add %s: %d/%d reps%s last time" */
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    text_str(&t, "add ");
    text_num(&t, s->increment);
    text_str(&t, ": ");
    text_int(&t, last->top_reps);
    text_str(&t, "/");
    text_int(&t, wanted);
    text_str(&t, " reps");
    at_rpe(&t, last->top_rpe);
    text_str(&t, " last time");
}

/* Double progression: reps up through the range, then load. */
int
rule_double(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
            struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    int lo = s->top_reps.lo, hi = s->top_reps.hi;
    struct text t;
    if (!last->known)
        return start(ctx, p, errs);
    if (last->top_reps >= hi) {
        if (last->top_rpe > 0 && s->top_rpe > 0 && last->top_rpe > s->top_rpe) {
            p->top_load = load_round(last->top_load, step_of(ctx));
            p->top_reps = hi;
            /* "hold: %d reps @%s, above RPE %s" */
            text_init(&t, p->top_why, WHY_MAX);
            text_str(&t, "hold: ");
            text_int(&t, last->top_reps);
            text_str(&t, " reps @");
            text_num(&t, last->top_rpe);
            text_str(&t, ", above RPE ");
            text_num(&t, s->top_rpe);
        } else
            add(ctx, last, hi, p);
    } else if (last->top_reps >= lo) {
        p->top_load = load_round(last->top_load, step_of(ctx));
        p->top_reps = last->top_reps + 1;
        /* "add 1 rep: %d/%d reps%s last time" */
        text_init(&t, p->top_why, WHY_MAX);
        text_str(&t, "add 1 rep: ");
        text_int(&t, last->top_reps);
        text_str(&t, "/");
        text_int(&t, hi);
        text_str(&t, " reps");
        at_rpe(&t, last->top_rpe);
        text_str(&t, " last time");
    } else if (last->misses >= MISSES_BEFORE_CUT)
        cut(ctx, last, p);
    else
        hold_short(ctx, last, p);
    return 0;
}

/* Linear: every session that reaches the low end of the reps adds load. */
int
rule_linear(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
            struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    if (!last->known)
        return start(ctx, p, errs);
    if (last->top_reps >= s->top_reps.lo)
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
    p->top_load = load_round(base * s->top_pct / 100, step_of(ctx));
    p->top_reps = s->top_reps.lo;
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    pct_of(&t, s->top_pct, ctx->one_rm_label, base);
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
    p->top_load = load_round(base * pct / 100, step_of(ctx));
    p->top_reps = s->top_reps.lo;
    /* "%d @%s = %s%% of %s %s" */
    struct text t;
    text_init(&t, p->top_why, WHY_MAX);
    text_int(&t, s->top_reps.lo);
    text_str(&t, " @");
    text_num(&t, s->top_rpe);
    text_str(&t, " = ");
    pct_of(&t, pct, label, base);
    return 0;
}

/* Back-offs: a drop from the top set (grown after a collapse) or a % of
 * the 1RM; a range of reps climbs one rep per session at the same load. */
static int
backoffs(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
         struct errlist *errs)
{
    const struct slot *s = ctx->slot;
    struct text t;
    if (s->backoff_sets == 0)
        return 0;
    text_init(&t, p->backoff_why, WHY_MAX);
    bool collapsed = last->known && last->backoff_min_reps >= 0
                     && last->backoff_min_reps <= last->backoff_target - COLLAPSE_REPS;
    if (s->backoff_pct > 0) {
        if (need_one_rm(ctx, "backoff_pct", errs) != 0)
            return -1;
        double pct = s->backoff_pct;
        if (collapsed && pct - COLLAPSE_STEP > 0)
            pct -= COLLAPSE_STEP;
        double base = cycled_one_rm(ctx);
        double raw = base * pct / 100;
        p->backoff_load = load_round(raw, step_of(ctx));
        p->backoff_num = raw;
        p->backoff_den = p->top_load;
        pct_of(&t, pct, ctx->one_rm_label, base);
    } else {
        double drop = s->backoff_drop;
        if (collapsed) {
            double used = last->top_load > 0 ? 100 * (1 - last->backoff_load / last->top_load) : 0;
            used = round(used);
            drop = (used > drop ? used : drop) + COLLAPSE_STEP;
            if (drop > COLLAPSE_MAX_DROP)
                drop = COLLAPSE_MAX_DROP;
            if (drop < s->backoff_drop)
                drop = s->backoff_drop;
        }
        p->backoff_load = load_round(p->top_load * (100 - drop) / 100, step_of(ctx));
        p->backoff_num = 100 - drop;
        p->backoff_den = 100;
        text_num(&t, drop);
        text_str(&t, "% under top");
    }
    if (collapsed) {
        /* ": back-offs fell to %d of %d last time" */
        text_str(&t, ": back-offs fell to ");
        text_int(&t, last->backoff_min_reps);
        text_str(&t, " of ");
        text_int(&t, last->backoff_target);
        text_str(&t, " last time");
    }
    p->backoff_reps = s->backoff_reps.lo;
    if (s->backoff_reps.hi > s->backoff_reps.lo && last->known && !collapsed
        && last->backoff_min_reps >= s->backoff_reps.lo
        && fabs(last->backoff_load - p->backoff_load) < 1e-6) {
        int r = last->backoff_min_reps + 1;
        p->backoff_reps = r > s->backoff_reps.hi ? s->backoff_reps.hi : r;
        /* "; %d reps last time" */
        text_str(&t, "; ");
        text_int(&t, last->backoff_min_reps);
        text_str(&t, " reps last time");
    }
    return 0;
}

static void
drops(const struct rule_ctx *ctx, struct prescription *p)
{
    const struct slot *s = ctx->slot;
    if (s->drop_sets == 0)
        return;
    p->drop_load = load_round(p->top_load * s->drop_pct / 100, step_of(ctx));
    p->drop_reps = s->drop_reps.lo;
    struct text t;
    text_init(&t, p->drop_why, WHY_MAX);
    text_str(&t, "drop set: ");
    text_num(&t, s->drop_pct);
    text_str(&t, "% of top");
}

int
prescribe(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
          struct errlist *errs)
{
    memset(p, 0, sizeof *p);
    p->top_rpe = ctx->slot->top_rpe;
    if (ctx->slot->rule->prescribe(ctx, last, p, errs) != 0)
        return -1;
    if (p->top_load <= 0)
        p->top_load = step_of(ctx);
    if (backoffs(ctx, last, p, errs) != 0)
        return -1;
    drops(ctx, p);
    return 0;
}

void
outcome_as_met(const struct prescription *p, struct outcome *o)
{
    memset(o, 0, sizeof *o);
    o->known = true;
    o->top_load = p->top_load;
    o->top_reps = p->top_reps;
    o->top_rpe = p->top_rpe;
    o->misses = 0;
    o->backoff_load = p->backoff_load;
    o->backoff_min_reps = p->backoff_load > 0 ? p->backoff_reps : -1;
    o->backoff_target = p->backoff_reps;
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
    o->top_load = session_top_load(last);
    o->top_reps = session_top_reps(last);
    o->top_rpe = session_top_rpe(last);
    o->backoff_min_reps = session_backoff_min_reps(last);
    o->backoff_load = last->nbackoffs > 0 ? last->backoffs[0].weight : 0;
    o->backoff_target = s->backoff_reps.lo;
    for (size_t i = h->n; i-- > 0;) {
        const struct session *ss = &h->v[i];
        if (fabs(session_top_load(ss) - o->top_load) > 1e-6 || session_top_reps(ss) >= s->top_reps.lo)
            break;
        o->misses++;
    }
}
