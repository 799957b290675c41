/*
 * plan_columns: the columns of the plan CSV (topset-formats(5), PLAN CSV),
 * one table. plan_csv.c writes them in this order and
 * log_plan.c reads a filled-in plan back through the same table, so the
 * writer and the reader cannot disagree about a column.
 */
#ifndef TOPSET_PLAN_COLUMNS_H
#define TOPSET_PLAN_COLUMNS_H

#include "header.h"

enum plan_column {
    PLAN_COL_CLIENT,
    PLAN_COL_WEEK,
    PLAN_COL_DATE,
    PLAN_COL_DAY,
    PLAN_COL_EXERCISE,
    PLAN_COL_SET,
    PLAN_COL_SET_TYPE,
    PLAN_COL_WEIGHT,
    PLAN_COL_REPS,
    PLAN_COL_RPE,
    PLAN_COL_UNIT,
    PLAN_COL_WHY,
    PLAN_COL_ACTUAL_WEIGHT,
    PLAN_COL_ACTUAL_REPS,
    PLAN_COL_ACTUAL_RPE,
    PLAN_COL_REST,
    PLAN_COL_TEMPO,
    PLAN_COL_COUNT
};

/* Each column's name in the header row, and whether reading a filled-in
 * plan back as a log needs it (the rest may be deleted by the lifter).
 * rest and tempo come last, after the actual_* columns a lifter fills in,
 * so plan CSVs written before them still read back. */
extern const struct column_spec plan_columns[PLAN_COL_COUNT];

#endif
