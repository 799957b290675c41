/*
 * job: one plan from files to files: read the template, log and maxes,
 * build the plan, write it in each chosen format (PREFIX.xlsx, PREFIX.csv)
 * through temporary files, and rename them into place only when every
 * output was written. Used by `topset plan` and, per client, by
 * `topset batch`.
 */
#ifndef TOPSET_JOB_H
#define TOPSET_JOB_H

#include "date.h"
#include "outfile.h"
#include "errors.h"
#include "formats.h"
#include "load.h"
#include "plan.h"

/* Templates read once and reused by later jobs of one process (a roster
 * shares a handful of programs among many clients). A cached template is
 * read again when its file's size, time or inode changed. */
struct job_cache;
struct log_shared;
struct job_cache *job_cache_new(void);
void job_cache_free(struct job_cache *c);

struct job_opts {
    const char *template_path; /* required */
    const char *log_path;      /* NULL: no history */
    const char *log_data;      /* the log's bytes when already read, else NULL */
    size_t log_len;
    /* More logs, merged into log_path's (log_merge: a set two of them
     * hold is counted once); only with log_path. */
    const char *const *more_logs;
    size_t nmore_logs;
    const char *maxes_path; /* NULL: none */
    const char *client;     /* NULL or "": none */
    /* The roster row that named the files ("FILE", its line), so a
     * missing one is reported there; NULL: plan's options named them. */
    const char *named_in;
    unsigned long named_line;
    const char *out_prefix; /* PREFIX: writes PREFIX + each format's ext */
    int weeks;
    day_t start; /* a Monday */
    day_t as_of;
    enum unit unit;
    enum paper paper;
    unsigned formats; /* a set of formats (formats.h): FORMAT_BIT(i) */
    /* A log row that cannot be read refuses the plan (--strict, a roster's
     * strict column), as in a strict errlist: job_run makes errs strict
     * while it runs. Here too so the batch's fingerprint holds it. */
    bool strict;
    /* The unit of a log's rows that name none (--log-unit, a roster's
     * log_unit): 0, the plan's; else 1 + enum unit, so that a zeroed
     * job_opts reads logs as before. */
    int log_unit;
    int date_order;          /* enum date_order of the logs' slash dates (--date-order), or AUTO */
    struct job_cache *cache; /* NULL: read the template every time */
    /* Logs a roster shares, read once for every client (log_shared.h);
     * a log it holds is taken from there, others are read. NULL: none. */
    const struct log_shared *shared_logs;
    /* NULL: sync and rename the outputs before returning. Otherwise the
     * finished, unsynced outputs join this set under defer_tag, and the
     * caller syncs and commits them (a batch's group commit). */
    struct outfile_set *defer;
    size_t defer_tag;
};

/* What a batch index shows of a plan. */
#define JOB_SUMMARY_MAX 512
struct job_result {
    int block_week;             /* the week of the block holding as-of; 0 before it
                                      starts; weeks + 1 after it ended */
    char next[JOB_SUMMARY_MAX]; /* next week's top sets: "Bench Press 102.5x5; ..." */
    day_t last_log;             /* the latest logged date on or before as-of; 0: none */
    /* The top sets of that week that differ from the plan CSV this job
     * replaced (plan_diff.h): "Bench Press 100x6 -> 102.5x5; ...". Empty
     * when nothing moved, and when there was no plan CSV to compare: the
     * first plan, a CSV that does not read, or no CSV among the formats. */
    char changes[JOB_SUMMARY_MAX];
};

/*
 * Whether every output of o (PREFIX + each format's extension) is apart
 * from its inputs: an output that is the template, the log or the maxes
 * (the same device and inode, whatever the spelling of the path) would
 * replace it. Returns 0, or -1 with "OUT: the output would overwrite the
 * template T (expected ...)" in errs. job_run does not check: the caller
 * does, first, since refusing is a usage error.
 */
int job_check_outputs(const struct job_opts *o, struct errlist *errs);

/* Returns 0 when every output was written (or, with defer, is ready to
 * commit); -1 with problems in errs (and every previous output left as it
 * was). res may be NULL. */
int job_run(const struct job_opts *o, struct errlist *errs, struct job_result *res);

/*
 * The unit of a plan of template path when no --unit names one: the unit
 * the template declares (template_unit), else fallback, also when the
 * template cannot be read (job_run then reports why).
 */
enum unit job_template_unit(const char *path, enum unit fallback);

/* The same, from a template cache c has (any unit) when it has one, so a
 * roster's clients of one program read it once; c may be NULL. */
enum unit job_cached_template_unit(struct job_cache *c, const char *path, enum unit fallback);

#endif
