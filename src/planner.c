/*
 * planner: template rows grouped into lifts (an exercise on a day; rows of
 * one lift with different weeks make a wave), then weeks -> days -> lifts,
 * each prescription written into the plan model once.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "planner.h"
#include "plates.h"
#include "progression.h"
#include "rpe.h"
#include "util.h"

#define DAY_MIN (-1000000L)        /* before any log date */

/* An exercise on a day, across the rows that define it week by week. */
struct lift {
    size_t day;                    /* template day index */
    const char *key;               /* folded exercise name */
    size_t *rows;                  /* template slot indices */
    size_t nrows;
    int cycle;                     /* wave length in weeks; 1 without a week column */
    size_t plan_lift;
    size_t occurrence;             /* how many earlier days of the week have this exercise */

    bool have_presc;               /* last_presc holds the previous week's */
    struct prescription last_presc;
    const struct slot *last_row;
    bool last_started;             /* previous week began by as-of ... */
    bool last_logged;              /* ... and had a session logged */
    int last_week;
    double e1rm;                   /* from the latest history, carried into projections */
    const char *backoff_why;       /* the last back-off and drop-set texts put in the plan */
    const char *drop_why;
    const struct slot *named_row;  /* the row whose name and notes are in the plan as: */
    const char *name, *notes;
};

/*
 * Texts already in the plan's arena, by the one or two numbers they were
 * made from (compared bit for bit, so equal keys made equal texts): a
 * block prints the same warm-up reasons and plate texts week after week,
 * and making and copying them again was much of the cost of emitting sets.
 */
#define MEMO_SIZE 64

struct memo {
    struct {
        uint64_t a, b;
        const char *text;          /* NULL: empty */
    } e[MEMO_SIZE];
};

static uint64_t
bits(double v)
{
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return u;
}

/* The text remembered for (a, b), or NULL; then *slot is where to
 * remember it with memo_put. */
static const char *
memo_get(struct memo *m, double a, double b, size_t *slot)
{
    uint64_t ua = bits(a), ub = bits(b);
    uint64_t h = (ua ^ (ub * 0x9E3779B97F4A7C15ULL)) * 0x9E3779B97F4A7C15ULL;
    size_t k = (size_t) (h >> 58);          /* 6 bits: MEMO_SIZE slots */
    *slot = k;
    if (m->e[k].text != NULL && m->e[k].a == ua && m->e[k].b == ub)
        return m->e[k].text;
    return NULL;
}

static const char *
memo_put(struct memo *m, size_t slot, double a, double b, const char *text)
{
    m->e[slot].a = bits(a);
    m->e[slot].b = bits(b);
    m->e[slot].text = text;
    return text;
}

struct planner {
    const struct template *t;
    const struct log *log;
    const struct maxes *maxes;
    const struct planner_opts *o;
    struct plan *p;
    struct errlist *errs;
    struct lift *lifts;
    size_t nlifts;
    struct history_index index;    /* each slot's sets in the log */
    struct memo warmup_why;        /* by (percentage, 0) */
    struct memo plates;            /* by (load, bar) */
    const char *same_load_why;     /* of the second and later top sets, once */
};

/* s in the plan's arena: *last when it reads the same (a lift's back-off
 * text seldom changes from week to week), else a new copy, kept in *last. */
static const char *
plan_text(struct plan *p, const char **last, const char *s)
{
    if (*last == NULL || strcmp(*last, s) != 0)
        *last = arena_strdup(&p->arena, s);
    return *last;
}

/* "warm-up 40%", or "empty bar" for pct 0, in the plan's arena. */
static const char *
warmup_why(struct planner *pl, double pct)
{
    size_t slot;
    const char *why = memo_get(&pl->warmup_why, pct, 0, &slot);
    if (why != NULL)
        return why;
    char buf[WHY_MAX];
    if (pct > 0)
        why_printf(buf, "warm-up %s%%", WHY_NUM(pct));
    else
        why_printf(buf, "empty bar");
    return memo_put(&pl->warmup_why, slot, pct, 0, arena_strdup(&pl->p->arena, buf));
}

/* The plates text of load on bar, in the plan's arena. */
static const char *
plates_of(struct planner *pl, double load, double bar)
{
    size_t slot;
    const char *text = memo_get(&pl->plates, load, bar, &slot);
    if (text != NULL)
        return text;
    char buf[PLATES_TEXT_MAX];
    return memo_put(&pl->plates, slot, load, bar,
                    arena_strdup(&pl->p->arena, plates_text(buf, load, bar, pl->o->unit)));
}

/* The history of template row s from the log between from and to. */
static void
collect(const struct planner *pl, const struct slot *s, day_t from, day_t to, struct history *h)
{
    size_t n;
    const size_t *sets = history_index_sets(&pl->index, pl->t, s, &n);
    history_collect(h, pl->log, sets, n, s, pl->o->unit, from, to);
}

static void
group_lifts(struct planner *pl)
{
    const struct template *t = pl->t;
    /* Not calloc: a lift is large (its last prescription) and only those
     * made are set, below. */
    pl->lifts = xmalloc((t->n ? t->n : 1) * sizeof *pl->lifts);
    for (size_t d = 0; d < t->ndays; d++) {
        for (size_t i = 0; i < t->n; i++) {
            const struct slot *s = &t->slots[i];
            if (s->day_index != d)
                continue;
            struct lift *l = NULL;
            for (size_t k = 0; k < pl->nlifts; k++)
                if (pl->lifts[k].day == d && strcmp(pl->lifts[k].key, s->exercise_key) == 0)
                    l = &pl->lifts[k];
            if (l == NULL) {
                l = &pl->lifts[pl->nlifts++];
                *l = (struct lift){.day = d, .key = s->exercise_key, .cycle = 1};
                l->plan_lift = plan_add_lift(pl->p, s->day, s->exercise);
                pl->p->lifts[l->plan_lift].main = s->bar > 0;
                for (size_t k = 0; k + 1 < pl->nlifts; k++)
                    if (strcmp(pl->lifts[k].key, l->key) == 0)
                        l->occurrence++;
            }
            l->rows = xreallocarray(l->rows, l->nrows + 1, sizeof *l->rows);
            l->rows[l->nrows++] = i;
            if (s->week_hi > l->cycle)
                l->cycle = s->week_hi;
        }
    }
}

/* The row of a lift in force in block week w, or NULL (not trained). */
static const struct slot *
row_for_week(const struct planner *pl, const struct lift *l, int w)
{
    int in_cycle = (w - 1) % l->cycle + 1;
    for (size_t i = 0; i < l->nrows; i++) {
        const struct slot *s = &pl->t->slots[l->rows[i]];
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

static double
history_e1rm(const struct history *h, const struct slot *s)
{
    const struct session *last = history_last(h);
    if (last == NULL)
        return 0;
    double rpe = session_top_rpe(last);
    if (!(rpe > 0) && s->rule->rpe_is_target)
        rpe = s->top_rpe;       /* unlogged RPE: take the target as met */
    return e1rm_estimate(session_top_load(last), session_top_reps(last), rpe);
}

/* Warm-up ramp: the empty bar, then percentages of the top set with
 * falling reps; steps within two load steps of the last, or of the top
 * set, are dropped. */
struct warmup_step {
    double load, pct;              /* pct 0: the empty bar */
    int reps;
};

static int
warmup_reps(double pct)
{
    return pct <= 45 ? 5 : pct <= 65 ? 3 : pct <= 85 ? 2 : 1;
}

static const double auto_pct[] = {40, 60, 80};
#define AUTO_STEPS (sizeof auto_pct / sizeof auto_pct[0])

/* The most warm-up steps s can have: the empty bar and its percentages. */
static size_t
warmups_max(const struct slot *s)
{
    return s->warmup == WARMUP_AUTO ? 1 + AUTO_STEPS
           : s->warmup == WARMUP_LIST ? (size_t) s->warmup_n : 0;
}

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
        double load = load_round(top * pct[i] / 100, s->step);
        if (load <= 0 || load - last < gap - 1e-9 || top - load < s->step - 1e-9)
            continue;
        out[n++] = (struct warmup_step){load, pct[i], warmup_reps(pct[i])};
        last = load;
    }
    return n;
}

/* Copy logged sets of one role onto the plan sets of that role, in order. */
static bool
fill_role(struct plan *p, size_t first, size_t n, enum set_type type, const struct hset *v,
          size_t nv)
{
    size_t k = 0;
    for (size_t i = first; i < first + n && k < nv; i++) {
        struct plan_set *ps = &p->sets[i];
        if (ps->type != type)
            continue;
        ps->done = true;
        ps->actual_weight = v[k].weight;
        ps->actual_reps = v[k].reps;
        ps->actual_rpe = v[k].rpe;
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
    collect(pl, row, monday, to, &h);
    const struct session *ss = NULL;
    if (h.by_day || l->occurrence == 0)
        ss = h.n > 0 ? &h.v[0] : NULL;
    else if (l->occurrence < h.n)
        ss = &h.v[l->occurrence];
    bool any = false;
    if (ss != NULL) {
        any |= fill_role(pl->p, first, n, SET_WARMUP, ss->warmups, ss->nwarmups);
        any |= fill_role(pl->p, first, n, SET_TOP, ss->tops, ss->ntops);
        any |= fill_role(pl->p, first, n, SET_BACKOFF, ss->backoffs, ss->nbackoffs);
        any |= fill_role(pl->p, first, n, SET_DROP, ss->drops, ss->ndrops);
    }
    history_free(&h);
    return any;
}

static void
emit(struct planner *pl, struct lift *l, const struct slot *row, const struct prescription *rx,
     bool started, day_t monday)
{
    struct plan *p = pl->p;
    /* One copy of a row's name and notes serves every week it is in force. */
    if (l->named_row != row) {
        l->named_row = row;
        l->name = arena_strdup(&p->arena, row->exercise);
        l->notes = arena_strdup(&p->arena, row->notes ? row->notes : "");
    }
    plan_add_exercise_shared(p, l->name, l->notes, l->plan_lift, row->step);
    size_t first = p->nsets;

    struct warmup_step ramp[WARMUP_MAX_STEPS + 1];
    size_t nw = warmups(row, rx->top_load, pl->o->unit, ramp);
    for (size_t i = 0; i < nw; i++)
        plan_add_set_shared(p, SET_WARMUP, ramp[i].load, ramp[i].reps, 0,
                            warmup_why(pl, ramp[i].pct));
    size_t top = plan_add_set(p, SET_TOP, rx->top_load, rx->top_reps, rx->top_rpe, rx->top_why);
    for (size_t i = 0; i < nw; i++)
        if (ramp[i].pct > 0) {
            p->sets[first + i].from_top = (long) top;
            p->sets[first + i].num = ramp[i].pct;
            p->sets[first + i].den = 100;
        }
    /* The repeated sets of a role share one copy of their why text. */
    if (row->top_sets > 1 && pl->same_load_why == NULL)
        pl->same_load_why = arena_strdup(&p->arena, "same load as the first top set");
    for (int i = 1; i < row->top_sets; i++) {
        size_t k = plan_add_set_shared(p, SET_TOP, rx->top_load, rx->top_reps, rx->top_rpe,
                                       pl->same_load_why);
        p->sets[k].from_top = (long) top;
    }
    if (row->backoff_sets > 0) {
        const char *why = plan_text(p, &l->backoff_why, rx->backoff_why);
        for (int i = 0; i < row->backoff_sets; i++) {
            size_t k = plan_add_set_shared(p, SET_BACKOFF, rx->backoff_load, rx->backoff_reps, 0,
                                           why);
            p->sets[k].from_top = (long) top;
            p->sets[k].num = rx->backoff_num;
            p->sets[k].den = rx->backoff_den;
        }
    }
    if (row->drop_sets > 0) {
        const char *why = plan_text(p, &l->drop_why, rx->drop_why);
        for (int i = 0; i < row->drop_sets; i++) {
            size_t k = plan_add_set_shared(p, SET_DROP, rx->drop_load, rx->drop_reps, 0, why);
            p->sets[k].from_top = (long) top;
            p->sets[k].num = row->drop_pct;
            p->sets[k].den = 100;
        }
    }
    if (row->bar > 0)
        for (size_t i = first; i < p->nsets; i++)
            p->sets[i].plates = plates_of(pl, p->sets[i].weight, row->bar);
    bool logged = started && fill_actuals(pl, l, row, monday, first, p->nsets - first);
    l->last_logged = logged;
    l->last_started = started;
}

/* Room in the plan for every week, day, exercise and set the block will
 * have (warm-ups at most), so that its arrays are not grown set by set. */
static void
reserve_plan(struct planner *pl)
{
    size_t days = 0, exs = 0, sets = 0;
    for (int w = 1; w <= pl->o->weeks; w++) {
        days += pl->t->ndays;
        for (size_t k = 0; k < pl->nlifts; k++) {
            const struct slot *row = row_for_week(pl, &pl->lifts[k], w);
            if (row == NULL)
                continue;
            exs++;
            sets += warmups_max(row) + (size_t) row->top_sets + (size_t) row->backoff_sets
                    + (size_t) row->drop_sets;
        }
    }
    plan_reserve(pl->p, (size_t) pl->o->weeks, days, exs, sets);
}

/* Prescribe one lift for week w. Returns 0 or -1 (reported). */
static int
plan_lift_week(struct planner *pl, struct lift *l, const struct slot *row, int w, day_t monday,
               bool started, struct prescription *rx)
{
    const struct planner_opts *o = pl->o;

    /* A week that began and was not logged is repeated, not progressed. */
    if (l->have_presc && l->last_started && !l->last_logged && l->last_row == row) {
        *rx = l->last_presc;
        why_printf(rx->top_why, "repeat: nothing logged in week %d", l->last_week);
        return 0;
    }

    struct rule_ctx ctx = {.slot = row, .unit = o->unit, .one_rm_label = "1RM"};
    ctx.cycle = l->cycle > 1 ? (w - 1) / l->cycle : 0;
    struct outcome last;
    bool from_history = started || !l->have_presc || l->last_started;
    struct history h = {0};
    if (from_history) {
        collect(pl, row, DAY_MIN, started ? monday - 1 : o->as_of, &h);
        outcome_from_history(&h, row, &last);
        l->e1rm = history_e1rm(&h, row);
    } else
        outcome_as_met(&l->last_presc, &last);
    ctx.e1rm = l->e1rm;

    const struct max_entry *mx = find_max(pl, row);
    if (mx != NULL) {
        enum unit mu = mx->unit < 0 ? o->unit : (enum unit) mx->unit;
        ctx.one_rm = unit_convert(mx->one_rm, mu, o->unit);
    } else if (l->e1rm > 0) {
        ctx.one_rm = l->e1rm;
        ctx.one_rm_label = "e1RM";
    }
    char start_why[WHY_MAX];
    if (row->start_weight > 0) {
        ctx.start_load = row->start_weight;
        ctx.start_why = "start";
    } else if (row->top_pct > 0 && ctx.one_rm > 0) {
        ctx.start_load = ctx.one_rm * row->top_pct / 100;
        why_printf(start_why, "start: %s%% of %s %s", WHY_NUM(row->top_pct), ctx.one_rm_label,
                   WHY_NUM(round(ctx.one_rm * 10) / 10));
        ctx.start_why = start_why;
    }
    int rc = prescribe(&ctx, &last, rx, pl->errs);
    history_free(&h);
    return rc;
}

/* The estimated 1RM of each logged session of every main lift, up to
 * as-of, for the overview's chart: the latest PLAN_MAX_POINTS of them. */
static void
add_points(struct planner *pl)
{
    for (size_t k = 0; k < pl->nlifts; k++) {
        const struct lift *l = &pl->lifts[k];
        const struct slot *row = &pl->t->slots[l->rows[0]];
        if (!pl->p->lifts[l->plan_lift].main)
            continue;
        struct history h;
        collect(pl, row, DAY_MIN, pl->o->as_of, &h);
        size_t from = h.n > PLAN_MAX_POINTS ? h.n - PLAN_MAX_POINTS : 0;
        for (size_t i = from; i < h.n; i++) {
            const struct session *ss = &h.v[i];
            double rpe = session_top_rpe(ss);
            if (!(rpe > 0) && row->rule->rpe_is_target)
                rpe = row->top_rpe;
            double e = e1rm_estimate(session_top_load(ss), session_top_reps(ss), rpe);
            if (e > 0)
                plan_add_point(pl->p, l->plan_lift, ss->date, round(e * 10) / 10);
        }
        history_free(&h);
    }
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
    reserve_plan(&pl);

    int rc = 0;
    for (int w = 1; w <= opts->weeks && rc == 0; w++) {
        day_t monday = opts->start + 7L * (w - 1);
        bool started = monday <= opts->as_of;
        plan_add_week(p, w, monday, started);
        for (size_t d = 0; d < t->ndays; d++) {
            bool day_open = false;
            for (size_t k = 0; k < pl.nlifts; k++) {
                struct lift *l = &pl.lifts[k];
                const struct slot *row = l->day == d ? row_for_week(&pl, l, w) : NULL;
                if (row == NULL)
                    continue;
                struct prescription rx;
                if (plan_lift_week(&pl, l, row, w, monday, started, &rx) != 0) {
                    rc = -1;
                    continue;
                }
                if (!day_open) {
                    plan_add_day(p, t->days[d]);
                    day_open = true;
                }
                emit(&pl, l, row, &rx, started, monday);
                l->last_presc = rx;
                l->last_row = row;
                l->have_presc = true;
                l->last_week = w;
            }
        }
    }
    for (size_t k = 0; k < pl.nlifts; k++)
        free(pl.lifts[k].rows);
    free(pl.lifts);
    history_index_free(&pl.index);
    return rc;
}
