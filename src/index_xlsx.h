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
#include "plan.h"

/* One client's row; every field a string, "" when empty. */
struct index_row {
    const char *client, *file, *status, *block, *block_week, *next_week, *last_log, *flag, *error;
    const char *changes;  /* next week's top sets that moved since the previous plan */
    const char *warnings; /* rows of the client's log skipped with a warning; "" none */
};

/*
 * The workbook is written row by row, in constant memory: open it, add the
 * rows in order, close it. as_of titles the sheet and fixes the file's
 * creation time, so the same run gives the same bytes; it prints on paper,
 * the plans' paper. index_xlsx_close
 * writes the file at path (its messages name the file name) and frees x,
 * also after a failed add; it returns 0 or -1 with a message in errs.
 */
struct index_xlsx;
struct index_xlsx *index_xlsx_open(const char *path, day_t as_of, enum paper paper);
void index_xlsx_add(struct index_xlsx *x, const struct index_row *row);
int index_xlsx_close(struct index_xlsx *x, const char *name, struct errlist *errs);

#endif
