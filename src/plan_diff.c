/*
 * plan_diff: a plan's top sets, read from the model or from a plan CSV, and
 * the changes between two plans' coming weeks (see plan_diff.h).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvwrite.h"
#include "field.h"
#include "header.h"
#include "plan_columns.h"
#include "plan_diff.h"

void
plan_tops_init(struct plan_tops *t)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
}

void
plan_tops_free(struct plan_tops *t)
{
    free(t->v);
    arena_free(&t->arena);
    memset(t, 0, sizeof *t);
}

static void
tops_add(struct plan_tops *t, const struct plan_top *top)
{
    grow(&t->v, &t->cap, t->n + 1, sizeof *t->v);
    struct plan_top *x = &t->v[t->n++];
    *x = *top;
    x->day = arena_strdup(&t->arena, top->day);
    x->exercise = arena_strdup(&t->arena, top->exercise);
}

void
plan_tops_of_plan(const struct plan *p, struct plan_tops *t)
{
    for (size_t w = 0; w < p->nweeks; w++) {
        const struct plan_week *wk = &p->weeks[w];
        for (size_t d = wk->first_day; d < wk->first_day + wk->ndays; d++)
            for (size_t x = p->days[d].first_ex; x < p->days[d].first_ex + p->days[d].nex; x++) {
                long top = plan_exercise_top(p, &p->exs[x]);
                if (top < 0)
                    continue;
                const struct plan_set *s = &p->sets[top];
                struct plan_top pt = {wk->monday, p->days[d].name, p->exs[x].name,
                                      s->weight,  s->reps,         s->amrap};
                tops_add(t, &pt);
            }
    }
}

/* --- reading a plan CSV ---------------------------------------------------- */

struct reader {
    const char *file;
    struct column_spec cols[PLAN_COL_COUNT]; /* plan_columns, with what a top set needs */
    struct plan_tops *t;
    struct errlist *errs;
    int idx[PLAN_COL_COUNT];
    size_t width;
    /* The exercise the previous row belonged to (rows of one exercise on
     * one day are together), and whether its top set was taken. */
    char *prev_key;
    bool took;
    int bad;
};

/* Report field i's refusal why (freed) on row; returns -1. */
static int
refused(struct reader *r, const struct csv_row *row, size_t i, char *why)
{
    header_err(r->errs, r->file, row, r->idx, r->cols, i, "%s", why);
    free(why);
    return -1;
}

/* The reps of a top set: "5", or "5+" for an AMRAP set. */
static char *
top_reps(const char *text, int *reps, bool *amrap)
{
    size_t n = strlen(text);
    *amrap = n > 0 && text[n - 1] == '+';
    if (!*amrap)
        return field_reps(text, reps);
    char *copy = xstrndup(text, n - 1);
    char *why = field_reps(copy, reps);
    free(copy);
    return why;
}

static int
read_top(struct reader *r, const struct csv_row *row, struct plan_top *top)
{
    char *why;
    if ((why = field_date(header_text(row, r->idx, PLAN_COL_DATE), &top->monday)) != NULL)
        return refused(r, row, PLAN_COL_DATE, why);
    /* A session's own date (a template weekday) stands for its week. */
    top->monday = date_monday_of(top->monday);
    if ((why = field_load(header_text(row, r->idx, PLAN_COL_WEIGHT), FIELD_LOAD_ZERO_OK,
                          &top->weight))
        != NULL)
        return refused(r, row, PLAN_COL_WEIGHT, why);
    if ((why = top_reps(header_text(row, r->idx, PLAN_COL_REPS), &top->reps, &top->amrap)) != NULL)
        return refused(r, row, PLAN_COL_REPS, why);
    return 0;
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct reader *r = arg;
    if (row->index == 0) {
        r->width = header_width(row);
        if (header_map(row, r->file, r->cols, PLAN_COL_COUNT, true, r->idx, r->errs) != 0)
            return -1;
        return 0;
    }
    if (row_is_blank(row))
        return 0;
    if (row_check_width(row, r->width, r->file, r->errs) != 0) {
        r->bad = -1;
        return 0;
    }
    const char *day = csv_text_unguard(header_text(row, r->idx, PLAN_COL_DAY));
    const char *ex = csv_text_unguard(header_text(row, r->idx, PLAN_COL_EXERCISE));
    char *key = xasprintf("%s\n%s\n%s", header_text(row, r->idx, PLAN_COL_DATE), day, ex);
    if (r->prev_key == NULL || strcmp(key, r->prev_key) != 0) {
        free(r->prev_key);
        r->prev_key = key;
        r->took = false;
    } else
        free(key);
    enum set_type type;
    const char *type_text = header_text(row, r->idx, PLAN_COL_SET_TYPE);
    if (set_type_parse(type_text, &type) != 0) {
        r->bad = refused(r, row, PLAN_COL_SET_TYPE,
                         xasprintf("expected %s, got \"%s\"", set_type_names_list(), type_text));
        return 0;
    }
    if (type != SET_TOP || r->took)
        return 0;
    struct plan_top top = {.day = day, .exercise = ex};
    if (read_top(r, row, &top) != 0) {
        r->bad = -1;
        return 0;
    }
    r->took = true;
    tops_add(r->t, &top);
    return 0;
}

int
plan_tops_read(const char *path, struct plan_tops *t, struct errlist *errs)
{
    struct reader r = {.file = path, .t = t, .errs = errs};
    /* The plan CSV's columns, but required are those a top set needs: the
     * actual_* columns a log needs may have been deleted. */
    for (size_t i = 0; i < PLAN_COL_COUNT; i++) {
        r.cols[i] = plan_columns[i];
        r.cols[i].required = i == PLAN_COL_DATE || i == PLAN_COL_EXERCISE || i == PLAN_COL_SET_TYPE
                             || i == PLAN_COL_WEIGHT || i == PLAN_COL_REPS;
    }
    int rc = csvread_file(path, NULL, on_row, &r, errs);
    free(r.prev_key);
    return rc != 0 || r.bad != 0 ? -1 : 0;
}

/* --- comparing ------------------------------------------------------------- */

day_t
plan_tops_coming(const struct plan_tops *t, day_t as_of)
{
    day_t coming = 0, last = 0;
    for (size_t i = 0; i < t->n; i++) {
        day_t m = t->v[i].monday;
        if (m > as_of && (coming == 0 || m < coming))
            coming = m;
        if (m > last)
            last = m;
    }
    return coming != 0 ? coming : last;
}

/* The latest week of t on or before week; 0 when none. */
static day_t
week_at_or_before(const struct plan_tops *t, day_t week)
{
    day_t best = 0;
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].monday <= week && t->v[i].monday > best)
            best = t->v[i].monday;
    return best;
}

static bool
same_key(const struct plan_top *a, const struct plan_top *b)
{
    return strcmp(a->day, b->day) == 0 && strcmp(a->exercise, b->exercise) == 0;
}

/* Which occurrence of its day and exercise v[i] is in its week (0: the
 * first): an exercise twice on one day is matched first to first. */
static size_t
occurrence(const struct plan_tops *t, size_t i)
{
    size_t k = 0;
    for (size_t j = 0; j < i; j++)
        k += t->v[j].monday == t->v[i].monday && same_key(&t->v[j], &t->v[i]);
    return k;
}

/* The top set of t in week that matches x (its day, exercise and
 * occurrence k), or NULL. */
static const struct plan_top *
find_match(const struct plan_tops *t, day_t week, const struct plan_top *x, size_t k)
{
    for (size_t j = 0; j < t->n; j++)
        if (t->v[j].monday == week && same_key(&t->v[j], x) && k-- == 0)
            return &t->v[j];
    return NULL;
}

/* Whether exercise is on more than one day of week in t. */
static bool
on_two_days(const struct plan_tops *t, day_t week, const char *exercise)
{
    const char *first = NULL;
    for (size_t i = 0; i < t->n; i++) {
        const struct plan_top *x = &t->v[i];
        if (x->monday != week || strcmp(x->exercise, exercise) != 0)
            continue;
        if (first == NULL)
            first = x->day;
        else if (strcmp(first, x->day) != 0)
            return true;
    }
    return false;
}

/* "100x5", "100x5+", or "none". */
static char *
top_text(const struct plan_top *x, char buf[48])
{
    char load[32];
    if (x == NULL)
        return strcpy(buf, "none");
    snprintf(buf, 48, "%sx%d%s", fmt_num(load, x->weight), x->reps, x->amrap ? "+" : "");
    return buf;
}

static bool
same_top(const struct plan_top *a, const struct plan_top *b)
{
    return a != NULL && b != NULL && a->weight == b->weight && a->reps == b->reps
           && a->amrap == b->amrap;
}

/* The two weeks compared, and where the changes go. */
struct diff {
    const struct plan_tops *old, *new;
    day_t old_week, new_week;
    const char *sep;
    char **text;
    size_t n;
};

static void
add_change(struct diff *d, const struct plan_top *x, const struct plan_top *was,
           const struct plan_top *is)
{
    char a[48], b[48];
    bool two = on_two_days(d->new, d->new_week, x->exercise)
               || on_two_days(d->old, d->old_week, x->exercise);
    char *item = xasprintf("%s%s%s%s %s -> %s", x->exercise, two ? " (" : "", two ? x->day : "",
                           two ? ")" : "", top_text(was, a), top_text(is, b));
    list_append(d->text, d->n, d->n + 2, item, d->sep, d->sep);
    free(item);
    d->n++;
}

size_t
plan_diff(const struct plan_tops *old, const struct plan_tops *new, day_t week, const char *sep,
          char **text)
{
    struct diff d = {old, new, week_at_or_before(old, week), week, sep, text, 0};
    for (size_t i = 0; i < new->n; i++) {
        const struct plan_top *x = &new->v[i];
        if (x->monday != week)
            continue;
        const struct plan_top *was = find_match(old, d.old_week, x, occurrence(new, i));
        if (!same_top(was, x))
            add_change(&d, x, was, x);
    }
    for (size_t i = 0; i < old->n; i++) {
        const struct plan_top *x = &old->v[i];
        if (x->monday == d.old_week && d.old_week != 0
            && find_match(new, week, x, occurrence(old, i)) == NULL)
            add_change(&d, x, x, NULL);
    }
    return d.n;
}
