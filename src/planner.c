/*
 * planner: template rows grouped into lifts (an exercise on a day; rows of
 * one lift with different weeks make a wave), then weeks -> days -> lifts,
 * each prescription written into the plan model once.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "planner.h"
#include "plates.h"
#include "progression.h"
#include "rpe.h"
#include "util.h"

#define DAY_MIN (-1000000L) /* before any log date */

/* An exercise on a day, across the rows that define it week by week. */
struct lift {
    size_t day;      /* template day index */
    const char *key; /* folded exercise name */
    size_t *rows;    /* template slot indices */
    size_t nrows;
    int cycle; /* wave length in weeks; 1 without a week column */
    size_t plan_lift;
    size_t occurrence; /* how many earlier days of the week have this exercise */
    bool bodyweight;   /* a bodyweight lift: marked so, or planned at load 0 */

    bool have_presc; /* last_presc holds the previous week's */
    struct prescription last_presc;
    const struct slot *last_row;
    bool last_started; /* previous week began by as-of ... */
    bool last_logged;  /* ... and had a session logged */
    int last_week;
    double e1rm;    /* from the latest history, carried into projections */
    double tm_gain; /* what AMRAP sets added to the training max (amrap_table) */
};

struct planner {
    const struct template *t;
    const struct log *log;
    const struct maxes *maxes;
    const struct planner_opts *o;
    struct plan *p;
    struct errlist *errs;
    struct lift *lifts;
    size_t nlifts;
    size_t *slot_lift;          /* each template row's lift */
    struct history_index index; /* each slot's sets in the log */
};

/* Whether slot o is the same exercise as s on another day: a rival for
 * sessions logged without day names. */
static bool
is_rival(const struct slot *s, const struct slot *o)
{
    return o != s && strcmp(o->day_key, s->day_key) != 0
           && (slot_matches_exercise(o, s->exercise_key)
               || slot_matches_exercise(s, o->exercise_key));
}

/* Whether some rival slot of s fits session ss better than s. */
static bool
rival_fits_better(const struct template *t, const struct slot *s, const struct session *ss)
{
    int mine = -1;
    for (size_t j = 0; j < t->n; j++) {
        if (!is_rival(s, &t->slots[j]))
            continue;
        if (mine < 0)
            mine = session_distance(ss, s);
        if (session_distance(ss, &t->slots[j]) < mine)
            return true;
    }
    return false;
}

/* Slots keep their own history: when the log does not say which day a
 * session was (GZCLP's T1 squat 5x3+ and T2 squat 3x10), each session
 * stays with the slots whose scheme it fits best (all of them on a tie). */
static size_t
keep_own_sessions(const struct planner *pl, const struct slot *s, struct history *h)
{
    if (h->by_day)
        return 0;
    size_t kept = 0, n = h->n;
    for (size_t i = 0; i < n; i++)
        if (!rival_fits_better(pl->t, s, &h->v[i]))
            h->v[kept++] = h->v[i];
    h->n = kept;
    return n - kept;
}

/* The history of template row s from the log between from and to.
 * Returns how many sessions went to other slots of the exercise. */
static size_t
collect(const struct planner *pl, const struct slot *s, day_t from, day_t to, struct history *h)
{
    size_t n;
    const size_t *sets = history_index_sets(&pl->index, pl->t, s, &n);
    history_collect_reusing(h, pl->index.scratch, pl->log, sets, n, s, pl->o->unit, from, to);
    return keep_own_sessions(pl, s, h);
}

/* The lift of row s's exercise on template day d; added, with its row of
 * the overview in the plan, at the first row of it. */
static struct lift *
lift_of(struct planner *pl, size_t d, const struct slot *s)
{
    for (size_t k = 0; k < pl->nlifts; k++)
        if (pl->lifts[k].day == d && strcmp(pl->lifts[k].key, s->exercise_key) == 0)
            return &pl->lifts[k];
    struct lift *l = &pl->lifts[pl->nlifts++];
    *l = (struct lift){.day = d, .key = s->exercise_key, .cycle = 1};
    l->plan_lift = plan_add_lift(pl->p, s->day, s->exercise);
    pl->p->lifts[l->plan_lift].main = s->bar > 0;
    for (size_t k = 0; k + 1 < pl->nlifts; k++)
        if (strcmp(pl->lifts[k].key, l->key) == 0)
            l->occurrence++;
    return l;
}

/* The template's rows grouped into lifts, day by day in template order. */
static void
group_lifts(struct planner *pl)
{
    const struct template *t = pl->t;
    pl->lifts = xcalloc(t->n, sizeof *pl->lifts);
    pl->slot_lift = xcalloc(t->n, sizeof *pl->slot_lift);
    for (size_t d = 0; d < t->ndays; d++)
        for (size_t i = 0; i < t->n; i++) {
            const struct slot *s = &t->slots[i];
            if (s->day_index != d)
                continue;
            struct lift *l = lift_of(pl, d, s);
            pl->slot_lift[i] = (size_t) (l - pl->lifts);
            l->rows = xreallocarray(l->rows, l->nrows + 1, sizeof *l->rows);
            l->rows[l->nrows++] = i;
            if (s->week_hi > l->cycle)
                l->cycle = s->week_hi;
        }
}

/* The row of a lift in force in block week w, or NULL (not trained). */
static const struct slot *
row_for_week(const struct planner *pl, const struct lift *l, int w)
{
    int in_cycle = (w - 1) % l->cycle + 1;
    for (size_t i = 0; i < l->nrows; i++) {
        const struct slot *s = &pl->t->slots[l->rows[i]];
        if (!slot_in_rotation(s, pl->t->rotations, w))
            continue;
        if (s->week_lo == 0 || (in_cycle >= s->week_lo && in_cycle <= s->week_hi))
            return s;
    }
    return NULL;
}

static const struct max_entry *
find_max(const struct planner *pl, const struct slot *s)
{
    if (pl->maxes == NULL)
        return NULL;
    const struct max_entry *m = maxes_find(pl->maxes, s->exercise_key);
    for (size_t i = 0; m == NULL && i < s->naliases; i++)
        m = maxes_find(pl->maxes, s->alias_keys[i]);
    return m;
}

/* The estimated 1RM of a session's top set. Under a rule that sets the
 * top set by RPE, an RPE not logged counts as the row's target met. */
static double
session_e1rm(const struct session *ss, const struct slot *s)
{
    double rpe = session_top_rpe(ss);
    if (!(rpe > 0) && s->rule->rpe_is_target)
        rpe = s->top_rpe;
    return e1rm_estimate(session_top_load(ss), session_top_reps(ss), rpe);
}

/* Warm-up ramp: the empty bar, then percentages of the top set with
 * falling reps; steps within two load steps of the last, or of the top
 * set, are dropped. */
struct warmup_step {
    double load, pct; /* pct 0: the empty bar */
    int reps;
};

static int
warmup_reps(double pct)
{
    return pct <= 45 ? 5 : pct <= 65 ? 3 : pct <= 85 ? 2 : 1;
}

static const double auto_pct[] = {40, 60, 80};
#define AUTO_STEPS (sizeof auto_pct / sizeof auto_pct[0])

static size_t
warmups(const struct slot *s, double top, enum unit unit, struct warmup_step *out)
{
    const double *pct = auto_pct;
    size_t npct = AUTO_STEPS, n = 0;
    double bar = unit_default_bar(unit), gap = 2 * s->step, last = 0;
    if (s->warmup == WARMUP_NONE)
        return 0;
    /* A bar named in the template is the empty bar; "none" has none. */
    if (s->bar_kind == BAR_SET)
        bar = s->bar;
    else if (s->bar_kind == BAR_NONE)
        bar = INFINITY;
    if (s->warmup == WARMUP_LIST) {
        pct = s->warmup_pct;
        npct = (size_t) s->warmup_n;
        gap = s->step;
    }
    /* A top set on or above the bar is a barbell lift: nothing lighter than
     * the empty bar can be loaded, so the ramp starts there. */
    if (s->warmup == WARMUP_AUTO && top >= bar) {
        if (top - bar >= gap - 1e-9)
            out[n++] = (struct warmup_step){bar, 0, 10};
        last = bar;
    }
    for (size_t i = 0; i < npct; i++) {
        double load = load_round_mode(top * pct[i] / 100, s->step, s->round);
        if (load <= 0 || load - last < gap - 1e-9 || top - load < s->step - 1e-9)
            continue;
        int reps = s->warmup == WARMUP_LIST && s->warmup_reps[i] > 0 ? s->warmup_reps[i]
                                                                     : warmup_reps(pct[i]);
        out[n++] = (struct warmup_step){load, pct[i], reps};
        last = load;
    }
    return n;
}

/* Copy logged sets of one role onto the plan sets of type type, in order;
 * with only_work, only the sets logged as work (a plan's working sets,
 * which history counts as ramp-up before the top set), and without it,
 * when split, only the others. */
static bool
fill_role(struct plan *p, size_t first, size_t n, enum set_type type, const struct hset *v,
          size_t nv, bool split, bool only_work)
{
    size_t k = 0, i = first;
    for (size_t j = 0; j < nv; j++) {
        if (split && (v[j].type == SET_WORK) != only_work)
            continue;
        while (i < first + n && p->sets[i].type != type)
            i++;
        if (i == first + n)
            break;
        struct plan_set *ps = &p->sets[i++];
        ps->done = true;
        ps->actual_weight = v[j].weight;
        ps->actual_reps = v[j].reps;
        ps->actual_rpe = v[j].rpe;
        k++;
    }
    return k > 0;
}

/* Fill in what was logged for a lift in a week that has begun; returns
 * whether anything was. */
static bool
fill_actuals(struct planner *pl, const struct lift *l, const struct slot *row, day_t monday,
             size_t first, size_t n)
{
    day_t to = monday + 6 < pl->o->as_of ? monday + 6 : pl->o->as_of;
    struct history h;
    /* Sessions without a day name go by the order of the week's days,
     * unless they went to the slot they fit (then it has its own). */
    bool own = collect(pl, row, monday, to, &h) > 0;
    const struct session *ss = NULL;
    if (h.by_day || own || l->occurrence == 0)
        ss = h.n > 0 ? &h.v[0] : NULL;
    else if (l->occurrence < h.n)
        ss = &h.v[l->occurrence];
    bool any = false, split = row->nwork > 0;
    if (ss != NULL) {
        any |= fill_role(pl->p, first, n, SET_WARMUP, ss->warmups, ss->nwarmups, split, false);
        if (split)
            any |= fill_role(pl->p, first, n, SET_WORK, ss->warmups, ss->nwarmups, true, true);
        any |= fill_role(pl->p, first, n, SET_TOP, ss->tops, ss->ntops, false, false);
        any |= fill_role(pl->p, first, n, SET_BACKOFF, ss->backoffs, ss->nbackoffs, false, false);
        any |= fill_role(pl->p, first, n, SET_DROP, ss->drops, ss->ndrops, false, false);
    }
    history_free(&h);
    return any;
}

/* "warm-up 40%" for a step at 40% of the top set, "empty bar" for pct 0. */
static void
warmup_why(char why[WHY_MAX], double pct)
{
    if (pct > 0)
        why_printf(why, "warm-up %s%%", WHY_NUM(pct));
    else
        why_printf(why, "empty bar");
}

/* The sets of a set list's lines v (n of them) of type type, each load
 * following the top set top; in a line of repeated sets only the last is
 * AMRAP. */
static void
add_steps(struct plan *p, enum set_type type, const struct rx_step *v, int n, size_t top,
          double cap)
{
    for (int i = 0; i < n; i++)
        for (int c = 0; c < v[i].count; c++) {
            size_t k = plan_add_set(p, type, v[i].load, v[i].reps, 0, v[i].why);
            p->sets[k].rpe_cap = cap;
            if (v[i].amrap && c == v[i].count - 1)
                plan_set_amrap(p, k);
            plan_set_follows(p, k, top, v[i].num, v[i].den);
        }
}

/* How many sets a set list's lines v (n of them) make. */
static size_t
steps_sets(const struct rx_step *v, int n)
{
    size_t sets = 0;
    for (int i = 0; i < n; i++)
        sets += (size_t) v[i].count;
    return sets;
}

/* The warm-ups, working sets and top sets of row for rx, at the end of the
 * plan's last exercise. The warm-ups ramp to the first set after them;
 * returns the index of the first top set, which the other sets' loads
 * follow. */
static size_t
add_ramp_and_tops(struct planner *pl, const struct slot *row, const struct prescription *rx,
                  bool bodyweight)
{
    struct plan *p = pl->p;
    struct warmup_step ramp[WARMUP_MAX_STEPS + 1];
    double first_load = rx->nwork > 0 ? rx->work[0].load : rx->top_load;
    /* A ramp of percentages of a few added kilos means nothing: a
     * bodyweight lift warms up with its own reps. */
    size_t nw = bodyweight ? 0 : warmups(row, first_load, pl->o->unit, ramp);
    size_t first = p->nsets + nw; /* the first set after the ramp */
    size_t top = first + steps_sets(rx->work, rx->nwork);
    for (size_t i = 0; i < nw; i++) {
        char why[WHY_MAX];
        warmup_why(why, ramp[i].pct);
        size_t k = plan_add_set(p, SET_WARMUP, ramp[i].load, ramp[i].reps, 0, why);
        if (ramp[i].pct > 0)
            plan_set_follows(p, k, first, ramp[i].pct, 100);
    }
    add_steps(p, SET_WORK, rx->work, rx->nwork, top, 0);
    size_t k = plan_add_set(p, SET_TOP, rx->top_load, rx->top_reps, rx->top_rpe, rx->top_why);
    for (int i = 1; i < rx->top_sets; i++) {
        k = plan_add_set(p, SET_TOP, rx->top_load, rx->top_reps, rx->top_rpe,
                         "same load as the first top set");
        plan_set_follows(p, k, top, 1, 1);
    }
    if (rx->top_amrap)
        plan_set_amrap(p, k); /* the last top set: 5x3+ is four of 3 and one of 3+ */
    return top;
}

/* The back-offs (counted or listed) and drop sets of row for rx, after the
 * top set top. */
static void
add_backoffs_and_drops(struct plan *p, const struct slot *row, const struct prescription *rx,
                       size_t top)
{
    size_t k = 0;
    for (int i = 0; i < row->backoff_sets; i++) {
        k = plan_add_set(p, SET_BACKOFF, rx->backoff_load, rx->backoff_reps, rx->backoff_rpe,
                         rx->backoff_why);
        p->sets[k].rpe_cap = rx->backoff_cap;
        plan_set_follows(p, k, top, rx->backoff_num, rx->backoff_den);
    }
    if (row->backoff_sets > 0 && rx->backoff_amrap)
        plan_set_amrap(p, k);
    add_steps(p, SET_BACKOFF, rx->after, rx->nafter, top, rx->backoff_cap);
    for (int i = 0; i < row->drop_sets; i++) {
        k = plan_add_set(p, SET_DROP, rx->drop_load, rx->drop_reps, 0, rx->drop_why);
        plan_set_follows(p, k, top, row->drop_pct, 100);
    }
    if (row->drop_sets > 0 && rx->drop_amrap)
        plan_set_amrap(p, k);
}

/* The plates of sets first.. on a bar of bar. Back-off sets of one load
 * share one text: a plan's sets repeat few loads, and loading and
 * printing the same plates again was most of the cost of plates (make
 * bench). */
static void
add_plates(struct plan *p, double bar, enum unit unit, size_t first)
{
    for (size_t i = first; i < p->nsets; i++) {
        if (i > first && p->sets[i].weight == p->sets[i - 1].weight) {
            p->sets[i].plates = p->sets[i - 1].plates;
            continue;
        }
        char plates[PLATES_TEXT_MAX];
        plates_text(plates, p->sets[i].weight, bar, unit);
        plan_set_plates(p, i, plates);
    }
}

/* One lift's exercise in the plan for one week: its sets from rx, their
 * plates on a barbell lift, and what was logged when the week began. */
static void
emit(struct planner *pl, struct lift *l, const struct slot *row, const struct prescription *rx,
     bool started, day_t monday)
{
    struct plan *p = pl->p;
    struct plan_exercise *e = plan_add_exercise(p, row->exercise, row->notes, l->plan_lift,
                                                row->step);
    e->round = row->round;
    if (row->rest != NULL)
        e->rest = arena_strdup(&p->arena, row->rest);
    if (row->tempo != NULL)
        e->tempo = arena_strdup(&p->arena, row->tempo);
    /* Bodyweight once done at load 0: a chin-up that earns BW+2.5 still
     * prints as one. */
    l->bodyweight = l->bodyweight || row->bodyweight || rx->top_load == 0;
    e->bodyweight = p->lifts[l->plan_lift].bodyweight = l->bodyweight;
    size_t first = p->nsets;
    size_t top = add_ramp_and_tops(pl, row, rx, l->bodyweight);
    add_backoffs_and_drops(p, row, rx, top);
    if (row->bar > 0)
        add_plates(p, row->bar, pl->o->unit, first);
    l->last_logged = started && fill_actuals(pl, l, row, monday, first, p->nsets - first);
    l->last_started = started;
}

/*
 * The week rule. A week that began (by as-of) and had nothing logged for
 * the lift is asked for again the next week, as it was, rather than
 * progressed: the lifter did not do it. This holds while the same
 * template row is in force.
 */
static bool
repeats_last_week(const struct lift *l, const struct slot *row)
{
    return l->have_presc && l->last_started && !l->last_logged && l->last_row == row;
}

/*
 * Whether a week's prescription follows from the log (else from the
 * previous week's targets, taken as met). The log decides every week that
 * began by as-of (as it stood at the week's start), a lift's first week,
 * and the first week after as-of (what was logged, not what was asked);
 * only the weeks after that are projected.
 */
static bool
follows_log(const struct lift *l, bool started)
{
    return started || !l->have_presc || l->last_started;
}

/* The max the rules work from into ctx: a --maxes row's training max or
 * 1RM (converted to the plan's unit), else the estimate from the log, else
 * none; a row's tm_pct makes a 1RM a training max. */
static void
set_one_rm(const struct planner *pl, const struct lift *l, const struct slot *row,
           struct rule_ctx *ctx)
{
    const struct max_entry *mx = find_max(pl, row);
    bool tm = false;
    if (mx != NULL) {
        enum unit mu = mx->unit < 0 ? pl->o->unit : (enum unit) mx->unit;
        tm = mx->training_max > 0;
        ctx->one_rm = unit_convert(tm ? mx->training_max : mx->one_rm, mu, pl->o->unit);
    } else if (l->e1rm > 0) {
        ctx->one_rm = l->e1rm;
        ctx->one_rm_label = "e1RM";
    }
    if (!tm && row->tm_pct > 0 && ctx->one_rm > 0) {
        ctx->one_rm = ctx->one_rm * row->tm_pct / 100;
        tm = true;
    }
    if (tm)
        ctx->one_rm_label = "TM";
}

/* The load to start row from without history into ctx, with its reason
 * in why (which ctx then points to): start_weight, else top_pct of the
 * 1RM, else none. */
static void
set_start(const struct slot *row, struct rule_ctx *ctx, char why[WHY_MAX])
{
    if (row->start_weight > 0 || row->bodyweight) {
        ctx->start_load = row->start_weight;
        ctx->start_why = "start";
    } else if (row->top_pct > 0 && ctx->one_rm > 0) {
        ctx->start_load = ctx->one_rm * row->top_pct / 100;
        why_printf(why, "start: %s%% of %s %s", WHY_NUM(row->top_pct), ctx->one_rm_label,
                   WHY_NUM(round(ctx->one_rm * 10) / 10));
        ctx->start_why = why;
    }
}

/* What an AMRAP top set of reps under row adds to the training max: its
 * amrap_table's gain on a percent row; a linear row's table adds to the
 * load instead (rule_linear), not to a training max. */
static double
tm_table_gain(const struct slot *row, int reps)
{
    return row->rule->prescribe == rule_percent ? slot_amrap_gain(row, reps) : 0;
}

/* Wave cycles of lift l completed before block week w (0 before the
 * block). */
static int
cycle_of(const struct lift *l, int w)
{
    return l->cycle > 1 && w > 1 ? (w - 1) / l->cycle : 0;
}

/* The block week of date (0 or less before the block's first week). */
static int
week_of(const struct planner *pl, day_t date)
{
    long days = (long) (date - pl->o->start);
    return (int) (days >= 0 ? days / 7 : -((6 - days) / 7)) + 1;
}

/* The row of lift l in force in block week w, also for a week before the
 * block (its wave running back from week 1); NULL: not trained then. */
static const struct slot *
row_at_week(const struct planner *pl, const struct lift *l, int w)
{
    /* A multiple of the wave and of the rotation keeps both in step. */
    int c = l->cycle * (pl->t->rotations > 0 ? pl->t->rotations : 1);
    return row_for_week(pl, l, ((w - 1) % c + c) % c + 1);
}

/*
 * What the log's sessions h of lift l added to its training max (base,
 * before any; 0: none): amrap_table gains by row's table, and for each
 * AMRAP top set short of its minimum under a row with amrap_reset, that
 * % of the training max it was lifted from (5/3/1). When the latest
 * session was such a miss, says so into why (else leaves it alone).
 */
static double
tm_gain_of_log(const struct planner *pl, const struct lift *l, const struct slot *row,
               const struct history *h, double base, char why[WHY_MAX])
{
    double gain = 0;
    for (size_t i = 0; i < h->n; i++) {
        const struct session *ss = &h->v[i];
        gain += tm_table_gain(row, session_top_reps(ss));
        int w = week_of(pl, ss->date);
        const struct slot *then = row_at_week(pl, l, w);
        int reps = session_judged_reps(ss);
        if (then == NULL || !(then->amrap_reset > 0) || !then->top_reps.amrap || !(base > 0)
            || reps >= then->top_reps.lo)
            continue;
        double tm = base + gain + cycle_of(l, w) * then->increment;
        gain -= tm * then->amrap_reset / 100;
        if (i + 1 == h->n)
            why_printf(why, "TM reset %s%%: %d of %d+ reps last time", WHY_NUM(then->amrap_reset),
                       reps, then->top_reps.lo);
    }
    return gain;
}

/* The training-max gain of lift r (its row rrow, its training max before
 * any gain base) in week w, as planning r for that week finds it
 * (plan_lift_week), without planning it: r may come later in the week
 * than the slot that asks. */
static double
week_gain(const struct planner *pl, const struct lift *r, const struct slot *rrow, int w,
          day_t monday, bool started, double base)
{
    if (r->have_presc && r->last_week == w)
        return r->tm_gain;
    if (!follows_log(r, started))
        return r->tm_gain + tm_table_gain(r->last_row, r->last_presc.top_reps);
    struct history h;
    collect(pl, rrow, DAY_MIN, started ? monday - 1 : pl->o->as_of, &h);
    char why[WHY_MAX] = "";
    double gain = tm_gain_of_log(pl, r, rrow, &h, base, why);
    history_free(&h);
    return gain;
}

/* tm_from: the training max of the slot row names, in week w, into ctx,
 * labelled "Deadlift TM" in label. A slot that takes its own from another
 * is followed (template_link refused loops). */
static void
ref_max(const struct planner *pl, const struct slot *row, int w, day_t monday, bool started,
        struct rule_ctx *ctx, char label[WHY_MAX])
{
    const struct lift *r = &pl->lifts[pl->slot_lift[row->tm_ref]];
    const struct slot *rrow = row_for_week(pl, r, w);
    if (rrow == NULL) /* not trained this week: its training max still counts */
        rrow = &pl->t->slots[row->tm_ref];
    if (rrow->tm_ref >= 0) {
        ref_max(pl, rrow, w, monday, started, ctx, label);
        return;
    }
    ctx->one_rm = 0;
    ctx->one_rm_label = "1RM";
    set_one_rm(pl, r, rrow, ctx);
    if (ctx->one_rm > 0)
        ctx->one_rm += week_gain(pl, r, rrow, w, monday, started, ctx->one_rm);
    why_printf(label, "%s %s", rrow->exercise, ctx->one_rm_label);
    ctx->one_rm_label = label;
}

/*
 * load_from: the latest top set of lift r as week w sees it: r's
 * prescription in this plan when it is of week w (an earlier day) or of a
 * week not begun, else r's latest logged top set (as of w's start, or
 * as-of), else r's last prescription, else r's start_weight; 0 for none.
 */
static double
latest_top(const struct planner *pl, const struct lift *r, int w, day_t monday, bool started)
{
    if (r->have_presc && (r->last_week == w || !r->last_started))
        return r->last_presc.top_load;
    const struct slot *rrow = r->have_presc ? r->last_row : &pl->t->slots[r->rows[0]];
    struct history h;
    collect(pl, rrow, DAY_MIN, started ? monday - 1 : pl->o->as_of, &h);
    const struct session *ss = history_last(&h);
    double top = ss != NULL ? session_top_load(ss) : 0;
    history_free(&h);
    if (top > 0)
        return top;
    if (r->have_presc)
        return r->last_presc.top_load;
    /* Its first top set, as its rule will plan it. */
    return load_round_mode(rrow->start_weight, rrow->step, rrow->round);
}

/* Prescribe one lift for week w into rx. Returns 0 or -1 (reported). */
static int
plan_lift_week(struct planner *pl, struct lift *l, const struct slot *row, int w, day_t monday,
               bool started, struct prescription *rx)
{
    if (repeats_last_week(l, row)) {
        *rx = l->last_presc;
        why_printf(rx->top_why, "repeat: nothing logged in week %d", l->last_week);
        return 0;
    }
    struct rule_ctx ctx = {.slot = row, .unit = pl->o->unit, .one_rm_label = "1RM"};
    ctx.cycle = cycle_of(l, w);
    struct outcome last;
    struct history h = {0};
    bool from_log = follows_log(l, started);
    if (from_log) {
        collect(pl, row, DAY_MIN, started ? monday - 1 : pl->o->as_of, &h);
        outcome_from_history(&h, row, &last);
        const struct session *ss = history_last(&h);
        l->e1rm = ss != NULL ? session_e1rm(ss, row) : 0;
    } else
        outcome_as_met(&l->last_presc, &last);
    ctx.e1rm = l->e1rm;
    set_one_rm(pl, l, row, &ctx);
    char reset_why[WHY_MAX] = "";
    if (from_log)
        l->tm_gain = tm_gain_of_log(pl, l, row, &h, ctx.one_rm, reset_why);
    else
        l->tm_gain += tm_table_gain(l->last_row, l->last_presc.top_reps);
    if (ctx.one_rm > 0)
        ctx.one_rm += l->tm_gain;
    char label[WHY_MAX];
    if (row->tm_ref >= 0) /* percentages of another slot's training max */
        ref_max(pl, row, w, monday, started, &ctx, label);
    if (row->load_ref >= 0) {
        ctx.from_slot = &pl->t->slots[row->load_ref];
        ctx.from_load = latest_top(pl, &pl->lifts[pl->slot_lift[row->load_ref]], w, monday,
                                   started);
    }
    char start_why[WHY_MAX];
    set_start(row, &ctx, start_why);
    int rc = prescribe(&ctx, &last, rx, pl->errs);
    if (rc == 0 && reset_why[0] != '\0')
        why_catf(rx->top_why, "; %s", reset_why);
    history_free(&h);
    return rc;
}

/* The estimated 1RM of each logged session of every lift, up to as-of,
 * for the overview's chart: the latest PLAN_MAX_POINTS of them (a lift
 * without a load has none: session_e1rm gives 0). */
static void
add_points(struct planner *pl)
{
    for (size_t k = 0; k < pl->nlifts; k++) {
        const struct lift *l = &pl->lifts[k];
        const struct slot *row = &pl->t->slots[l->rows[0]];
        struct history h;
        collect(pl, row, DAY_MIN, pl->o->as_of, &h);
        size_t from = h.n > PLAN_MAX_POINTS ? h.n - PLAN_MAX_POINTS : 0;
        for (size_t i = from; i < h.n; i++) {
            double e = session_e1rm(&h.v[i], row);
            if (e > 0)
                plan_add_point(pl->p, l->plan_lift, h.v[i].date, round(e * 10) / 10);
        }
        history_free(&h);
    }
}

/* Plan week w (its Monday monday) of every lift, day by day; a day is in
 * the plan when a lift is trained on it. Returns 0 or -1 (reported). */
static int
plan_week(struct planner *pl, int w, day_t monday)
{
    bool started = monday <= pl->o->as_of;
    int rc = 0;
    plan_add_week(pl->p, w, monday, started);
    for (size_t d = 0; d < pl->t->ndays; d++) {
        bool day_open = false;
        for (size_t k = 0; k < pl->nlifts; k++) {
            struct lift *l = &pl->lifts[k];
            const struct slot *row = l->day == d ? row_for_week(pl, l, w) : NULL;
            struct prescription rx;
            if (row == NULL)
                continue;
            if (plan_lift_week(pl, l, row, w, monday, started, &rx) != 0) {
                rc = -1;
                continue;
            }
            if (!day_open) {
                struct plan_day *pd = plan_add_day(pl->p, pl->t->days[d]);
                int wd = pl->t->day_weekdays != NULL ? pl->t->day_weekdays[d] : 0;
                pd->dated = wd != 0;
                pd->date = monday + (wd != 0 ? wd - 1 : 0);
                day_open = true;
            }
            emit(pl, l, row, &rx, started, monday);
            l->last_presc = rx;
            l->last_row = row;
            l->have_presc = true;
            l->last_week = w;
        }
    }
    return rc;
}

int
planner_build(const struct template *t, const struct log *log, const struct maxes *maxes,
              const struct planner_opts *opts, struct plan *p, struct errlist *errs)
{
    struct planner pl = {.t = t, .log = log, .maxes = maxes, .o = opts, .p = p, .errs = errs};
    p->client = arena_strdup(&p->arena, opts->client ? opts->client : "");
    p->block = arena_strdup(&p->arena, opts->block ? opts->block : "");
    p->unit = opts->unit;
    p->paper = opts->paper;
    p->start = opts->start;
    p->as_of = opts->as_of;
    group_lifts(&pl);
    history_index_build(&pl.index, log, t);
    add_points(&pl);

    int rc = 0;
    for (int w = 1; w <= opts->weeks && rc == 0; w++)
        rc = plan_week(&pl, w, opts->start + 7L * (w - 1));
    for (size_t k = 0; k < pl.nlifts; k++)
        free(pl.lifts[k].rows);
    free(pl.lifts);
    free(pl.slot_lift);
    history_index_free(&pl.index);
    return rc;
}
