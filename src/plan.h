/*
 * plan: the computed plan of one client, filled once by planner.c and only
 * read by the writers (plan_csv.c, plan_xlsx.c), so nothing is computed
 * twice and both forms always agree.
 *
 * Shape: weeks -> days -> exercises -> sets, stored as flat arrays with
 * index ranges, in training order. All strings live in plan.arena.
 */
#ifndef TOPSET_PLAN_H
#define TOPSET_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "load.h"
#include "set_type.h"
#include "util.h"

enum paper { PAPER_A4 = 0, PAPER_LETTER };

struct plan_set {
    enum set_type type; /* SET_WARMUP, SET_TOP, SET_BACKOFF or SET_DROP */
    int number;         /* 1-based within its exercise that day */
    double weight;      /* rounded to the exercise's step, plan unit */
    int reps;
    bool amrap;         /* "5+": as many as possible, reps at least */
    double rpe;         /* target RPE; 0: none */
    double rpe_cap;     /* stop doing these sets at this RPE (RTS); 0: none */
    const char *why;    /* short reason, never NULL */
    const char *plates; /* per side, "20+10+2.5" (plates.h); "" when not a
                                    * barbell lift; never NULL */

    /*
     * How this load follows the exercise's first top set, so the workbook
     * can write a live formula: weight = load_round(top * num / den, step).
     * from_top is -1 when the load stands on its own (a top set, the
     * empty bar).
     */
    long from_top; /* index into plan.sets, or -1 */
    double num, den;

    /* What was logged for this set (weeks already trained). */
    bool done;
    double actual_weight; /* plan unit */
    int actual_reps;
    double actual_rpe; /* 0: not logged */
};

struct plan_exercise {
    const char *name;
    const char *notes; /* "" when none */
    const char *rest;  /* rest between sets, "3 min"; "" when none */
    const char *tempo; /* "3-1-X-0"; "" when none */
    size_t lift;       /* index into plan.lifts */
    double step;
    enum round_mode round; /* how its loads meet the step (load.h) */
    bool bodyweight;       /* loads are added to bodyweight: 0 is "BW", 5 "BW+5" */
    size_t first_set, nsets;
};

struct plan_day {
    const char *name;
    day_t date; /* the session's date: its week's Monday unless dated */
    bool dated; /* the template gave the day a weekday */
    size_t first_ex, nex;
};

struct plan_week {
    int number; /* 1-based */
    day_t monday;
    bool started; /* began on or before as-of: shows actuals */
    size_t first_day, ndays;
};

/* One row of the overview: an exercise on a day, across the block. */
struct plan_lift {
    const char *day;
    const char *exercise;
    bool main;                   /* a barbell lift: charted on the overview */
    bool bodyweight;             /* its loads are added to bodyweight ("BW+5") */
    size_t first_point, npoints; /* its estimated 1RMs in plan.points */
};

/* An estimated 1RM from one logged session (plan unit), for the chart. */
struct plan_point {
    day_t date;
    double e1rm;
};

/* At most this many latest sessions per lift are charted. */
#define PLAN_MAX_POINTS 24

struct plan {
    const char *client; /* "" when not given */
    const char *block;  /* template name, for page headers */
    enum unit unit;
    enum paper paper;
    day_t start, as_of;

    struct plan_week *weeks;
    size_t nweeks, cap_weeks;
    struct plan_day *days;
    size_t ndays, cap_days;
    struct plan_exercise *exs;
    size_t nexs, cap_exs;
    struct plan_set *sets;
    size_t nsets, cap_sets;
    struct plan_lift *lifts;
    size_t nlifts, cap_lifts;
    struct plan_point *points;
    size_t npoints, cap_points;

    struct arena arena;
};

void plan_init(struct plan *p);
void plan_free(struct plan *p);

/*
 * Builders used by planner.c: each appends to the last open parent and
 * copies the strings it is given into p->arena (NULL notes or why: "").
 */
struct plan_week *plan_add_week(struct plan *p, int number, day_t monday, bool started);
/* A day dated its week's Monday; planner.c sets date and dated when the
 * template gives the day a weekday. */
struct plan_day *plan_add_day(struct plan *p, const char *name);
struct plan_exercise *plan_add_exercise(struct plan *p, const char *name, const char *notes,
                                        size_t lift, double step);
/* Appends a set to the last exercise; number is assigned. Returns the
 * set's index in p->sets. */
size_t plan_add_set(struct plan *p, enum set_type type, double weight, int reps, double rpe,
                    const char *why);
/* Make set's load follow the first top set top, for the workbook's
 * formula: load_round(top * num / den, step). */
void plan_set_follows(struct plan *p, size_t set, size_t top, double num, double den);
/* Mark set as AMRAP: as many reps as possible, its reps at least. */
void plan_set_amrap(struct plan *p, size_t set);
/* Set set's plates text (plates.h). */
void plan_set_plates(struct plan *p, size_t set, const char *plates);
/* Appends a row of the overview (an exercise on a day); returns its index
 * in p->lifts. */
size_t plan_add_lift(struct plan *p, const char *day, const char *exercise);
/* Appends an estimated 1RM to lift li; a lift's points must be added
 * together, in date order. */
void plan_add_point(struct plan *p, size_t li, day_t date, double e1rm);

/* What the sheets print with exercise e's sets: its rest, tempo and notes
 * ("rest 3 min, tempo 3-1-X-0: pause 1s"), newly allocated (caller
 * frees); "" when it has none. */
char *plan_exercise_note(const struct plan_exercise *e);

/* The index of the first top set of exercise e, or -1 if it has none. */
long plan_exercise_top(const struct plan *p, const struct plan_exercise *e);

/* A load as the sheets print it: "102.5", or for a bodyweight lift
 * "BW" (0) and "BW+5". Returns buf. */
char *plan_load_text(char buf[40], bool bodyweight, double weight);

/* A set's RPE as the sheets print it: "8", a cap "\u22648" (stop at RPE
 * 8), both "7 \u22648", or "" (none). Returns buf. */
char *plan_rpe_text(char buf[40], const struct plan_set *s);

/* The first top set of lift li in week wi (its index in p->sets), or -1. */
long plan_week_top(const struct plan *p, size_t wi, size_t li);

/* Whether lift li has a planned load in some week: what the Overview and
 * the PDF cover chart. */
bool plan_lift_charted(const struct plan *p, size_t li);

#endif
