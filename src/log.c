/*
 * log: the training log in memory, and log_read(), which picks the reader
 * (dialect) for a file from its header row: our own formats (the table
 * below), then the app exports (the table in apps.c). Each dialect lives
 * in its own file (log_native.c, log_plan.c, import_<app>.c) and appends
 * sets with log_add().
 */
#define _GNU_SOURCE /* qsort_r(), in glibc and POSIX.1-2024; see log_sort */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "apps.h"
#include "csvread.h"
#include "header.h"
#include "load.h"
#include "log.h"
#include "log_dialect.h"
#include "names.h"

/* Our own log formats. Detection tries them before any app export, and
 * messages list them by name before "an export from ...". */
static const struct log_dialect *const builtins[] = {
    &log_dialect_native,
    &log_dialect_plan,
};

#define NBUILTINS (sizeof builtins / sizeof builtins[0])

/*
 * Log format i in the order detection tries them: ours, then every layout
 * of every app, in apps.c's order; NULL past the last. Order matters only
 * when two detect() could say yes: the first wins.
 */
static const struct log_dialect *
dialect_at(size_t i)
{
    if (i < NBUILTINS)
        return builtins[i];
    i -= NBUILTINS;
    for (size_t a = 0; a < napps; a++)
        for (size_t k = 0; k < APP_MAX_LAYOUTS && apps[a].layouts[k] != NULL; k++)
            if (i-- == 0)
                return apps[a].layouts[k];
    return NULL;
}

/* --- the log ------------------------------------------------------------- */

void
log_init(struct log *log)
{
    memset(log, 0, sizeof *log);
    arena_init(&log->arena);
}

void
log_free(struct log *log)
{
    free(log->path);
    free(log->sets);
    arena_free(&log->arena);
    memset(log, 0, sizeof *log);
}

static const char *
arena_fold(struct arena *a, const char *name)
{
    char *key = name_fold(name);
    const char *copy = arena_strdup(a, key);
    free(key);
    return copy;
}

/* The name slot of a name. Which slot a name takes only decides which
 * names share a copy, never what the log holds. */
static size_t
name_slot(const char *s)
{
    return (size_t) (fnv1a64(FNV1A64_BASIS, s, strlen(s)) % LOG_NAME_SLOTS);
}

/*
 * Copy name into the arena with its folded key (key, when the caller gives
 * it, else name_fold(name)), into *name_out and *key_out. A name folded
 * before is found in log->names and shared: folding the same exercise row
 * after row was much of the cost of reading a log. A caller's own key is
 * copied as given and not shared, since it need not be name_fold's.
 */
static void
log_name(struct log *log, const char *name, const char *key, const char **name_out,
         const char **key_out)
{
    if (key != NULL) {
        *name_out = arena_strdup(&log->arena, name);
        *key_out = arena_strdup(&log->arena, key);
        return;
    }
    size_t slot = name_slot(name);
    if (log->names[slot].name == NULL || strcmp(log->names[slot].name, name) != 0) {
        log->names[slot].name = arena_strdup(&log->arena, name);
        log->names[slot].key = arena_fold(&log->arena, name);
    }
    *name_out = log->names[slot].name;
    *key_out = log->names[slot].key;
}

_Static_assert(sizeof(struct log_set) <= 88, "struct log_set grew: see log.h");

struct log_set *
log_add(struct log *log, const struct log_row *set)
{
    if (log->n + 1 > log->cap) /* a call per set was a tenth of log_add */
        grow(&log->sets, &log->cap, log->n + 1, sizeof *log->sets);
    struct log_set *d = &log->sets[log->n];
    memset(d, 0, sizeof *d);
    d->date = (int32_t) set->date;
    d->weight = set->weight;
    d->rpe = set->rpe;
    d->line = (uint32_t) set->line;
    d->reps = set->reps;
    d->order = set->order;
    d->unit = (signed char) set->unit;
    d->type = (unsigned char) set->type;
    d->failed = set->failed;
    log_name(log, set->exercise ? set->exercise : "", set->exercise_key, &d->exercise,
             &d->exercise_key);
    if (set->day != NULL)
        log_name(log, set->day, set->day_key, &d->day, &d->day_key);
    /* Most sets have no notes; they share a constant "". */
    d->notes = set->notes && *set->notes ? arena_strdup(&log->arena, set->notes) : "";
    /* Sets of one file share one copy of its name. */
    if (set->file == NULL)
        d->file = NULL;
    else if (log->n > 0 && log->sets[log->n - 1].file != NULL
             && strcmp(log->sets[log->n - 1].file, set->file) == 0)
        d->file = log->sets[log->n - 1].file;
    else
        d->file = arena_strdup(&log->arena, set->file);
    d->seq = (uint32_t) log->n;
    log->n++;
    return d;
}

/* A set of a log as a reader would give it, to add it to another log. */
static struct log_row
row_of(const struct log_set *s)
{
    return (struct log_row){.date = s->date,
                            .exercise = s->exercise,
                            .exercise_key = s->exercise_key,
                            .day = s->day,
                            .day_key = s->day_key,
                            .weight = s->weight,
                            .rpe = s->rpe,
                            .notes = s->notes,
                            .file = s->file,
                            .line = s->line,
                            .type = (enum set_type) s->type,
                            .unit = s->unit,
                            .reps = s->reps,
                            .order = s->order,
                            .failed = s->failed};
}

/* --- sorting ------------------------------------------------------------- */

static int
cmp_key(const char *a, const char *b)
{
    if (a == b)
        return 0; /* often: log_add shares the keys of one name */
    if (a == NULL || b == NULL)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

/*
 * log_sort sorts 32-bit indices into log->sets, not pointers: for a
 * 500,000-row log out of order, 16-byte keys plus qsort's merge buffer
 * were what took the run over 64 MB. The comparisons need the sets, hence
 * qsort_r (glibc; POSIX.1-2024 has it with this signature).
 */
struct sort_ctx {
    const struct log_set *sets;
    const uint32_t *group; /* per set: seq of the first set of its (date, day, exercise) */
};

static int
cmp_group(const void *pa, const void *pb, void *ctx)
{
    const struct log_set *sets = ((const struct sort_ctx *) ctx)->sets;
    const struct log_set *a = &sets[*(const uint32_t *) pa], *b = &sets[*(const uint32_t *) pb];
    if (a->date != b->date)
        return a->date < b->date ? -1 : 1;
    int c = cmp_key(a->day_key, b->day_key);
    if (c == 0)
        c = cmp_key(a->exercise_key, b->exercise_key);
    if (c == 0)
        c = (a->seq > b->seq) - (a->seq < b->seq);
    return c;
}

static int
cmp_keyed(const void *pa, const void *pb, void *ctx)
{
    const struct sort_ctx *c = ctx;
    uint32_t ia = *(const uint32_t *) pa, ib = *(const uint32_t *) pb;
    const struct log_set *a = &c->sets[ia], *b = &c->sets[ib];
    if (a->date != b->date)
        return a->date < b->date ? -1 : 1;
    if (c->group[ia] != c->group[ib])
        return c->group[ia] < c->group[ib] ? -1 : 1;
    if (a->order != b->order)
        return a->order < b->order ? -1 : 1;
    return (a->seq > b->seq) - (a->seq < b->seq);
}

/*
 * By date, then the order within the session, then reading order (seq:
 * unique, so the sort is stable). The sets of one exercise on one date and
 * day stay together, in their order, where the file first had them: a plan
 * CSV numbers sets per exercise, and sorting on those numbers alone would
 * interleave exercises, and days that share a date.
 */
static bool
same_group(const struct log_set *a, const struct log_set *b)
{
    return cmp_key(a->day_key, b->day_key) == 0 && cmp_key(a->exercise_key, b->exercise_key) == 0;
}

/*
 * Whether the sort below would leave the sets where they are: seq and the
 * date never go back, on each date the sets of one day and exercise are one
 * run, and within a run the order never goes back. A log written a session
 * at a time is like that, and checking costs far less than the two sorts.
 */
static bool
in_order(const struct log *log)
{
    size_t date_start = 0; /* the first set of the current date */
    for (size_t i = 1; i < log->n; i++) {
        const struct log_set *a = &log->sets[i - 1], *b = &log->sets[i];
        if (b->seq < a->seq || b->date < a->date)
            return false;
        if (b->date != a->date)
            date_start = i;
        else if (same_group(a, b)) {
            if (b->order < a->order)
                return false;
        } else {
            /* b starts a run: none of its group may come before on this date. */
            for (size_t k = date_start; k < i; k++)
                if (same_group(&log->sets[k], b))
                    return false;
        }
    }
    return true;
}

/*
 * Put log's sets in the order from[] gives (from[i] is the set that goes
 * to place i), following each cycle of that permutation with one set in
 * hand. from[] is used up.
 */
static void
apply_order(struct log *log, uint32_t *from)
{
    for (uint32_t i = 0; i < log->n; i++) {
        if (from[i] == i)
            continue;
        struct log_set hand = log->sets[i];
        uint32_t j = i;
        while (from[j] != i) {
            log->sets[j] = log->sets[from[j]];
            uint32_t next = from[j];
            from[j] = j;
            j = next;
        }
        log->sets[j] = hand;
        from[j] = j;
    }
}

/* The group of each set, for cmp_keyed: idx is in cmp_group's order. */
static uint32_t *
groups_of(const struct log *log, const uint32_t *idx)
{
    uint32_t *group = xreallocarray(NULL, log->n, sizeof *group), first = 0;
    for (size_t i = 0; i < log->n; i++) {
        const struct log_set *x = &log->sets[idx[i]], *b = i > 0 ? &log->sets[idx[i - 1]] : NULL;
        if (b == NULL || x->date != b->date || !same_group(x, b))
            first = x->seq;
        group[idx[i]] = first;
    }
    return group;
}

void
log_sort(struct log *log)
{
    if (log->n < 2 || in_order(log))
        return;
    /* Sorted by index, then moved in place: a copy of every set was more
     * than the log itself, for a log out of order (an app's newest-first
     * export). seq is 32-bit, so n fits too. */
    uint32_t *idx = xreallocarray(NULL, log->n, sizeof *idx);
    for (uint32_t i = 0; i < log->n; i++)
        idx[i] = i;
    struct sort_ctx ctx = {log->sets, NULL};
    qsort_r(idx, log->n, sizeof *idx, cmp_group, &ctx);
    uint32_t *group = groups_of(log, idx);
    ctx.group = group;
    qsort_r(idx, log->n, sizeof *idx, cmp_keyed, &ctx);
    free(group);
    apply_order(log, idx);
    free(idx);
}

/* --- merging ------------------------------------------------------------ */

/* Whether a and b log the same set: date, exercise, reps and load (in a's
 * unit when both files name theirs; a file without units is taken as
 * written in the other's). */
static bool
same_set(const struct log_set *a, const struct log_set *b)
{
    if (a->date != b->date || a->reps != b->reps || cmp_key(a->exercise_key, b->exercise_key) != 0)
        return false;
    double w = b->weight;
    if (a->unit != UNIT_UNSPECIFIED && b->unit != UNIT_UNSPECIFIED && a->unit != b->unit)
        w = unit_convert(w, (enum unit) b->unit, (enum unit) a->unit);
    return fabs(a->weight - w) < 0.01;
}

size_t
log_merge(struct log *into, const struct log *from)
{
    size_t n0 = into->n, lo = 0, repeats = 0;
    bool *used = xcalloc(n0 + 1, sizeof *used);
    for (size_t i = 0; i < from->n; i++) {
        const struct log_set *s = &from->sets[i];
        /* Both are sorted by date: into's sets of s's date start at lo. */
        while (lo < n0 && into->sets[lo].date < s->date)
            lo++;
        size_t k = lo;
        while (k < n0 && into->sets[k].date == s->date && (used[k] || !same_set(&into->sets[k], s)))
            k++;
        if (k < n0 && into->sets[k].date == s->date) {
            used[k] = true;
            repeats++;
            continue;
        }
        /* Keys folded again, so into's sets of one name share one key
         * (history_index_build tells names apart by pointer). */
        struct log_row c = row_of(s);
        c.exercise_key = c.day_key = NULL;
        log_add(into, &c);
    }
    free(used);
    log_sort(into);
    return repeats;
}

/* --- formats ------------------------------------------------------------- */

const char *
log_format_names(void)
{
    /* Built once from the tables; they never change while running. */
    static char names[512];
    if (names[0] == '\0') {
        const struct log_dialect *d;
        for (size_t i = 0; (d = dialect_at(i)) != NULL; i++) {
            if (i > 0)
                strncat(names, ", ", sizeof names - strlen(names) - 1);
            strncat(names, d->name, sizeof names - strlen(names) - 1);
        }
    }
    return names;
}

/* The formats log_read knows, as a sentence: "a native log "...", a topset
 * plan CSV, or an export from Strong or Hevy". Caller frees. */
static char *
formats_sentence(void)
{
    size_t n = NBUILTINS + 1; /* ours, then the apps as one item */
    const char *sep = ", ", *last = n > 2 ? ", or " : " or ";
    char *all = NULL;
    for (size_t i = 0; i < NBUILTINS; i++)
        list_append(&all, i, n, builtins[i]->description, sep, last);
    char *titles = app_titles(", ", " or ");
    char *exports = xasprintf("an export from %s", titles);
    list_append(&all, NBUILTINS, n, exports, sep, last);
    free(exports);
    free(titles);
    return all;
}

static const struct log_dialect *
dialect_named(const char *name)
{
    const struct log_dialect *d;
    for (size_t i = 0; (d = dialect_at(i)) != NULL; i++)
        if (ascii_casecmp(d->name, name) == 0)
            return d;
    return NULL;
}

/* --- reading ------------------------------------------------------------- */

struct lread {
    const struct log_dialect *d;
    struct log_reader r;
    bool begun;
    size_t width;
};

/* The text a problem in a log row ends with, as the warning that skips it. */
#define ROW_SKIPPED "; the row is skipped"

/*
 * One data row. A row that cannot be read costs that row, not the plan:
 * its problems are warnings (errors in a strict list, as errors.h says)
 * and whatever sets it gave are taken back. The lifter's log is written
 * by an app or by hand, far from the coach; templates, maxes and rosters
 * stay strict.
 */
static size_t
problems_of(const struct errlist *e)
{
    return errlist_count(e) + errlist_warnings(e);
}

static int
read_row(struct lread *lr, const struct csv_row *row)
{
    struct log_reader *r = &lr->r;
    struct log *home = r->log;
    struct errlist *e = r->errs;
    size_t n0 = home->n, problems = problems_of(e);
    const char *was = e->as_warning;
    e->as_warning = ROW_SKIPPED;
    int rc = 0;
    if (lr->d->long_rows || row_check_width(row, lr->width, r->file, e) == 0) {
        r->rows++;
        rc = lr->d->row(r, row);
    }
    e->as_warning = was;
    if (problems_of(e) != problems)
        home->n = n0;
    if (r->log != home) { /* the row was its client's (opts->route) */
        if (problems_of(r->errs) != r->routed_problems)
            r->log->n = r->routed_n0;
        r->errs->as_warning = NULL;
        r->log = home;
        r->errs = e;
    }
    return rc;
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct lread *lr = arg;
    struct log_reader *r = &lr->r;
    if (row->index == 0) {
        const struct log_dialect *d;
        for (size_t i = 0; lr->d == NULL && (d = dialect_at(i)) != NULL; i++)
            if (d->detect(row))
                lr->d = d;
        if (lr->d == NULL) {
            char *formats = formats_sentence();
            err_at(r->errs, r->file, row->line, 0, "unrecognised log header (expected %s)",
                   formats);
            free(formats);
            return 1;
        }
        if (lr->d->begin(r, row) != 0)
            return 1;
        lr->begun = true;
        lr->width = header_width(row);
        return 0;
    }
    if (row_is_blank(row))
        return 0;
    return read_row(lr, row);
}

bool
log_is_workbook(const char *path)
{
    char head[4];
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return false;
    size_t n = fread(head, 1, sizeof head, fp);
    fclose(fp);
    return log_xlsx_is_workbook(head, n);
}

/* A filled-in plan workbook: read whole by log_xlsx.c, then sorted like
 * any log. */
static int
read_workbook(const char *path, const struct log_opts *opts, struct log *log, struct errlist *errs)
{
    if (log_xlsx_read(path, opts, log, errs) != 0)
        return -1;
    if (log->path == NULL)
        log->path = xstrdup(path);
    log->format = "workbook";
    log_sort(log);
    return 0;
}

/*
 * A file whose slash dates no field above 12 decided: which order was
 * read, and the option that says otherwise. Never refuses, even with
 * --strict: like a unitless log's pounds, it is a guess.
 */
static void
warn_date_order(const struct log_reader *r, struct errlist *errs)
{
    const struct date_sense *ds = &r->dates;
    if (ds->ambiguous == 0 || ds->decided != DATE_ORDER_AUTO || ds->forced != DATE_ORDER_AUTO)
        return;
    bool strict = errs->strict;
    errs->strict = false;
    warn_at(errs, r->file, ds->first_line, ds->first_col,
            "dates such as \"%s\" could be month or day first and no date of the file has a"
            " day above 12 to tell: they are read month first (month/day/year); if the day comes"
            " first, give --date-order dmy",
            ds->first_text);
    errs->strict = strict;
}

/* One reading of the file by lr (set up by log_read) into log and errs:
 * csvread's result, or -1 when end() failed. */
static int
read_pass(struct lread *lr, const char *path, const struct log_opts *opts, struct errlist *errs)
{
    lr->r.errs = errs;
    struct csvread_opts copts = {0};
    int rc = opts->data != NULL
                 ? csvread_buffer(opts->data, opts->len, path, &copts, on_row, lr, errs)
                 : csvread_file(path, &copts, on_row, lr, errs);
    if (lr->begun && lr->d->end != NULL && lr->d->end(&lr->r) != 0)
        rc = -1;
    return rc;
}

/*
 * A file whose first dates were ambiguous and read month first, until a
 * day above 12 showed they were day first, is read again knowing it (not
 * for a roster's shared log, whose rows went to every client: there the
 * date that showed it is an error naming --date-order). Returns the
 * second reading's result; pass holds its problems.
 */
static int
read_again(struct lread *lr, const char *path, const struct log_opts *opts, struct log *log,
           size_t n0, struct errlist *pass)
{
    struct date_sense *ds = &lr->r.dates;
    if (opts->route != NULL) {
        err_at(pass, path, ds->decided_line, ds->decided_col,
               "date \"%s\" puts the day first, but the dates above it were read month first"
               " and sent to the roster's clients: give --date-order dmy",
               ds->decided_text);
        return -1;
    }
    const struct log_dialect *forced = lr->begun ? lr->d : NULL;
    int assume = ds->decided;
    bool strict = pass->strict;
    log->n = n0;
    errlist_free(pass);
    errlist_init(pass);
    pass->strict = strict;
    memset(ds, 0, sizeof *ds);
    ds->forced = opts->date_order;
    ds->assume = assume;
    lr->d = forced;
    lr->begun = false;
    lr->r.rows = 0;
    memset(lr->r.last_date, 0, sizeof lr->r.last_date);
    return read_pass(lr, path, opts, pass);
}

int
log_read(const char *path, const struct log_opts *opts, struct log *log, struct errlist *errs)
{
    static const struct log_opts no_opts;
    if (opts == NULL)
        opts = &no_opts;
    if (opts->data != NULL ? log_xlsx_is_workbook(opts->data, opts->len) : log_is_workbook(path))
        return read_workbook(path, opts, log, errs);
    struct lread lr;
    memset(&lr, 0, sizeof lr);
    if (opts->force_format != NULL) {
        lr.d = dialect_named(opts->force_format);
        if (lr.d == NULL) {
            err_at(errs, path, 0, 0, "unknown log format \"%s\" (expected %s)", opts->force_format,
                   log_format_names());
            return -1;
        }
    }
    char *client_key = opts->client ? name_fold(opts->client) : NULL;
    lr.r.file = path;
    lr.r.log = log;
    lr.r.opts = opts;
    lr.r.unit = UNIT_UNSPECIFIED;
    lr.r.client_key = client_key && *client_key ? client_key : NULL;
    lr.r.dates.forced = opts->date_order;
    for (size_t i = 0; i < LOG_DIALECT_MAX_COLUMNS; i++)
        lr.r.idx[i] = -1;

    /* The file's own problems, kept apart until it is known whether the
     * file is read a second time (read_again). */
    struct errlist pass;
    errlist_init(&pass);
    pass.strict = errs->strict;
    size_t n0 = log->n;
    int rc = read_pass(&lr, path, opts, &pass);
    if (lr.r.dates.reread)
        rc = read_again(&lr, path, opts, log, n0, &pass);
    warn_date_order(&lr.r, &pass);
    bool failed = rc != 0 || errlist_count(&pass) != 0;
    errlist_append(errs, &pass);
    errlist_free(&pass);
    free(client_key);
    if (failed) {
        log->n = n0; /* nothing of a bad file is kept */
        return -1;
    }
    if (log->path == NULL)
        log->path = xstrdup(path);
    log->format = lr.d->name;
    log_sort(log);
    return 0;
}
