/*
 * batch: roster -> one job per client, in worker processes.
 *
 * Files under DIR (the output folder):
 *   <file>.xlsx, <file>.csv           each client's plan (file: a portable name, file_name.h)
 *   index.csv, index.xlsx              one row per client (index-K-of-N.* for a shard;
 *                                      the workbook only when plans get workbooks)
 *   .topset.lock                       held while a run writes here
 *   .topset-state/state, journal       the hash of the inputs that made each plan,
 *                                      and the index row's values, for skipping
 *                                      clients whose inputs did not change
 *                                      (batch_state.h)
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "batch_state.h"
#include "csvwrite.h"
#include "file_name.h"
#include "index_xlsx.h"
#include "input_hash.h"
#include "log_shared.h"
#include "job.h"
#include "outfile.h"
#include "roster.h"
#include "util.h"

#define STATE_DIR ".topset-state"
#define LOCK_FILE ".topset.lock"
#define MAX_JOBS 64

enum status { ST_NONE = 0, ST_WRITTEN, ST_UNCHANGED, ST_FAILED, ST_FINISHED };
static const char *const status_names[] = {"", "written", "unchanged", "failed", "finished"};

/* One client's outcome. next and error are held only while the client is
 * in hand; then they go to the run's spool file and spooled says where, so
 * the memory a run holds per client is this record, whatever the length of
 * its texts. */
struct result {
    enum status status;
    int block_week;
    day_t last_log;
    uint64_t hash;          /* of the inputs, when written or unchanged */
    unsigned long warnings; /* when written: its log's rows skipped with a warning */
    long spooled;           /* offset of "next TAB changes TAB error" in the spool, or -1 */
    char *next;             /* owned */
    char *changes;          /* owned: what moved since the plan it replaced */
    char *error;            /* owned: messages, one per line */
};

/* Set by SIGINT/SIGTERM: stop after the client in hand. The one piece of
 * process-wide state, because a signal handler can reach nothing else. */
static volatile sig_atomic_t stop_requested;

static void
on_signal(int sig)
{
    (void) sig;
    stop_requested = 1;
}

/* FNV1A64_BASIS with its last digit missing, as shards were first chosen:
 * kept so that no client moves to another shard. */
#define SHARD_HASH_SEED 1469598103934665603ULL

unsigned
batch_shard_of(const char *client, unsigned n)
{
    uint64_t h = fnv1a64(SHARD_HASH_SEED, client, strlen(client));
    return n ? (unsigned) (h % n) : 0;
}

/*
 * The block a client's plan is for in this run. Block 1 starts on the
 * roster's start (or the Monday after as-of); each block lasts its weeks,
 * and the next starts the Monday after it ends. A run plans the block of
 * the coming week (the Monday after as-of), so a block with no week left
 * to come rolls over to the next: the Sunday run before a new block plans
 * it, and the log of the blocks before is its history. With a blocks
 * limit, a client past the last block is finished.
 */
struct block {
    int number; /* 1, 2, ... */
    day_t start;
    int weeks;
    bool finished; /* past the roster's blocks: nothing to plan */
};

static struct block
block_of(const struct batch_opts *o, const struct roster_entry *c)
{
    struct block b = {.number = 1, .weeks = c->weeks > 0 ? c->weeks : 4};
    day_t first = c->has_start ? c->start : date_monday_after(o->as_of);
    day_t len = 7 * (day_t) b.weeks, coming = date_monday_after(o->as_of);
    if (coming > first)
        b.number = (int) ((coming - first) / len) + 1;
    if (c->blocks > 0 && b.number > c->blocks) {
        b.number = c->blocks;
        b.finished = true;
    }
    b.start = first + len * (b.number - 1);
    return b;
}

/* What a worker keeps from one client to the next. */
struct carry {
    struct job_cache *templates;     /* read and resolved, for the jobs */
    struct input_hasher *inputs;     /* template hashes, the log just read */
    const struct log_shared *shared; /* the roster's shared logs, read once */
};

/* --- one client ---------------------------------------------------------- */

static bool
exists(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0;
}

static bool
outputs_exist(const struct batch_opts *o, const char *prefix)
{
    bool ok = true;
    for (size_t i = 0; i < nformats; i++) {
        if (!(o->formats & FORMAT_BIT(i)))
            continue;
        char *p = xasprintf("%s%s", prefix, formats[i].ext);
        ok &= exists(p);
        free(p);
    }
    return ok;
}

/* Whether client idx's plan at prefix is what its inputs (res->hash) make
 * now: the state says so and the files are there. If so, res says
 * unchanged, with the index's values the state kept. */
static bool
unchanged(const struct batch_opts *o, const struct batch_state *st, size_t idx, const char *prefix,
          struct result *res)
{
    struct state_entry prior;
    char *next = NULL;
    /* The state first: it is in memory, and a client with no line
     * (every client, the first time) needs no look at its outputs. */
    if (!batch_state_find(st, idx, res->hash, &prior, &next) || !outputs_exist(o, prefix)) {
        free(next);
        return false;
    }
    res->status = ST_UNCHANGED;
    res->block_week = prior.block_week;
    res->last_log = prior.last_log;
    res->next = next;
    return true;
}

/* Plan client c. A plan written returns true: its files wait in defer
 * (tagged idx) for the group's commit. Otherwise res says unchanged or
 * failed, and it is done. */
static bool
run_client(const struct batch_opts *o, const struct batch_state *st, const struct roster_entry *c,
           const char *safe, struct carry *k, struct outfile_set *defer, size_t idx,
           struct result *res)
{
    char *prefix = xasprintf("%s/%s", o->out_dir, safe);
    struct block b = block_of(o, c);
    struct job_opts j = {
        .template_path = c->template_path,
        .log_path = c->log_path,
        .more_logs = c->more_logs,
        .nmore_logs = c->nmore_logs,
        .maxes_path = c->maxes_path,
        .client = c->client,
        .named_in = c->file,
        .named_line = c->line,
        .weeks = b.weeks,
        .start = b.start,
        .as_of = o->as_of,
        /* A blank unit: the template's own, as `topset plan` without --unit. */
        .unit = c->unit >= 0 ? (enum unit) c->unit
                             : job_cached_template_unit(k->templates, c->template_path, UNIT_KG),
        .paper = o->paper,
        .formats = o->formats,
        .strict = o->strict || c->strict,
        .log_unit = c->log_unit >= 0 ? 1 + c->log_unit : o->log_unit,
        .date_order = o->date_order,
        .cache = k->templates,
        .shared_logs = k->shared,
        .defer = defer,
        .defer_tag = idx,
        .out_prefix = prefix,
    };
    struct errlist e;
    errlist_init(&e);
    e.strict = j.strict;

    if (c->has_start && date_weekday(c->start) != 0) {
        char d[11];
        err_at(&e, c->file, c->line, 0, "client \"%s\": start %s is not a Monday", c->client,
               date_format(d, c->start));
    } else if (b.finished) {
        /* The program is over: its last plan stays as it is. */
        res->status = ST_FINISHED;
    } else {
        res->hash = input_hash(k->inputs, &j, &j.log_data, &j.log_len);
        bool same = !o->force && unchanged(o, st, idx, prefix, res);
        struct job_result jr;
        memset(&jr, 0, sizeof jr);
        if (!same && job_run(&j, &e, &jr) == 0) {
            res->status = ST_WRITTEN;
            res->block_week = jr.block_week;
            res->last_log = jr.last_log;
            res->next = xstrdup(jr.next);
            res->changes = xstrdup(jr.changes);
            /* Written, but rows of its log were skipped: say which. */
            res->warnings = errlist_warnings(&e);
            if (res->warnings > 0)
                res->error = errlist_text(&e);
        }
    }
    if (res->status == ST_NONE) {
        res->status = ST_FAILED;
        res->error = errlist_text(&e);
    }
    errlist_free(&e);
    free(prefix);
    return res->status == ST_WRITTEN;
}

/* --- results between processes ------------------------------------------- */

static void
write_record(FILE *fp, size_t idx, const struct result *r)
{
    fprintf(fp, "%zu\t%d\t%d\t%ld\t%016llx\t%lu\t", idx, (int) r->status, r->block_week,
            (long) r->last_log, (unsigned long long) r->hash, r->warnings);
    line_escape(fp, r->next);
    fputc('\t', fp);
    line_escape(fp, r->changes);
    fputc('\t', fp);
    line_escape(fp, r->error);
    fputc('\n', fp);
}

static void
read_records(FILE *fp, struct result *results, size_t n, FILE *spool)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) > 0) {
        if (line[len - 1] == '\n')
            line[len - 1] = '\0';
        char *f[9];
        char *p = line;
        /* strtok would merge empty fields: split by hand. */
        for (int k = 0; k < 9; k++) {
            f[k] = p;
            char *tab = p ? strchr(p, '\t') : NULL;
            if (tab)
                *tab = '\0';
            p = tab ? tab + 1 : NULL;
        }
        if (f[8] == NULL)
            continue;
        size_t idx = strtoul(f[0], NULL, 10);
        if (idx >= n)
            continue;
        struct result *r = &results[idx];
        r->status = (enum status) atoi(f[1]);
        r->block_week = atoi(f[2]);
        r->last_log = strtol(f[3], NULL, 10);
        r->hash = strtoull(f[4], NULL, 16);
        r->warnings = strtoul(f[5], NULL, 10);
        /* Still escaped, as the spool keeps them. */
        r->spooled = ftell(spool);
        fprintf(spool, "%s\t%s\t%s\n", f[6], f[7], f[8]);
    }
    free(line);
}

/* Move res's texts to the spool (escaped, one line), freeing them. */
static void
spool_put(FILE *spool, struct result *res)
{
    res->spooled = ftell(spool);
    line_escape(spool, res->next);
    fputc('\t', spool);
    line_escape(spool, res->changes);
    fputc('\t', spool);
    line_escape(spool, res->error);
    fputc('\n', spool);
    free(res->next);
    free(res->changes);
    free(res->error);
    res->next = res->changes = res->error = NULL;
}

/* The texts of a spooled result, in *line (reused between calls). */
struct texts {
    const char *next, *changes, *error; /* point into the line; "" when empty */
};

static void
spool_get(FILE *spool, const struct result *res, char **line, size_t *cap, struct texts *t)
{
    t->next = t->changes = t->error = "";
    if (res->spooled < 0 || fseek(spool, res->spooled, SEEK_SET) != 0)
        return;
    ssize_t n = getline(line, cap, spool);
    if (n <= 0)
        return;
    if ((*line)[n - 1] == '\n')
        (*line)[n - 1] = '\0';
    char *tab = strchr(*line, '\t'); /* escaped texts hold no tab */
    char *tab2 = tab ? strchr(tab + 1, '\t') : NULL;
    if (tab2 == NULL)
        return;
    *tab = *tab2 = '\0';
    t->next = line_unescape(*line);
    t->changes = line_unescape(tab + 1);
    t->error = line_unescape(tab2 + 1);
}

/* --- the run ------------------------------------------------------------- */

/*
 * One run over a roster, filled in three steps: select_clients (who is
 * planned, under which file name, against which state), run_clients (plan
 * them, here or in workers) and report_run (the failures, the state, the
 * index). The arrays hold one element per roster entry; run_free frees
 * everything.
 */
struct run {
    const struct batch_opts *o;
    FILE *err; /* the waiting word, progress, failures */
    struct roster r;
    char *state_dir; /* DIR/.topset-state, owned */
    int lock;        /* DIR/.topset.lock, held; or -1 */
    bool *selected;  /* in this run's shard */
    char **safe;     /* file name (in safe_texts); NULL: not planned */
    struct arena safe_texts;
    struct result *results;
    FILE *spool;               /* the results' texts (see struct result) */
    size_t total;              /* clients to plan: selected, with a file name */
    struct batch_state *state; /* NULL until select_clients opens it */
    struct log_shared *shared; /* logs two clients or more name, read once */
};

static int
make_dir(const char *path, struct errlist *errs)
{
    if (mkdir(path, 0755) == 0 || errno == EEXIST) {
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
            return 0;
        errno = ENOTDIR;
    }
    err_at(errs, path, 0, 0, "cannot create the output folder: %s", strerror(errno));
    return -1;
}

static int
take_lock(const struct batch_opts *o, FILE *err, struct errlist *errs)
{
    char *path = xasprintf("%s/%s", o->out_dir, LOCK_FILE);
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        err_at(errs, path, 0, 0, "cannot open the lock: %s", strerror(errno));
        free(path);
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        fprintf(err, "topset: %s: another batch is writing to %s; waiting for it to finish\n", path,
                o->out_dir);
        while (flock(fd, LOCK_EX) != 0) {
            if (errno != EINTR || stop_requested) {
                err_at(errs, path, 0, 0, "cannot take the lock: %s",
                       stop_requested ? "interrupted" : strerror(errno));
                close(fd);
                free(path);
                return -1;
            }
        }
    }
    free(path);
    return fd;
}

static void
progress(const struct batch_opts *o, FILE *err, size_t done, size_t total)
{
    if (o->progress)
        fprintf(err, "\rtopset batch: %zu/%zu clients", done, total);
}

/* Where finished clients go: in a worker process (results NULL) a record
 * each on rec and a tick (one byte) on tick; in the main process into
 * results, with their texts spooled to rec, and progress drawn. */
struct sink {
    const struct batch_opts *o;
    struct batch_state *state;
    struct result *results;
    FILE *rec;
    int tick;
    FILE *err;
    size_t done, total;
};

/* Hand over client i's result (res's texts are taken). */
static void
deliver(struct sink *s, size_t i, struct result *res)
{
    char status = (char) res->status;
    if (s->results == NULL) {
        write_record(s->rec, i, res);
        fflush(s->rec);
        free(res->next);
        free(res->changes);
        free(res->error);
    } else {
        s->results[i] = *res;
        spool_put(s->rec, &s->results[i]);
    }
    memset(res, 0, sizeof *res);
    if (s->tick >= 0) {
        ssize_t w;
        do
            w = write(s->tick, &status, 1);
        while (w < 0 && errno == EINTR);
    } else
        progress(s->o, s->err, ++s->done, s->total);
}

/*
 * Written plans wait here to be committed together: a sync per plan would
 * cost an fsync and a journal commit for every file, each waiting on the
 * disk in turn, and workers would queue behind each other's syncs. Every
 * GROUP_MAX clients (and at the end, also when stopped by a signal) their
 * clients are named in the state's journal, the files and the journal
 * synced at once, and the files renamed. Each sync waits on the disk, so
 * the bigger the group the fewer the waits, but the files stay locked
 * while they wait, a descriptor each (two a client): group_size keeps a
 * group within the process's limit on open files.
 */
#define GROUP_MAX 128
#define FDS_SPARE 64 /* for the inputs, libxlsxwriter's parts, the run's own */

struct group {
    struct outfile_set files;
    size_t n, max;
    size_t idx[GROUP_MAX];
    struct result res[GROUP_MAX];
};

static size_t
group_size(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return GROUP_MAX;
    rlim_t room = rl.rlim_cur > 2 * FDS_SPARE ? (rl.rlim_cur - FDS_SPARE) / 2 : 1;
    return room < GROUP_MAX ? (size_t) room : GROUP_MAX;
}

static void
flush_group(struct group *g, struct sink *s)
{
    if (g->n == 0)
        return;
    struct errlist sync_errs;
    errlist_init(&sync_errs);
    /* The journal first: once a plan is renamed, its client's old state
     * line must not outlive a crash (it would vouch for the new plan when
     * the inputs go back to the old ones). */
    bool synced = batch_state_void(s->state, g->idx, g->n, &sync_errs) == 0
                  && outfile_set_sync(&g->files, &sync_errs) == 0;
    for (size_t k = 0; k < g->n; k++) {
        struct result *res = &g->res[k];
        size_t i = g->idx[k];
        struct errlist e;
        errlist_init(&e);
        if (!synced || outfile_set_commit(&g->files, i, &e) != 0) {
            /* Not synced: nothing of the group was renamed. Synced but a
             * rename failed: the files before it in order were renamed,
             * the rest removed, as a plan written alone would leave.
             * Failed, it gets no state line: the next run plans it again. */
            res->status = ST_FAILED;
            free(res->next);
            free(res->changes);
            res->next = res->changes = NULL;
            res->error = errlist_text(synced ? &e : &sync_errs);
        }
        errlist_free(&e);
        deliver(s, i, res);
    }
    outfile_set_clear(&g->files);
    g->n = 0;
    errlist_free(&sync_errs);
}

/* A worker's place in its share of the roster: the selected clients
 * whose position among them % jobs == worker. */
struct share {
    size_t i, nth;
};

/* The next client of the share, or run->r.n when there is none. */
static size_t
share_next(const struct run *run, int worker, int jobs, struct share *c)
{
    while (c->i < run->r.n) {
        size_t i = c->i++;
        if (run->selected[i] && run->safe[i] != NULL && (int) (c->nth++ % (size_t) jobs) == worker)
            return i;
    }
    return run->r.n;
}

/*
 * A worker reads each client's log (and maxes) in turn; when they are not
 * in the page cache every read waits on the disk, and the worker with it.
 * Asking the kernel for the files of the client PREFETCH places ahead
 * lets the disk read them while the clients before are planned.
 */
#define PREFETCH 16

static void
prefetch(const char *path)
{
    if (path == NULL)
        return;
    /* O_NONBLOCK: opening a FIFO must not hold the run up here. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        (void) posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
        close(fd);
    }
}

static void
prefetch_client(const struct roster *r, size_t i)
{
    if (i < r->n) {
        prefetch(r->v[i].log_path);
        prefetch(r->v[i].maxes_path);
    }
}

/* Plan every client of the worker's share (worker of jobs), handing each
 * result to s. Stops early, committing what is written, on a signal. */
static void
work(const struct run *run, int worker, int jobs, struct sink *s)
{
    const struct roster *r = &run->r;
    /* One per process: a forked worker fills its own. */
    struct carry k = {
        .templates = job_cache_new(), .inputs = input_hasher_new(), .shared = run->shared};
    struct group *g = xcalloc(1, sizeof *g);
    g->max = group_size();
    struct share mine = {0}, ahead = {0};
    for (int n = 0; n < PREFETCH; n++)
        prefetch_client(r, share_next(run, worker, jobs, &ahead));
    size_t i;
    while ((i = share_next(run, worker, jobs, &mine)) < r->n) {
        if (stop_requested)
            break;
        prefetch_client(r, share_next(run, worker, jobs, &ahead));
        struct result res = {0};
        if (run_client(run->o, s->state, &r->v[i], run->safe[i], &k, &g->files, i, &res)) {
            g->idx[g->n] = i;
            g->res[g->n++] = res;
            if (g->n == g->max)
                flush_group(g, s);
        } else
            deliver(s, i, &res);
    }
    flush_group(g, s);
    outfile_set_free(&g->files);
    free(g);
    input_hasher_free(k.inputs);
    job_cache_free(k.templates);
}

/* The index's row for a planned client; the strings live in buf and in
 * the spool line. */
struct index_buf {
    char block[16], week[16], last[11], flag[64], warnings[24];
};

static void
index_row_of(const struct batch_opts *o, const struct roster_entry *c, const char *file,
             const struct result *res, const struct texts *t, struct index_buf *b,
             struct index_row *row)
{
    day_t last_week = date_monday_of(o->as_of) - 7;
    memset(b, 0, sizeof *b);
    struct block blk = block_of(o, c);
    if (res->status != ST_FAILED)
        snprintf(b->block, sizeof b->block, "%d", blk.number);
    if (res->status != ST_FAILED && res->status != ST_FINISHED)
        snprintf(b->week, sizeof b->week, "%d", res->block_week);
    if (res->last_log > 0)
        date_format(b->last, res->last_log);
    /* An unchanged client had none: one with warnings is planned each run. */
    if (res->status == ST_WRITTEN || res->status == ST_UNCHANGED)
        snprintf(b->warnings, sizeof b->warnings, "%lu", res->warnings);
    /* A client with a log who has not trained lately is not progressed
     * (the planner repeats the week); the flag tells the coach why. */
    if (res->status == ST_FINISHED)
        snprintf(b->flag, sizeof b->flag, "program finished");
    else if (res->status != ST_FAILED && c->log_path != NULL) {
        if (res->last_log == 0)
            snprintf(b->flag, sizeof b->flag, "no log yet");
        else if (res->last_log < last_week)
            snprintf(b->flag, sizeof b->flag, "no log since %s", b->last);
    }
    *row = (struct index_row){
        .client = c->client,
        .file = file != NULL && res->status != ST_FAILED ? file : "",
        .status = status_names[res->status],
        .block = b->block,
        .block_week = b->week,
        .next_week = t->next,
        .changes = t->changes,
        .last_log = b->last,
        .flag = b->flag,
        .error = t->error,
        .warnings = b->warnings,
    };
}

static void
index_csv_row(FILE *fp, const struct index_row *x)
{
    const char *v[] = {x->client,  x->file,     x->status, x->block, x->block_week, x->next_week,
                       x->changes, x->last_log, x->flag,   x->error, x->warnings};
    for (size_t c = 0; c < sizeof v / sizeof *v; c++) {
        if (c > 0)
            fputc(',', fp);
        csv_put_text(fp, v[c]); /* names and errors are user text */
    }
    fputc('\n', fp);
}

/*
 * index.csv and index.xlsx (index-K-of-N.* for a shard), written side by
 * side a row at a time, reading each client's texts back from the spool:
 * the index of a roster of any size takes the same memory.
 */
/* DIR/index, or DIR/index-K-of-N for a shard: the index's path without
 * its extension. Caller frees. */
static char *
index_base(const struct batch_opts *o)
{
    return o->shard_n > 1 ? xasprintf("%s/index-%d-of-%d", o->out_dir, o->shard_k, o->shard_n)
                          : xasprintf("%s/index", o->out_dir);
}

static int
write_index(const struct batch_opts *o, const struct roster *r, const bool *selected,
            char *const *files, const struct result *results, FILE *spool, struct errlist *errs)
{
    char *base = index_base(o);
    char *csv = xasprintf("%s.csv", base), *xlsx = xasprintf("%s.xlsx", base);
    bool want_xlsx = (o->formats & FORMAT_XLSX) != 0;
    struct outfile ocsv = {0}, oxlsx = {0};
    struct index_xlsx *ix = NULL;
    char *line = NULL;
    size_t cap = 0;
    int rc = -1;

    if (outfile_open(&ocsv, csv, errs) != 0)
        goto out;
    if (want_xlsx) {
        if (outfile_reserve(&oxlsx, xlsx, errs) != 0)
            goto out;
        ix = index_xlsx_open(oxlsx.tmp, o->as_of, o->paper);
    }
    fputs("client,file,status,block,block_week,next_week,changes,last_log,flag,error,warnings\n",
          ocsv.fp);
    for (size_t i = 0; i < r->n; i++) {
        if (!selected[i] || results[i].status == ST_NONE)
            continue;
        struct texts t;
        struct index_buf b;
        struct index_row row;
        spool_get(spool, &results[i], &line, &cap, &t);
        index_row_of(o, &r->v[i], files[i], &results[i], &t, &b, &row);
        index_csv_row(ocsv.fp, &row);
        if (ix != NULL)
            index_xlsx_add(ix, &row);
    }
    int xrc = 0;
    if (ix != NULL) {
        xrc = index_xlsx_close(ix, xlsx, errs);
        ix = NULL;
    }
    if (outfile_finish(&ocsv, errs) == 0 && xrc == 0
        && (!want_xlsx || outfile_finish(&oxlsx, errs) == 0) && outfile_commit(&ocsv, errs) == 0
        && (!want_xlsx || outfile_commit(&oxlsx, errs) == 0))
        rc = 0;
out:
    if (ix != NULL)
        index_xlsx_close(ix, xlsx, errs);
    outfile_abort(&ocsv);
    outfile_abort(&oxlsx);
    free(line);
    free(csv);
    free(xlsx);
    free(base);
    return rc;
}

/* What the run did to each client's state (see batch_state_save). */
struct fate_ctx {
    const struct result *results;
    FILE *spool;
    char *line;
    size_t cap;
};

static enum state_fate
fate_of(void *ctx, size_t i, struct state_entry *e, const char **next)
{
    struct fate_ctx *f = ctx;
    const struct result *res = &f->results[i];
    switch (res->status) {
    case ST_WRITTEN:
        /* Rows of its log were skipped: plan it again next run, so its
         * warnings are shown until the log is mended. */
        if (res->warnings > 0)
            return STATE_DROP;
        if (e != NULL) {
            struct texts t;
            spool_get(f->spool, res, &f->line, &f->cap, &t);
            *next = t.next;
            *e = (struct state_entry){res->hash, res->block_week, res->last_log};
        }
        return STATE_PUT;
    case ST_FAILED: return STATE_DROP;
    default: return STATE_KEEP; /* unchanged, or not reached */
    }
}

/* Losing the state costs only planning again next time: a warning, and
 * the run still succeeds. */
static void
save_state(struct batch_state *st, const struct result *results, FILE *spool, FILE *err)
{
    struct fate_ctx f = {.results = results, .spool = spool};
    struct errlist e;
    errlist_init(&e);
    if (batch_state_save(st, fate_of, &f, &e) != 0) {
        errlist_print(&e, err, "topset: warning: ");
        fprintf(err, "topset: warning: the clients written now will be planned again next time\n");
    }
    errlist_free(&e);
    free(f.line);
}

/* --- workers --------------------------------------------------------------- */

/* The worker processes of a parallel run. */
struct workers {
    int n; /* started */
    pid_t pid[MAX_JOBS];
    FILE *rec[MAX_JOBS]; /* worker w's records (write_record) */
};

/* Fork up to jobs workers (jobs <= MAX_JOBS), worker w planning share w
 * of jobs into w->rec[w] and writing a byte to ticks[1] per client.
 * Returns 0, or -1 when fewer started (w->n says how many; errno why). */
static int
start_workers(const struct run *run, int jobs, const int ticks[2], struct workers *w)
{
    for (w->n = 0; w->n < jobs; w->n++) {
        FILE *rec = tmpfile();
        if (rec == NULL)
            return -1;
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            int saved = errno;
            fclose(rec);
            errno = saved;
            return -1;
        }
        if (pid == 0) {
            close(ticks[0]);
            struct sink sk = {.o = run->o, .state = run->state, .rec = rec, .tick = ticks[1]};
            work(run, w->n, jobs, &sk);
            fflush(rec);
            _exit(ferror(rec) ? 3 : 0);
        }
        w->pid[w->n] = pid;
        w->rec[w->n] = rec;
    }
    return 0;
}

static void
stop_workers(const struct workers *w)
{
    for (int k = 0; k < w->n; k++)
        kill(w->pid[k], SIGTERM);
}

/* Draw progress from the workers' ticks on fd until every worker has
 * closed its end. A signal to us is passed on to them, once. */
static void
follow_ticks(const struct run *run, int fd, const struct workers *w)
{
    size_t done = 0;
    char buf[256];
    bool forwarded = false;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n > 0) {
            done += (size_t) n;
            progress(run->o, run->err, done, run->total);
        } else if (n == 0 || errno != EINTR)
            break;
        if (stop_requested && !forwarded) {
            stop_workers(w);
            forwarded = true;
        }
    }
}

/* Wait for every worker and move its records into run->results (texts to
 * the spool). Returns 0, or -1 when a worker failed (the message in errs). */
static int
collect_workers(struct run *run, const struct workers *w, struct errlist *errs)
{
    int rc = 0;
    for (int k = 0; k < w->n; k++) {
        int ws;
        while (waitpid(w->pid[k], &ws, 0) < 0 && errno == EINTR)
            ;
        if (!WIFEXITED(ws) || WEXITSTATUS(ws) != 0) {
            err_at(errs, NULL, 0, 0, "topset: a batch worker failed");
            rc = -1;
        }
        rewind(w->rec[k]);
        read_records(w->rec[k], run->results, run->r.n, run->spool);
        fclose(w->rec[k]);
    }
    return rc;
}

/* Plan the run's clients in jobs worker processes (2 <= jobs <= MAX_JOBS)
 * and collect their results. Returns 0, or -1 with a message in errs when
 * a worker could not start or failed; the results of the others are in. */
static int
run_parallel(struct run *run, int jobs, struct errlist *errs)
{
    int ticks[2];
    if (pipe(ticks) != 0) {
        err_at(errs, NULL, 0, 0, "topset: cannot make a pipe: %s", strerror(errno));
        return -1;
    }
    struct workers w = {0};
    int rc = start_workers(run, jobs, ticks, &w);
    if (rc != 0) {
        err_at(errs, NULL, 0, 0, "topset: cannot start %d workers: %s", jobs, strerror(errno));
        stop_workers(&w);
    }
    close(ticks[1]);
    follow_ticks(run, ticks[0], &w);
    close(ticks[0]);
    if (collect_workers(run, &w, errs) != 0)
        rc = -1;
    return rc;
}

/*
 * A client's workbook is thousands of small allocations freed together at
 * close; glibc hands the top of the heap back to the kernel after each
 * client and asks for it again for the next, system calls and page faults
 * every time. Keeping a few megabytes in reserve removes that churn:
 * memory stays bounded by the pad, and untouched pages cost nothing.
 */
static void
keep_heap(void)
{
#if defined(HAVE_MALLOPT) && defined(M_TOP_PAD) && defined(M_TRIM_THRESHOLD)
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

/* --- the steps of a run ---------------------------------------------------- */

/* Read o's roster into run, size every array for it (no client selected
 * yet) and open the spool; err is where the run talks. Returns 0, or -1
 * with the problem in errs. Call run_free either way. */
static int
run_init(struct run *run, const struct batch_opts *o, FILE *err, struct errlist *errs)
{
    memset(run, 0, sizeof *run);
    run->lock = -1;
    if (roster_read_rows(o->roster, &run->r, errs) != 0)
        return -1;
    size_t n = run->r.n;
    run->o = o;
    run->err = err;
    run->state_dir = xasprintf("%s/%s", o->out_dir, STATE_DIR);
    run->selected = xcalloc(n, sizeof *run->selected);
    run->safe = xcalloc(n, sizeof *run->safe);
    arena_init(&run->safe_texts);
    run->results = xcalloc(n, sizeof *run->results);
    for (size_t i = 0; i < n; i++)
        run->results[i].spooled = -1;
    if ((run->spool = tmpfile()) == NULL) {
        err_at(errs, NULL, 0, 0, "topset: cannot make a temporary file: %s", strerror(errno));
        return -1;
    }
    return 0;
}

static void
run_free(struct run *run)
{
    batch_state_close(run->state);
    if (run->lock >= 0)
        close(run->lock);
    for (size_t i = 0; i < run->r.n; i++) {
        free(run->results[i].next);
        free(run->results[i].changes);
        free(run->results[i].error);
    }
    free(run->safe);
    arena_free(&run->safe_texts);
    free(run->selected);
    free(run->results);
    free(run->state_dir);
    if (run->spool != NULL)
        fclose(run->spool);
    log_shared_free(run->shared);
    roster_free(&run->r);
}

/* Make the output folder and its state folder, take the folder's lock
 * (waiting for another run, with a word on err), and remove what killed
 * runs left. Returns 0, or -1 with the problem in errs. */
static int
open_folder(struct run *run, struct errlist *errs)
{
    const char *dir = run->o->out_dir;
    if (make_dir(dir, errs) != 0 || make_dir(run->state_dir, errs) != 0)
        return -1;
    if ((run->lock = take_lock(run->o, run->err, errs)) < 0)
        return -1;
    /* Leftovers of a killed run, also of clients no longer on the roster. */
    outfile_remove_stale(dir);
    outfile_remove_stale(run->state_dir);
    return 0;
}

/*
 * Select the clients of this run's shard and give each its file name
 * (file_name.h): made on the whole roster, not the shard, so that every
 * shard gives a client the same name and no two clients of the roster
 * share one. A bad roster row keeps its name from going to another
 * client (a typo this week must not hand its file to a namesake) but
 * gets no file.
 */
static void
select_shard(struct run *run)
{
    const struct batch_opts *o = run->o;
    const struct roster *r = &run->r;
    for (size_t i = 0; i < r->n; i++) {
        if (*r->v[i].client == '\0')
            continue;
        char *name = file_name_of(r->v[i].client);
        run->safe[i] = arena_strdup(&run->safe_texts, name);
        free(name);
    }
    file_names_unique(run->safe, r->n, &run->safe_texts);
    for (size_t i = 0; i < r->n; i++) {
        const char *client = r->v[i].client;
        run->selected[i] = batch_shard_of(client, (unsigned) o->shard_n)
                           == (unsigned) (o->shard_k - 1);
        if (!run->selected[i] || r->v[i].error != NULL)
            run->safe[i] = NULL;
    }
}

/* Fail each selected client whose roster row has problems, before it is
 * planned; count the rest in run->total. */
static void
fail_bad_rows(struct run *run)
{
    const struct roster *r = &run->r;
    for (size_t i = 0; i < r->n; i++) {
        if (!run->selected[i])
            continue;
        if (r->v[i].error == NULL) {
            run->total++;
            continue;
        }
        run->results[i].status = ST_FAILED;
        run->results[i].error = xstrdup(r->v[i].error);
        spool_put(run->spool, &run->results[i]);
    }
}

/*
 * Step 1: choose what this run plans: the clients of its shard (o->shard_k
 * of o->shard_n), each under a file name no other client takes, and open
 * the state that tells which of them are unchanged since the last run.
 * Returns 0, or -1 with the problem in errs.
 */
static int
select_clients(struct run *run, struct errlist *errs)
{
    select_shard(run);
    fail_bad_rows(run);
    /* A shard's run leaves the other shards' clients their state. */
    run->state = batch_state_open(run->state_dir, run->safe, run->r.n, run->o->shard_n > 1, errs);
    return run->state != NULL ? 0 : -1;
}

/* Refuse out (errs, -1) when it is one of in's inputs. */
static int
refuse(struct file_ids *in, const char *out, struct errlist *errs)
{
    return file_ids_refuse(in, out, "--out to name a folder apart from the inputs", errs);
}

/*
 * Step 1b: refuse a run that would replace one of its inputs: a plan or
 * the index that is the roster, or any client's template, log or maxes
 * (by device and inode, so no spelling or link slips past). Returns 0, or
 * -1 with each such output in errs; then nothing is planned.
 */
static int
refuse_inputs(const struct run *run, struct errlist *errs)
{
    const struct batch_opts *o = run->o;
    const struct roster *r = &run->r;
    struct file_ids in = {0};
    file_ids_add(&in, r->path, "roster");
    for (size_t i = 0; i < r->n; i++) {
        file_ids_add(&in, r->v[i].template_path, "template");
        file_ids_add(&in, r->v[i].log_path, "log");
        for (size_t m = 0; m < r->v[i].nmore_logs; m++)
            file_ids_add(&in, r->v[i].more_logs[m], "log");
        file_ids_add(&in, r->v[i].maxes_path, "maxes");
    }
    int rc = 0;
    for (size_t f = 0; f < nformats; f++) {
        if (!(o->formats & FORMAT_BIT(f)))
            continue;
        for (size_t i = 0; i < r->n; i++) {
            if (!run->selected[i] || run->safe[i] == NULL)
                continue;
            char *out = xasprintf("%s/%s%s", o->out_dir, run->safe[i], formats[f].ext);
            rc |= refuse(&in, out, errs);
            free(out);
        }
    }
    char *base = index_base(o);
    char *csv = xasprintf("%s.csv", base), *xlsx = xasprintf("%s.xlsx", base);
    rc |= refuse(&in, csv, errs);
    if (o->formats & FORMAT_XLSX)
        rc |= refuse(&in, xlsx, errs);
    free(csv);
    free(xlsx);
    free(base);
    file_ids_free(&in);
    return rc;
}

/* A log a selected client plans from, with the strictness it is read with. */
struct log_use {
    const char *path;
    bool strict;
};

static int
cmp_use(const void *pa, const void *pb)
{
    const struct log_use *a = pa, *b = pb;
    int c = strcmp(a->path, b->path);
    return c != 0 ? c : (a->strict > b->strict) - (a->strict < b->strict);
}

static void
add_use(struct log_use **v, size_t *n, size_t *cap, const char *path, bool strict)
{
    if (*n + 1 > *cap)
        grow(v, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = (struct log_use){path, strict};
}

/*
 * Read once, into run->shared, every log that two selected clients or more
 * plan from (a gym-wide export with a client column): read per client, it
 * was read whole once per client of the roster. Before the workers fork,
 * so they share it.
 */
static void
read_shared_logs(struct run *run)
{
    const struct roster *r = &run->r;
    struct log_use *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < r->n; i++) {
        const struct roster_entry *c = &r->v[i];
        if (!run->selected[i] || run->safe[i] == NULL || c->log_path == NULL)
            continue;
        bool strict = run->o->strict || c->strict;
        add_use(&v, &n, &cap, c->log_path, strict);
        for (size_t m = 0; m < c->nmore_logs; m++)
            add_use(&v, &n, &cap, c->more_logs[m], strict);
    }
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_use);
    for (size_t i = 0; i + 1 < n; i++) {
        if (cmp_use(&v[i], &v[i + 1]) != 0 || (i > 0 && cmp_use(&v[i - 1], &v[i]) == 0))
            continue; /* not shared, or read already */
        if (run->shared == NULL)
            run->shared = log_shared_new();
        log_shared_read(run->shared, v[i].path, v[i].strict, run->o->date_order);
    }
    free(v);
}

/*
 * Step 2: plan the selected clients, in this process (-j 1, or fewer than
 * two clients) or in o->jobs workers (at most MAX_JOBS), drawing progress.
 * Each client's result lands in run->results. Returns 0, or -1 when the
 * workers could not be run (the problem in errs).
 */
static int
run_clients(struct run *run, struct errlist *errs)
{
    const struct batch_opts *o = run->o;
    read_shared_logs(run);
    progress(o, run->err, 0, run->total);
    int jobs = o->jobs < 1 ? 1 : o->jobs > MAX_JOBS ? MAX_JOBS : o->jobs;
    if (jobs == 1 || run->total < 2) {
        struct sink sk = {
            .o = o,
            .state = run->state,
            .results = run->results,
            .rec = run->spool,
            .tick = -1,
            .err = run->err,
            .total = run->total,
        };
        work(run, 0, 1, &sk);
    } else if (run_parallel(run, jobs, errs) != 0)
        return -1;
    if (o->progress)
        fputc('\n', run->err);
    return 0;
}

char *
batch_stamp(char buf[BATCH_STAMP_MAX], day_t as_of)
{
    time_t now = time(NULL);
    struct tm tm;
    char when[32] = "", day[11];
    if (gmtime_r(&now, &tm) != NULL)
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(buf, BATCH_STAMP_MAX, "%s as-of %s: ", when, date_format(day, as_of));
    return buf;
}

/* Where client c's block stands, for its log line: "week 3 of block 2". */
static void
block_text(const struct batch_opts *o, const struct roster_entry *c, const struct result *res,
           char *buf, size_t size)
{
    char d[11];
    struct block b = block_of(o, c);
    if (res->block_week == 0)
        snprintf(buf, size, "block %d starts %s", b.number, date_format(d, b.start));
    else
        snprintf(buf, size, "week %d of block %d", res->block_week, b.number);
}

/* Count the selected clients' results in stats, and log each client
 * written (unless quiet) or failed (with its problems) to err, in roster
 * order. */
static void
count_results(struct run *run, struct batch_stats *stats)
{
    const struct batch_opts *o = run->o;
    char *line = NULL, stamp[BATCH_STAMP_MAX], block[64];
    size_t cap = 0;
    for (size_t i = 0; i < run->r.n; i++) {
        const struct roster_entry *c = &run->r.v[i];
        const struct result *res = &run->results[i];
        if (!run->selected[i])
            continue;
        switch (res->status) {
        case ST_WRITTEN:
            stats->written++;
            block_text(o, c, res, block, sizeof block);
            if (res->warnings > 0) {
                /* Rows of its log were skipped: said even when quiet. */
                struct texts t;
                spool_get(run->spool, res, &line, &cap, &t);
                fprintf(run->err, "%s%s written (%s), with %lu warning%s:\n%s\n",
                        batch_stamp(stamp, o->as_of), c->client, block, res->warnings,
                        res->warnings == 1 ? "" : "s", t.error);
            } else if (!o->quiet)
                fprintf(run->err, "%s%s written (%s)\n", batch_stamp(stamp, o->as_of), c->client,
                        block);
            break;
        case ST_UNCHANGED: stats->unchanged++; break;
        case ST_FINISHED:
            stats->finished++;
            if (!o->quiet)
                fprintf(run->err, "%s%s finished (program of %d blocks)\n",
                        batch_stamp(stamp, o->as_of), c->client, c->blocks);
            break;
        case ST_FAILED: {
            struct texts t;
            spool_get(run->spool, res, &line, &cap, &t);
            stats->failed++;
            fprintf(run->err, "%s%s failed (%s:%lu):\n%s\n", batch_stamp(stamp, o->as_of),
                    c->client, c->file, c->line, t.error);
            break;
        }
        default: stats->skipped++; break;
        }
    }
    free(line);
}

/*
 * Step 3: sum the run up: the failures on err and the counts in stats
 * (for the caller's summary line), the new state saved (a failure there
 * is only a warning), the index written. Returns batch_run's result.
 */
static int
report_run(struct run *run, struct batch_stats *stats, struct errlist *errs)
{
    count_results(run, stats);
    stats->interrupted = stop_requested != 0;
    save_state(run->state, run->results, run->spool, run->err);
    if (write_index(run->o, &run->r, run->selected, run->safe, run->results, run->spool, errs) != 0)
        return -1;
    return stats->failed > 0 || stats->interrupted ? 1 : 0;
}

/* SIGINT and SIGTERM set stop_requested while a run is on; old holds the
 * handlers to put back. */
struct old_handlers {
    struct sigaction sigint, sigterm;
};

static void
catch_signals(struct old_handlers *old)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    stop_requested = 0;
    sigaction(SIGINT, &sa, &old->sigint);
    sigaction(SIGTERM, &sa, &old->sigterm);
}

static void
restore_signals(const struct old_handlers *old)
{
    sigaction(SIGINT, &old->sigint, NULL);
    sigaction(SIGTERM, &old->sigterm, NULL);
}

int
batch_run(const struct batch_opts *o, struct batch_stats *stats, FILE *err, struct errlist *errs)
{
    memset(stats, 0, sizeof *stats);
    keep_heap();
    struct run run;
    int rc = -1;
    if (run_init(&run, o, err, errs) == 0) {
        struct old_handlers old;
        catch_signals(&old);
        if (open_folder(&run, errs) == 0 && select_clients(&run, errs) == 0) {
            if (refuse_inputs(&run, errs) != 0)
                rc = -2;
            else if (run_clients(&run, errs) == 0)
                rc = report_run(&run, stats, errs);
        }
        restore_signals(&old);
    }
    run_free(&run);
    return rc;
}
