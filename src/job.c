/*
 * job: read -> plan -> write, for one client. Nothing is written unless
 * every input was valid, and nothing replaces an earlier plan unless every
 * output was written in full.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "job.h"
#include "history.h"
#include "log.h"
#include "log_shared.h"
#include "maxes.h"
#include "outfile.h"
#include "plan_diff.h"
#include "planner.h"
#include "template.h"
#include "util.h"

/* --- the template cache -------------------------------------------------- */

struct cached_template {
    char *path;
    enum unit unit;
    struct stat st;    /* the file as it was read */
    struct template t; /* read and resolved for unit */
};

struct job_cache {
    struct cached_template *v;
    size_t n, cap;
};

struct job_cache *
job_cache_new(void)
{
    return xcalloc(1, sizeof(struct job_cache));
}

void
job_cache_free(struct job_cache *c)
{
    if (c == NULL)
        return;
    for (size_t i = 0; i < c->n; i++) {
        free(c->v[i].path);
        template_free(&c->v[i].t);
    }
    free(c->v);
    free(c);
}

/* Read and resolve the template of o, from the cache when it holds the same
 * file for the same unit. Returns the template (owned by the cache, or by
 * *own when there is no cache: free it with template_free), or NULL with
 * the template's problems in errs. Only templates that read cleanly are
 * kept, so a bad template is reported again for every client that uses it. */
static const struct template *
get_template(const struct job_opts *o, struct template *own, struct errlist *errs)
{
    struct job_cache *c = o->cache;
    struct stat st;
    bool have_st = c != NULL && stat(o->template_path, &st) == 0;
    if (have_st)
        for (size_t i = 0; i < c->n; i++) {
            struct cached_template *e = &c->v[i];
            if (e->unit == o->unit && strcmp(e->path, o->template_path) == 0) {
                if (stat_same_file(&e->st, &st))
                    return &e->t;
                /* Changed under us: forget it and read it again. */
                free(e->path);
                template_free(&e->t);
                c->v[i] = c->v[--c->n];
                break;
            }
        }
    size_t before = errlist_count(errs);
    if (template_read(o->template_path, own, errs) != 0)
        return NULL;
    if (errlist_count(errs) != before) {
        template_free(own);
        return NULL;
    }
    template_resolve(own, o->unit);
    if (!have_st)
        return own;
    if (c->n == c->cap) {
        c->cap = c->cap ? 2 * c->cap : 4;
        c->v = xrealloc(c->v, c->cap * sizeof *c->v);
    }
    struct cached_template *e = &c->v[c->n++];
    e->path = xstrdup(o->template_path);
    e->unit = o->unit;
    e->st = st;
    e->t = *own; /* the cache owns it now */
    memset(own, 0, sizeof *own);
    return &e->t;
}

enum unit
job_template_unit(const char *path, enum unit fallback)
{
    return job_cached_template_unit(NULL, path, fallback);
}

enum unit
job_cached_template_unit(struct job_cache *c, const char *path, enum unit fallback)
{
    /* A template read for any unit declares the same one: the unit column
     * as written, which template_resolve leaves alone. */
    struct stat st;
    if (c != NULL && stat(path, &st) == 0)
        for (size_t i = 0; i < c->n; i++)
            if (strcmp(c->v[i].path, path) == 0 && stat_same_file(&c->v[i].st, &st))
                return template_unit(&c->v[i].t, fallback);
    struct template t;
    struct errlist errs;
    errlist_init(&errs);
    enum unit u = fallback;
    if (template_read(path, &t, &errs) == 0) {
        u = template_unit(&t, fallback);
        template_free(&t);
    }
    errlist_free(&errs);
    return u;
}

/* --- one job ----------------------------------------------------------- */

/* The template's file name without folder and extension: "upper-lower". */
static char *
block_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    return xstrndup(base, dot && dot != base ? (size_t) (dot - base) : strlen(base));
}

/*
 * Write p as format f to PREFIX + f->ext through the temporary file of out,
 * and finish it: synced, or only closed when the caller syncs it later
 * with other clients' files (o->defer). Returns 0, or -1 with a message in
 * errs (the temporary file is then out's to abort).
 */
static int
write_one(const struct job_opts *o, const struct format *f, const struct plan *p,
          struct outfile *out, struct errlist *errs)
{
    char *path = xasprintf("%s%s", o->out_prefix, f->ext);
    int rc = -1;
    if (f->write_stream != NULL) {
        if (outfile_open(out, path, errs) != 0)
            goto done;
        errno = 0;
        if (f->write_stream(p, out->fp) != 0) {
            err_at(errs, path, 0, 0, "cannot write: %s",
                   errno != 0 ? strerror(errno) : "write error");
            goto done;
        }
    } else {
        if (outfile_reserve(out, path, errs) != 0)
            goto done;
        if (f->write_file(p, out->tmp, path, errs) != 0)
            goto done;
    }
    rc = o->defer != NULL ? outfile_close(out, errs) : outfile_finish(out, errs);
done:
    free(path);
    return rc;
}

/*
 * The formats of o, as indices into formats[], in the order they are
 * written and committed: the stream writers (the CSV) first, then the file
 * writers (the workbook), each in the table's order. A full disk or an
 * unwritable folder then shows on the small file, before a workbook is
 * built. Returns how many; order holds nformats.
 */
static size_t
write_order(const struct job_opts *o, size_t *order)
{
    size_t n = 0;
    for (int stream = 1; stream >= 0; stream--)
        for (size_t i = 0; i < nformats; i++)
            if ((o->formats & FORMAT_BIT(i)) && (formats[i].write_stream != NULL) == stream)
                order[n++] = i;
    return n;
}

static int
write_outputs(const struct job_opts *o, const struct plan *p, struct errlist *errs)
{
    struct outfile *out = xcalloc(nformats, sizeof *out);
    size_t *order = xcalloc(nformats, sizeof *order);
    size_t n = write_order(o, order);
    int rc = -1;
    for (size_t k = 0; k < n; k++)
        if (write_one(o, &formats[order[k]], p, &out[order[k]], errs) != 0)
            goto done;
    /* All written: only now replace what was there, or hand them on. */
    for (size_t k = 0; k < n; k++) {
        if (o->defer != NULL)
            outfile_set_add(o->defer, &out[order[k]], o->defer_tag);
        else if (outfile_commit(&out[order[k]], errs) != 0)
            goto done;
    }
    rc = 0;
done:
    for (size_t i = 0; i < nformats; i++)
        outfile_abort(&out[i]);
    free(order);
    free(out);
    return rc;
}

/* The top sets of the first week that has not begun, for the index. */
static void
summarize(const struct job_opts *o, const struct plan *p, const struct log *log,
          struct job_result *res)
{
    memset(res, 0, sizeof *res);
    if (o->as_of < p->start)
        res->block_week = 0;
    else
        res->block_week = (int) ((o->as_of - p->start) / 7) + 1;
    if (res->block_week > (int) p->nweeks)
        res->block_week = (int) p->nweeks + 1;
    for (size_t i = 0; i < log->n; i++)
        if (log->sets[i].date <= o->as_of && log->sets[i].date > res->last_log)
            res->last_log = log->sets[i].date;

    const struct plan_week *next = NULL;
    for (size_t w = 0; w < p->nweeks && next == NULL; w++)
        if (!p->weeks[w].started)
            next = &p->weeks[w];
    if (next == NULL)
        return;
    /* "Squat 100x5; Bench Press 80x6", cut as snprintf cuts; len counts
     * every character wanted, so len >= the size says some were cut. */
    size_t len = 0;
    for (size_t d = next->first_day; d < next->first_day + next->ndays; d++)
        for (size_t x = p->days[d].first_ex; x < p->days[d].first_ex + p->days[d].nex; x++) {
            long top = plan_exercise_top(p, &p->exs[x]);
            if (top < 0 || len >= sizeof res->next - 1)
                continue;
            char load[32];
            int n = snprintf(res->next + len, sizeof res->next - len, "%s%s %sx%d",
                             len > 0 ? "; " : "", p->exs[x].name,
                             fmt_num(load, p->sets[top].weight), p->sets[top].reps);
            len += n > 0 ? (size_t) n : 0;
        }
    if (len >= sizeof res->next)
        memcpy(res->next + sizeof res->next - 4, "...", 4);
}

/*
 * The top sets of the plan CSV that o's outputs will replace, into old;
 * read before it is replaced. Returns whether there is one to compare
 * with: not when the CSV is not among o's formats (a workbook is only
 * written, never read back for this), when there is none yet, or when it
 * does not read as a plan CSV (someone edited it: nothing to say).
 */
static bool
previous_tops(const struct job_opts *o, struct plan_tops *old)
{
    if (!(o->formats & FORMAT_CSV))
        return false;
    char *path = xasprintf("%s%s", o->out_prefix, formats[format_index("csv")].ext);
    struct stat st;
    struct errlist ignored;
    errlist_init(&ignored);
    bool ok = stat(path, &st) == 0 && S_ISREG(st.st_mode)
              && plan_tops_read(path, old, &ignored) == 0;
    errlist_free(&ignored);
    free(path);
    return ok;
}

/* res->changes: the coming week's top sets of p that differ from old's. */
static void
note_changes(const struct plan *p, const struct plan_tops *old, struct job_result *res)
{
    struct plan_tops now;
    plan_tops_init(&now);
    plan_tops_of_plan(p, &now);
    char *text = NULL;
    day_t week = plan_tops_coming(&now, p->as_of);
    if (week > p->as_of && plan_diff(old, &now, week, "; ", &text) > 0) {
        size_t len = strlen(text);
        if (len < sizeof res->changes)
            memcpy(res->changes, text, len + 1);
        else {
            memcpy(res->changes, text, sizeof res->changes - 4);
            memcpy(res->changes + sizeof res->changes - 4, "...", 4);
        }
    }
    free(text);
    plan_tops_free(&now);
}

/* Whether every input file opens. One that does not is reported with
 * what named it, so the message says what to fix: the option of plan
 * ("nope.csv: No such file or directory (given to --template)") or the
 * roster's row, in check's words ("r.csv:2: client "Alex": log
 * "alex.csv": No such file or directory"). */
static int
inputs_open(const struct job_opts *o, struct errlist *errs)
{
    const char *paths[3] = {o->template_path, o->log_data != NULL ? NULL : o->log_path,
                            o->maxes_path};
    static const char *const what[3] = {"template", "log", "maxes"};
    int rc = 0;
    for (size_t i = 0; i < 3 + o->nmore_logs; i++) {
        const char *path = i < 3 ? paths[i] : o->more_logs[i - 3];
        const char *was = i < 3 ? what[i] : "log";
        if (path == NULL)
            continue;
        FILE *fp = fopen(path, "rb");
        if (fp != NULL) {
            fclose(fp);
            continue;
        }
        if (o->named_in != NULL)
            err_at(errs, o->named_in, o->named_line, 0, "client \"%s\": %s \"%s\": %s",
                   o->client ? o->client : "", was, path, strerror(errno));
        else
            err_at(errs, path, 0, 0, "%s (given to --%s)", strerror(errno), was);
        rc = -1;
    }
    return rc;
}

int
job_check_outputs(const struct job_opts *o, struct errlist *errs)
{
    struct file_ids in = {0};
    file_ids_add(&in, o->template_path, "template");
    file_ids_add(&in, o->log_path, "log");
    for (size_t i = 0; i < o->nmore_logs; i++)
        file_ids_add(&in, o->more_logs[i], "log");
    file_ids_add(&in, o->maxes_path, "maxes");
    int rc = 0;
    for (size_t i = 0; i < nformats; i++) {
        if (!(o->formats & FORMAT_BIT(i)))
            continue;
        char *out = xasprintf("%s%s", o->out_prefix, formats[i].ext);
        rc |= file_ids_refuse(&in, out, "--out to name a file apart from the inputs", errs);
        free(out);
    }
    file_ids_free(&in);
    return rc;
}

/* Rows of log that name no unit take o->log_unit, when given. */
static void
give_log_unit(const struct job_opts *o, struct log *log)
{
    if (o->log_unit == 0)
        return;
    for (size_t i = 0; i < log->n; i++)
        if (log->sets[i].unit == UNIT_UNSPECIFIED)
            log->sets[i].unit = (signed char) (o->log_unit - 1);
}

/* Whether w is a load a pounds lifter logs and a kilo lifter rarely
 * does: the empty 45 lb bar, and 45 lb plates a side on it. */
static bool
pounds_like(double w)
{
    static const double loads[] = {45, 135, 225, 315, 405, 495};
    for (size_t i = 0; i < sizeof loads / sizeof *loads; i++)
        if (w == loads[i])
            return true;
    return false;
}

/*
 * A log without units, planned in kg, whose loads look like pounds (a
 * fifth of its sets or more at 45, 135, 225, 315 ...): a warning naming
 * --log-unit, at the first such set. It never refuses a plan, even with
 * --strict: it is a guess.
 */
static void
warn_pounds_like(const struct job_opts *o, const struct log *log, struct errlist *errs)
{
    if (o->log_unit != 0 || o->unit != UNIT_KG)
        return;
    size_t unitless = 0, like = 0;
    const struct log_set *first = NULL;
    for (size_t i = 0; i < log->n; i++) {
        const struct log_set *x = &log->sets[i];
        if (x->unit != UNIT_UNSPECIFIED || !(x->weight > 0))
            continue;
        unitless++;
        if (pounds_like(x->weight)) {
            like++;
            if (first == NULL)
                first = x;
        }
    }
    if (first == NULL || like < 3 || like * 5 < unitless)
        return;
    bool strict = errs->strict;
    errs->strict = false;
    warn_at(errs, first->file, first->line, 0,
            "the log names no unit and %zu of its %zu loads look like pounds (45, 135, 225, 315"
            " ...); they are read as kg: if the log is in pounds, give --log-unit lb (in a"
            " batch, the roster's log_unit column)",
            like, unitless);
    errs->strict = strict;
}

/* The log at path into log: from o->shared_logs when it holds it (a
 * roster's shared log, read once), else read. */
static int
read_one(const struct job_opts *o, const char *path, const struct log_opts *lo, struct log *log,
         struct errlist *errs)
{
    int rc = log_shared_get(o->shared_logs, path, lo->client, errs->strict, log, errs);
    return rc == LOG_SHARED_NOT_HELD ? log_read(path, lo, log, errs) : rc;
}

/* The log at o->log_path and every one of o->more_logs, merged into log
 * (log_merge), with o->log_unit given to rows that name no unit. Returns
 * 0, or -1 with every problem of every file in errs. */
static int
read_logs(const struct job_opts *o, struct log *log, struct errlist *errs)
{
    struct log_opts lo = {.client = (o->client && *o->client) ? o->client : NULL,
                          .date_order = o->date_order,
                          .data = o->log_data,
                          .len = o->log_len};
    int rc = read_one(o, o->log_path, &lo, log, errs);
    warn_pounds_like(o, log, errs);
    give_log_unit(o, log);
    lo.data = NULL;
    lo.len = 0;
    for (size_t i = 0; i < o->nmore_logs; i++) {
        struct log more;
        log_init(&more);
        if (read_one(o, o->more_logs[i], &lo, &more, errs) == 0) {
            warn_pounds_like(o, &more, errs);
            give_log_unit(o, &more);
            log_merge(log, &more);
        } else {
            rc = -1;
        }
        log_free(&more);
    }
    return rc;
}

int
job_run(const struct job_opts *o, struct errlist *errs, struct job_result *res)
{
    struct template own;
    const struct template *t = NULL;
    struct log log;
    struct maxes maxes = {0};
    struct plan plan;
    struct plan_tops old;
    int rc = -1;
    bool have_maxes = false, have_old = false;

    log_init(&log);
    plan_init(&plan);
    plan_tops_init(&old);
    size_t before = errlist_count(errs);
    bool was_strict = errs->strict;
    errs->strict = was_strict || o->strict;

    /* Read every input before giving up, so one run shows every problem. */
    memset(&own, 0, sizeof own);
    if (inputs_open(o, errs) != 0)
        goto done;
    t = get_template(o, &own, errs);
    if (t != NULL) /* for every client: a cached template warns each */
        template_step_warnings(t, o->unit, errs);
    if (o->log_path != NULL)
        read_logs(o, &log, errs);
    if (o->maxes_path != NULL && maxes_read(o->maxes_path, &maxes, errs) == 0)
        have_maxes = true;
    if (t == NULL || errlist_count(errs) != before)
        goto done;
    if (o->log_path != NULL)
        history_report_unmatched(&log, t, errs);

    char *block = block_name(o->template_path);
    struct planner_opts po = {
        .weeks = o->weeks,
        .start = o->start,
        .as_of = o->as_of,
        .unit = o->unit,
        .paper = o->paper,
        .client = o->client,
        .block = block,
    };
    int built = planner_build(t, o->log_path ? &log : NULL, have_maxes ? &maxes : NULL, &po, &plan,
                              errs);
    free(block);
    if (built != 0)
        goto done;
    /* What the plan replaces, read before it is replaced. */
    have_old = res != NULL && previous_tops(o, &old);
    rc = write_outputs(o, &plan, errs);
    if (rc == 0 && res != NULL) {
        summarize(o, &plan, &log, res);
        if (have_old)
            note_changes(&plan, &old, res);
    }
done:
    plan_tops_free(&old);
    plan_free(&plan);
    if (t == &own)
        template_free(&own);
    if (have_maxes)
        maxes_free(&maxes);
    log_free(&log);
    errs->strict = was_strict;
    return rc;
}
