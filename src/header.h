/*
 * header: maps a CSV header row onto a table of known columns, by name,
 * case-insensitively, in any order. Every reader declares its columns in
 * such a table, so "expected ..." lists in messages come from the table.
 */
#ifndef TOPSET_HEADER_H
#define TOPSET_HEADER_H

#include <stdbool.h>
#include <stddef.h>

#include "csvread.h"
#include "errors.h"

struct column_spec {
    const char *name;       /* as written in the header, compared ignoring case */
    bool required;
};

/*
 * Fill idx[i] with the field index of specs[i] in the header row, or -1 when
 * absent. Reports (to errs, at file:row->line:col) an unknown column naming
 * the known ones (unless allow_unknown), a repeated column, and each missing
 * required column. Returns 0 if none of these happened, -1 otherwise.
 */
int header_map(const struct csv_row *row, const char *file, const struct column_spec *specs,
               size_t nspecs, bool allow_unknown, int *idx, struct errlist *errs);

/* Field text for spec i of a row, or "" when the column is absent or the row
 * is short. Never NULL. */
const char *header_field(const struct csv_row *row, const int *idx, size_t i);

/* True when every field of the row is empty (a spreadsheet's blank line). */
bool row_is_blank(const struct csv_row *row);

#endif
