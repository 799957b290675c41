/*
 * template: the program template CSV (one row per exercise slot), as
 * topset-formats(5) defines it. Columns are declared in one table in template.c;
 * every row keeps its file and line for later messages.
 */
#ifndef TOPSET_TEMPLATE_H
#define TOPSET_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "errors.h"
#include "load.h"
#include "rules.h"

enum warmup_kind { WARMUP_AUTO = 0, WARMUP_NONE, WARMUP_LIST };

/* The `bar` column: blank (decided by the exercise's name), none, or a
 * bar weight in the plan's unit. */
enum bar_kind { BAR_AUTO = 0, BAR_NONE, BAR_SET };

#define WARMUP_MAX_STEPS 8
#define TEMPLATE_MAX_ROWS 2000
#define TEMPLATE_MAX_SETS 20 /* top_sets, backoff_sets, drop_sets */
#define TEMPLATE_MAX_REPS 100
#define TEMPLATE_MAX_STEPS 20 /* lines of a set list (work_sets, backoff_list) */
#define AMRAP_TABLE_MAX 10    /* lines of an amrap_table */
#define TEMPLATE_MAX_STAGES 6 /* schemes of a `stages` list */

struct reps {
    int lo, hi; /* a single number has lo == hi */
    bool amrap; /* "5+": as many reps as possible, lo at least (lo == hi) */
};

/* One line of a set list, "65%x5", "90%topx3" or "50%x10x5": count sets of
 * reps at pct % of the training max (or 1RM), or of the top set's load
 * when of_top. */
struct set_step {
    double pct;
    bool of_top;
    struct reps reps;
    int count;
};

/* One scheme of a `stages` list, "6x2+": sets of reps at one load. */
struct stage {
    int sets;
    struct reps reps;
};

struct slot {
    const char *file; /* the template's path (owned by the template) */
    unsigned long line;

    char *day;
    char *exercise;
    char *day_key, *exercise_key; /* name_fold() of the above */
    size_t day_index;             /* index into template.days */

    struct reps top_reps;
    int top_sets;        /* default 1 */
    double top_rpe;      /* 0: none; else 6..10 in halves */
    double top_pct;      /* 0: none; else % of 1RM */
    double tm_pct;       /* 0: none; else the training max is this % of the 1RM */
    double start_weight; /* 0: none (loads are > 0), or bodyweight alone */
    bool bodyweight;     /* start_weight "BW", "BW+5" or "0": loads are added to
                          * the lifter's bodyweight, and 0 is a load */

    int backoff_sets;         /* default 2; 0 allowed */
    struct reps backoff_reps; /* default top_reps */
    double backoff_drop;      /* default 10 (%) */
    double backoff_pct;       /* 0: none; else % of 1RM instead of drop */
    bool backoff_drop_set;    /* backoff_drop was given in the file */
    /* RTS back-offs: backoff_rpe, the RPE the back-offs are loaded for
     * (from the top set's e1RM through the RPE chart; 0: none), and
     * backoff_cap, the RPE at which the lifter stops doing them (0: none). */
    double backoff_rpe, backoff_cap;

    int drop_sets;         /* default 0 */
    struct reps drop_reps; /* default backoff_reps */
    double drop_pct;       /* % of the top-set load; required if drop_sets */

    /* Set lists: working sets before the top set, and back-offs after it
     * in place of backoff_sets (which must then be blank). */
    struct set_step work[TEMPLATE_MAX_STEPS];
    int nwork;
    struct set_step backoff_list[TEMPLATE_MAX_STEPS];
    int nbackoff_list;
    bool backoff_sets_set; /* backoff_sets was given in the file */

    /* amrap_table: reps reached on the AMRAP top set -> what the training
     * max gains for the next session (nSuns); below the first line, 0. */
    int amrap_reps[AMRAP_TABLE_MAX];
    double amrap_gain[AMRAP_TABLE_MAX];
    int amrap_n;
    /* amrap_reset: the % the training max loses when the AMRAP top set
     * falls short of its minimum reps (5/3/1); 0: none. */
    double amrap_reset;

    /* stages: schemes tried in turn at one load when a session fails
     * (GZCLP); stage_reset: after the last fails, stage 1 again at
     * stage_reset_pct % of the load, or stage_reset_add above the load of
     * the last session at stage 1. nstages 0: none. */
    struct stage stages[TEMPLATE_MAX_STAGES];
    int nstages;
    double stage_reset_pct, stage_reset_add;
    int stage_reset_unit; /* the unit written after stage_reset_add, as start_weight_unit */

    /* Loads from another slot (Texas Method, nSuns T2): load_from names a
     * slot "DAY: EXERCISE" whose latest top set, times load_pct %, is this
     * row's top set; tm_from names a slot whose training max this row's
     * percentages use. As written (NULL: none), and after template_read
     * the index of the first row of the slot named (-1: none). */
    char *load_from, *tm_from;
    double load_pct;
    long load_ref, tm_ref;
    int rotation;  /* 0: every week; else 1 for A, 2 for B, ... (template.rotations) */
    bool rule_set; /* the rule column was given */

    double increment;             /* 0 in the file means the unit's default; */
    double step;                  /* resolved against the plan unit by template_resolve */
    bool increment_set, step_set; /* given in the file (in the plan's unit) */
    enum round_mode round;        /* how loads meet the step (default nearest) */
    int unit;                     /* the unit of the row's loads (enum unit), or UNIT_UNSPECIFIED:
                 the plan's; template_resolve converts them */
    /* The unit written after start_weight, increment and step ("60kg"),
     * or UNIT_UNSPECIFIED: the row's. template_resolve converts them. */
    int start_weight_unit, increment_unit, step_unit;

    const struct rule *rule; /* a row of rule_kinds[] (rules.h) */

    int week_lo, week_hi; /* 0,0: every week */

    enum warmup_kind warmup;
    double warmup_pct[WARMUP_MAX_STEPS];
    int warmup_reps[WARMUP_MAX_STEPS]; /* "40%x5": 5; 0: by the % (fewer as it climbs) */
    int warmup_n;

    enum bar_kind bar_kind;
    double bar; /* BAR_SET: as given; after template_resolve, the bar
                                    * plates go on (0: not a barbell lift) */

    char **aliases;    /* as written */
    char **alias_keys; /* folded */
    size_t naliases;

    char *notes; /* may be "" */

    /* Issue 16: what the printed sheets say beside the sets. */
    int weekday; /* the day's weekday column: 0 none, 1 Monday ... 7 Sunday */
    char *rest;  /* rest between sets as written tidy ("3 min", "90 s"), or NULL */
    char *tempo; /* "3-1-X-0" (eccentric, pause, concentric, pause), or NULL */
};

struct template
{
    char *path;
    struct slot *slots;
    size_t n;
    char **days; /* in order of first appearance */
    char **day_keys;
    size_t ndays;
    int *day_weekdays; /* per day: 0 none (the week's Monday), 1 Monday ... 7 Sunday */
    int rotations;     /* the rotation cycle in weeks: the last letter used (0: none) */
    /* The columns (1-based) of start_weight and increment in the header,
     * for template_step_warnings; 0: absent. */
    unsigned long col_start_weight, col_increment;
};

/*
 * Read and validate a template. On success returns 0 with *t filled (free
 * with template_free). On any problem reports every one to errs, frees what
 * it built and returns -1.
 */
int template_read(const char *path, struct template *t, struct errlist *errs);
void template_free(struct template *t);

/* The unit a template declares: its first row's unit column (or that of
 * the first row that names one), else fallback. A plan without --unit is
 * in it, so a template written in lb plans in lb. */
enum unit template_unit(const struct template *t, enum unit fallback);

/* Fill unset increment and step with the unit's defaults, and decide the
 * bar of each slot (template_is_barbell for a blank `bar`). */
void template_resolve(struct template *t, enum unit unit);

/*
 * After template_resolve(t, unit): a warning (warn_at, an error under
 * --strict) for each start_weight or increment, written in the plan's unit,
 * that is not a whole number of its row's steps, since the plan rounds it
 * to the step without a word. It says what the value became and how to
 * keep it (a step column that divides it):
 *   t.csv:3:9: warning: column "start_weight": 24 is not on the step of
 *   2.5 kg, so it is rounded to 25; write 25, or a step of 1 in the row's
 *   step column to keep 24
 * A value written in another unit is converted and meets the plan's step
 * by design: no warning.
 */
void template_step_warnings(const struct template *t, enum unit unit, struct errlist *errs);

/*
 * Whether a slot whose `bar` is blank is a barbell lift, from its name: not
 * when the name has a word naming other kit (dumbbell, db, cable, machine,
 * kettlebell, kb, smith, sled, band, goblet, hack, leg press/curl/extension);
 * yes when the name
 * or an alias says barbell, or the name has squat, bench, deadlift or rdl,
 * or is an overhead, military, push or strict press.
 */
bool template_is_barbell(const struct slot *s);

/* What the training max gains after reps on slot s's AMRAP top set, by
 * its amrap_table (0 without one). */
double slot_amrap_gain(const struct slot *s, int reps);

/* The most top sets slot s asks for: top_sets, or its largest stage's. */
int slot_max_top_sets(const struct slot *s);
/* Where template_link's columns are in the file (1-based; 0: absent),
 * for messages. */
struct slot_ref_cols {
    unsigned long load_from, tm_from, rotation;
};

/*
 * What joins a template's rows once all are read (slot_refs.c, called by
 * template_read): resolve every load_from and tm_from of slots[0..n) (read
 * from file) into load_ref and tm_ref, check that no slot is loaded from
 * itself around a loop, and that the rotation letters run from A without
 * a gap. Returns the rotation cycle in weeks (0: no rotation), or -1 with
 * every problem reported to errs as FILE:LINE:COLUMN.
 */
int template_link(struct slot *slots, size_t n, const char *file, const struct slot_ref_cols *cols,
                  struct errlist *errs);

/* Whether slot s is in force in block week w by its rotation letter,
 * in a template whose rotation cycle is rotations weeks. */
bool slot_in_rotation(const struct slot *s, int rotations, int w);

/* True when a slot's name (or an alias) matches a folded exercise key. */
bool slot_matches_exercise(const struct slot *s, const char *key);

#endif
