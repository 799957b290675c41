/*
 * utf8: the little UTF-8 a writer needs. Spreadsheets reject a whole file
 * for one bad byte, so text that reaches a workbook is made valid first.
 */
#ifndef TOPSET_UTF8_H
#define TOPSET_UTF8_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when the bytes there
 * are not one (overlong forms and surrogates are not). */
size_t utf8_seq_len(const unsigned char *s);

/* len (the length of s) cut to at most max bytes without splitting a
 * sequence. */
size_t utf8_cut(const char *s, size_t len, size_t max);

/* s with every byte that is not UTF-8 replaced by U+FFFD, newly allocated;
 * NULL when s is valid as it is. */
char *utf8_clean(const char *s);

/* s made valid UTF-8 (utf8_clean) and cut to at most max bytes, newly
 * allocated; NULL when s already is both. For a spreadsheet cell. */
char *utf8_fit(const char *s, size_t max);

#endif
