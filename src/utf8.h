/*
 * utf8: the one UTF-8 validator (RFC 3629), and the little a writer needs
 * beyond it. csvread refuses a file that is not UTF-8; spreadsheets reject
 * a whole workbook for one bad byte, so text that reaches one is made
 * valid first.
 */
#ifndef TOPSET_UTF8_H
#define TOPSET_UTF8_H

#include <stddef.h>

/* U+FFFD, what a byte that is not UTF-8 is replaced with. */
#define UTF8_REPLACEMENT_CHAR "\xEF\xBF\xBD"

/*
 * The rule for a lead byte c: how many continuation bytes follow it (0
 * for ASCII), or -1 when c cannot start a character; and in *lo and *hi
 * the range its first continuation byte may take (the others take
 * 0x80-0xBF). The ranges rule out overlong forms, surrogates and code
 * points past U+10FFFF (RFC 3629, section 4).
 */
int utf8_lead(unsigned char c, unsigned char *lo, unsigned char *hi);

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when the bytes there
 * are not one (overlong forms and surrogates are not). */
size_t utf8_seq_len(const unsigned char *s);

/* The character at s (not at its terminating NUL) copied to out: its whole
 * sequence when it is valid UTF-8, else UTF8_REPLACEMENT_CHAR for its
 * first byte alone. Returns the bytes written to out (1-4) and sets *used
 * to the bytes of s taken (1 for a bad byte). */
size_t utf8_char(const unsigned char *s, char out[4], size_t *used);

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
