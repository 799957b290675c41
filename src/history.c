/*
 * history: sessions of one slot in a log, and the roles of their sets
 * (topset-formats(5), PROGRESSION, History): the top set is the set logged as top, else the
 * heaviest working set; back-offs are the working sets after it; lighter
 * working sets before it were ramp-up and do not count; warm-ups never
 * count as the top set. A failed set (logged as a failure, or 0 reps) is
 * never the top set nor a completed set: had the lifter's next plan taken
 * it as the top, it would prescribe the weight just failed. It counts as a
 * miss of the top set only when it was the attempt at it (find_missed).
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "names.h"
#include "util.h"

static bool
same_load(double a, double b)
{
    return fabs(a - b) < 1e-6;
}

/* The role a set takes in its session; sessions store their sets role by
 * role, in this order. */
enum role { ROLE_WARMUP, ROLE_TOP, ROLE_BACKOFF, ROLE_DROP, ROLE_FAILED, ROLE_COUNT };

/* A set that may be the top set, or a failed attempt at it. */
static bool
is_working(const struct hset *x)
{
    return x->type != SET_WARMUP && x->type != SET_DROP;
}

/* The completed top set: the first completed set logged as top, else the
 * heaviest completed working set (the first of equals); -1 when none. */
static long
find_top(const struct hset *sets, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (sets[i].type == SET_TOP && !sets[i].failed)
            return (long) i;
    long top = -1;
    double best = -1;
    for (size_t i = 0; i < n; i++)
        if (is_working(&sets[i]) && !sets[i].failed && sets[i].weight > best) {
            best = sets[i].weight;
            top = (long) i;
        }
    return top;
}

/* The failed attempt at the top set (see struct session), or -1. A failed
 * set after the completed top was a try beyond the plan, not the top set
 * missed; one at the top's load before it was made good by the top set. */
static long
find_missed(const struct hset *sets, size_t n, long top)
{
    for (size_t i = 0; i < n; i++)
        if (sets[i].type == SET_TOP && sets[i].failed)
            return (long) i;
    long missed = -1;
    double best = top >= 0 ? sets[top].weight + 1e-6 : -1;
    for (size_t i = 0; i < n && (top < 0 || (long) i < top); i++)
        if (is_working(&sets[i]) && sets[i].failed && sets[i].weight > best) {
            best = sets[i].weight;
            missed = (long) i;
        }
    return missed;
}

/* The role of each of one session's completed sets (in logged order) into
 * role[]; failed sets take ROLE_FAILED and no other role. */
static void
assign_roles(const struct hset *sets, size_t n, int top_sets, unsigned char *role)
{
    long top = find_top(sets, n);
    int extra_tops = top_sets > 1 ? top_sets - 1 : 0;
    for (size_t i = 0; i < n; i++) {
        const struct hset *x = &sets[i];
        if (x->failed)
            role[i] = ROLE_FAILED;
        else if (x->type == SET_WARMUP)
            role[i] = ROLE_WARMUP;
        else if (x->type == SET_DROP)
            role[i] = ROLE_DROP;
        else if (top < 0 || (long) i < top) {
            /* Lighter work before the top set was ramp-up. */
            role[i] = x->type == SET_TOP ? ROLE_TOP : ROLE_WARMUP;
        } else if ((long) i == top)
            role[i] = ROLE_TOP;
        else if (x->type == SET_TOP
                 || (x->type == SET_WORK && extra_tops > 0
                     && same_load(x->weight, sets[top].weight))) {
            if (x->type != SET_TOP)
                extra_tops--;
            role[i] = ROLE_TOP;
        } else {
            extra_tops = 0; /* repeats of the top load must follow it directly */
            role[i] = ROLE_BACKOFF;
        }
    }
}

/* Copy one session's sets (n, logged order) into out role by role, each
 * role in logged order, and point the session's arrays there; an empty
 * role stays NULL. */
static void
place_by_role(struct session *ss, const struct hset *sets, const unsigned char *role, size_t n,
              struct hset *out)
{
    struct hset *at[ROLE_COUNT];
    size_t count[ROLE_COUNT] = {0};
    for (size_t i = 0; i < n; i++)
        count[role[i]]++;
    at[0] = out;
    for (int r = 1; r < ROLE_COUNT; r++)
        at[r] = at[r - 1] + count[r - 1];
    ss->warmups = count[ROLE_WARMUP] ? at[ROLE_WARMUP] : NULL;
    ss->nwarmups = count[ROLE_WARMUP];
    ss->tops = count[ROLE_TOP] ? at[ROLE_TOP] : NULL;
    ss->ntops = count[ROLE_TOP];
    ss->backoffs = count[ROLE_BACKOFF] ? at[ROLE_BACKOFF] : NULL;
    ss->nbackoffs = count[ROLE_BACKOFF];
    ss->drops = count[ROLE_DROP] ? at[ROLE_DROP] : NULL;
    ss->ndrops = count[ROLE_DROP];
    ss->failed = count[ROLE_FAILED] ? at[ROLE_FAILED] : NULL;
    ss->nfailed = count[ROLE_FAILED];
    for (size_t i = 0; i < n; i++)
        *at[role[i]]++ = sets[i];
}

/* Sets of one session share a date and a day name (or both lack one). */
static bool
same_session(const struct log_set *a, const struct log_set *b)
{
    if (a->date != b->date)
        return false;
    if (a->day_key == NULL || b->day_key == NULL)
        return a->day_key == b->day_key;
    return strcmp(a->day_key, b->day_key) == 0;
}

static bool
in_range(const struct log_set *x, day_t from, day_t to)
{
    return x->date >= from && x->date <= to;
}

static bool
on_day(const struct log_set *x, const struct slot *s)
{
    return x->day_key != NULL && strcmp(x->day_key, s->day_key) == 0;
}

/* Whether any of the sets (indices into log) between from and to was
 * logged on s's day: then only those count. */
static bool
log_names_day(const struct log *log, const size_t *sets, size_t nsets, const struct slot *s,
              day_t from, day_t to)
{
    for (size_t j = 0; j < nsets; j++)
        if (in_range(&log->sets[sets[j]], from, to) && on_day(&log->sets[sets[j]], s))
            return true;
    return false;
}

/* A logged set as history holds it: its load in the plan's unit. */
static struct hset
hset_of(const struct log_set *x, enum unit unit)
{
    enum unit from_unit = x->unit == UNIT_UNSPECIFIED ? unit : (enum unit) x->unit;
    return (struct hset){.type = x->type,
                         .weight = unit_convert(x->weight, from_unit, unit),
                         .reps = x->reps,
                         .rpe = x->rpe,
                         .failed = x->failed || x->reps == 0};
}

/*
 * Add the session of the n sets at sets (logged order; first is the first
 * of them as logged) to h, its sets placed in out by role; role[] is n
 * bytes of scratch. A session with no top set, completed or missed (only
 * warm-ups, drops, or failures beyond it), is not one to judge and is left
 * out. Returns how many sets of out it took: n, or 0.
 */
static size_t
add_session(struct history *h, const struct log_set *first, const struct hset *sets, size_t n,
            int top_sets, struct hset *out, unsigned char *role)
{
    assign_roles(sets, n, top_sets, role);
    long missed = find_missed(sets, n, find_top(sets, n));
    if (memchr(role, ROLE_TOP, n) == NULL && missed < 0)
        return 0;
    grow(&h->v, &h->cap, h->n + 1, sizeof *h->v);
    struct session *ss = &h->v[h->n++];
    memset(ss, 0, sizeof *ss);
    ss->date = first->date;
    ss->day_key = first->day_key;
    ss->missed = missed >= 0;
    ss->missed_load = missed >= 0 ? sets[missed].weight : 0;
    place_by_role(ss, sets, role, n, out);
    return n;
}

/* The sets (indices into log) that count for s between from and to, in
 * logged order, into picked: those on s's day when by_day. Returns how
 * many. */
static size_t
pick_sets(const struct log *log, const size_t *sets, size_t nsets, const struct slot *s, day_t from,
          day_t to, bool by_day, const struct log_set **picked)
{
    size_t n = 0;
    for (size_t j = 0; j < nsets; j++) {
        const struct log_set *x = &log->sets[sets[j]];
        if (in_range(x, from, to) && (!by_day || on_day(x, s)))
            picked[n++] = x;
    }
    return n;
}

/* Room for n sets in x (kept, and grown only, from call to call). */
static void
scratch_reserve(struct history_scratch *x, size_t n)
{
    grow(&x->picked, &x->cap_picked, n, sizeof *x->picked);
    grow(&x->logged, &x->cap_logged, n, sizeof *x->logged);
    grow(&x->role, &x->cap_role, n, sizeof *x->role);
}

void
history_scratch_free(struct history_scratch *x)
{
    free(x->picked);
    free(x->logged);
    free(x->role);
    memset(x, 0, sizeof *x);
}

void
history_collect_reusing(struct history *h, struct history_scratch *x, const struct log *log,
                        const size_t *sets, size_t nsets, const struct slot *s, enum unit unit,
                        day_t from, day_t to)
{
    memset(h, 0, sizeof *h);
    if (log == NULL)
        return;
    h->by_day = log_names_day(log, sets, nsets, s, from, to);
    scratch_reserve(x, nsets + 1);
    size_t n = pick_sets(log, sets, nsets, s, from, to, h->by_day, x->picked);
    if (n == 0)
        return;
    for (size_t i = 0; i < n; i++)
        x->logged[i] = hset_of(x->picked[i], unit);
    /* A session is a run of sets on one date and day. */
    h->pool = xmalloc(n * sizeof *h->pool);
    size_t used = 0;
    for (size_t i = 0, end; i < n; i = end) {
        for (end = i + 1; end < n && same_session(x->picked[end], x->picked[i]); end++)
            continue;
        used += add_session(h, x->picked[i], x->logged + i, end - i, slot_max_top_sets(s),
                            h->pool + used, x->role);
    }
}

void
history_collect(struct history *h, const struct log *log, const size_t *sets, size_t nsets,
                const struct slot *s, enum unit unit, day_t from, day_t to)
{
    struct history_scratch x = {0};
    history_collect_reusing(h, &x, log, sets, nsets, s, unit, from, to);
    history_scratch_free(&x);
}

/* --- which sets each slot names ------------------------------------------ */

/* The slots one name of the log matches: hits[0..nhits) of a
 * history_index_build. */
struct name_hits {
    const char *key;
    size_t first, n;
};

/* The slots whose exercise or alias is key, appended to *hits. */
static struct name_hits
slots_named(const struct template *t, const char *key, size_t **hits, size_t *nhits, size_t *cap)
{
    struct name_hits nh = {key, *nhits, 0};
    for (size_t si = 0; si < t->n; si++)
        if (slot_matches_exercise(&t->slots[si], key)) {
            grow(hits, cap, *nhits + 1, sizeof **hits);
            (*hits)[(*nhits)++] = si;
            nh.n++;
        }
    return nh;
}

/*
 * For each slot, the sets it names, in log order: counted, then placed
 * (a counting sort by slot). Each distinct name is matched against the
 * slots once: the log shares one copy of each folded name, so its few
 * names are told apart by pointer, and comparing every set's name with
 * every slot's was a tenth of a CSV-only batch (make bench).
 */
void
history_index_build(struct history_index *x, const struct log *log, const struct template *t)
{
    size_t nsets = log != NULL ? log->n : 0;
    struct name_hits *names = NULL;
    size_t nnames = 0, cap_names = 0, *hits = NULL, nhits = 0, cap_hits = 0;
    size_t *name_of = xmalloc((nsets + 1) * sizeof *name_of);
    x->nslots = t->n;
    x->first = xcalloc(t->n + 1, sizeof *x->first);
    x->scratch = xcalloc(1, sizeof *x->scratch);
    for (size_t i = 0; i < nsets; i++) {
        const char *key = log->sets[i].exercise_key;
        size_t k = 0;
        if (key == NULL) {
            name_of[i] = SIZE_MAX;
            continue;
        }
        if (i > 0 && log->sets[i - 1].exercise_key == key)
            k = name_of[i - 1];
        else
            while (k < nnames && names[k].key != key)
                k++;
        if (k == nnames) {
            grow(&names, &cap_names, nnames + 1, sizeof *names);
            names[nnames++] = slots_named(t, key, &hits, &nhits, &cap_hits);
        }
        name_of[i] = k;
        for (size_t h = 0; h < names[k].n; h++)
            x->first[hits[names[k].first + h] + 1]++;
    }
    size_t *next = xmalloc((t->n + 1) * sizeof *next);
    for (size_t si = 0; si < t->n; si++) {
        x->first[si + 1] += x->first[si];
        next[si] = x->first[si];
    }
    x->set = xmalloc((x->first[t->n] + 1) * sizeof *x->set);
    for (size_t i = 0; i < nsets; i++)
        if (name_of[i] != SIZE_MAX)
            for (size_t h = 0; h < names[name_of[i]].n; h++)
                x->set[next[hits[names[name_of[i]].first + h]]++] = i;
    free(next);
    free(name_of);
    free(names);
    free(hits);
}

void
history_index_free(struct history_index *x)
{
    free(x->first);
    free(x->set);
    if (x->scratch != NULL)
        history_scratch_free(x->scratch);
    free(x->scratch);
    memset(x, 0, sizeof *x);
}

const size_t *
history_index_sets(const struct history_index *x, const struct template *t, const struct slot *s,
                   size_t *n)
{
    size_t si = (size_t) (s - t->slots);
    *n = x->first[si + 1] - x->first[si];
    return x->set + x->first[si];
}

/* --- names no slot takes ------------------------------------------------- */

/* One exercise name of a log: how many sets, and its latest. */
struct log_name {
    const char *key;
    size_t nsets;
    const struct log_set *last;
};

/* The distinct exercise names of log, in order of first set, with their
 * counts; *n of them. Sets mostly come in runs of one name, and share one
 * copy of its key (log.h), so the previous name is tried first. */
static struct log_name *
log_names(const struct log *log, size_t *n)
{
    struct log_name *v = NULL;
    size_t cap = 0, k = 0;
    *n = 0;
    for (size_t i = 0; i < log->n; i++) {
        const char *key = log->sets[i].exercise_key;
        if (key == NULL)
            continue;
        if (k >= *n || (v[k].key != key && strcmp(v[k].key, key) != 0))
            for (k = 0; k < *n && v[k].key != key && strcmp(v[k].key, key) != 0; k++)
                continue;
        if (k == *n) {
            grow(&v, &cap, *n + 1, sizeof *v);
            v[(*n)++] = (struct log_name){key, 0, NULL};
        }
        v[k].nsets++;
        if (v[k].last == NULL || log->sets[i].date >= v[k].last->date)
            v[k].last = &log->sets[i];
    }
    return v;
}

static bool
template_names(const struct template *t, const char *key)
{
    for (size_t si = 0; si < t->n; si++)
        if (slot_matches_exercise(&t->slots[si], key))
            return true;
    return false;
}

void
history_report_unmatched(const struct log *log, const struct template *t, struct errlist *errs)
{
    if (log == NULL || t->n == 0)
        return;
    size_t n;
    struct log_name *names = log_names(log, &n);
    const char **known = xmalloc(t->n * sizeof *known);
    for (size_t si = 0; si < t->n; si++)
        known[si] = t->slots[si].exercise;
    bool strict = errs->strict;
    errs->strict = false;
    for (size_t k = 0; k < n; k++) {
        if (template_names(t, names[k].key))
            continue;
        const struct log_set *last = names[k].last;
        const char *near = closest_name(last->exercise, known, t->n);
        char d[11];
        warn_at(errs, last->file, last->line, 0,
                "\"%s\" (%zu set%s, last %s) matches no exercise of the template%s%s%s",
                last->exercise, names[k].nsets, names[k].nsets == 1 ? "" : "s",
                date_format(d, last->date),
                near ? "; did you mean \"" : " (name it in an exercise's aliases to plan from it)",
                near ? near : "", near ? "\"?" : "");
    }
    errs->strict = strict;
    free(known);
    free(names);
}

void
history_free(struct history *h)
{
    free(h->pool);
    free(h->v);
    memset(h, 0, sizeof *h);
}

const struct session *
history_last(const struct history *h)
{
    return h->n > 0 ? &h->v[h->n - 1] : NULL;
}

int
session_top_reps(const struct session *ss)
{
    if (ss->ntops == 0)
        return 0;
    int r = ss->tops[0].reps;
    for (size_t i = 1; i < ss->ntops; i++)
        if (ss->tops[i].reps < r)
            r = ss->tops[i].reps;
    return r;
}

double
session_top_rpe(const struct session *ss)
{
    double r = 0;
    for (size_t i = 0; i < ss->ntops; i++)
        if (ss->tops[i].rpe > r)
            r = ss->tops[i].rpe;
    return r;
}

double
session_top_load(const struct session *ss)
{
    return ss->ntops > 0 ? ss->tops[0].weight : 0;
}

double
session_judged_load(const struct session *ss)
{
    return ss->missed ? ss->missed_load : session_top_load(ss);
}

int
session_judged_reps(const struct session *ss)
{
    return ss->missed ? 0 : session_top_reps(ss);
}

int
session_backoff_min_reps(const struct session *ss)
{
    if (ss->nbackoffs == 0)
        return -1;
    int r = ss->backoffs[0].reps;
    for (size_t i = 1; i < ss->nbackoffs; i++)
        if (ss->backoffs[i].reps < r)
            r = ss->backoffs[i].reps;
    return r;
}
