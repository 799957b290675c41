/*
 * errors: collect "FILE:LINE[:COL]: message" problems so a reader can report
 * every mistake in an input at once, and the top level prints them once.
 * A list also holds warnings ("FILE:LINE:COL: warning: message"): what was
 * read in a way the file's writer may not have meant. They do not fail a
 * job, unless the list is strict (--strict), where each is an error.
 */
#ifndef TOPSET_ERRORS_H
#define TOPSET_ERRORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Report at most this many problems per list; later ones are counted only. */
#define ERRORS_MAX_REPORTED 50
/* And at most this many warnings. */
#define WARNINGS_MAX_REPORTED 20

struct errlist {
    char **msgs;   /* formatted messages, errors and warnings in order, owned */
    bool *warning; /* warning[i]: msgs[i] is a warning */
    size_t n;      /* messages kept */
    size_t cap;
    size_t dropped;          /* errors beyond ERRORS_MAX_REPORTED */
    size_t warnings;         /* warnings seen, kept and dropped */
    size_t warnings_dropped; /* warnings beyond WARNINGS_MAX_REPORTED */
    bool strict;             /* warn_at adds an error instead (--strict) */
    /* Non-NULL while a reader reads what may be skipped (a log's rows):
     * err_at adds a warning instead, this text appended ("; the row is
     * skipped"). Not in a strict list: there it stays the error it was. */
    const char *as_warning;
};

void errlist_init(struct errlist *e);
void errlist_free(struct errlist *e);
/* Number of errors seen (kept plus dropped); warnings are not counted. */
size_t errlist_count(const struct errlist *e);
/* Number of warnings seen (kept plus dropped). */
size_t errlist_warnings(const struct errlist *e);

/*
 * Add one problem. file may be NULL (then no position is printed); line 0
 * means "no line"; col 0 means "no column". A warning instead while
 * e->as_warning is set (and e is not strict).
 */
void err_at(struct errlist *e, const char *file, unsigned long line, unsigned long col,
            const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/*
 * Add one warning, as err_at places it, printed "...: warning: message".
 * In a strict list it is an error instead, saying --strict refused it.
 */
void warn_at(struct errlist *e, const char *file, unsigned long line, unsigned long col,
             const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Move every message of from to the end of into, in order, keeping each
 * one's kind and the counts of what was dropped; from is left empty. */
void errlist_append(struct errlist *into, struct errlist *from);

/* Print every message, one per line, each prefixed with prefix (may be NULL,
 * e.g. "client alex: "), then "... and N more problems" and "... and N
 * more warnings" for those dropped. */
void errlist_print(const struct errlist *e, FILE *fp, const char *prefix);

/* The same lines as one string, without the last newline ("" when there
 * are none); caller frees. */
char *errlist_text(const struct errlist *e);

#endif
