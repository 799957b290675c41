/*
 * index_xlsx: a batch's index as a workbook (plans/index.xlsx), the sheet a
 * coach opens on Monday morning: one row per client with the same columns
 * as index.csv, failures and flags made to stand out, printable like a plan.
 */
#ifndef TOPSET_INDEX_XLSX_H
#define TOPSET_INDEX_XLSX_H

#include <stddef.h>

#include "date.h"
#include "errors.h"

/* One client's row; every field a string, "" when empty. */
struct index_row {
    const char *client, *status, *block_week, *next_week, *last_log, *flag, *error;
};

/*
 * Write rows to the workbook at path (its messages name the file name).
 * as_of titles the sheet and fixes the file's creation time, so the same
 * run gives the same bytes. Returns 0 or -1 with a message in errs.
 */
int index_xlsx_write(const struct index_row *rows, size_t n, day_t as_of, const char *path,
                     const char *name, struct errlist *errs);

#endif
