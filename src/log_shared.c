/*
 * log_shared: see log_shared.h. log_read reads the file once with a route
 * (log.h): each row goes to the problem list of the client its client
 * column names, found by that name folded (as the client filter compares
 * names), and its sets to one log of every client's rows, each set's
 * client noted. After reading, those sets are put in client order in
 * place, and each client's log is its slice of them. (A log per client,
 * each grown as its rows came, spent a third of a roster's reading in
 * realloc copying them and faulting in new pages: issue 15.) A log
 * without a client column keeps every row in the file's own log, which
 * every client then gets whole.
 */
#define _DEFAULT_SOURCE /* MADV_HUGEPAGE, a Linux advice; see reserve_rows */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include "log_shared.h"
#include "names.h"
#include "util.h"

struct client_rows {
    char *key;      /* name_fold of the client's name */
    uint32_t index; /* in its file's v */
    struct log log; /* a slice of its file's rows: owns nothing */
    struct errlist errs;
};

struct shared_file {
    char *path;
    bool strict;
    struct stat id; /* when read: a file changed since is not held */
    int rc;         /* log_read's */
    struct log common;
    struct log rows; /* every client's sets (and their strings) */
    uint32_t *owner; /* while reading: the client (index into v) of each set of rows */
    size_t owned;    /* rows' sets before this have their owner noted */
    size_t cap_owner;
    struct errlist errs; /* the file's own problems */
    struct client_rows **v;
    size_t n, cap;
    size_t *slots; /* index + 1 into v by a hash of the key; 0: free */
    size_t nslots; /* a power of two, at least twice n */
    /* The client column's text of the row before, and its client: a
     * gym-wide export names one client for many rows in a row. */
    char *last_text;
    struct client_rows *last;
};

struct log_shared {
    struct shared_file **v;
    size_t n, cap;
};

struct log_shared *
log_shared_new(void)
{
    return xcalloc(1, sizeof(struct log_shared));
}

static void
file_free(struct shared_file *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free(f->v[i]->key);
        errlist_free(&f->v[i]->errs);
        free(f->v[i]);
    }
    log_free(&f->rows);
    free(f->owner);
    free(f->v);
    free(f->slots);
    free(f->last_text);
    log_free(&f->common);
    errlist_free(&f->errs);
    free(f->path);
    free(f);
}

void
log_shared_free(struct log_shared *s)
{
    if (s == NULL)
        return;
    for (size_t i = 0; i < s->n; i++)
        file_free(s->v[i]);
    free(s->v);
    free(s);
}

/* --- clients by name ------------------------------------------------------ */

static size_t
slot_of(const struct shared_file *f, const char *key)
{
    size_t mask = f->nslots - 1;
    size_t k = (size_t) fnv1a64(FNV1A64_BASIS, key, strlen(key)) & mask;
    while (f->slots[k] != 0 && strcmp(f->v[f->slots[k] - 1]->key, key) != 0)
        k = (k + 1) & mask;
    return k;
}

static struct client_rows *
find_client(const struct shared_file *f, const char *key)
{
    if (f->nslots == 0)
        return NULL;
    size_t k = slot_of(f, key);
    return f->slots[k] == 0 ? NULL : f->v[f->slots[k] - 1];
}

/* Room for one more client: the table at most half full. */
static void
grow_slots(struct shared_file *f)
{
    if (2 * (f->n + 1) <= f->nslots)
        return;
    free(f->slots);
    f->nslots = f->nslots == 0 ? 64 : 2 * f->nslots;
    f->slots = xcalloc(f->nslots, sizeof *f->slots);
    for (size_t i = 0; i < f->n; i++)
        f->slots[slot_of(f, f->v[i]->key)] = i + 1;
}

static struct client_rows *
add_client(struct shared_file *f, char *key)
{
    grow_slots(f);
    if (f->n + 1 > f->cap)
        grow(&f->v, &f->cap, f->n + 1, sizeof *f->v);
    struct client_rows *c = xcalloc(1, sizeof *c);
    c->key = key;
    c->index = (uint32_t) f->n;
    log_init(&c->log);
    errlist_init(&c->errs);
    c->errs.strict = f->strict;
    f->v[f->n++] = c;
    f->slots[slot_of(f, key)] = f->n;
    return c;
}

/* The sets of rows read since the last call are the last client's (rows
 * a bad row gave were taken back before). */
static void
note_owner(struct shared_file *f)
{
    if (f->owned == f->rows.n)
        return;
    if (f->rows.n > f->cap_owner)
        grow(&f->owner, &f->cap_owner, f->rows.n, sizeof *f->owner);
    uint32_t c = f->last->index;
    for (size_t i = f->owned; i < f->rows.n; i++)
        f->owner[i] = c;
    f->owned = f->rows.n;
}

/* log_opts.route: the client whose name text is. */
static bool
route(void *arg, const char *text, struct log **log, struct errlist **errs)
{
    struct shared_file *f = arg;
    note_owner(f);
    if (f->last == NULL || strcmp(f->last_text, text) != 0) {
        char *key = name_fold(text);
        if (*key == '\0') { /* no client's: skipped, as a client filter does */
            free(key);
            return false;
        }
        struct client_rows *c = find_client(f, key);
        if (c == NULL)
            c = add_client(f, key);
        else
            free(key);
        free(f->last_text);
        f->last_text = xstrdup(text);
        f->last = c;
    }
    *log = &f->rows;
    *errs = &f->last->errs;
    return true;
}

/* --- reading ---------------------------------------------------------------- */

/*
 * Put the sets of f->rows in client order, each client's in the order
 * read (a counting sort, moved in place by swapping each set straight to
 * its place), and make each client's log its slice, numbered from 0 as
 * if read alone. owner is freed: it was only needed till here.
 */
static void
split_by_client(struct shared_file *f)
{
    size_t n = f->rows.n, *end = xcalloc(f->n + 1, sizeof *end);
    for (size_t i = 0; i < n; i++)
        end[f->owner[i] + 1]++;
    for (size_t c = 0; c < f->n; c++)
        end[c + 1] += end[c];
    uint32_t *to = f->owner; /* each set's place, over its owner */
    for (size_t i = 0; i < n; i++)
        to[i] = (uint32_t) end[to[i]]++;
    for (size_t i = 0; i < n; i++)
        while (to[i] != i) {
            size_t j = to[i];
            struct log_set hand = f->rows.sets[j];
            f->rows.sets[j] = f->rows.sets[i];
            f->rows.sets[i] = hand;
            to[i] = to[j];
            to[j] = (uint32_t) j;
        }
    for (size_t c = 0, begin = 0; c < f->n; begin = end[c++]) {
        struct log *log = &f->v[c]->log;
        log->sets = f->rows.sets + begin;
        log->n = log->cap = end[c] - begin;
        for (size_t k = 0; k < log->n; k++)
            log->sets[k].seq = (uint32_t) k;
    }
    free(end);
    free(f->owner);
    f->owner = NULL;
    f->owned = f->cap_owner = 0;
}

/*
 * Room for every set of a file of size bytes before reading it: a row of
 * a log with a client column takes at least MIN_ROW bytes (a shorter one
 * only makes log_add grow the array). A roster's shared log holds every
 * client's sets at once, where a log per client reuses the same few pages
 * client after client: faulting in those pages one by one (about 25 us
 * each on our VM) and copying them at every doubling was most of what a
 * shared log cost over a log per client (issue 15). So the array is
 * reserved whole, in huge pages where the system gives them on request;
 * pages never touched cost no memory.
 */
enum { MIN_ROW = 24, HUGE_PAGE = 2 << 20 };

static void
reserve_rows(struct shared_file *f, off_t size)
{
    size_t rows = size > 0 ? (size_t) size / MIN_ROW + 1 : 0;
    size_t bytes = rows * sizeof *f->rows.sets;
    void *p = NULL;
#ifdef MADV_HUGEPAGE
    if (rows <= SIZE_MAX / sizeof *f->rows.sets && bytes >= HUGE_PAGE) {
        bytes = (bytes + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE;
        if (posix_memalign(&p, HUGE_PAGE, bytes) == 0)
            (void) madvise(p, bytes, MADV_HUGEPAGE); /* advice: refused costs only time */
        else
            p = NULL;
    }
#endif
    if (p != NULL) {
        f->rows.sets = p;
        f->rows.cap = bytes / sizeof *f->rows.sets;
    } else
        grow(&f->rows.sets, &f->rows.cap, rows, sizeof *f->rows.sets);
    grow(&f->owner, &f->cap_owner, rows, sizeof *f->owner);
}

static struct shared_file *
file_of(const struct log_shared *s, const char *path, bool strict)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->v[i]->strict == strict && strcmp(s->v[i]->path, path) == 0)
            return s->v[i];
    return NULL;
}

void
log_shared_read(struct log_shared *s, const char *path, bool strict, int date_order)
{
    struct stat st;
    if (file_of(s, path, strict) != NULL || stat(path, &st) != 0 || !S_ISREG(st.st_mode)
        || log_is_workbook(path))
        return;
    struct shared_file *f = xcalloc(1, sizeof *f);
    f->path = xstrdup(path);
    f->strict = strict;
    f->id = st;
    log_init(&f->common);
    errlist_init(&f->errs);
    f->errs.strict = strict;
    log_init(&f->rows);
    reserve_rows(f, st.st_size);
    struct log_opts lo = {.route = route, .route_arg = f, .date_order = date_order};
    f->rc = log_read(path, &lo, &f->common, &f->errs);
    note_owner(f);
    split_by_client(f);
    for (size_t i = 0; i < f->n; i++)
        log_sort(&f->v[i]->log);
    if (s->n + 1 > s->cap)
        grow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
    s->v[s->n++] = f;
}

/* The file held for path, when it is still the file that was read. */
static const struct shared_file *
held(const struct log_shared *s, const char *path, const char *client, bool strict)
{
    const struct shared_file *f = s != NULL ? file_of(s, path, strict) : NULL;
    struct stat st;
    if (f == NULL || client == NULL || *client == '\0' || stat(path, &st) != 0
        || !stat_same_file(&f->id, &st))
        return NULL;
    return f;
}

static const struct client_rows *
client_of(const struct shared_file *f, const char *client)
{
    char *key = name_fold(client);
    const struct client_rows *c = find_client(f, key);
    free(key);
    return c;
}

/* Append a copy of every message of from to into (errlist_append moves
 * them; the file's problems are every client's). */
static void
copy_problems(struct errlist *into, const struct errlist *from)
{
    struct errlist c = *from;
    c.msgs = xreallocarray(NULL, from->n + 1, sizeof *c.msgs);
    c.warning = xreallocarray(NULL, from->n + 1, sizeof *c.warning);
    c.cap = from->n + 1;
    for (size_t i = 0; i < from->n; i++) {
        c.msgs[i] = xstrdup(from->msgs[i]);
        c.warning[i] = from->warning[i];
    }
    errlist_append(into, &c);
    errlist_free(&c);
}

/* The sets themselves, their strings left where they are (held here for
 * the whole batch): copying every string of every client's sets again was
 * as much work as reading them. */
static void
copy_sets(struct log *into, const struct log *from)
{
    if (from->n == 0)
        return;
    if (into->n + from->n > into->cap)
        grow(&into->sets, &into->cap, into->n + from->n, sizeof *into->sets);
    memcpy(into->sets + into->n, from->sets, from->n * sizeof *from->sets);
    for (size_t i = 0; i < from->n; i++)
        into->sets[into->n + i].seq = (uint32_t) (into->n + i);
    into->n += from->n;
}

int
log_shared_get(const struct log_shared *s, const char *path, const char *client, bool strict,
               struct log *log, struct errlist *errs)
{
    const struct shared_file *f = held(s, path, client, strict);
    if (f == NULL)
        return LOG_SHARED_NOT_HELD;
    size_t before = errlist_count(errs);
    copy_problems(errs, &f->errs);
    const struct client_rows *c = client_of(f, client);
    if (c != NULL)
        copy_problems(errs, &c->errs);
    if (f->rc != 0 || errlist_count(errs) != before)
        return -1; /* nothing of a bad file is kept */
    size_t n0 = log->n;
    copy_sets(log, &f->common);
    if (c != NULL)
        copy_sets(log, &c->log);
    if (log->path == NULL)
        log->path = xstrdup(path);
    log->format = f->common.format;
    if (n0 > 0)
        log_sort(log);
    return 0;
}

/* --- the fingerprint --------------------------------------------------------- */

static uint64_t
hash_str(uint64_t h, const char *s)
{
    return s == NULL ? fnv1a64(h, "\x01", 1) : fnv1a64(h, s, strlen(s) + 1);
}

/* A string of x, or a mark when it is the string of the set before
 * (log_add mostly shares one copy of each name and of the file's name, so
 * comparing pointers mostly does). By content: which names share a copy
 * depends on every client's rows, and a client's fingerprint must not. */
static uint64_t
hash_shared_str(uint64_t h, const char *s, const char *before)
{
    if (s != NULL && before != NULL && (s == before || strcmp(s, before) == 0))
        return fnv1a64(h, "\x02", 1);
    return hash_str(h, s);
}

static uint64_t
hash_sets(uint64_t h, const struct log *log)
{
    static const struct log_set none;
    for (size_t i = 0; i < log->n; i++) {
        const struct log_set *x = &log->sets[i], *b = i > 0 ? x - 1 : &none;
        /* The numbers one by one (a struct's padding holds no value), in
         * 32 bits: longs doubled the bytes hashed, and hashing every
         * client's sets is the one step a log per client does not have. */
        uint32_t v[] = {
            (uint32_t) x->date,  x->type, (uint32_t) x->unit, (uint32_t) x->reps, x->failed,
            (uint32_t) x->order, x->line};
        double d[] = {x->weight, x->rpe};
        h = fnv1a64(h, v, sizeof v);
        h = fnv1a64(h, d, sizeof d);
        h = hash_shared_str(h, x->exercise, b->exercise);
        h = hash_shared_str(h, x->day, b->day);
        h = hash_str(h, x->notes);
        h = hash_shared_str(h, x->file, b->file);
    }
    return h;
}

static uint64_t
hash_problems(uint64_t h, const struct errlist *e)
{
    for (size_t i = 0; i < e->n; i++)
        h = hash_str(h, e->msgs[i]);
    size_t counts[] = {e->n, e->dropped, e->warnings, e->warnings_dropped};
    return fnv1a64(h, counts, sizeof counts);
}

bool
log_shared_hash(const struct log_shared *s, const char *path, const char *client, bool strict,
                uint64_t *h)
{
    const struct shared_file *f = held(s, path, client, strict);
    if (f == NULL)
        return false;
    uint64_t x = hash_str(FNV1A64_BASIS, f->common.format);
    x = fnv1a64(x, &f->rc, sizeof f->rc);
    x = hash_problems(x, &f->errs);
    x = hash_sets(x, &f->common);
    const struct client_rows *c = client_of(f, client);
    if (c != NULL) {
        x = hash_problems(x, &c->errs);
        x = hash_sets(x, &c->log);
    }
    *h = x;
    return true;
}
