/*
 * history: what a log says about one exercise slot: its sessions (an
 * exercise on one date and day), and in each session which set was the top
 * set, which were back-offs and drop sets. Loads are converted to the
 * plan's unit here, once.
 */
#ifndef TOPSET_HISTORY_H
#define TOPSET_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "errors.h"
#include "load.h"
#include "log.h"
#include "template.h"

struct hset {
    enum set_type type; /* as logged (SET_WORK when the role was inferred) */
    double weight;      /* plan unit */
    int reps;
    double rpe;  /* 0: not logged */
    bool failed; /* logged as failed, or 0 reps: no reps completed */
};

/* A session's arrays point into its history's pool; an empty one is NULL. */
struct session {
    day_t date;
    const char *day_key; /* NULL when the log does not name the day */
    struct hset *warmups;
    size_t nwarmups;
    struct hset *tops;
    size_t ntops; /* the top set, and repeats at its load */
    struct hset *backoffs;
    size_t nbackoffs; /* working sets after the top */
    struct hset *drops;
    size_t ndrops;
    struct hset *failed; /* failed sets (never the top set), logged order */
    size_t nfailed;
    /* The top set was attempted and failed: a failed set logged as top, or
     * the heaviest failed working set logged before the completed top set
     * and heavier than it (any, when none was completed). Its load is
     * missed_load. A failed set after the top set misses nothing. */
    bool missed;
    double missed_load;
};

struct history {
    struct session *v; /* chronological */
    size_t n, cap;
    bool by_day;       /* sessions were picked by the slot's day name */
    struct hset *pool; /* every session's sets, in one allocation */
};

/*
 * Collect into h the sessions of slot s (its exercise, by folded name or
 * alias) in log with from <= date <= to, given the nsets sets of log that
 * s names, in log order (history_index_sets). log may be NULL: no
 * sessions. When the log names days and some of this exercise's sessions
 * stand on s's day, only those are kept; otherwise all sessions of the
 * exercise. A session's working sets at the top load count as top sets up
 * to s->top_sets (a set logged as "top" always counts). Free h with
 * history_free.
 */
void history_collect(struct history *h, const struct log *log, const size_t *sets, size_t nsets,
                     const struct slot *s, enum unit unit, day_t from, day_t to);
void history_free(struct history *h);

/*
 * history_collect's scratch arrays, kept from call to call: a plan
 * collects each slot's history for every week, and allocating and freeing
 * arrays as long as a slot's sets each time was cheap only while glibc
 * kept them off mmap (issue 15). Zero-initialise; free with
 * history_scratch_free.
 */
struct history_scratch {
    const struct log_set **picked;
    struct hset *logged;
    unsigned char *role;
    size_t cap_picked, cap_logged, cap_role;
};
void history_scratch_free(struct history_scratch *x);
/* history_collect, with its scratch arrays in x. */
void history_collect_reusing(struct history *h, struct history_scratch *x, const struct log *log,
                             const size_t *sets, size_t nsets, const struct slot *s, enum unit unit,
                             day_t from, day_t to);

/*
 * Which sets of a log each slot of a template names (by its exercise or an
 * alias), in log order. A plan collects a history of each slot for every
 * week; with this built once, each looks only at its slot's sets instead
 * of matching every set of the log again.
 */
struct history_index {
    size_t *first; /* slot i's sets are set[first[i] .. first[i + 1]) */
    size_t *set;   /* indices into log->sets */
    size_t nslots;
    /* history_collect_reusing's, for the plan that built the index (a
     * pointer: the index is read-only once built, the scratch is not). */
    struct history_scratch *scratch;
};
/* log may be NULL (no sets). Free with history_index_free. */
void history_index_build(struct history_index *x, const struct log *log, const struct template *t);
void history_index_free(struct history_index *x);
/* The sets of slot s (one of t's, the template x was built from); *n of them. */
const size_t *history_index_sets(const struct history_index *x, const struct template *t,
                                 const struct slot *s, size_t *n);

/*
 * Nothing a log holds is dropped in silence: a warning in errs for each
 * exercise name of log that no slot of t names (by exercise or alias),
 * at the line of its latest set, with its count of sets, its last date
 * and the template's closest exercise name when one is near:
 *   log.csv:9: warning: "Benchpress" (2 sets, last 2026-12-02) matches no
 *   exercise of the template; did you mean "Bench Press"?
 * A strict errs keeps them warnings: a log may well hold exercises the
 * template does not program (accessories, another program's lifts), and
 * --strict refuses rows that cannot be read, not those. log may be NULL.
 */
void history_report_unmatched(const struct log *log, const struct template *t,
                              struct errlist *errs);

/* The latest session, or NULL. */
const struct session *history_last(const struct history *h);

/* The completed top set's reps (the fewest among the top sets), RPE (the
 * highest) and load; 0 when the session has only a failed attempt. */
int session_top_reps(const struct session *ss);
double session_top_rpe(const struct session *ss);
double session_top_load(const struct session *ss);
/* The top set as the rules judge it: a missed session's failed attempt
 * (its load, 0 reps completed), else the completed top set. */
double session_judged_load(const struct session *ss);
int session_judged_reps(const struct session *ss);
/* Fewest reps among the back-offs, or -1 when there were none. */
int session_backoff_min_reps(const struct session *ss);

#endif
