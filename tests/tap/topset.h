/*
 * Test helpers that know topset's own types (as remctl keeps its own in
 * tests/tap/remctl.h beside the generic basic.h): reading a file a test
 * writes, the messages of an error list as text, dates. Linked from
 * libtap.a, ahead of libtopset.a.
 */
#ifndef TAP_TOPSET_H
#define TAP_TOPSET_H

#include "date.h"
#include "errors.h"

/* A reader under test, bound to where it reads into: for most modules a
 * one-line wrapper around MODULE_read(path, out, errs). */
typedef int (*test_reader)(const char *path, void *out, struct errlist *errs);

/*
 * Write content to path (replacing it; relative to the current folder),
 * then read it back with reader(path, out, errs). Returns its result;
 * *errors gets the problems it reported, one per line without the last
 * newline, as errlist_text makes them (NULL when none; caller frees).
 */
int test_read_text(test_reader reader, const char *path, const char *content, void *out,
                   char **errors);

/* e's messages as errlist_print writes them (no prefix): a line each,
 * then the "... and N more problems" line when some were dropped; "" when
 * there are none. Caller frees. */
char *test_errors_printed(const struct errlist *e);

/* The day of an ISO date (YYYY-MM-DD) written in a test; bails out when it
 * is not one. */
day_t test_date(const char *iso);

#endif
