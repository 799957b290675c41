/*
 * history: sessions of one slot in a log, and the roles of their sets
 * (INTERFACE.md, "History"): the top set is the set logged as top, else the
 * heaviest working set; back-offs are the working sets after it; lighter
 * working sets before it were ramp-up and do not count; warm-ups never
 * count as the top set.
 */
#include <config.h>

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "util.h"

static bool
same_load(double a, double b)
{
    return fabs(a - b) < 1e-6;
}

/* The role a set takes in its session; sessions store their sets role by
 * role, in this order. */
enum role { ROLE_WARMUP, ROLE_TOP, ROLE_BACKOFF, ROLE_DROP, ROLE_COUNT };

/* The role of each of one session's sets (in logged order) into role[]. */
static void
assign_roles(const struct hset *sets, size_t n, int top_sets, unsigned char *role)
{
    long top = -1;
    for (size_t i = 0; i < n && top < 0; i++)
        if (sets[i].type == SET_TOP)
            top = (long) i;
    if (top < 0) {
        double best = -1;
        for (size_t i = 0; i < n; i++)
            if (sets[i].type != SET_WARMUP && sets[i].type != SET_DROP && sets[i].weight > best) {
                best = sets[i].weight;
                top = (long) i;
            }
    }
    int extra_tops = top_sets > 1 ? top_sets - 1 : 0;
    for (size_t i = 0; i < n; i++) {
        const struct hset *x = &sets[i];
        if (x->type == SET_WARMUP)
            role[i] = ROLE_WARMUP;
        else if (x->type == SET_DROP)
            role[i] = ROLE_DROP;
        else if (top < 0 || (long) i < top) {
            /* Lighter work before the top set was ramp-up. */
            role[i] = x->type == SET_TOP ? ROLE_TOP : ROLE_WARMUP;
        } else if ((long) i == top)
            role[i] = ROLE_TOP;
        else if (x->type == SET_TOP
                 || (x->type == SET_WORK && extra_tops > 0 && same_load(x->weight, sets[top].weight))) {
            if (x->type != SET_TOP)
                extra_tops--;
            role[i] = ROLE_TOP;
        } else {
            extra_tops = 0;     /* repeats of the top load must follow it directly */
            role[i] = ROLE_BACKOFF;
        }
    }
}

/* Sort one session's sets (logged order) into roles: copied into out (n of
 * them, role by role, each role in logged order), which the session's
 * arrays then point into. role[] is n bytes of scratch. */
static void
classify(struct session *ss, const struct hset *sets, size_t n, int top_sets, struct hset *out,
         unsigned char *role)
{
    size_t count[ROLE_COUNT] = {0};
    assign_roles(sets, n, top_sets, role);
    for (size_t i = 0; i < n; i++)
        count[role[i]]++;
    struct hset *at[ROLE_COUNT];
    at[0] = out;
    for (int r = 1; r < ROLE_COUNT; r++)
        at[r] = at[r - 1] + count[r - 1];
    /* An empty role stays NULL, as it always was. */
    ss->warmups = count[ROLE_WARMUP] ? at[ROLE_WARMUP] : NULL;
    ss->nwarmups = count[ROLE_WARMUP];
    ss->tops = count[ROLE_TOP] ? at[ROLE_TOP] : NULL;
    ss->ntops = count[ROLE_TOP];
    ss->backoffs = count[ROLE_BACKOFF] ? at[ROLE_BACKOFF] : NULL;
    ss->nbackoffs = count[ROLE_BACKOFF];
    ss->drops = count[ROLE_DROP] ? at[ROLE_DROP] : NULL;
    ss->ndrops = count[ROLE_DROP];
    for (size_t i = 0; i < n; i++)
        *at[role[i]]++ = sets[i];
}

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
on_day(const struct log_set *x, const struct slot *s)
{
    return x->day_key != NULL && strcmp(x->day_key, s->day_key) == 0;
}

/* Sessions of up to this many sets are sorted into roles without a malloc. */
#define SCRATCH_SETS 64

void
history_collect(struct history *h, const struct log *log, const size_t *sets, size_t nsets,
                const struct slot *s, enum unit unit, day_t from, day_t to)
{
    memset(h, 0, sizeof *h);
    if (log == NULL)
        return;

    /* Does the log name this slot's day for this exercise? And how many
     * sets will be kept, so that one allocation holds them all. */
    size_t nrange = 0, nday = 0;
    for (size_t j = 0; j < nsets; j++) {
        const struct log_set *x = &log->sets[sets[j]];
        if (x->date >= from && x->date <= to) {
            nrange++;
            if (on_day(x, s))
                nday++;
        }
    }
    bool by_day = nday > 0;
    size_t nwanted = by_day ? nday : nrange;
    h->by_day = by_day;
    if (nwanted == 0)
        return;

    h->pool = xmalloc(nwanted * sizeof *h->pool);
    size_t used = 0;              /* of pool */
    struct hset small[SCRATCH_SETS], *buf = small;
    unsigned char small_role[SCRATCH_SETS], *role = small_role;
    if (nwanted > SCRATCH_SETS) {
        buf = xmalloc(nwanted * sizeof *buf);
        role = xmalloc(nwanted);
    }
    size_t nbuf = 0;
    const struct log_set *first = NULL;
    for (size_t j = 0; j <= nsets; j++) {
        const struct log_set *x = j < nsets ? &log->sets[sets[j]] : NULL;
        bool wanted = x != NULL && x->date >= from && x->date <= to && (!by_day || on_day(x, s));
        if (x != NULL && !wanted)
            continue;
        /* A new session starts at a new date or a new day name. */
        bool boundary = x == NULL || (first != NULL && !same_session(x, first));
        if (boundary && first != NULL && nbuf > 0) {
            grow(&h->v, &h->cap, h->n + 1, sizeof *h->v);
            struct session *ss = &h->v[h->n++];
            memset(ss, 0, sizeof *ss);
            ss->date = first->date;
            ss->day_key = first->day_key;
            classify(ss, buf, nbuf, s->top_sets, h->pool + used, role);
            if (ss->ntops == 0)     /* only warm-ups or drops: not a session to judge */
                h->n--;
            else
                used += nbuf;
            nbuf = 0;
        }
        if (x == NULL)
            break;
        if (boundary || first == NULL)
            first = x;
        enum unit from_unit = x->unit == UNIT_UNSPECIFIED ? unit : (enum unit) x->unit;
        buf[nbuf].type = x->type;
        buf[nbuf].weight = unit_convert(x->weight, from_unit, unit);
        buf[nbuf].reps = x->reps;
        buf[nbuf].rpe = x->rpe;
        nbuf++;
    }
    if (buf != small) {
        free(buf);
        free(role);
    }
}

/* --- which sets each slot names ------------------------------------------ */

/* The slots a key names, remembered by the key's pointer: log_add shares
 * one copy of each name, so a log has few distinct key pointers and each
 * is matched against the template's names about once. */
#define KEY_CACHE_BITS 8

struct key_cache {
    struct {
        const char *key;          /* NULL: empty */
        size_t desc;              /* into first/n */
    } e[1 << KEY_CACHE_BITS];
    size_t *first, *n;            /* per descriptor: its slots are match[first .. first + n) */
    size_t ndesc, cap_desc;
    size_t *match;                /* slot indices */
    size_t nmatch, cap_match;
};

/* The descriptor of the slots key names. */
static size_t
key_slots(struct key_cache *c, const struct template *t, const char *key)
{
    /* Fibonacci hashing: arena pointers differ in their low bits by
     * multiples of 8, which a plain modulus would crowd together. */
    size_t k = (size_t) (((uint64_t) (uintptr_t) key * 0x9E3779B97F4A7C15ULL)
                         >> (64 - KEY_CACHE_BITS));
    if (c->e[k].key == key)
        return c->e[k].desc;
    size_t d = c->ndesc;
    size_t cap = c->cap_desc;
    grow(&c->first, &cap, d + 1, sizeof *c->first);
    grow(&c->n, &c->cap_desc, d + 1, sizeof *c->n);
    c->first[d] = c->nmatch;
    for (size_t i = 0; i < t->n; i++)
        if (slot_matches_exercise(&t->slots[i], key)) {
            grow(&c->match, &c->cap_match, c->nmatch + 1, sizeof *c->match);
            c->match[c->nmatch++] = i;
        }
    c->n[d] = c->nmatch - c->first[d];
    c->ndesc++;
    c->e[k].key = key;
    c->e[k].desc = d;
    return d;
}

void
history_index_build(struct history_index *x, const struct log *log, const struct template *t)
{
    x->nslots = t->n;
    x->first = xcalloc(t->n + 1, sizeof *x->first);
    x->set = NULL;
    if (log == NULL || log->n == 0)
        return;
    struct key_cache *c = xcalloc(1, sizeof *c);
    /* Count each slot's sets, then place them (a counting sort by slot);
     * desc remembers each set's slots between the two passes. */
    size_t *desc = xmalloc(log->n * sizeof *desc);
    size_t *count = x->first + 1;
    for (size_t i = 0; i < log->n; i++) {
        const char *key = log->sets[i].exercise_key;
        if (key == NULL) {
            desc[i] = SIZE_MAX;
            continue;
        }
        size_t d = desc[i] = key_slots(c, t, key);
        for (size_t j = c->first[d]; j < c->first[d] + c->n[d]; j++)
            count[c->match[j]]++;
    }
    for (size_t si = 1; si <= t->n; si++)
        x->first[si] += x->first[si - 1];
    x->set = xmalloc((x->first[t->n] ? x->first[t->n] : 1) * sizeof *x->set);
    size_t *fill = xmalloc((t->n ? t->n : 1) * sizeof *fill);
    memcpy(fill, x->first, t->n * sizeof *fill);
    for (size_t i = 0; i < log->n; i++) {
        size_t d = desc[i];
        if (d == SIZE_MAX)
            continue;
        for (size_t j = c->first[d]; j < c->first[d] + c->n[d]; j++)
            x->set[fill[c->match[j]]++] = i;
    }
    free(fill);
    free(desc);
    free(c->first);
    free(c->n);
    free(c->match);
    free(c);
}

void
history_index_free(struct history_index *x)
{
    free(x->first);
    free(x->set);
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
    return ss->tops[0].weight;
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
