/*
 * input_hash: see input_hash.h. Files are hashed eight bytes a step; a
 * template's hash is kept while its file is the same; a small log is kept
 * in memory for the planner, so it is read once.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "input_hash.h"
#include "log_shared.h"
#include "util.h"

struct hasher {
    uint64_t h;
};

/* Eight bytes a step, so not the shared fnv1a64 (util.h): a byte at a
 * time (as FNV-1a goes) makes every byte of every log one more multiply in
 * a single dependent chain. Its values are kept in the batch state, so
 * changing it would make every client look changed once. A file's bytes
 * come in whole 64 KB pieces but the last (read_full fills its buffer), so
 * where the words start is the same on every run. It only has to notice
 * change, not resist an attacker: a lifter gains nothing by a collision. */
static void
hash_bytes(struct hasher *x, const void *data, size_t n)
{
    const unsigned char *p = data;
    uint64_t h = x->h;
    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, p, sizeof w);
        h = (h ^ w) * 0x9E3779B97F4A7C15ULL;
        h ^= h >> 29;
    }
    for (; n > 0; p++, n--)
        h = (h ^ *p) * 1099511628211ULL;
    x->h = h;
}

static void
hash_str(struct hasher *x, const char *s)
{
    hash_bytes(x, s ? s : "", s ? strlen(s) + 1 : 1);
}

/* Read until n bytes or the end; returns the count, or -1. */
static ssize_t
read_full(int fd, char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, buf + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t) r;
    }
    return (ssize_t) got;
}

/* A log is read once for its hash and, when it fits, kept for the plan,
 * so the job does not open and read the same file a second time. */
#define LOG_HOLD_MAX (1 << 20)

struct held {
    char *data; /* a worker's buffer, reused client to client */
    size_t len, cap;
    bool ok; /* data holds the whole file just hashed */
};

/* Hash path's name and bytes (in 64 KB pieces, the same words whatever
 * the pieces: see hash_bytes). With keep, a regular file under
 * LOG_HOLD_MAX bytes is kept in keep. An unreadable file hashes as such;
 * its error is the planner's to report. */
static void
hash_file(struct hasher *x, const char *path, struct held *keep)
{
    if (keep != NULL)
        keep->ok = false;
    hash_str(x, path);
    if (path == NULL)
        return;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        hash_str(x, "(unreadable)");
        return;
    }
    struct stat st;
    if (keep != NULL && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < LOG_HOLD_MAX) {
        /* One byte more than the size: a file that grew since is streamed. */
        size_t want = (size_t) st.st_size + 1;
        if (keep->cap < want) {
            keep->cap = want < 4096 ? 4096 : want;
            free(keep->data);
            keep->data = xmalloc(keep->cap);
        }
        ssize_t n = read_full(fd, keep->data, want);
        if (n >= 0 && (size_t) n < want) {
            hash_bytes(x, keep->data, (size_t) n);
            keep->len = (size_t) n;
            keep->ok = true;
            close(fd);
            return;
        }
        if (lseek(fd, 0, SEEK_SET) != 0) {
            hash_str(x, "(unreadable)");
            close(fd);
            return;
        }
    }
    char buf[65536];
    ssize_t n;
    while ((n = read_full(fd, buf, sizeof buf)) > 0)
        hash_bytes(x, buf, (size_t) n);
    if (n < 0)
        hash_str(x, "(unreadable)");
    close(fd);
}

/*
 * The hashes of the templates a worker has seen, kept while each file is
 * the same (stat_same_file: what the job cache checks before it reuses the
 * template itself): a handful of programs serve a whole roster, so a
 * template is read for its hash once per worker, not once per client.
 */
#define TEMPLATE_HASHES 8

struct template_hashes {
    struct {
        char *path; /* NULL: empty */
        struct stat id;
        uint64_t h;
    } v[TEMPLATE_HASHES];
    size_t next; /* the entry to replace next */
};

static void
template_hashes_free(struct template_hashes *th)
{
    for (size_t i = 0; i < TEMPLATE_HASHES; i++)
        free(th->v[i].path);
}

/* Hash the template at path into x: its name and its bytes' own hash. */
static void
hash_template(struct hasher *x, const char *path, struct template_hashes *th)
{
    hash_str(x, path);
    struct stat st;
    if (stat(path, &st) != 0) {
        hash_str(x, "(unreadable)");
        return;
    }
    for (size_t i = 0; i < TEMPLATE_HASHES; i++)
        if (th->v[i].path != NULL && strcmp(th->v[i].path, path) == 0
            && stat_same_file(&th->v[i].id, &st)) {
            hash_bytes(x, &th->v[i].h, sizeof th->v[i].h);
            return;
        }
    struct hasher own = {1469598103934665603ULL};
    hash_file(&own, path, NULL);
    size_t k = th->next;
    th->next = (k + 1) % TEMPLATE_HASHES;
    free(th->v[k].path);
    th->v[k].path = xstrdup(path);
    /* The stat from before the read: should the file change in between,
     * the next client's stat differs and it is read again. */
    th->v[k].id = st;
    th->v[k].h = own.h;
    hash_bytes(x, &own.h, sizeof own.h);
}

struct input_hasher {
    struct template_hashes templates;
    struct held log;
};

struct input_hasher *
input_hasher_new(void)
{
    return xcalloc(1, sizeof(struct input_hasher));
}

void
input_hasher_free(struct input_hasher *h)
{
    if (h == NULL)
        return;
    template_hashes_free(&h->templates);
    free(h->log.data);
    free(h);
}

/*
 * Every field of struct job_opts, in order. input_hash below covers each
 * one that the plan depends on. The assertion after it stops the build
 * when a field added to job_opts (a new option for the planner) changes
 * its size, until it is added here too and so considered for the hash:
 * a plan must never be kept as unchanged when an input it depends on
 * changed. (A field that fits a padding hole slips past; the property
 * test in tests/e2e/rerun-property.sh is the check that does not.)
 */
struct job_opts_seen {
    const char *template_path; /* hashed: name, and bytes */
    const char *log_path;      /* hashed: name, and bytes (every row) */
    const char *log_data;      /* the same bytes, read once */
    size_t log_len;
    const char *const *more_logs; /* hashed: names, and bytes */
    size_t nmore_logs;
    const char *maxes_path; /* hashed: name, and bytes */
    const char *client;     /* hashed */
    const char *named_in;   /* where a missing file is reported, not what is planned */
    unsigned long named_line;
    const char *out_prefix; /* where, not what: the batch keeps one state per file */
    int weeks;              /* hashed */
    day_t start;            /* hashed */
    day_t as_of;            /* hashed: the day itself */
    enum unit unit;         /* hashed */
    enum paper paper;       /* hashed */
    unsigned formats;       /* hashed */
    bool strict;            /* hashed: it decides whether a plan is written at all */
    int log_unit;           /* hashed: a unitless log's loads */
    int date_order;         /* hashed: a log's slash dates */
    struct job_cache *cache;
    const struct log_shared *shared_logs; /* hashed: a shared log's rows of this client */
    struct outfile_set *defer;
    size_t defer_tag;
};
_Static_assert(sizeof(struct job_opts_seen) == sizeof(struct job_opts),
               "a field was added to struct job_opts: hash it in input_hash (or say why not) "
               "and add it to job_opts_seen");

/* Hash a log: a log the roster shares (j->shared_logs) by the rows of
 * j's client alone, so that another client's session does not make this
 * client's plan look changed; any other by its name and bytes. */
static void
hash_log(struct hasher *x, const struct job_opts *j, const char *path, struct held *keep)
{
    uint64_t rows;
    if (path != NULL && log_shared_hash(j->shared_logs, path, j->client, j->strict, &rows)) {
        if (keep != NULL)
            keep->ok = false;
        hash_str(x, path);
        hash_str(x, "(shared)");
        hash_bytes(x, &rows, sizeof rows);
        return;
    }
    hash_file(x, path, keep);
}

uint64_t
input_hash(struct input_hasher *h, const struct job_opts *j, const char **log_data, size_t *log_len)
{
    struct hasher x = {1469598103934665603ULL};
    char line[256];
    hash_str(&x, PACKAGE_STRING);
    hash_str(&x, j->client);
    hash_template(&x, j->template_path, &h->templates);
    hash_log(&x, j, j->log_path, &h->log);
    for (size_t i = 0; i < j->nmore_logs; i++)
        hash_log(&x, j, j->more_logs[i], NULL);
    hash_file(&x, j->maxes_path, NULL);
    /* The as-of day itself, not its week: the planner reads every log row
     * up to that day (a Wednesday session changes Friday's plan) and the
     * index's block week and last log are counted from it. */
    snprintf(line, sizeof line, "%d|%ld|%d|%ld|%u|%d|%d|%d|%d", (int) j->unit, (long) j->start,
             j->weeks, (long) j->as_of, j->formats, (int) j->paper, (int) j->strict, j->log_unit,
             j->date_order);
    hash_str(&x, line);
    *log_data = h->log.ok ? h->log.data : NULL;
    *log_len = h->log.ok ? h->log.len : 0;
    return x.h;
}
