/*
 * plan_diff: what moved between two plans of one lifter. A plan is reduced
 * to its top sets (the first top set of each exercise on each day of each
 * week); two plans are compared on the coming week, exercise by exercise,
 * and each top set that differs is one change:
 *     Bench Press 100x6 -> 102.5x5
 * A batch's index (changes column) compares the plan CSV it replaces with
 * the plan it writes; `topset diff OLD.csv NEW.csv` compares two plan CSVs.
 */
#ifndef TOPSET_PLAN_DIFF_H
#define TOPSET_PLAN_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "errors.h"
#include "plan.h"
#include "util.h"

/* One top set: the first top set of an exercise on a day of a week. */
struct plan_top {
    day_t monday;               /* the week's */
    const char *day, *exercise; /* in the list's arena; day "" when none */
    double weight;
    int reps;
    bool amrap; /* "5+" */
};

/* A plan's top sets, in training order. */
struct plan_tops {
    struct plan_top *v;
    size_t n, cap;
    struct arena arena;
};

void plan_tops_init(struct plan_tops *t);
void plan_tops_free(struct plan_tops *t);

/* Append the top sets of p to t. */
void plan_tops_of_plan(const struct plan *p, struct plan_tops *t);

/*
 * Append the top sets of the plan CSV at path (as plan_csv.c writes it;
 * extra columns and filled-in actual_* columns are fine) to t. Returns 0,
 * or -1 with FILE:LINE:COLUMN problems in errs.
 */
int plan_tops_read(const char *path, struct plan_tops *t, struct errlist *errs);

/* The coming week of t as of as_of: the first of its weeks that begins
 * after as_of; when every week has begun, its last week; 0 when t is
 * empty. */
day_t plan_tops_coming(const struct plan_tops *t, day_t as_of);

/*
 * The changes from old to new in week (a Monday of new): each exercise of
 * new's week whose top set differs from old's in old's week that is week
 * or, when old has none, its latest week before it ("Squat 100x5 ->
 * 102.5x5", "Row none -> 60x8"), then each exercise old had that new
 * lacks ("Dip 20x8 -> none"). An exercise that is on two days of the week
 * is named with its day: "Squat (Day B)". The changes are appended to
 * *text (NULL or allocated; caller frees) joined by sep. Returns how many.
 */
size_t plan_diff(const struct plan_tops *old, const struct plan_tops *new, day_t week,
                 const char *sep, char **text);

#endif
