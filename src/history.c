/*
 * history: sessions of one slot in a log, and the roles of their sets
 * (INTERFACE.md, "History"): the top set is the set logged as top, else the
 * heaviest working set; back-offs are the working sets after it; lighter
 * working sets before it were ramp-up and do not count; warm-ups never
 * count as the top set.
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "history.h"
#include "util.h"

static bool
same_load(double a, double b)
{
    return fabs(a - b) < 1e-6;
}

static void
push(struct hset **v, size_t *n, const struct hset *x)
{
    *v = xreallocarray(*v, *n + 1, sizeof **v);
    (*v)[(*n)++] = *x;
}

/* Sort one session's sets into roles. sets are in logged order. */
static void
classify(struct session *ss, const struct hset *sets, size_t n, int top_sets)
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
            push(&ss->warmups, &ss->nwarmups, x);
        else if (x->type == SET_DROP)
            push(&ss->drops, &ss->ndrops, x);
        else if (top < 0 || (long) i < top) {
            /* Lighter work before the top set was ramp-up. */
            if (x->type == SET_TOP)
                push(&ss->tops, &ss->ntops, x);
            else
                push(&ss->warmups, &ss->nwarmups, x);
        } else if ((long) i == top)
            push(&ss->tops, &ss->ntops, x);
        else if (x->type == SET_TOP
                 || (x->type == SET_WORK && extra_tops > 0 && same_load(x->weight, sets[top].weight))) {
            if (x->type != SET_TOP)
                extra_tops--;
            push(&ss->tops, &ss->ntops, x);
        } else {
            extra_tops = 0;     /* repeats of the top load must follow it directly */
            push(&ss->backoffs, &ss->nbackoffs, x);
        }
    }
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
slot_has_key(const struct slot *s, const char *key)
{
    return key != NULL && slot_matches_exercise(s, key);
}

/* slot_has_key's last answer, by key pointer: the sets of one exercise
 * share one key (log_add), so a log's sets mostly ask again about the key
 * before, and matching against the slot's aliases each time was most of
 * the cost of collecting a history. */
struct key_memo {
    const char *key;
    bool has;
};

static bool
slot_has_key_memo(const struct slot *s, const char *key, struct key_memo *m)
{
    if (key != m->key) {
        m->key = key;
        m->has = slot_has_key(s, key);
    }
    return m->has;
}

void
history_collect(struct history *h, const struct log *log, const struct slot *s, enum unit unit,
                day_t from, day_t to)
{
    memset(h, 0, sizeof *h);
    if (log == NULL)
        return;

    /* Does the log name this slot's day for this exercise? */
    struct key_memo memo = {NULL, false};    /* slot_has_key(s, NULL) is false */
    bool by_day = false;
    for (size_t i = 0; i < log->n && !by_day; i++) {
        const struct log_set *x = &log->sets[i];
        if (x->date >= from && x->date <= to && x->day_key != NULL
            && strcmp(x->day_key, s->day_key) == 0 && slot_has_key_memo(s, x->exercise_key, &memo))
            by_day = true;
    }

    h->by_day = by_day;
    struct hset *buf = NULL;
    size_t nbuf = 0, capbuf = 0;
    const struct log_set *first = NULL;
    for (size_t i = 0; i <= log->n; i++) {
        const struct log_set *x = i < log->n ? &log->sets[i] : NULL;
        bool wanted = x != NULL && x->date >= from && x->date <= to
                      && slot_has_key_memo(s, x->exercise_key, &memo)
                      && (!by_day || (x->day_key != NULL && strcmp(x->day_key, s->day_key) == 0));
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
            classify(ss, buf, nbuf, s->top_sets);
            if (ss->ntops == 0) {   /* only warm-ups or drops: not a session to judge */
                free(ss->warmups);
                free(ss->drops);
                h->n--;
            }
            nbuf = 0;
        }
        if (x == NULL)
            break;
        if (boundary || first == NULL)
            first = x;
        grow(&buf, &capbuf, nbuf + 1, sizeof *buf);
        enum unit from_unit = x->unit == UNIT_UNSPECIFIED ? unit : (enum unit) x->unit;
        buf[nbuf].type = x->type;
        buf[nbuf].weight = unit_convert(x->weight, from_unit, unit);
        buf[nbuf].reps = x->reps;
        buf[nbuf].rpe = x->rpe;
        nbuf++;
    }
    free(buf);
}

void
history_free(struct history *h)
{
    for (size_t i = 0; i < h->n; i++) {
        free(h->v[i].warmups);
        free(h->v[i].tops);
        free(h->v[i].backoffs);
        free(h->v[i].drops);
    }
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
