/*
 * plan_csv: the plan CSV of INTERFACE.md ("Plan CSV (output)"), one row per
 * prescribed set in training order. The same file, with its actual_*
 * columns filled in, is read back as a log, so the columns here and the
 * plan log dialect must agree. Quoting is minimal and deterministic, so
 * golden files compare byte for byte. Names (user text) are guarded
 * against formula injection, and log_plan.c takes the guard off again.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_csv.h"
#include "util.h"

/* The header row; every data row has the same fields, in this order. */
static const char *const columns[] = {
    "client", "week", "date", "day", "exercise",      "set",         "set_type",   "weight",
    "reps",   "rpe",  "unit", "why", "actual_weight", "actual_reps", "actual_rpe",
};
#define NCOLUMNS (sizeof columns / sizeof columns[0])

/* The length of s, and in *quote whether a field holding s needs quotes:
 * when it holds ',', '"', CR or LF, or starts or ends with a space or tab
 * (libcsv trims unquoted spaces and tabs, so edge blanks stay quoted).
 * strcspn finds the first special byte and the length in one pass. */
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
    case '\r':
        return true;
    case '-':
        return parse_double(s, &v) != 0;    /* "-5" is a number, "-x" is not */
    default:
        return false;
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

/*
 * The plan's rows are built in memory and written in large blocks: a
 * stdio call per field (fputs, putc) was most of the cost of writing a
 * plan. The fields every set of an exercise shares (client, week, date,
 * day, exercise) are encoded once, into a prefix that each of its rows
 * starts with.
 */
#define FLUSH_AT (64 * 1024)    /* write the rows out past this many bytes */

struct line {
    char *buf;        /* not NUL-terminated */
    size_t len, cap;
};

/* Room for n more bytes. */
static char *
line_room(struct line *l, size_t n)
{
    if (l->len + n > l->cap)
        grow(&l->buf, &l->cap, l->len + n, 1);
    return l->buf + l->len;
}

static void
line_char(struct line *l, char c)
{
    *line_room(l, 1) = c;
    l->len++;
}

static void
line_bytes(struct line *l, const char *s, size_t n)
{
    if (n == 0)
        return;    /* an empty prefix or word: buf may still be NULL */
    memcpy(line_room(l, n), s, n);
    l->len += n;
}

/* Append s (NULL: nothing) as one field, in quotes when scan_field says. */
static void
line_field(struct line *l, const char *s)
{
    if (s == NULL)
        return;
    bool quote;
    size_t n = scan_field(s, &quote);
    if (!quote) {
        line_bytes(l, s, n);
        return;
    }
    char *o = line_room(l, 2 * n + 2);    /* every byte a quote, doubled */
    *o++ = '"';
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            *o++ = '"';
        *o++ = s[i];
    }
    *o++ = '"';
    l->len = (size_t) (o - l->buf);
}

/* Append user text, guarded when a spreadsheet would take it for a formula. */
static void
line_text(struct line *l, const char *s)
{
    if (!csv_text_needs_guard(s)) {
        line_field(l, s);
        return;
    }
    char *guarded = xasprintf("'%s", s);
    line_field(l, guarded);
    free(guarded);
}

/* Write what append put in a line to fp; 0 or -1. The stream writers
 * (the index, imports) quote and guard exactly as the plan's rows do. */
static int
put_line(FILE *fp, void (*append)(struct line *, const char *), const char *s)
{
    struct line l = {0};
    append(&l, s);
    int rc = l.len == 0 || fwrite(l.buf, 1, l.len, fp) == l.len ? 0 : -1;
    free(l.buf);
    return rc;
}

int
csv_put_field(FILE *fp, const char *s)
{
    return put_line(fp, line_field, s);
}

int
csv_put_text(FILE *fp, const char *s)
{
    return put_line(fp, line_text, s);
}

/* Append a number as fmt_num writes it. Its digits, sign and point (or
 * printf's nan and inf) never need quotes, so no field scan. */
static void
line_num(struct line *l, double v)
{
    char *o = line_room(l, 32);
    fmt_num(o, v);
    l->len += strlen(o);
}

/* Append a whole number as fmt_num writes it (digits, '-' when below 0),
 * without its rounding: a row has three of these. */
static void
line_int(struct line *l, int v)
{
    char digits[16];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned) v : (unsigned) v;
    do
        digits[n++] = (char) ('0' + u % 10);
    while ((u /= 10) > 0);
    char *o = line_room(l, (size_t) n + 1);
    if (v < 0)
        *o++ = '-';
    while (n > 0)
        *o++ = digits[--n];
    l->len = (size_t) (o - l->buf);
}

/* Append an RPE: empty when none. */
static void
line_rpe(struct line *l, double rpe)
{
    if (rpe != 0)
        line_num(l, rpe);
}

/* Append one of our own words (a set type, a unit name): plain letters,
 * which never need quotes, so no scan for them. */
static void
line_word(struct line *l, const char *word)
{
    line_bytes(l, word, strlen(word));
}

/* Append the row of set s: the exercise's prefix (its shared fields),
 * then the set's own fields from "set" on, in the order of columns[], and
 * the row's "\n". */
static void
line_set(struct line *l, const struct line *prefix, const struct plan *p,
         const struct plan_set *s)
{
    line_bytes(l, prefix->buf, prefix->len);
    line_int(l, s->number);
    line_char(l, ',');
    line_word(l, set_type_name(s->type));
    line_char(l, ',');
    line_num(l, s->weight);
    line_char(l, ',');
    line_int(l, s->reps);
    line_char(l, ',');
    line_rpe(l, s->rpe);
    line_char(l, ',');
    line_word(l, unit_name(p->unit));
    line_char(l, ',');
    line_field(l, s->why);    /* ours, and never starts with user text */
    line_char(l, ',');
    if (s->done) {
        line_num(l, s->actual_weight);
        line_char(l, ',');
        line_int(l, s->actual_reps);
        line_char(l, ',');
        line_rpe(l, s->actual_rpe);
    } else {
        line_char(l, ',');
        line_char(l, ',');
    }
    line_char(l, '\n');
}

/* Write out what l holds and empty it. 0 or -1. */
static int
line_flush(struct line *l, FILE *fp)
{
    int rc = fwrite(l->buf, 1, l->len, fp) == l->len ? 0 : -1;
    l->len = 0;
    return rc;
}

int
plan_csv_write(const struct plan *p, FILE *fp)
{
    struct line out = {NULL, 0, 0}, prefix = {NULL, 0, 0};
    int rc = 0;
    for (size_t i = 0; i < NCOLUMNS; i++) {
        if (i > 0)
            line_char(&out, ',');
        line_field(&out, columns[i]);
    }
    line_char(&out, '\n');
    /* The prefix is cut back to the end of each level's fields in turn. */
    line_text(&prefix, p->client);
    line_char(&prefix, ',');
    size_t client_end = prefix.len;
    for (size_t wi = 0; wi < p->nweeks && rc == 0; wi++) {
        const struct plan_week *w = &p->weeks[wi];
        prefix.len = client_end;
        line_int(&prefix, w->number);
        line_char(&prefix, ',');
        prefix.len += strlen(date_format(line_room(&prefix, 11), w->monday));
        line_char(&prefix, ',');
        size_t week_end = prefix.len;
        for (size_t di = w->first_day; di < w->first_day + w->ndays && rc == 0; di++) {
            const struct plan_day *d = &p->days[di];
            prefix.len = week_end;
            line_text(&prefix, d->name);
            line_char(&prefix, ',');
            size_t day_end = prefix.len;
            for (size_t ei = d->first_ex; ei < d->first_ex + d->nex && rc == 0; ei++) {
                const struct plan_exercise *e = &p->exs[ei];
                prefix.len = day_end;
                line_text(&prefix, e->name);
                line_char(&prefix, ',');
                for (size_t si = e->first_set; si < e->first_set + e->nsets && rc == 0; si++) {
                    line_set(&out, &prefix, p, &p->sets[si]);
                    if (out.len >= FLUSH_AT)
                        rc = line_flush(&out, fp);
                }
            }
        }
    }
    if (rc == 0)
        rc = line_flush(&out, fp);
    free(out.buf);
    free(prefix.buf);
    if (rc != 0)
        return -1;
    return ferror(fp) ? -1 : 0;
}
