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

static int
needs_quotes(const char *s)
{
    size_t n = strlen(s);
    if (n == 0)
        return 0;
    /* libcsv trims unquoted spaces and tabs, so keep edge blanks quoted. */
    if (s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t')
        return 1;
    return strpbrk(s, ",\"\r\n") != NULL;
}

int
csv_put_field(FILE *fp, const char *s)
{
    if (s == NULL)
        s = "";
    if (!needs_quotes(s))
        return fputs(s, fp) == EOF ? -1 : 0;
    if (putc('"', fp) == EOF)
        return -1;
    for (const char *c = s; *c != '\0'; c++) {
        if (*c == '"' && putc('"', fp) == EOF)
            return -1;
        if (putc(*c, fp) == EOF)
            return -1;
    }
    return putc('"', fp) == EOF ? -1 : 0;
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

int
csv_put_text(FILE *fp, const char *s)
{
    if (!csv_text_needs_guard(s))
        return csv_put_field(fp, s);
    char *guarded = xasprintf("'%s", s);
    int rc = csv_put_field(fp, guarded);
    free(guarded);
    return rc;
}

/* Write one record of n fields and its "\n"; the fields marked in text
 * are user text (csv_put_text). Returns 0 or -1. */
static int
put_row_text(FILE *fp, const char *const *fields, const bool *text, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && putc(',', fp) == EOF)
            return -1;
        if ((text && text[i] ? csv_put_text(fp, fields[i]) : csv_put_field(fp, fields[i])) != 0)
            return -1;
    }
    return putc('\n', fp) == EOF ? -1 : 0;
}

/* Write one record of n fields and its "\n". Returns 0 or -1. */
static int
put_row(FILE *fp, const char *const *fields, size_t n)
{
    return put_row_text(fp, fields, NULL, n);
}

/* The columns holding user text: client, day, exercise. (why is ours, and
 * never starts with user text.) */
static const bool user_text[] = {
    [0] = true, [3] = true, [4] = true, [NCOLUMNS - 1] = false,
};

/* An RPE as text: empty when none. */
static const char *
rpe_text(char buf[32], double rpe)
{
    if (rpe == 0) {
        buf[0] = '\0';
        return buf;
    }
    return fmt_num(buf, rpe);
}

static int
put_set(FILE *fp, const struct plan *p, const struct plan_week *w, const char *date,
        const struct plan_day *d, const struct plan_exercise *e, const struct plan_set *s)
{
    /* fmt_num for the whole numbers too: a plan is hundreds of rows and
     * snprintf was a quarter of writing them. */
    char week[32], set[32], weight[32], reps[32], rpe[32];
    char aweight[32] = "", areps[32] = "", arpe[32] = "";
    fmt_num(week, w->number);
    fmt_num(set, s->number);
    fmt_num(weight, s->weight);
    fmt_num(reps, s->reps);
    rpe_text(rpe, s->rpe);
    if (s->done) {
        fmt_num(aweight, s->actual_weight);
        fmt_num(areps, s->actual_reps);
        rpe_text(arpe, s->actual_rpe);
    }
    const char *fields[NCOLUMNS] = {
        p->client,
        week,
        date,
        d->name,
        e->name,
        set,
        set_type_name(s->type),
        weight,
        reps,
        rpe,
        unit_name(p->unit),
        s->why,
        aweight,
        areps,
        arpe,
    };
    return put_row_text(fp, fields, user_text, NCOLUMNS);
}

int
plan_csv_write(const struct plan *p, FILE *fp)
{
    if (put_row(fp, columns, NCOLUMNS) != 0)
        return -1;
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        const struct plan_week *w = &p->weeks[wi];
        char date[11];
        date_format(date, w->monday);
        for (size_t di = w->first_day; di < w->first_day + w->ndays; di++) {
            const struct plan_day *d = &p->days[di];
            for (size_t ei = d->first_ex; ei < d->first_ex + d->nex; ei++) {
                const struct plan_exercise *e = &p->exs[ei];
                for (size_t si = e->first_set; si < e->first_set + e->nsets; si++)
                    if (put_set(fp, p, w, date, d, e, &p->sets[si]) != 0)
                        return -1;
            }
        }
    }
    return ferror(fp) ? -1 : 0;
}
