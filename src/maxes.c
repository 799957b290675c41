/*
 * maxes: the maxes CSV (topset-formats(5), MAXES):
 * exercise,one_rm,training_max,unit, one row per exercise: its known 1RM,
 * its training max (what 5/3/1 and nSuns take percentages of), or both.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "field.h"
#include "header.h"
#include "maxes.h"
#include "names.h"
#include "util.h"

enum { M_EXERCISE, M_ONE_RM, M_TRAINING_MAX, M_UNIT, M_COUNT };

/* one_rm and training_max are each optional; a file needs one of them. */
static const struct column_spec max_columns[M_COUNT] = {
    [M_EXERCISE] = {"exercise", true},
    [M_ONE_RM] = {"one_rm", false},
    [M_TRAINING_MAX] = {"training_max", false},
    [M_UNIT] = {"unit", false},
};

struct mread {
    const char *file;
    struct errlist *errs;
    struct maxes *m;
    size_t cap;
    int idx[M_COUNT];
    size_t width;
    struct field_seen seen; /* the exercises of the rows kept */
};

/* Report why (field.c's refusal of column i, or NULL) and free it.
 * Returns 0 when why is NULL, else 1. */
static int
report(struct mread *mr, const struct csv_row *row, size_t i, char *why)
{
    if (why == NULL)
        return 0;
    header_err(mr->errs, mr->file, row, mr->idx, max_columns, i, "%s", why);
    free(why);
    return 1;
}

/* A max of column i, into *out (0 when the cell is empty or absent), and
 * the unit written after it ("135 lb") into *written, or UNIT_UNSPECIFIED. */
static int
read_max(struct mread *mr, const struct csv_row *row, size_t i, double *out, int *written)
{
    const char *text = header_text(row, mr->idx, i);
    *out = 0;
    *written = UNIT_UNSPECIFIED;
    if (*text == '\0')
        return 0;
    return report(mr, row, i, field_load_unit(text, FIELD_LOAD_POSITIVE, out, written));
}

/* One row: its entry, or 1 after reporting every problem of it. */
static int
read_entry(struct mread *mr, const struct csv_row *row, struct max_entry *e)
{
    const char *exercise = header_text(row, mr->idx, M_EXERCISE);
    int bad = report(mr, row, M_EXERCISE, field_name(exercise, FIELD_EXERCISE));
    e->exercise = xstrdup(exercise);
    e->key = name_fold(e->exercise);
    if (!bad)
        bad = report(mr, row, M_EXERCISE,
                     field_seen_check(&mr->seen, FIELD_EXERCISE, e->exercise, e->key));
    int written_rm, written_tm;
    bad |= read_max(mr, row, M_ONE_RM, &e->one_rm, &written_rm);
    bad |= read_max(mr, row, M_TRAINING_MAX, &e->training_max, &written_tm);
    if (e->one_rm == 0 && e->training_max == 0 && !bad) {
        size_t at = mr->idx[M_ONE_RM] >= 0 ? M_ONE_RM : M_TRAINING_MAX;
        header_err(mr->errs, mr->file, row, mr->idx, max_columns, at,
                   "empty (expected the 1RM in one_rm, the training max in training_max, or "
                   "both)");
        bad = 1;
    }
    const char *unit = header_text(row, mr->idx, M_UNIT);
    if (*unit != '\0') {
        enum unit u = UNIT_KG;
        bad |= report(mr, row, M_UNIT, field_unit(unit, &u));
        e->unit = (int) u;
    }
    if (!bad) {
        field_load_in_unit(&e->one_rm, written_rm, &e->unit);
        field_load_in_unit(&e->training_max, written_tm, &e->unit);
    }
    return bad;
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct mread *mr = arg;
    if (row->index == 0) {
        mr->width = header_width(row);
        int bad = header_map(row, mr->file, max_columns, M_COUNT, false, mr->idx, mr->errs);
        if (mr->idx[M_ONE_RM] < 0 && mr->idx[M_TRAINING_MAX] < 0) {
            err_at(mr->errs, mr->file, row->line, 0,
                   "no one_rm or training_max column (expected exercise,one_rm,training_max,unit "
                   "with one of the two maxes or both)");
            bad = 1;
        }
        return bad != 0 ? 1 : 0;
    }
    if (row_is_blank(row) || row_check_width(row, mr->width, mr->file, mr->errs) != 0)
        return 0;
    struct max_entry e = {.unit = UNIT_UNSPECIFIED, .line = row->line};
    if (read_entry(mr, row, &e) != 0) {
        free(e.exercise);
        free(e.key);
        return 0;
    }
    field_seen_add(&mr->seen, e.key, e.line);
    grow(&mr->m->v, &mr->cap, mr->m->n + 1, sizeof *mr->m->v);
    mr->m->v[mr->m->n++] = e;
    return 0;
}

int
maxes_read(const char *path, struct maxes *m, struct errlist *errs)
{
    memset(m, 0, sizeof *m);
    struct mread mr = {.file = path, .errs = errs, .m = m};
    field_seen_init(&mr.seen);
    size_t before = errlist_count(errs);
    struct csvread_opts opts = {0};
    int rc = csvread_file(path, &opts, on_row, &mr, errs);
    field_seen_free(&mr.seen);
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
