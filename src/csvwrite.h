/*
 * csvwrite: how topset writes a CSV field, for every CSV it writes (the
 * plan, a batch's index.csv, `topset import`'s log). RFC 4180 with minimal,
 * deterministic quoting, so golden files compare byte for byte. User text
 * (names, notes) is guarded against formula injection as OWASP advises,
 * and csv_text_unguard takes that guard off again for the readers of our
 * own files (log_plan.c, log_native.c).
 *
 * A row is built in memory (struct csv_line) and written in one fwrite:
 * a stdio call per field was most of the cost of writing a plan.
 */
#ifndef TOPSET_CSVWRITE_H
#define TOPSET_CSVWRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "util.h"

/* Bytes of one or more rows. Start it as {0}; free(buf) when done. */
struct csv_line {
    char *buf; /* not NUL-terminated; NULL until the first byte */
    size_t len, cap;
};

/*
 * Room for n more bytes at the end of l: a pointer to them. The caller
 * writes there and adds what it wrote to l->len.
 * This and csv_line_char are inline: a plan row calls them about twenty
 * times, and as calls they were most of the cost the row builder added.
 */
static inline char *
csv_line_room(struct csv_line *l, size_t n)
{
    if (l->len + n > l->cap)
        grow(&l->buf, &l->cap, l->len + n, 1);
    return l->buf + l->len;
}

/* Append one byte (a ',' or the row's '\n'). */
static inline void
csv_line_char(struct csv_line *l, char c)
{
    *csv_line_room(l, 1) = c;
    l->len++;
}
/* Append n bytes of s as they are, with no quoting. */
void csv_line_bytes(struct csv_line *l, const char *s, size_t n);
/* Append one of our own words (a set type, a unit name): plain letters,
 * which never need quotes. */
void csv_line_word(struct csv_line *l, const char *word);
/* Append s (NULL: nothing) as one field, quoted only when it holds ',',
 * '"', CR or LF, or starts or ends with a space or tab (libcsv trims
 * those when unquoted); a '"' inside is doubled. */
void csv_line_field(struct csv_line *l, const char *s);
/* Append user text as csv_line_field does, with a leading ' when
 * csv_text_needs_guard(s). */
void csv_line_text(struct csv_line *l, const char *s);
/* Append a number as fmt_num writes it (never quoted). */
void csv_line_num(struct csv_line *l, double v);
/* Append a whole number in decimal ('-' when below 0). */
void csv_line_int(struct csv_line *l, int v);
/* Write what l holds to fp and empty l (its buffer is kept). 0, or -1 if
 * the write failed. */
int csv_line_flush(struct csv_line *l, FILE *fp);

/* Write one field to fp as csv_line_field appends it. Returns 0 or -1. */
int csv_put_field(FILE *fp, const char *s);
/* Write user text to fp as csv_line_text appends it. Returns 0 or -1. */
int csv_put_text(FILE *fp, const char *s);

/* Whether s is text a spreadsheet would run as a formula, so that
 * csv_put_text gives it a leading ': it starts with =, +, @, a tab, CR,
 * or a - that does not start a number. Text that already starts with 's
 * before such a character gets one more, so csv_text_unguard is exact.
 * NULL: false. */
bool csv_text_needs_guard(const char *s);
/* The user text a csv_put_text field held: s without the ' it added (a
 * pointer into s). */
const char *csv_text_unguard(const char *s);

#endif
