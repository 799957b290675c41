/*
 * csvread: the one place that talks to libcsv. Reads a CSV file record by
 * record, keeping the physical line each record starts on, so every later
 * error can say FILE:LINE. Handles a UTF-8 BOM, CR/LF/CRLF, quoted fields
 * across lines, and sniffs the delimiter (',' ';' or tab) from the header.
 * Rejects NUL bytes, invalid UTF-8, binary files (ZIP/XLSX, gzip, PDF,
 * images, UTF-16), over-long fields, too many fields and too many rows, and
 * stops at the first of them, so memory stays bounded by the limits below
 * whatever the input (doc/topset.1, LIMITS).
 */
#ifndef TOPSET_CSVREAD_H
#define TOPSET_CSVREAD_H

#include <stdio.h>
#include <stddef.h>

#include "errors.h"

#define CSVREAD_MAX_FIELD (64 * 1024) /* bytes in one field */
#define CSVREAD_MAX_FIELDS 256        /* fields in one record */
#define CSVREAD_MAX_ROWS 1000000      /* records after the header */

struct csv_row {
    char **fields;       /* NUL-terminated; valid only during the callback. The
                               row's own copy: a callback may shorten a field in
                               place (trim it) */
    size_t n;            /* number of fields */
    unsigned long line;  /* physical line the record starts on (1-based) */
    unsigned long index; /* record number: 0 is the header */
};

/*
 * Called once per record. Return 0 to go on, non-zero to stop reading
 * (csvread then returns that value).
 */
typedef int (*csv_row_fn)(const struct csv_row *row, void *arg);

struct csvread_opts {
    char delim;             /* 0: sniff from the first line */
    size_t max_field;       /* 0: CSVREAD_MAX_FIELD */
    size_t max_fields;      /* 0: CSVREAD_MAX_FIELDS */
    unsigned long max_rows; /* 0: CSVREAD_MAX_ROWS */
};

/*
 * Read path (also the name used in messages) and call fn for every record
 * (blank lines are skipped). Problems go to errs as FILE:LINE[:COL]:
 * message, COL a byte column; reading stops at the first one. opts may be
 * NULL (sniff the delimiter, default limits).
 * Returns 0 when the whole file was read without a syntax problem, -1 after
 * a read or syntax error (already reported), or fn's non-zero stop value.
 * An empty file (no records at all) is reported as "empty file" and -1.
 */
int csvread_file(const char *path, const struct csvread_opts *opts, csv_row_fn fn, void *arg,
                 struct errlist *errs);
/* The same on an open stream (not closed here); name is used in messages. */
int csvread_stream(FILE *fp, const char *name, const struct csvread_opts *opts, csv_row_fn fn,
                   void *arg, struct errlist *errs);
/* The same on a buffer in memory (bytes already read; tests, fuzzers). */
int csvread_buffer(const char *data, size_t len, const char *name, const struct csvread_opts *opts,
                   csv_row_fn fn, void *arg, struct errlist *errs);

#endif
