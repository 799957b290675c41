/*
 * batch_state: the state file and the journal of a batch's output folder
 * (see batch_state.h).
 *
 * The state file is text: a header line, then per client
 *   NAME TAB HASH TAB BLOCK_WEEK TAB LAST_LOG TAB NEXT_WEEK
 * with NAME a client's file name (file_name.h: ASCII letters, digits,
 * '-', '_' and '.', so no tab or newline), HASH 16 hex digits and NEXT_WEEK
 * escaped by line_escape. A run keeps, per client, where its line is and
 * what it says, not its text: the index's next week is read back with
 * pread() only for the clients that are unchanged.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "batch_state.h"
#include "outfile.h"
#include "util.h"

#define STATE_FILE "state"
#define JOURNAL_FILE "journal"
#define STATE_HEADER "topset-state 1\n"

/* Where a line is in the state file; len 0: no line. */
struct span {
    off_t off;
    size_t len;
};

struct prior {
    struct state_entry e;
    struct span at;
};

struct batch_state {
    char *path, *journal;
    char *const *names;
    size_t n;
    struct prior *prior; /* per client of the run */
    struct span *others; /* lines of clients not in the run, kept */
    size_t nothers, cap_others;
    bool keep_others;
    bool changed; /* the load dropped lines: the save rewrites */
    FILE *fp;     /* the state file as read, or NULL */
    int journal_fd;
};

/* --- names to clients ----------------------------------------------------- */

/* Open addressing over the run's names: slot holds client index + 1. */
struct name_table {
    size_t *slot;
    size_t mask;
};

static uint64_t
name_hash(const char *s, size_t len)
{
    return fnv1a64(FNV1A64_BASIS, s, len);
}

static void
table_build(struct name_table *t, char *const *names, size_t n)
{
    size_t size = 16;
    while (size < 2 * n)
        size *= 2;
    t->slot = xcalloc(size, sizeof *t->slot);
    t->mask = size - 1;
    for (size_t i = 0; i < n; i++) {
        if (names[i] == NULL)
            continue;
        size_t k = (size_t) name_hash(names[i], strlen(names[i])) & t->mask;
        while (t->slot[k] != 0)
            k = (k + 1) & t->mask;
        t->slot[k] = i + 1;
    }
}

/* The client named name[0..len), or n when the run has none. */
static size_t
table_find(const struct name_table *t, char *const *names, size_t n, const char *name, size_t len)
{
    for (size_t k = (size_t) name_hash(name, len) & t->mask; t->slot[k] != 0;
         k = (k + 1) & t->mask) {
        const char *s = names[t->slot[k] - 1];
        if (strncmp(s, name, len) == 0 && s[len] == '\0')
            return t->slot[k] - 1;
    }
    return n;
}

/* --- the journal a dead run left ------------------------------------------- */

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The names in the journal at path, sorted, pointing into *text (both to
 * be freed); *count 0 when there is none. */
static char **
journal_names(const char *path, char **text, size_t *count)
{
    *text = NULL;
    *count = 0;
    FILE *fp = fopen(path, "re");
    if (fp == NULL)
        return NULL;
    size_t len = 0, cap = 0;
    char buf[8192];
    size_t got;
    while ((got = fread(buf, 1, sizeof buf, fp)) > 0) {
        grow(text, &cap, len + got + 1, 1);
        memcpy(*text + len, buf, got);
        len += got;
    }
    fclose(fp);
    if (len == 0)
        return NULL;
    (*text)[len] = '\0';
    char **v = NULL;
    size_t vcap = 0;
    for (char *p = *text, *nl; *p; p = nl + 1) {
        nl = strchr(p, '\n');
        if (nl == NULL)
            nl = p + strlen(p) - 1; /* cut short: still a name to forget */
        else
            *nl = '\0';
        if (*p == '\0')
            continue;
        grow(&v, &vcap, *count + 1, sizeof *v);
        v[(*count)++] = p;
    }
    qsort(v, *count, sizeof *v, cmp_str);
    return v;
}

/* --- reading the state ------------------------------------------------------ */

/* Parse "HASH TAB WEEK TAB LAST TAB" at p into e; 0 or -1. */
static int
parse_entry(const char *p, struct state_entry *e)
{
    char *end;
    errno = 0;
    unsigned long long h = strtoull(p, &end, 16);
    if (end != p + 16 || *end != '\t')
        return -1;
    long week = strtol(end + 1, &end, 10);
    if (*end != '\t')
        return -1;
    long last = strtol(end + 1, &end, 10);
    if (*end != '\t' || errno != 0)
        return -1;
    e->hash = h;
    e->block_week = (int) week;
    e->last_log = last;
    return 0;
}

static void
load(struct batch_state *s, char **forget, size_t nforget)
{
    s->fp = fopen(s->path, "re");
    if (s->fp == NULL)
        return;
    struct name_table t;
    table_build(&t, s->names, s->n);
    char *line = NULL;
    size_t cap = 0;
    ssize_t len = getline(&line, &cap, s->fp);
    off_t off = len > 0 ? len : 0;
    if (len < 0 || strcmp(line, STATE_HEADER) != 0)
        s->changed = true; /* not ours, or of another version: replaced */
    else
        while ((len = getline(&line, &cap, s->fp)) > 0) {
            struct span at = {off, (size_t) len};
            off += len;
            char *tab = strchr(line, '\t');
            if (line[len - 1] != '\n' || tab == NULL) {
                s->changed = true; /* cut short or not a line of ours */
                continue;
            }
            *tab = '\0';
            if (nforget > 0 && bsearch(&line, forget, nforget, sizeof *forget, cmp_str)) {
                s->changed = true;
                continue;
            }
            size_t i = table_find(&t, s->names, s->n, line, (size_t) (tab - line));
            struct state_entry e;
            if (parse_entry(tab + 1, &e) != 0)
                s->changed = true;
            else if (i < s->n) {
                if (s->prior[i].at.len != 0)
                    s->changed = true; /* twice: the later line holds */
                s->prior[i] = (struct prior){e, at};
            } else if (s->keep_others) {
                grow(&s->others, &s->cap_others, s->nothers + 1, sizeof *s->others);
                s->others[s->nothers++] = at;
            } else
                s->changed = true; /* a client no longer on the roster */
        }
    free(line);
    free(t.slot);
}

struct batch_state *
batch_state_open(const char *dir, char *const *names, size_t n, bool keep_others,
                 struct errlist *errs)
{
    struct batch_state *s = xcalloc(1, sizeof *s);
    s->path = xasprintf("%s/%s", dir, STATE_FILE);
    s->journal = xasprintf("%s/%s", dir, JOURNAL_FILE);
    s->names = names;
    s->n = n;
    s->prior = xcalloc(n ? n : 1, sizeof *s->prior);
    s->keep_others = keep_others;

    char *text;
    size_t nforget;
    char **forget = journal_names(s->journal, &text, &nforget);
    load(s, forget, nforget);
    free(forget);
    free(text);

    s->journal_fd = open(s->journal, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (s->journal_fd < 0) {
        err_at(errs, s->journal, 0, 0, "cannot write: %s", strerror(errno));
        batch_state_close(s);
        return NULL;
    }
    return s;
}

/* Client i's whole line (newline cut) in a new string, or NULL. */
static char *
read_line(const struct batch_state *s, struct span at)
{
    if (s->fp == NULL || at.len == 0)
        return NULL;
    char *buf = xmalloc(at.len + 1);
    size_t got = 0;
    while (got < at.len) {
        ssize_t r = pread(fileno(s->fp), buf + got, at.len - got, at.off + (off_t) got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            free(buf);
            return NULL;
        }
        got += (size_t) r;
    }
    buf[at.len - 1] = '\0';
    return buf;
}

bool
batch_state_find(const struct batch_state *s, size_t i, uint64_t hash, struct state_entry *e,
                 char **next)
{
    if (i >= s->n || s->prior[i].at.len == 0 || s->prior[i].e.hash != hash)
        return false;
    const struct prior *p = &s->prior[i];
    char *line = read_line(s, p->at);
    /* The fifth field: after NAME, HASH, BLOCK_WEEK and LAST_LOG. */
    char *f = line;
    for (int k = 0; k < 4 && f != NULL; k++) {
        f = strchr(f, '\t');
        f = f ? f + 1 : NULL;
    }
    if (f == NULL) {
        free(line);
        return false;
    }
    memmove(line, f, strlen(f) + 1);
    *next = line_unescape(line);
    *e = p->e;
    return true;
}

/* --- the journal ------------------------------------------------------------ */

int
batch_state_void(struct batch_state *s, const size_t *idx, size_t k, struct errlist *errs)
{
    /* A blank line first: should an earlier append have been cut short,
     * its piece stays a line of its own and cannot swallow a name here. */
    size_t len = 1, cap = 256;
    char *buf = xmalloc(cap);
    buf[0] = '\n';
    for (size_t j = 0; j < k; j++) {
        const char *name = s->names[idx[j]];
        size_t nl = strlen(name);
        grow(&buf, &cap, len + nl + 1, 1);
        memcpy(buf + len, name, nl);
        len += nl;
        buf[len++] = '\n';
    }
    int rc = 0;
    for (size_t done = 0; done < len;) {
        ssize_t w = write(s->journal_fd, buf + done, len - done);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0) {
            err_at(errs, s->journal, 0, 0, "cannot write: %s",
                   w < 0 ? strerror(errno) : "no space");
            rc = -1;
            break;
        }
        done += (size_t) w;
    }
#ifndef HAVE_SYNCFS
    if (rc == 0 && fdatasync(s->journal_fd) != 0) {
        err_at(errs, s->journal, 0, 0, "cannot write: %s", strerror(errno));
        rc = -1;
    }
#endif
    free(buf);
    return rc;
}

/* --- the save ------------------------------------------------------------------ */

static void
copy_line(const struct batch_state *s, struct span at, FILE *out)
{
    char *line = read_line(s, at);
    if (line != NULL) {
        fputs(line, out);
        fputc('\n', out);
    }
    free(line);
}

static bool
anything_changed(const struct batch_state *s, state_fate_fn fate, void *ctx)
{
    if (s->changed)
        return true;
    for (size_t i = 0; i < s->n; i++) {
        if (s->names[i] == NULL)
            continue;
        enum state_fate f = fate(ctx, i, NULL, NULL);
        if (f == STATE_PUT || (f == STATE_DROP && s->prior[i].at.len != 0))
            return true;
    }
    return false;
}

int
batch_state_save(struct batch_state *s, state_fate_fn fate, void *ctx, struct errlist *errs)
{
    if (anything_changed(s, fate, ctx)) {
        struct outfile of;
        if (outfile_open(&of, s->path, errs) != 0)
            return -1;
        fputs(STATE_HEADER, of.fp);
        for (size_t k = 0; k < s->nothers; k++)
            copy_line(s, s->others[k], of.fp);
        for (size_t i = 0; i < s->n; i++) {
            if (s->names[i] == NULL)
                continue;
            struct state_entry e;
            const char *next = NULL;
            switch (fate(ctx, i, &e, &next)) {
            case STATE_PUT:
                fprintf(of.fp, "%s\t%016llx\t%d\t%ld\t", s->names[i], (unsigned long long) e.hash,
                        e.block_week, (long) e.last_log);
                line_escape(of.fp, next);
                fputc('\n', of.fp);
                break;
            case STATE_KEEP: copy_line(s, s->prior[i].at, of.fp); break;
            case STATE_DROP: break;
            }
        }
        /* Synced before the journal goes: from then on the state alone
         * says which plans are whose. */
        int rc = outfile_finish(&of, errs) == 0 && outfile_commit(&of, errs) == 0 ? 0 : -1;
        outfile_abort(&of);
        if (rc != 0)
            return -1;
    }
    if (unlink(s->journal) != 0 && errno != ENOENT) {
        err_at(errs, s->journal, 0, 0, "cannot remove: %s", strerror(errno));
        return -1;
    }
    return 0;
}

void
batch_state_close(struct batch_state *s)
{
    if (s == NULL)
        return;
    if (s->fp != NULL)
        fclose(s->fp);
    if (s->journal_fd >= 0)
        close(s->journal_fd);
    free(s->path);
    free(s->journal);
    free(s->prior);
    free(s->others);
    free(s);
}
