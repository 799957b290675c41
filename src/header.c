/*
 * header: a CSV header row mapped onto a reader's table of columns, and the
 * column-aware messages every reader writes ("column "reps": ...").
 */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "header.h"
#include "util.h"

/* Compare a header name with a column name: ASCII case ignored, spaces
 * around the header name ignored (libcsv keeps them inside quotes). */
static bool
name_is(const char *field, const char *name)
{
    while (*field == ' ' || *field == '\t')
        field++;
    size_t len = strlen(field);
    while (len > 0 && (field[len - 1] == ' ' || field[len - 1] == '\t'))
        len--;
    return len == strlen(name) && ascii_ncasecmp(field, name, len) == 0;
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

int
header_map(const struct csv_row *row, const char *file, const struct column_spec *specs,
           size_t nspecs, bool allow_unknown, int *idx, struct errlist *errs)
{
    int rc = 0;
    char *known = NULL;
    size_t width = header_width(row);
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
            err_at(errs, file, row->line, col, "unknown column \"%s\" (expected %s)", name, known);
            rc = -1;
        } else if (idx[i] >= 0) {
            err_at(errs, file, row->line, col, "repeated column \"%s\" (also column %d)",
                   specs[i].name, idx[i] + 1);
            rc = -1;
        } else
            idx[i] = (int) f;
    }
    for (size_t i = 0; i < nspecs; i++)
        if (specs[i].required && idx[i] < 0) {
            err_at(errs, file, row->line, 0, "missing column \"%s\"", specs[i].name);
            rc = -1;
        }
    free(known);
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

int
row_check_width(const struct csv_row *row, size_t header_n, const char *file, struct errlist *errs)
{
    for (size_t f = header_n; f < row->n; f++)
        if (!is_blank(row->fields[f])) {
            err_at(errs, file, row->line, (unsigned long) f + 1,
                   "field %zu has no column: the header has %zu (expected at most %zu fields; "
                   "quote a field that holds the delimiter)",
                   f + 1, header_n, header_n);
            return -1;
        }
    return 0;
}
