/*
 * log_plan: a plan CSV that topset wrote and the lifter filled in
 * (topset-formats(5), FILLED-IN PLAN). Rows whose actual_weight and
 * actual_reps are both empty were not done (or not yet) and are skipped;
 * the others are sets with the actual_* values, on the plan's date (the
 * week's Monday) and day, in the plan's set order. Extra columns a
 * spreadsheet user added are allowed. The columns are plan_columns.h's,
 * the table plan_csv.c writes. Names that plan_csv.c guarded against
 * formula injection lose their leading ' again.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvwrite.h"
#include "log.h"
#include "log_dialect.h"
#include "plan_columns.h"
#include "util.h"

#define MAX_SET 1000

static bool
plan_detect(const struct csv_row *header)
{
    return header_has(header, plan_columns[PLAN_COL_ACTUAL_WEIGHT].name)
           && header_has(header, plan_columns[PLAN_COL_ACTUAL_REPS].name)
           && header_has(header, plan_columns[PLAN_COL_SET_TYPE].name);
}

static int
plan_begin(struct log_reader *r, const struct csv_row *header)
{
    return header_map(header, r->file, plan_columns, PLAN_COL_COUNT, true, r->idx, r->errs);
}

/* The set's number within its exercise: empty is 0 (file order). */
static int
set_order(struct log_reader *r, const struct csv_row *row, int *out)
{
    long v;
    int rc = log_field_whole(r, row, plan_columns, PLAN_COL_SET, 1, MAX_SET, &v);
    *out = (int) v;
    return rc;
}

static int
plan_row(struct log_reader *r, const struct csv_row *row)
{
    if (!log_row_wanted(r, row, PLAN_COL_CLIENT))
        return 0;
    bool done_w = *header_text(row, r->idx, PLAN_COL_ACTUAL_WEIGHT) != '\0';
    bool done_r = *header_text(row, r->idx, PLAN_COL_ACTUAL_REPS) != '\0';
    if (!done_w && !done_r)
        return 0; /* not done (yet) */

    const struct column_spec *c = plan_columns;
    struct log_row s;
    memset(&s, 0, sizeof s);
    const char *exercise = NULL;
    int bad = 0, written = UNIT_UNSPECIFIED;
    /* In the plan's column order, so messages read left to right. */
    bad |= log_field_date(r, row, c, PLAN_COL_DATE, &s.date);
    bad |= log_field_name(r, row, c, PLAN_COL_EXERCISE, FIELD_EXERCISE, &exercise);
    bad |= set_order(r, row, &s.order);
    bad |= log_field_set_type(r, row, c, PLAN_COL_SET_TYPE, &s.type, NULL);
    bad |= log_field_unit(r, row, c, PLAN_COL_UNIT, &s.unit);
    if (!done_w) {
        header_err(r->errs, r->file, row, r->idx, c, PLAN_COL_ACTUAL_WEIGHT,
                   "empty (expected the load lifted, or actual_reps empty too to skip the set)");
        bad = -1;
    } else
        bad |= log_field_weight(r, row, c, PLAN_COL_ACTUAL_WEIGHT, &s.weight, &written);
    if (!done_r) {
        header_err(r->errs, r->file, row, r->idx, c, PLAN_COL_ACTUAL_REPS,
                   "empty (expected the reps done, or actual_weight empty too to skip the set)");
        bad = -1;
    } else
        bad |= log_field_reps(r, row, c, PLAN_COL_ACTUAL_REPS, &s.reps);
    bad |= log_field_rpe(r, row, c, PLAN_COL_ACTUAL_RPE, &s.rpe);
    if (bad == 0) {
        field_load_in_unit(&s.weight, written, &s.unit);
        const char *day = header_text(row, r->idx, PLAN_COL_DAY);
        /* The plan CSV guards names against formula injection
         * (csv_put_text); the names are the user's without that guard. */
        s.exercise = csv_text_unguard(exercise);
        s.day = *day ? csv_text_unguard(day) : NULL;
        s.notes = "";
        s.file = r->file;
        s.line = row->line;
        log_add(r->log, &s); /* copies the strings */
    }
    return 0;
}

const struct log_dialect log_dialect_plan = {
    .name = "plan",
    .description = "a topset plan CSV",
    .detect = plan_detect,
    .begin = plan_begin,
    .row = plan_row,
    .end = NULL,
};
