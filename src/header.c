/*
 * header: a CSV header row mapped onto a reader's table of columns, and the
 * column-aware messages every reader writes ("column "reps": ...").
 */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "header.h"
#include "names.h"
#include "util.h"

/* Compare a header name with a column name as people type them: ASCII
 * case, spaces, '_' and '-' ignored ("Top Reps" is top_reps). */
static bool
name_is(const char *field, const char *name)
{
    return name_same_word(field, name);
}

static bool
is_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t')
            return false;
    return true;
}

size_t
header_width(const struct csv_row *header)
{
    size_t n = header->n;
    while (n > 0 && is_blank(header->fields[n - 1]))
        n--;
    return n;
}

/* "day, exercise, top_reps, ..." from the table; caller frees. */
static char *
names_list(const struct column_spec *specs, size_t nspecs)
{
    char *s = NULL;
    for (size_t i = 0; i < nspecs; i++)
        list_append(&s, i, nspecs, specs[i].name, ", ", ", ");
    return s;
}

/* The column of specs a header name most likely meant, or NULL. */
static const char *
closest_spec(const char *name, const struct column_spec *specs, size_t nspecs)
{
    const char **names = xmalloc((nspecs ? nspecs : 1) * sizeof *names);
    for (size_t i = 0; i < nspecs; i++)
        names[i] = specs[i].name;
    const char *near = closest_name(name, names, nspecs);
    free(names);
    return near;
}

int
header_map(const struct csv_row *row, const char *file, const struct column_spec *specs,
           size_t nspecs, bool allow_unknown, int *idx, struct errlist *errs)
{
    int rc = 0;
    char *known = NULL;
    size_t width = header_width(row);
    /* A required column an unknown one was taken for ("did you mean") is
     * not reported missing too: one message per mistake. */
    bool *meant = xcalloc(nspecs ? nspecs : 1, sizeof *meant);
    for (size_t i = 0; i < nspecs; i++)
        idx[i] = -1;
    for (size_t f = 0; f < width; f++) {
        const char *name = row->fields[f];
        unsigned long col = (unsigned long) f + 1;
        if (is_blank(name)) {
            if (known == NULL)
                known = names_list(specs, nspecs);
            err_at(errs, file, row->line, col, "column %lu has no name (expected %s)", col, known);
            rc = -1;
            continue;
        }
        size_t i = 0;
        while (i < nspecs && !name_is(name, specs[i].name))
            i++;
        if (i == nspecs) {
            if (allow_unknown)
                continue;
            if (known == NULL)
                known = names_list(specs, nspecs);
            const char *near = closest_spec(name, specs, nspecs);
            if (near != NULL) {
                for (size_t s = 0; s < nspecs; s++)
                    meant[s] = meant[s] || specs[s].name == near;
                err_at(errs, file, row->line, col, "unknown column \"%s\": did you mean \"%s\"?",
                       name, near);
            } else
                err_at(errs, file, row->line, col, "unknown column \"%s\" (expected %s)", name,
                       known);
            rc = -1;
        } else if (idx[i] >= 0) {
            err_at(errs, file, row->line, col, "repeated column \"%s\" (also column %d)",
                   specs[i].name, idx[i] + 1);
            rc = -1;
        } else
            idx[i] = (int) f;
    }
    for (size_t i = 0; i < nspecs; i++)
        if (specs[i].required && idx[i] < 0 && !meant[i]) {
            err_at(errs, file, row->line, 0, "missing column \"%s\"", specs[i].name);
            rc = -1;
        }
    free(known);
    free(meant);
    return rc;
}

const char *
header_field(const struct csv_row *row, const int *idx, size_t i)
{
    if (idx[i] < 0 || (size_t) idx[i] >= row->n)
        return "";
    return row->fields[idx[i]];
}

const char *
header_text(const struct csv_row *row, const int *idx, size_t i)
{
    if (idx[i] < 0 || (size_t) idx[i] >= row->n)
        return "";
    return trim(row->fields[idx[i]]);
}

bool
row_is_blank(const struct csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (!is_blank(row->fields[i]))
            return false;
    return true;
}

bool
header_has(const struct csv_row *header, const char *name)
{
    for (size_t i = 0; i < header->n; i++)
        if (name_is(header->fields[i], name))
            return true;
    return false;
}

void
header_err(struct errlist *errs, const char *file, const struct csv_row *row, const int *idx,
           const struct column_spec *specs, size_t i, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    unsigned long col = idx[i] >= 0 ? (unsigned long) idx[i] + 1 : 0;
    err_at(errs, file, row->line, col, "column \"%s\": %s", specs[i].name, text);
    free(text);
}

/* Whether s is digits only, as many as lo to hi (blanks around ignored). */
static bool
is_digits(const char *s, size_t lo, size_t hi)
{
    while (*s == ' ')
        s++;
    size_t n = 0;
    while (s[n] >= '0' && s[n] <= '9')
        n++;
    const char *rest = s + n;
    while (*rest == ' ')
        rest++;
    return *rest == '\0' && n >= lo && n <= hi;
}

/* The first field f of a too-long row whose text and the next one's may
 * be a number cut at a decimal comma ("62" and "5" of 62,5), or -1. */
static long
split_decimal(const struct csv_row *row)
{
    for (size_t f = 0; f + 1 < row->n; f++)
        if (is_digits(row->fields[f], 2, 5) && is_digits(row->fields[f + 1], 1, 2))
            return (long) f;
    return -1;
}

int
row_check_width(const struct csv_row *row, size_t header_n, const char *file, struct errlist *errs)
{
    for (size_t f = header_n; f < row->n; f++) {
        if (is_blank(row->fields[f]))
            continue;
        /* The usual cause beside an unquoted delimiter: a decimal comma
         * in a comma-separated file. Said as a maybe: "100,5" may as well
         * be a load and reps. */
        long d = split_decimal(row);
        char *maybe = NULL;
        if (d >= 0) {
            const char *a = trim(row->fields[d]), *b = trim(row->fields[d + 1]);
            maybe = xasprintf("; if \"%s,%s\" in fields %ld and %ld is one number, write %s.%s: "
                              "a decimal comma splits it in a comma-separated file",
                              a, b, d + 1, d + 2, a, b);
        }
        err_at(errs, file, row->line, (unsigned long) f + 1,
               "field %zu has no column: the header has %zu (expected at most %zu fields; quote a "
               "field that holds the delimiter%s)",
               f + 1, header_n, header_n, maybe ? maybe : "");
        free(maybe);
        return -1;
    }
    return 0;
}
