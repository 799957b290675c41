/*
 * import_util: the helpers every app-export dialect shares (see
 * import_util.h). Messages name the dialect, the column and what was
 * expected, so a lifter can find the cell in the app's file.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "field.h"
#include "import_util.h"
#include "names.h"
#include "util.h"

static bool
is_blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool
import_is(const char *field, const char *word)
{
    while (is_blank_char(*field))
        field++;
    size_t len = strlen(field);
    while (len > 0 && is_blank_char(field[len - 1]))
        len--;
    return len == strlen(word) && ascii_ncasecmp(field, word, len) == 0;
}

struct import_state *
import_start(struct log_reader *r, const struct log_dialect *d, const struct column_spec *specs,
             size_t nspecs)
{
    if (nspecs > LOG_DIALECT_MAX_COLUMNS)
        abort(); /* a dialect's table is larger than log_reader.idx */
    struct import_state *st = xcalloc(1, sizeof *st);
    st->d = d;
    st->first = r->log->n;
    st->nspecs = nspecs;
    memcpy(st->specs, specs, nspecs * sizeof *specs);
    r->state = st;
    return st;
}

static void
discard(struct log_reader *r)
{
    free(r->state);
    r->state = NULL;
}

int
import_map(struct log_reader *r, const struct csv_row *header)
{
    struct import_state *st = r->state;
    const struct log_dialect *d = st->d;
    const struct column_spec *specs = st->specs;
    size_t nspecs = st->nspecs;
    /* header_map reports unknown and repeated columns; the missing ones are
     * reported here, naming the dialect, so the lifter knows which app's
     * header was expected. */
    struct column_spec optional[LOG_DIALECT_MAX_COLUMNS] = {{NULL, false}};
    size_t where[LOG_DIALECT_MAX_COLUMNS] = {0};
    int idx[LOG_DIALECT_MAX_COLUMNS] = {0};
    size_t n = 0;
    for (size_t i = 0; i < nspecs; i++) {
        r->idx[i] = -1;
        if (specs[i].name == NULL)
            continue;
        optional[n] = specs[i];
        optional[n].required = false;
        where[n++] = i;
    }
    st->width = header_width(header);
    int rc = header_map(header, r->file, optional, n, true, idx, r->errs);
    for (size_t k = 0; k < n; k++)
        r->idx[where[k]] = idx[k];
    for (size_t i = 0; i < nspecs; i++)
        if (specs[i].required && r->idx[i] < 0) {
            err_at(r->errs, r->file, header->line, 0, "%s export: missing column \"%s\"",
                   d->description, specs[i].name);
            rc = -1;
        }
    if (rc != 0)
        discard(r);
    return rc;
}

static int
cmp_when(const void *pa, const void *pb)
{
    const struct log_set *a = pa, *b = pb;
    if (a->date != b->date)
        return a->date < b->date ? -1 : 1;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

int
import_end(struct log_reader *r)
{
    struct import_state *st = r->state;
    struct log *log = r->log;
    if (st->first < log->n) {
        qsort(log->sets + st->first, log->n - st->first, sizeof *log->sets, cmp_when);
        for (size_t i = st->first; i < log->n; i++)
            log->sets[i].seq = (uint32_t) i;
    }
    discard(r);
    return 0;
}

const char *
import_field(const struct log_reader *r, const struct csv_row *row, size_t i)
{
    return header_field(row, r->idx, i);
}

void
import_bad(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
           const struct column_spec *specs, size_t i, const char *expected, const char *got)
{
    import_report(r, d, row, specs, i, xasprintf("expected %s, got \"%s\"", expected, got));
}

bool
import_blank_or_zero(const char *s)
{
    for (; *s; s++)
        if (!(*s == '0' || is_blank_char(*s) || *s == '.' || *s == ',' || *s == ':'))
            return false;
    return true;
}

bool
import_not_a_set(const char *weight, const char *reps, const char *distance, const char *time)
{
    return import_blank_or_zero(reps)
           && (import_blank_or_zero(weight) || !import_blank_or_zero(distance)
               || !import_blank_or_zero(time));
}

static bool
is_empty(const char *s)
{
    while (is_blank_char(*s))
        s++;
    return *s == '\0';
}

int
import_report(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
              const struct column_spec *specs, size_t i, char *why)
{
    if (why == NULL)
        return 0;
    unsigned long col = r->idx[i] >= 0 ? (unsigned long) r->idx[i] + 1 : 0;
    err_at(r->errs, r->file, row->line, col, "%s export: column \"%s\": %s", d->description,
           specs[i].name, why);
    free(why);
    return -1;
}

int
import_weight(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
              const struct column_spec *specs, size_t i, double *out)
{
    const char *text = import_field(r, row, i);
    *out = 0;
    if (is_empty(text))
        return 0;
    return import_report(r, d, row, specs, i, field_load(text, FIELD_LOAD_ZERO_OK, out));
}

int
import_reps(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
            const struct column_spec *specs, size_t i, int *out)
{
    return import_report(r, d, row, specs, i, field_reps(import_field(r, row, i), out));
}

int
import_rpe(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
           const struct column_spec *specs, size_t i, double *out)
{
    const char *text = import_field(r, row, i);
    double v;
    *out = 0;
    if (is_empty(text) || (field_number(text, &v) == 0 && v == 0))
        return 0; /* not logged: apps write 0 or nothing */
    return import_report(r, d, row, specs, i, field_rpe(text, out));
}

int
import_unit(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
            const struct column_spec *specs, size_t i, int fallback, int *out)
{
    const char *text = import_field(r, row, i);
    enum unit u;
    *out = fallback;
    if (is_empty(text))
        return 0;
    if (import_report(r, d, row, specs, i, field_unit(text, &u)) != 0)
        return -1;
    *out = (int) u;
    return 0;
}

int
import_exercise(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                const struct column_spec *specs, size_t i, const char **out)
{
    *out = import_field(r, row, i);
    return import_report(r, d, row, specs, i, field_name(*out, FIELD_EXERCISE));
}

int
import_date(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
            const struct column_spec *specs, size_t i, day_t *out)
{
    const char *text = import_field(r, row, i);
    const char *s = text;
    while (*s == ' ')
        s++;
    int took = log_field_date_at(r, row, specs, i, s, out);
    if (took < 0)
        return -1;
    const char *rest = s + took;
    while (*rest == ' ')
        rest++;
    if (took > 0 && *rest == '\0')
        return 0;
    return import_report(r, d, row, specs, i, field_date(text, out));
}

static int
digits(const char *s, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (n < max && s[n] >= '0' && s[n] <= '9')
        v = v * 10 + (s[n++] - '0');
    if (n < min)
        return -1;
    *out = v;
    return n;
}

int
import_time_of_day(const char *s, int *minutes)
{
    int h, m, sec, n;
    const char *p = s;
    if ((n = digits(p, 1, 2, &h)) < 0 || p[n] != ':')
        return -1;
    p += n + 1;
    if ((n = digits(p, 2, 2, &m)) < 0 || m > 59)
        return -1;
    p += n;
    if (p[0] == ':') {
        if ((n = digits(p + 1, 2, 2, &sec)) < 0 || sec > 59)
            return -1;
        p += n + 1;
    }
    const char *q = p;
    while (*q == ' ')
        q++;
    bool am = ascii_ncasecmp(q, "AM", 2) == 0, pm = ascii_ncasecmp(q, "PM", 2) == 0;
    if (am || pm) {
        if (h < 1 || h > 12)
            return -1;
        h = h % 12 + (pm ? 12 : 0);
        p = q + 2;
    } else if (h > 23)
        return -1;
    *minutes = h * 60 + m;
    return (int) (p - s);
}

void
import_add(struct log_reader *r, const struct csv_row *row, const struct import_set *s)
{
    struct log_row x;
    memset(&x, 0, sizeof x);
    char *exercise_key = name_fold(s->exercise);
    char *day_key = NULL;
    x.date = s->date;
    x.exercise = s->exercise;
    x.exercise_key = exercise_key;
    if (s->day != NULL && !is_empty(s->day)) {
        day_key = name_fold(s->day);
        x.day = s->day;
        x.day_key = day_key;
    }
    x.type = s->type;
    x.weight = s->weight;
    x.unit = s->unit;
    x.reps = s->reps;
    x.failed = s->failed;
    x.rpe = s->rpe;
    x.notes = s->notes != NULL ? s->notes : "";
    x.file = r->file;
    x.line = row->line;
    x.order = s->order;
    log_add(r->log, &x);
    free(exercise_key);
    free(day_key);
}
