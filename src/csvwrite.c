/*
 * csvwrite: CSV fields as topset writes them (see csvwrite.h): minimal
 * quoting, the formula guard for user text and its undo, and the in-memory
 * row every CSV writer builds.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvwrite.h"
#include "util.h"

/* --- the formula guard ---------------------------------------------------- */

/* A cell starting with one of these is a formula to Excel, LibreOffice or
 * Google Sheets (a tab or CR may be stripped first): "=HYPERLINK(...)" as a
 * client name would be a link the coach clicks. */
static bool
starts_formula(const char *s)
{
    double v;
    switch (*s) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r': return true;
    case '-': return parse_double(s, &v) != 0; /* "-5" is a number, "-x" is not */
    default: return false;
    }
}

bool
csv_text_needs_guard(const char *s)
{
    if (s == NULL)
        return false;
    while (*s == '\'')
        s++;
    return starts_formula(s);
}

const char *
csv_text_unguard(const char *s)
{
    return s[0] == '\'' && csv_text_needs_guard(s + 1) ? s + 1 : s;
}

/* --- building a row --------------------------------------------------------- */

void
csv_line_bytes(struct csv_line *l, const char *s, size_t n)
{
    if (n == 0)
        return; /* an empty prefix or word: buf may still be NULL */
    memcpy(csv_line_room(l, n), s, n);
    l->len += n;
}

void
csv_line_word(struct csv_line *l, const char *word)
{
    csv_line_bytes(l, word, strlen(word));
}

/* The length of s, and in *quote whether a field holding s needs quotes
 * (csv_line_field says when). strcspn finds the first special byte and
 * the length in one pass. */
static size_t
scan_field(const char *s, bool *quote)
{
    size_t n = strcspn(s, ",\"\r\n");
    if (s[n] != '\0') {
        *quote = true;
        return n + strlen(s + n);
    }
    *quote = n > 0 && (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t');
    return n;
}

void
csv_line_field(struct csv_line *l, const char *s)
{
    if (s == NULL)
        return;
    bool quote;
    size_t n = scan_field(s, &quote);
    if (!quote) {
        csv_line_bytes(l, s, n);
        return;
    }
    char *o = csv_line_room(l, 2 * n + 2); /* every byte a quote, doubled */
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            *o++ = '"';
        *o++ = s[i];
    }
    *o++ = '"';
    l->len = (size_t) (o - l->buf);
}

void
csv_line_text(struct csv_line *l, const char *s)
{
    if (!csv_text_needs_guard(s)) {
        csv_line_field(l, s);
        return;
    }
    char *guarded = xasprintf("'%s", s);
    csv_line_field(l, guarded);
    free(guarded);
}

/* Its digits, sign and point (or printf's nan and inf) never need quotes,
 * so no field scan. */
void
csv_line_num(struct csv_line *l, double v)
{
    char *o = csv_line_room(l, 32);
    fmt_num(o, v);
    l->len += strlen(o);
}

/* The digits by hand, not through fmt_num or snprintf: a plan row has
 * three of these. */
void
csv_line_int(struct csv_line *l, int v)
{
    char digits[16];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned) v : (unsigned) v;
    do
        digits[n++] = (char) ('0' + u % 10);
    while ((u /= 10) > 0);
    char *o = csv_line_room(l, (size_t) n + 1);
    if (v < 0)
        *o++ = '-';
    while (n > 0)
        *o++ = digits[--n];
    l->len = (size_t) (o - l->buf);
}

int
csv_line_flush(struct csv_line *l, FILE *fp)
{
    int rc = l->len == 0 || fwrite(l->buf, 1, l->len, fp) == l->len ? 0 : -1;
    l->len = 0;
    return rc;
}

/* --- a field straight to a stream ------------------------------------------- */

/* Write what append puts in a line to fp; 0 or -1. The stream writers
 * quote and guard through the row builder, so there is one rule for what
 * a field looks like. */
static int
put_line(FILE *fp, void (*append)(struct csv_line *, const char *), const char *s)
{
    struct csv_line l = {0};
    append(&l, s);
    int rc = csv_line_flush(&l, fp);
    free(l.buf);
    return rc;
}

int
csv_put_field(FILE *fp, const char *s)
{
    return put_line(fp, csv_line_field, s);
}

int
csv_put_text(FILE *fp, const char *s)
{
    return put_line(fp, csv_line_text, s);
}
