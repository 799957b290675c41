/*
 * progression: the rules of topset-formats(5), PROGRESSION. Given what happened the last
 * time a lift was trained (logged, or assumed when projecting a block), a
 * rule (rules.h) prescribes the next top set; back-offs, drop sets and
 * warm-ups then follow from the top set the same way for every rule.
 */
#ifndef TOPSET_PROGRESSION_H
#define TOPSET_PROGRESSION_H

#include <stdbool.h>

#include "errors.h"
#include "history.h"
#include "rules.h"
#include "template.h"
#include "why.h"

/* What happened last time (or is assumed to have, when projecting). */
struct outcome {
    bool known;
    double top_load;
    int top_reps;
    double top_rpe;       /* 0: not logged */
    int misses;           /* sessions in a row short of the low reps at top_load */
    int amrap_reps;       /* the reps of the last top set (the AMRAP one, "15+") */
    double backoff_load;  /* 0: no back-offs */
    int backoff_min_reps; /* -1: no back-offs */
    int backoff_target;   /* the back-off reps that were asked for */
    /* A slot with stages (GZCLP): the stage the last session fits best
     * (an index into slot.stages), whether a set fell short of it, and the
     * load of the latest session at stage 1 (0: none). */
    int stage;
    bool stage_short;
    double stage1_load;
};

/* Everything a rule may use besides the outcome. */
struct rule_ctx {
    const struct slot *slot; /* the template row in force this week */
    enum unit unit;
    double one_rm;            /* 0: unknown; else from --maxes or the log */
    const char *one_rm_label; /* "1RM" (given) or "e1RM" (estimated) */
    double e1rm;              /* from the last logged top set; 0: none */
    double start_load;        /* top load without history; 0: none */
    const char *start_why;    /* reason for start_load */
    int cycle;                /* wave cycles completed before this week */
    /* load_from: the slot named and its latest top set (0: none), of
     * which the top set is the row's load_pct. */
    const struct slot *from_slot;
    double from_load;
};

/* A line of a set list, prescribed: count sets of reps at load (the
 * last of them AMRAP when amrap). The workbook recomputes the load from
 * the top set's as load_round(top * num / den). */
struct rx_step {
    double load;
    int reps;
    bool amrap;
    int count;
    double num, den;
    char why[WHY_MAX];
};

struct prescription {
    double top_load;
    int top_sets; /* the slot's, or its stage's */
    int top_reps;
    bool top_amrap; /* the last top set is AMRAP ("5+") */
    double top_rpe;
    char top_why[WHY_MAX];
    int stage;          /* a slot with stages: the stage prescribed */
    double stage1_load; /* the load of the latest session at stage 1 */

    double backoff_load;
    double backoff_num, backoff_den; /* backoff = round(top * num / den) */
    int backoff_reps;
    bool backoff_amrap;
    double backoff_rpe; /* the RPE the back-offs are loaded for (0: none) */
    double backoff_cap; /* the RPE at which back-offs stop (0: none) */
    char backoff_why[WHY_MAX];

    double drop_load;
    int drop_reps;
    bool drop_amrap;
    char drop_why[WHY_MAX];

    /* The slot's set lists: work_sets before the top set, backoff_list
     * after it. */
    struct rx_step work[TEMPLATE_MAX_STEPS];
    int nwork;
    struct rx_step after[TEMPLATE_MAX_STEPS];
    int nafter;
};

/*
 * Prescribe the top set (by ctx->slot's rule), back-offs and drop sets for
 * ctx->slot after last.
 * Returns 0, or -1 with a FILE:LINE message (at the slot's template row)
 * when the rule lacks what it needs (no 1RM for a percentage, no history
 * and no start_weight).
 */
int prescribe(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
              struct errlist *errs);

/* The outcome of meeting p exactly: the next week of a projected block. */
void outcome_as_met(const struct prescription *p, struct outcome *o);

/*
 * The outcome of the last session of h (NULL: unknown). The misses count
 * looks back through earlier sessions at the same top load, against the
 * slot's low reps.
 */
void outcome_from_history(const struct history *h, const struct slot *s, struct outcome *o);

/*
 * How far session ss's sets at its top load are from what slot s asks
 * for (its top sets and reps, or its nearest stage): 0 when they fit, and
 * each set more or fewer weighs more than any difference of reps. Tells
 * a lift's slots apart in a log without day names.
 */
int session_distance(const struct session *ss, const struct slot *s);

#endif
