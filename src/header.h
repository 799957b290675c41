/*
 * header: maps a CSV header row onto a table of known columns, by name
 * (ignoring case, spaces, '_' and '-': "Top Reps" is top_reps), in any
 * order. Every reader declares its columns in
 * such a table, so "expected ..." lists in messages come from the table.
 */
#ifndef TOPSET_HEADER_H
#define TOPSET_HEADER_H

#include <stdbool.h>
#include <stddef.h>

#include "csvread.h"
#include "errors.h"

struct column_spec {
    const char *name; /* as written in the header, compared by name_same_word */
    bool required;
};

/*
 * Fill idx[i] with the field index of specs[i] in the header row, or -1 when
 * absent. Reports (to errs, at file:row->line:col) an unknown column naming
 * the closest known one (closest_name), or else all of them (unless
 * allow_unknown), a repeated column, a column without
 * a name before the last named one, and each missing required column.
 * Empty names after the last named column are ignored. Returns 0 if none of
 * these happened, -1 otherwise.
 */
int header_map(const struct csv_row *row, const char *file, const struct column_spec *specs,
               size_t nspecs, bool allow_unknown, int *idx, struct errlist *errs);

/* Field text for spec i of a row, or "" when the column is absent or the row
 * is short. Never NULL. */
const char *header_field(const struct csv_row *row, const int *idx, size_t i);
/* The same, trimmed in place in the row's own copy of its fields
 * (csvread.h): no copy to free. Valid during the row callback. */
const char *header_text(const struct csv_row *row, const int *idx, size_t i);

/* True when every field of the row is empty (a spreadsheet's blank line). */
bool row_is_blank(const struct csv_row *row);

/* The number of named columns: the header's fields up to its last
 * non-empty name (spreadsheets add empty ones at the end). */
size_t header_width(const struct csv_row *header);

/* True when the header row has a column named name (as header_map
 * compares them). For log dialects' detect() and check. */
bool header_has(const struct csv_row *header, const char *name);

/*
 * Report a problem with spec i's field of row as
 * FILE:LINE:COL: column "NAME": message, where COL is the column's number
 * (1-based) when the header has it, else left out.
 */
void header_err(struct errlist *errs, const char *file, const struct csv_row *row, const int *idx,
                const struct column_spec *specs, size_t i, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/*
 * A data row may be shorter than the header (missing fields are empty) but
 * not longer, unless the extra fields are empty (trailing delimiters that
 * spreadsheets write). header_n is header_width() of the header. Reports the
 * first extra non-empty field; returns 0 or -1.
 */
int row_check_width(const struct csv_row *row, size_t header_n, const char *file,
                    struct errlist *errs);

#endif
