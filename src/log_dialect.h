/*
 * log_dialect: the interface every log reader implements (native log, a
 * filled-in plan CSV, each app export). log.c picks one from the header
 * row: our own formats first, then each layout of each app of apps.c. A
 * new app is a row there and one file (import_<app>.c) of dialects.
 */
#ifndef TOPSET_LOG_DIALECT_H
#define TOPSET_LOG_DIALECT_H

#include <stdbool.h>
#include <stddef.h>

#include "csvread.h"
#include "date.h"
#include "errors.h"
#include "field.h"
#include "header.h"
#include "set_type.h"

/* A reader appends to a log (log.h), which includes no dialect. */
struct log;
struct log_opts;

#define LOG_DIALECT_MAX_COLUMNS 32

struct log_reader {
    const char *file; /* for messages */
    struct log *log;  /* sets are appended here (log_add) */
    const struct log_opts *opts;
    struct errlist *errs;
    int idx[LOG_DIALECT_MAX_COLUMNS]; /* header_map() result for the dialect's columns */
    int unit;                         /* a unit fixed by the header (e.g. "Weight (kg)"),
                                           or UNIT_UNSPECIFIED */
    unsigned long rows;               /* data rows seen */
    void *state;                      /* the dialect's own, freed by end() */
    const char *client_key;           /* name_fold(opts->client), or NULL: keep every row */
    char last_date[10];               /* the date log_field_date read last (the sets of a
                                           session share it), or zeros */
    day_t last_day;                   /* ... and its day */
    struct date_sense dates;          /* what the file's slash dates said (log_field_date_at) */
    /* While a row routed by opts->route is read (log_row_wanted): log and
     * errs are that client's, and these their marks before the row. */
    size_t routed_n0, routed_problems;
};

struct log_dialect {
    const char *name; /* "native", "plan", "strong", ... */
    /* For messages. native and plan: a phrase ("a topset plan CSV"); an app
     * export: the app's title in apps.c ("Strong"), as in "Strong export:
     * column ...". */
    const char *description;
    /* True when this header row is this dialect's. Be specific: the first
     * dialect of the table whose detect() says yes reads the file. */
    bool (*detect)(const struct csv_row *header);
    /* Map the columns; 0, or -1 after reporting. */
    int (*begin)(struct log_reader *r, const struct csv_row *header);
    /* One data row: append sets with log_add, report problems to r->errs and
     * go on (return 0) so every problem of a file is reported at once;
     * non-zero stops reading. */
    int (*row)(struct log_reader *r, const struct csv_row *row);
    /* After the last row (may be NULL): finish grouping, free state. Called
     * whenever begin() succeeded. Returns 0 or -1. */
    int (*end)(struct log_reader *r);
    /* True when a row may hold more non-empty fields than the header has
     * columns and row() makes sense of it (FitNotes leaves commas in names
     * unquoted); else log.c refuses such a row before row() sees it. */
    bool long_rows;
};

extern const struct log_dialect log_dialect_native;
/* A filled-in plan workbook (log_xlsx.c) is no CSV: log_read hands it over
 * whole, told by its first bytes (a zip's). */
bool log_xlsx_is_workbook(const char *data, size_t len);
/* Read the workbook at path (or opts->data) into log; 0, or -1 with every
 * problem reported and nothing of the file kept. */
int log_xlsx_read(const char *path, const struct log_opts *opts, struct log *log,
                  struct errlist *errs);
extern const struct log_dialect log_dialect_plan;

/*
 * Shared field checks for dialects (log_field.c). Each reads spec i of row
 * (header_text: trimmed in place), stores the value, or reports
 * FILE:LINE:COL: column "NAME": ... with field.c's message and returns -1.
 */
/* A date and nothing else: YYYY-MM-DD, or a slash date (log_field_date_at). */
int log_field_date(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                   size_t i, day_t *out);
/*
 * The date at the start of s, the text of spec i of row: YYYY-MM-DD, or a
 * spreadsheet's "2/4/2017" in the order r->dates decides (date.h).
 * Returns how many bytes it took; 0 when s starts with no date (the caller
 * says what it expected); -1 after reporting a date that contradicts the
 * order --date-order or the file's other dates set, an error, not a row
 * skipped: the file's dates cannot all be right as written.
 */
int log_field_date_at(struct log_reader *r, const struct csv_row *row,
                      const struct column_spec *specs, size_t i, const char *s, day_t *out);
/* warmup, top, backoff, drop, work (any case); empty is work. With failed
 * not NULL, "failed" is read too: a failed working set (*failed true), as
 * topset import writes the app's failed sets into a native log. */
int log_field_set_type(struct log_reader *r, const struct csv_row *row,
                       const struct column_spec *specs, size_t i, enum set_type *out, bool *failed);
/* A load from 0 (bodyweight) to FIELD_LOAD_MAX, perhaps with its unit
 * ("60kg"): *unit is that unit or UNIT_UNSPECIFIED (field_load_in_unit
 * joins it with the row's unit). Required. */
int log_field_weight(struct log_reader *r, const struct csv_row *row,
                     const struct column_spec *specs, size_t i, double *out, int *unit);
/* Whole reps 0..FIELD_REPS_MAX. Required. */
int log_field_reps(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                   size_t i, int *out);
/* Empty (0: not logged) or FIELD_RPE_MIN..FIELD_RPE_MAX. */
int log_field_rpe(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                  size_t i, double *out);
/* Empty (UNIT_UNSPECIFIED) or a unit unit_parse() knows. */
int log_field_unit(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                   size_t i, int *out);
/* Empty (0) or a whole number lo..hi. */
int log_field_whole(struct log_reader *r, const struct csv_row *row,
                    const struct column_spec *specs, size_t i, long lo, long hi, long *out);
/* A name of that kind (field_name): *out is its trimmed text, in the row
 * (valid during the row callback), or NULL after reporting. */
int log_field_name(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                   size_t i, enum field_name kind, const char **out);
/* False when the reader filters by client and the row's client (spec i)
 * is another one (or empty); true when there is no filter or no column.
 * With opts->route, the row's client is asked for: r->log and r->errs
 * become that client's for the row (log.c puts them back after it). */
bool log_row_wanted(struct log_reader *r, const struct csv_row *row, size_t i);

#endif
