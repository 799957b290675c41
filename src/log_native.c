/*
 * log_native: topset's own log format (topset-formats(5), NATIVE LOG):
 * date,exercise,set_type,weight,reps,rpe,unit,notes, plus two optional
 * columns of ours: client (one log for many lifters; rows of other clients
 * are skipped unchecked) and day (the workout's name, matched to the
 * template's days; imports write it).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvwrite.h"
#include "log.h"
#include "log_dialect.h"
#include "util.h"

enum {
    N_DATE,
    N_EXERCISE,
    N_SET_TYPE,
    N_WEIGHT,
    N_REPS,
    N_RPE,
    N_UNIT,
    N_NOTES,
    N_CLIENT,
    N_DAY,
    N_COUNT
};

static const struct column_spec native_columns[N_COUNT] = {
    [N_DATE] = {"date", true},         [N_EXERCISE] = {"exercise", true},
    [N_SET_TYPE] = {"set_type", true}, [N_WEIGHT] = {"weight", true},
    [N_REPS] = {"reps", true},         [N_RPE] = {"rpe", false},
    [N_UNIT] = {"unit", false},        [N_NOTES] = {"notes", false},
    [N_CLIENT] = {"client", false},    [N_DAY] = {"day", false},
};

static bool
native_detect(const struct csv_row *header)
{
    /* A filled-in plan has all of these too; it is the plan dialect's. */
    if (header_has(header, "actual_weight"))
        return false;
    for (size_t i = 0; i < N_COUNT; i++)
        if (native_columns[i].required && !header_has(header, native_columns[i].name))
            return false;
    return true;
}

static int
native_begin(struct log_reader *r, const struct csv_row *header)
{
    return header_map(header, r->file, native_columns, N_COUNT, false, r->idx, r->errs);
}

static int
native_row(struct log_reader *r, const struct csv_row *row)
{
    if (!log_row_wanted(r, row, N_CLIENT))
        return 0;
    const struct column_spec *c = native_columns;
    struct log_row s;
    memset(&s, 0, sizeof s);
    const char *exercise = NULL;
    int bad = 0, written = UNIT_UNSPECIFIED;
    bad |= log_field_date(r, row, c, N_DATE, &s.date);
    bad |= log_field_name(r, row, c, N_EXERCISE, FIELD_EXERCISE, &exercise);
    bad |= log_field_set_type(r, row, c, N_SET_TYPE, &s.type, &s.failed);
    bad |= log_field_weight(r, row, c, N_WEIGHT, &s.weight, &written);
    bad |= log_field_reps(r, row, c, N_REPS, &s.reps);
    bad |= log_field_rpe(r, row, c, N_RPE, &s.rpe);
    bad |= log_field_unit(r, row, c, N_UNIT, &s.unit);
    if (bad == 0) {
        field_load_in_unit(&s.weight, written, &s.unit);
        const char *notes = header_text(row, r->idx, N_NOTES);
        const char *day = header_text(row, r->idx, N_DAY);
        /* topset import guards names against formula injection (csv_put_text);
         * the names are the user's without that guard. */
        s.exercise = csv_text_unguard(exercise);
        s.day = *day ? csv_text_unguard(day) : NULL;
        s.notes = csv_text_unguard(notes);
        s.file = r->file;
        s.line = row->line;
        log_add(r->log, &s); /* copies the strings */
    }
    return 0;
}

const struct log_dialect log_dialect_native = {
    .name = "native",
    .description = "a native log \"date,exercise,set_type,weight,reps,rpe,unit,notes\"",
    .detect = native_detect,
    .begin = native_begin,
    .row = native_row,
    .end = NULL,
};
