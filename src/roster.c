/*
 * roster: reads the batch roster CSV (file names for its clients:
 * file_name.h).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "field.h"
#include "header.h"
#include "load.h"
#include "names.h"
#include "roster.h"
#include "util.h"

enum {
    R_CLIENT,
    R_TEMPLATE,
    R_LOG,
    R_MAXES,
    R_UNIT,
    R_START,
    R_WEEKS,
    R_BLOCKS,
    R_STRICT,
    R_LOG_UNIT,
    R_COUNT
};

static const struct column_spec roster_columns[R_COUNT] = {
    [R_CLIENT] = {"client", true},  [R_TEMPLATE] = {"template", true},
    [R_LOG] = {"log", false},       [R_MAXES] = {"maxes", false},
    [R_UNIT] = {"unit", false},     [R_START] = {"start", false},
    [R_WEEKS] = {"weeks", false},   [R_BLOCKS] = {"blocks", false},
    [R_STRICT] = {"strict", false}, [R_LOG_UNIT] = {"log_unit", false},
};

#define MAX_WEEKS 52
#define MAX_BLOCKS 1000

struct rread {
    struct roster *r;
    struct errlist *errs;
    size_t cap;
    int idx[R_COUNT];
    size_t width;
    unsigned long header_line;
    bool header_ok;
    bool alone;             /* a row's problems fail that row only (roster_read_rows) */
    struct field_seen seen; /* the clients of the rows kept */
};

/* Report why (field.c's refusal of column i, or NULL) and free it.
 * Returns 0 when why is NULL, else 1. */
static int
report(struct rread *rr, const struct csv_row *row, size_t i, char *why)
{
    if (why == NULL)
        return 0;
    header_err(rr->errs, rr->r->path, row, rr->idx, roster_columns, i, "%s", why);
    free(why);
    return 1;
}

/* path as written in the roster, made relative to the roster's folder,
 * in the roster's texts; NULL when empty. same, when not NULL, is the
 * previous client's: clients mostly share a template, and then share one
 * copy of its path. */
static char *
resolve(struct roster *r, const char *path, char *same)
{
    if (*path == '\0')
        return NULL;
    const char *slash = strrchr(r->path, '/');
    if (path[0] == '/' || slash == NULL)
        return same != NULL && strcmp(same, path) == 0 ? same : arena_strdup(&r->texts, path);
    int dir = (int) (slash - r->path);
    if (same != NULL && strncmp(same, r->path, (size_t) dir) == 0 && same[dir] == '/'
        && strcmp(same + dir + 1, path) == 0)
        return same;
    return arena_printf(&r->texts, "%.*s/%s", dir, r->path, path);
}

/* The header row: map the columns. Returns 0, or 1 to stop reading: without
 * columns, rows mean nothing. */
static int
read_header(struct rread *rr, const struct csv_row *row)
{
    rr->width = header_width(row);
    rr->header_line = row->line;
    rr->header_ok = header_map(row, rr->r->path, roster_columns, R_COUNT, false, rr->idx, rr->errs)
                    == 0;
    return rr->header_ok ? 0 : 1;
}

/* The client's name: a name, not on an earlier row. key is its
 * name_fold(). Returns 0, or 1 after reporting. */
static int
check_client(struct rread *rr, const struct csv_row *row, const char *client, const char *key)
{
    if (report(rr, row, R_CLIENT, field_name(client, FIELD_CLIENT)) != 0)
        return 1;
    return report(rr, row, R_CLIENT, field_seen_check(&rr->seen, FIELD_CLIENT, client, key));
}

/* The optional unit, start, weeks, blocks and strict into e. Returns 0, or 1
 * after reporting every problem of them. */
static int
read_settings(struct rread *rr, const struct csv_row *row, struct roster_entry *e)
{
    const char *unit = header_text(row, rr->idx, R_UNIT);
    const char *start = header_text(row, rr->idx, R_START);
    const char *weeks = header_text(row, rr->idx, R_WEEKS);
    const char *blocks = header_text(row, rr->idx, R_BLOCKS);
    const char *strict = header_text(row, rr->idx, R_STRICT);
    const char *log_unit = header_text(row, rr->idx, R_LOG_UNIT);
    int bad = 0;
    if (*unit != '\0') {
        enum unit u = UNIT_KG;
        bad |= report(rr, row, R_UNIT, field_unit(unit, &u));
        e->unit = (int) u;
    }
    e->has_start = *start != '\0';
    if (e->has_start)
        bad |= report(rr, row, R_START, field_date(start, &e->start));
    if (*weeks != '\0') {
        long w = 0;
        bad |= report(rr, row, R_WEEKS, field_whole(weeks, 1, MAX_WEEKS, &w));
        e->weeks = (int) w;
    }
    if (*blocks != '\0') {
        long b = 0;
        bad |= report(rr, row, R_BLOCKS, field_whole(blocks, 1, MAX_BLOCKS, &b));
        e->blocks = (int) b;
    }
    if (*strict != '\0')
        bad |= report(rr, row, R_STRICT, field_yes_no(strict, &e->strict));
    if (*log_unit != '\0') {
        enum unit u = UNIT_KG;
        bad |= report(rr, row, R_LOG_UNIT, field_unit(log_unit, &u));
        e->log_unit = (int) u;
    }
    return bad;
}

/* The log column into e: a path, or several separated by ";" (a filled-in
 * plan beside the app's history), each resolved; the first is log_path. */
static void
read_logs(struct roster *r, const char *text, struct roster_entry *e)
{
    size_t n = 1;
    for (const char *p = text; *p != '\0'; p++)
        n += *p == ';';
    const char **v = arena_alloc(&r->texts, n * sizeof *v);
    size_t k = 0;
    for (const char *p = text;;) {
        const char *end = strchr(p, ';');
        size_t len = end != NULL ? (size_t) (end - p) : strlen(p);
        while (len > 0 && (*p == ' ' || *p == '\t'))
            p++, len--;
        while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t'))
            len--;
        char *one = arena_strndup(&r->texts, p, len);
        char *path = resolve(r, one, NULL);
        if (path != NULL && k == 0)
            e->log_path = path;
        if (path != NULL)
            v[k++] = path;
        if (end == NULL)
            break;
        p = end + 1;
    }
    e->more_logs = k > 1 ? v + 1 : NULL;
    e->nmore_logs = k > 1 ? k - 1 : 0;
}

/* Keep e for client (key: its name_fold()), with the paths of the row
 * resolved against the roster's folder. */
static void
add_entry(struct rread *rr, const struct csv_row *row, struct roster_entry *e, const char *client,
          const char *key, bool add_seen)
{
    struct roster *r = rr->r;
    const struct roster_entry *prev = r->n > 0 ? &r->v[r->n - 1] : NULL;
    e->client = arena_strdup(&r->texts, client);
    e->template_path = resolve(r, header_text(row, rr->idx, R_TEMPLATE),
                               prev ? prev->template_path : NULL);
    read_logs(r, header_text(row, rr->idx, R_LOG), e);
    e->maxes_path = resolve(r, header_text(row, rr->idx, R_MAXES), prev ? prev->maxes_path : NULL);
    grow(&r->v, &rr->cap, r->n + 1, sizeof *r->v);
    r->v[r->n++] = *e;
    if (add_seen)
        field_seen_add(&rr->seen, key, e->line);
}

/* Check one row and keep it when it has no problem; its problems go to
 * rr->errs. */
static void
read_row(struct rread *rr, const struct csv_row *row)
{
    if (row_check_width(row, rr->width, rr->r->path, rr->errs) != 0)
        return;
    struct roster_entry e = {
        .unit = UNIT_UNSPECIFIED, .log_unit = UNIT_UNSPECIFIED, .line = row->line};
    const char *client = header_text(row, rr->idx, R_CLIENT);
    char *key = name_fold(client);
    int bad = check_client(rr, row, client, key);
    /* A row that fails alone still takes its name: a later row of the
     * same client would otherwise be planned as if it were the only one. */
    if (!bad && rr->alone)
        field_seen_add(&rr->seen, key, e.line);
    if (*header_text(row, rr->idx, R_TEMPLATE) == '\0') {
        header_err(rr->errs, rr->r->path, row, rr->idx, roster_columns, R_TEMPLATE,
                   "empty (expected the path of the client's template)");
        bad = 1;
    }
    bad |= read_settings(rr, row, &e);
    if (!bad)
        add_entry(rr, row, &e, client, key, !rr->alone);
    free(key);
}

/* Keep a row that failed alone: its client as written and its problems. */
static void
add_failed(struct rread *rr, const struct csv_row *row, const struct errlist *problems)
{
    struct roster *r = rr->r;
    char *text = errlist_text(problems);
    struct roster_entry e = {
        .client = arena_strdup(&r->texts, header_text(row, rr->idx, R_CLIENT)),
        .unit = UNIT_UNSPECIFIED,
        .log_unit = UNIT_UNSPECIFIED,
        .line = row->line,
        .error = arena_strdup(&r->texts, text),
    };
    free(text);
    grow(&r->v, &rr->cap, r->n + 1, sizeof *r->v);
    r->v[r->n++] = e;
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct rread *rr = arg;
    if (row->index == 0)
        return read_header(rr, row);
    if (row_is_blank(row))
        return 0;
    /* The row's problems apart, to keep them with the row or pass them on. */
    struct errlist mine, *all = rr->errs;
    errlist_init(&mine);
    mine.strict = all->strict;
    rr->errs = &mine;
    read_row(rr, row);
    rr->errs = all;
    if (rr->alone && errlist_count(&mine) > 0)
        add_failed(rr, row, &mine);
    else
        errlist_append(all, &mine);
    errlist_free(&mine);
    return 0;
}

static int
read_roster(const char *path, bool alone, struct roster *r, struct errlist *errs)
{
    memset(r, 0, sizeof *r);
    r->path = xstrdup(path);
    arena_init(&r->texts);
    struct rread rr = {.r = r, .errs = errs, .alone = alone};
    field_seen_init(&rr.seen);
    size_t before = errlist_count(errs);
    struct csvread_opts opts = {0};
    int rc = csvread_file(path, &opts, on_row, &rr, errs);
    if (rc == 0 && rr.header_ok && r->n == 0 && errlist_count(errs) == before)
        err_at(errs, path, rr.header_line, 0,
               "no clients (expected a row per client after the header)");
    for (size_t i = 0; i < r->n; i++)
        r->v[i].file = r->path;
    field_seen_free(&rr.seen);
    if (rc != 0 || errlist_count(errs) != before) {
        roster_free(r);
        return -1;
    }
    return 0;
}

int
roster_read(const char *path, struct roster *r, struct errlist *errs)
{
    return read_roster(path, false, r, errs);
}

int
roster_read_rows(const char *path, struct roster *r, struct errlist *errs)
{
    return read_roster(path, true, r, errs);
}

void
roster_free(struct roster *r)
{
    arena_free(&r->texts);
    free(r->v);
    free(r->path);
    memset(r, 0, sizeof *r);
}
