/*
 * A small TAP producer for topset's tests, after the verbs of Russ
 * Allbery's C TAP Harness: plan, ok, is_int, is_double, is_string, diag,
 * bail, skip. The program exits non-zero when any test failed or the plan
 * was not met, so Automake's TAP driver and a plain run agree.
 */
#ifndef TAP_BASIC_H
#define TAP_BASIC_H

#include <stdbool.h>
#include <stddef.h>

#define TAP_PRINTF(f, a) __attribute__((format(printf, f, a)))

/* Announce n tests; with plan_lazy() the plan is printed at exit instead. */
void plan(unsigned long n);
void plan_lazy(void);
/* Skip the whole program: prints "1..0 # SKIP reason" and exits 0. */
void skip_all(const char *fmt, ...) TAP_PRINTF(1, 2) __attribute__((noreturn));

bool ok(bool success, const char *fmt, ...) TAP_PRINTF(2, 3);
bool is_int(long wanted, long seen, const char *fmt, ...) TAP_PRINTF(3, 4);
/* Equal within epsilon. */
bool is_double(double wanted, double seen, double epsilon, const char *fmt, ...) TAP_PRINTF(4, 5);
/* NULL is only equal to NULL. */
bool is_string(const char *wanted, const char *seen, const char *fmt, ...) TAP_PRINTF(3, 4);
void skip(const char *fmt, ...) TAP_PRINTF(1, 2);
void diag(const char *fmt, ...) TAP_PRINTF(1, 2);
void bail(const char *fmt, ...) TAP_PRINTF(1, 2) __attribute__((noreturn));

/* Test data lives under $srcdir/tests/data (srcdir from the environment,
 * "." when unset). Returns a newly allocated path; free it. */
char *test_data_path(const char *relative);
/* The same, made absolute: for a test that changes folder. Free it. */
char *test_data_abs(const char *relative);
/* A fresh private folder for a test's outputs, removed at exit when every
 * test passed. Returns a path owned by the library. */
const char *test_tmpdir(void);
/* Read a whole file; NULL if it cannot be read. Caller frees. */
char *test_slurp(const char *path, size_t *len);
/* Write text to path (replacing it); bails out if it cannot. */
void test_put_file(const char *path, const char *text);
/* The same, as name in test_tmpdir(); returns the path (free it). */
char *test_tmp_file(const char *name, const char *text);

#endif
