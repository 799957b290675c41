/*
 * batch: a coach's whole roster in one run, safe to start from cron. Each
 * client is planned in isolation (a bad file fails that client only, and
 * its previous plan stays); -j N forks workers; --shard K/N takes a stable
 * share of the roster; clients whose inputs did not change are skipped; a
 * lock keeps two runs from interleaving; DIR/index.csv sums it all up.
 */
#ifndef TOPSET_BATCH_H
#define TOPSET_BATCH_H

#include <stdbool.h>
#include <stdio.h>

#include "date.h"
#include "errors.h"
#include "plan.h"

struct batch_opts {
    const char *roster;  /* the roster CSV */
    const char *out_dir; /* created if missing */
    int jobs;            /* worker processes, >= 1 */
    day_t as_of;
    int shard_k, shard_n; /* 1 <= k <= n; 1/1 takes every client */
    unsigned formats;     /* a set of formats (formats.h): FORMAT_BIT(i) */
    enum paper paper;
    bool progress;  /* draw progress on err */
    bool force;     /* plan every client, even unchanged ones */
    bool strict;    /* every client's warnings are errors (--strict) */
    bool quiet;     /* no line for a client written: failures and the summary only */
    int log_unit;   /* --log-unit: as job_opts.log_unit; a roster's log_unit wins */
    int date_order; /* --date-order: enum date_order, for every client's logs */
};

/* Counts of one run, for the summary line. */
struct batch_stats {
    unsigned long written, unchanged, failed, skipped;
    unsigned long finished; /* past the roster's blocks: not planned */
    bool interrupted;
};

/*
 * Run the batch. At the end, in roster order, a line per client written
 * ("STAMP Alex written (week 3 of block 1)", none when o->quiet) or failed
 * ("STAMP Bea failed (roster.csv:3):", then its problems, a line each) is
 * printed to err, STAMP being batch_stamp's; a problem with the roster or
 * the output folder is returned in errs.
 * Returns 0 when every client was written or unchanged, 1 when at least one
 * failed (the others were still written), -1 when the run could not start,
 * -2 when an output would replace an input (the roster, a template, a log
 * or the maxes): nothing was planned.
 */
int batch_run(const struct batch_opts *o, struct batch_stats *stats, FILE *err,
              struct errlist *errs);

/* What starts every line a run logs for cron (a client written or
 * failed, the summary): the time now, ISO 8601 in UTC, and the as-of day,
 * "2026-11-22T22:00:01Z as-of 2026-11-22: ", in buf. Returns buf. */
#define BATCH_STAMP_MAX 64
char *batch_stamp(char buf[BATCH_STAMP_MAX], day_t as_of);

/* Which shard (0-based, of n) a client belongs to: a hash of its name, so
 * the split is the same on every machine and every run. */
unsigned batch_shard_of(const char *client, unsigned n);

#endif
