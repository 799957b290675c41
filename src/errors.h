/*
 * errors: collect "FILE:LINE[:COL]: message" problems so a reader can report
 * every mistake in an input at once, and the top level prints them once.
 */
#ifndef TOPSET_ERRORS_H
#define TOPSET_ERRORS_H

#include <stdio.h>
#include <stddef.h>

/* Report at most this many problems per list; later ones are counted only. */
#define ERRORS_MAX_REPORTED 50

struct errlist {
    char **msgs; /* formatted messages, owned */
    size_t n;    /* messages kept */
    size_t cap;
    size_t dropped; /* problems beyond ERRORS_MAX_REPORTED */
};

void errlist_init(struct errlist *e);
void errlist_free(struct errlist *e);
/* Number of problems seen (kept plus dropped). */
size_t errlist_count(const struct errlist *e);

/*
 * Add one problem. file may be NULL (then no position is printed); line 0
 * means "no line"; col 0 means "no column".
 */
void err_at(struct errlist *e, const char *file, unsigned long line, unsigned long col,
            const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Print every message, one per line, each prefixed with prefix (may be NULL,
 * e.g. "client alex: "), then "... and N more" if some were dropped. */
void errlist_print(const struct errlist *e, FILE *fp, const char *prefix);

/* The same lines as one string, without the last newline ("" when there
 * are none); caller frees. */
char *errlist_text(const struct errlist *e);

#endif
