/*
 * log_dialect: the interface every log reader implements (native log, a
 * filled-in plan CSV, each app export). log.c holds the table of dialects
 * and picks one from the header row; a new app format is one more table
 * entry and one file (import_<app>.c).
 */
#ifndef TOPSET_LOG_DIALECT_H
#define TOPSET_LOG_DIALECT_H

#include <stdbool.h>

#include "csvread.h"
#include "errors.h"
#include "log.h"

#define LOG_DIALECT_MAX_COLUMNS 32

struct log_reader {
    const char *file;                   /* for messages */
    struct log *log;                    /* sets are appended here (log_add) */
    const struct log_opts *opts;
    struct errlist *errs;
    int idx[LOG_DIALECT_MAX_COLUMNS];   /* header_map() result for the dialect's columns */
    int unit;                           /* a unit fixed by the header (e.g. "Weight (kg)"),
                                           or UNIT_UNSPECIFIED */
    unsigned long rows;                 /* data rows seen */
    void *state;                        /* the dialect's own, freed by end() */
};

struct log_dialect {
    const char *name;                   /* "native", "plan", "strong", ... */
    const char *description;            /* for messages: "Strong export (semicolon)" */
    /* True when this header row is this dialect's. */
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
};

extern const struct log_dialect log_dialect_native;
extern const struct log_dialect log_dialect_plan;

#endif
