/*
 * maxes: the maxes CSV (INTERFACE.md, "Maxes CSV"): exercise,one_rm[,unit],
 * known 1RMs or training maxes, one row per exercise.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "header.h"
#include "maxes.h"
#include "names.h"
#include "util.h"

enum { M_EXERCISE, M_ONE_RM, M_UNIT, M_COUNT };

static const struct column_spec max_columns[M_COUNT] = {
    [M_EXERCISE] = {"exercise", true},
    [M_ONE_RM] = {"one_rm", true},
    [M_UNIT] = {"unit", false},
};

struct mread {
    const char *file;
    struct errlist *errs;
    struct maxes *m;
    size_t cap;
    int idx[M_COUNT];
    size_t width;
};

static char *
text_of(const struct mread *mr, const struct csv_row *row, size_t i)
{
    return trim(xstrdup(header_field(row, mr->idx, i)));
}

#define REPORT(i, ...) header_err(mr->errs, mr->file, row, mr->idx, max_columns, i, __VA_ARGS__)

static int
on_row(const struct csv_row *row, void *arg)
{
    struct mread *mr = arg;
    if (row->index == 0) {
        mr->width = header_width(row);
        return header_map(row, mr->file, max_columns, M_COUNT, false, mr->idx, mr->errs) == 0
                   ? 0
                   : 1;
    }
    if (row_is_blank(row) || row_check_width(row, mr->width, mr->file, mr->errs) != 0)
        return 0;

    struct max_entry e = {.unit = -1, .line = row->line};
    char *exercise = text_of(mr, row, M_EXERCISE);
    char *one_rm = text_of(mr, row, M_ONE_RM);
    char *unit = text_of(mr, row, M_UNIT);
    int bad = 0;

    e.key = name_fold(exercise);
    if (*exercise == '\0') {
        REPORT(M_EXERCISE, "empty (expected an exercise name)");
        bad = 1;
    } else if (*e.key == '\0') {
        REPORT(M_EXERCISE, "expected an exercise name with letters or digits, got \"%s\"",
               exercise);
        bad = 1;
    } else
        for (size_t i = 0; i < mr->m->n; i++)
            if (strcmp(mr->m->v[i].key, e.key) == 0) {
                REPORT(M_EXERCISE, "\"%s\" is already on line %lu (expected one row per exercise)",
                       exercise, mr->m->v[i].line);
                bad = 1;
                break;
            }
    if (*one_rm == '\0') {
        REPORT(M_ONE_RM, "empty (expected a load above 0)");
        bad = 1;
    } else if (parse_double(one_rm, &e.one_rm) != 0 || !(e.one_rm > 0)) {
        REPORT(M_ONE_RM, "expected a load above 0, got \"%s\"", one_rm);
        bad = 1;
    } else if (e.one_rm > LOAD_MAX) {
        REPORT(M_ONE_RM, "expected a load of at most %d, got \"%s\"", LOAD_MAX, one_rm);
        bad = 1;
    }
    enum unit u;
    if (*unit != '\0') {
        if (unit_parse(unit, &u) == 0)
            e.unit = (int) u;
        else {
            REPORT(M_UNIT, "unknown unit \"%s\" (expected kg or lb)", unit);
            bad = 1;
        }
    }
    if (bad) {
        free(e.key);
        free(exercise);
    } else {
        e.exercise = exercise;
        grow(&mr->m->v, &mr->cap, mr->m->n + 1, sizeof *mr->m->v);
        mr->m->v[mr->m->n++] = e;
    }
    free(one_rm);
    free(unit);
    return 0;
}

int
maxes_read(const char *path, struct maxes *m, struct errlist *errs)
{
    memset(m, 0, sizeof *m);
    struct mread mr = {.file = path, .errs = errs, .m = m};
    size_t before = errlist_count(errs);
    struct csvread_opts opts = {0};
    int rc = csvread_file(path, &opts, on_row, &mr, errs);
    if (rc != 0 || errlist_count(errs) != before) {
        maxes_free(m);
        return -1;
    }
    m->path = xstrdup(path);
    return 0;
}

void
maxes_free(struct maxes *m)
{
    for (size_t i = 0; i < m->n; i++) {
        free(m->v[i].exercise);
        free(m->v[i].key);
    }
    free(m->v);
    free(m->path);
    memset(m, 0, sizeof *m);
}

const struct max_entry *
maxes_find(const struct maxes *m, const char *key)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->v[i].key, key) == 0)
            return &m->v[i];
    return NULL;
}
