/*
 * util: memory that never returns NULL, string helpers and the number
 * formatting every writer shares (so the CSV and the workbook print loads
 * the same way).
 */
#ifndef TOPSET_UTIL_H
#define TOPSET_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>

/* Allocation wrappers: on exhaustion they print one line and abort, since no
 * caller could do anything useful with a half-built plan. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Returns a newly allocated formatted string; the caller frees it. */
/* fmt is never NULL: saying so also keeps GCC from warning about a "null
 * format string" when the sanitizers instrument these calls. */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2), nonnull(1)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0), nonnull(1)));

/* Grow *array (of elem_size items, *cap of them allocated) to hold need. */
void grow(void *array_ptr, size_t *cap, size_t need, size_t elem_size);

/*
 * Append item to the list in *list (NULL: empty) as item i of n: sep before
 * every item but the first, last before the final one, so that n calls
 * make "a, b or c" (sep ", ", last " or "). *list is reallocated; the
 * caller frees it.
 */
void list_append(char **list, size_t i, size_t n, const char *item, const char *sep,
                 const char *last);

/*
 * FNV-1a (64-bit) of n bytes at data, continued from h: pass FNV1A64_BASIS
 * to start, or a caller's own seed where its results must not move (see
 * batch.c). For hash tables and shard choice: it spreads names well, and
 * resists no attacker.
 */
#define FNV1A64_BASIS 14695981039346656037ULL
uint64_t fnv1a64(uint64_t h, const void *data, size_t n);

/* ASCII case-insensitive comparison (locale-independent). */
/* Characters of UTF-8 text s (not bytes: a column width is in characters). */
size_t utf8_chars(const char *s);

int ascii_casecmp(const char *a, const char *b);
int ascii_ncasecmp(const char *a, const char *b, size_t n);

/* Strip leading and trailing ASCII white space in place; returns s. */
char *trim(char *s);

/* The folder a path is in: "." or "/" or its leading part; caller frees. */
char *path_folder(const char *path);

/* Whether two stat results are the same file, unchanged (device, inode,
 * size, modification time): for caches of what a file holds. */
bool stat_same_file(const struct stat *a, const struct stat *b);

/*
 * Strict number parsing of a whole field (surrounding spaces allowed).
 * Return 0 on success and store the value; -1 if the text is not a finite
 * number / integer. Nothing but the number may be in the field.
 */
int parse_double(const char *s, double *out);
int parse_int(const char *s, long *out);

/*
 * Format a load or RPE the way a person writes it: no trailing zeros, at
 * most three decimals ("100", "102.5", "1.25"). buf must hold 32 bytes.
 * Returns buf.
 */
char *fmt_num(char buf[32], double v);

/*
 * One-line text: backslashes, tabs and newlines written as \\, \t and \n,
 * so a text is one field of a tab-separated line. line_escape writes s
 * (NULL: nothing) to fp; line_unescape undoes it in place and returns s.
 */
void line_escape(FILE *fp, const char *s);
char *line_unescape(char *s);

/*
 * arena: many small allocations freed at once. Used for the strings of a
 * log and a plan, so freeing a client's plan is one call and memory use
 * follows one client, not the roster.
 */
struct arena_block;
struct arena {
    struct arena_block *head;
};
void arena_init(struct arena *a);
void *arena_alloc(struct arena *a, size_t n); /* 8-byte aligned, zeroed */
char *arena_strdup(struct arena *a, const char *s);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), nonnull(2)));
void arena_free(struct arena *a);
#endif
