/*
 * roster: reads the batch roster CSV and makes client names safe to use as
 * file names.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "header.h"
#include "load.h"
#include "names.h"
#include "roster.h"
#include "util.h"

enum { R_CLIENT, R_TEMPLATE, R_LOG, R_MAXES, R_UNIT, R_START, R_WEEKS, R_COUNT };

static const struct column_spec roster_columns[R_COUNT] = {
    [R_CLIENT] = {"client", true},  [R_TEMPLATE] = {"template", true},
    [R_LOG] = {"log", false},       [R_MAXES] = {"maxes", false},
    [R_UNIT] = {"unit", false},     [R_START] = {"start", false},
    [R_WEEKS] = {"weeks", false},
};

#define MAX_WEEKS 52

struct rread {
    struct roster *r;
    struct errlist *errs;
    size_t cap;
    int idx[R_COUNT];
    size_t width;
    unsigned long header_line;
    bool header_ok;
    char **keys;                   /* folded client names, for uniqueness ... */
    struct arena key_texts;        /* ... kept here while the roster is read */
    size_t keycap;
    size_t *slots;                 /* hash table of keys: index + 1, 0 empty */
    size_t nslots;                 /* a power of two, or 0 */
};

/* Rosters run to thousands of clients: each name is checked against the
 * earlier ones through a hash table, not by comparing it with every one. */
static size_t
key_hash(const char *key)
{
    uint64_t h = 14695981039346656037ULL; /* FNV-1a */
    for (const unsigned char *k = (const unsigned char *)key; *k != '\0'; k++)
        h = (h ^ *k) * 1099511628211ULL;
    return (size_t)h;
}

/* The slot holding key, or the empty slot where it would go. */
static size_t *
key_slot(const struct rread *rr, const char *key)
{
    size_t mask = rr->nslots - 1;
    for (size_t i = key_hash(key) & mask;; i = (i + 1) & mask)
        if (rr->slots[i] == 0 || strcmp(rr->keys[rr->slots[i] - 1], key) == 0)
            return &rr->slots[i];
}

/* Make room for one more key: the table stays at most half full. */
static void
key_reserve(struct rread *rr)
{
    if ((rr->r->n + 1) * 2 <= rr->nslots)
        return;
    free(rr->slots);
    rr->nslots = rr->nslots ? rr->nslots * 2 : 64;
    rr->slots = xcalloc(rr->nslots, sizeof *rr->slots);
    for (size_t i = 0; i < rr->r->n; i++)
        *key_slot(rr, rr->keys[i]) = i + 1;
}

#define REPORT(i, ...) header_err(rr->errs, rr->r->path, row, rr->idx, roster_columns, i, __VA_ARGS__)

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
    if (same != NULL && strncmp(same, r->path, (size_t) dir) == 0 && same[dir] == '/' &&
        strcmp(same + dir + 1, path) == 0)
        return same;
    return arena_printf(&r->texts, "%.*s/%s", dir, r->path, path);
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct rread *rr = arg;
    if (row->index == 0) {
        rr->width = header_width(row);
        rr->header_line = row->line;
        rr->header_ok = header_map(row, rr->r->path, roster_columns, R_COUNT, false, rr->idx,
                                   rr->errs) == 0;
        return rr->header_ok ? 0 : 1;
    }
    if (row_is_blank(row) || row_check_width(row, rr->width, rr->r->path, rr->errs) != 0)
        return 0;

    char *f[R_COUNT];
    for (size_t i = 0; i < R_COUNT; i++)
        f[i] = trim(xstrdup(header_field(row, rr->idx, i)));
    struct roster_entry e = {.unit = -1, .file = NULL, .line = row->line};
    int bad = 0;
    char *key = name_fold(f[R_CLIENT]);

    if (f[R_CLIENT][0] == '\0') {
        REPORT(R_CLIENT, "empty (expected the client's name)");
        bad = 1;
    } else if (*key == '\0') {
        REPORT(R_CLIENT, "expected a name with letters or digits, got \"%s\"", f[R_CLIENT]);
        bad = 1;
    } else {
        key_reserve(rr);
        size_t at = *key_slot(rr, key);
        if (at != 0) {
            REPORT(R_CLIENT, "\"%s\" is already on line %lu (expected each client once)",
                   f[R_CLIENT], rr->r->v[at - 1].line);
            bad = 1;
        }
    }
    if (f[R_TEMPLATE][0] == '\0') {
        REPORT(R_TEMPLATE, "empty (expected the path of the client's template)");
        bad = 1;
    }
    if (f[R_UNIT][0] != '\0') {
        enum unit u;
        if (unit_parse(f[R_UNIT], &u) == 0)
            e.unit = (int) u;
        else {
            REPORT(R_UNIT, "unknown unit \"%s\" (expected kg or lb)", f[R_UNIT]);
            bad = 1;
        }
    }
    if (f[R_START][0] != '\0') {
        if (date_parse(f[R_START], &e.start) == 0)
            e.has_start = true;
        else {
            REPORT(R_START, "expected a date YYYY-MM-DD, got \"%s\"", f[R_START]);
            bad = 1;
        }
    }
    if (f[R_WEEKS][0] != '\0') {
        long w;
        if (parse_int(f[R_WEEKS], &w) == 0 && w >= 1 && w <= MAX_WEEKS)
            e.weeks = (int) w;
        else {
            REPORT(R_WEEKS, "expected a whole number from 1 to %d, got \"%s\"", MAX_WEEKS,
                   f[R_WEEKS]);
            bad = 1;
        }
    }
    if (!bad) {
        const struct roster_entry *prev = rr->r->n > 0 ? &rr->r->v[rr->r->n - 1] : NULL;
        e.client = arena_strdup(&rr->r->texts, f[R_CLIENT]);
        e.template_path = resolve(rr->r, f[R_TEMPLATE], prev ? prev->template_path : NULL);
        e.log_path = resolve(rr->r, f[R_LOG], NULL);
        e.maxes_path = resolve(rr->r, f[R_MAXES], prev ? prev->maxes_path : NULL);
        grow(&rr->r->v, &rr->cap, rr->r->n + 1, sizeof *rr->r->v);
        grow(&rr->keys, &rr->keycap, rr->r->n + 1, sizeof *rr->keys);
        rr->r->v[rr->r->n] = e;
        rr->keys[rr->r->n] = arena_strdup(&rr->key_texts, key);
        *key_slot(rr, key) = rr->r->n + 1;
        rr->r->n++;
    }
    free(key);
    for (size_t i = 0; i < R_COUNT; i++)
        free(f[i]);
    return 0;
}

int
roster_read(const char *path, struct roster *r, struct errlist *errs)
{
    memset(r, 0, sizeof *r);
    r->path = xstrdup(path);
    arena_init(&r->texts);
    struct rread rr = {.r = r, .errs = errs};
    arena_init(&rr.key_texts);
    size_t before = errlist_count(errs);
    struct csvread_opts opts = {0};
    int rc = csvread_file(path, &opts, on_row, &rr, errs);
    if (rc == 0 && rr.header_ok && r->n == 0 && errlist_count(errs) == before)
        err_at(errs, path, rr.header_line, 0,
               "no clients (expected a row per client after the header)");
    for (size_t i = 0; i < r->n; i++)
        r->v[i].file = r->path;
    arena_free(&rr.key_texts);
    free(rr.keys);
    free(rr.slots);
    if (rc != 0 || errlist_count(errs) != before) {
        roster_free(r);
        return -1;
    }
    return 0;
}

void
roster_free(struct roster *r)
{
    arena_free(&r->texts);
    free(r->v);
    free(r->path);
    memset(r, 0, sizeof *r);
}

char *
safe_name(const char *client)
{
    size_t len = strlen(client);
    const char *p = client;
    while (*p == '.')
        p++;
    len -= (size_t) (p - client);
    char *s = xmalloc(len + 1);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char) p[i];
        s[i] = (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) ? '_' : (char) c;
    }
    s[len] = '\0';
    if (len > SAFE_NAME_MAX) {
        size_t n = SAFE_NAME_MAX;
        while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
            n--;
        s[n] = '\0';
    }
    if (s[0] == '\0') {
        free(s);
        return NULL;
    }
    return s;
}
