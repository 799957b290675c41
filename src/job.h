/*
 * job: one plan from files to files: read the template, log and maxes,
 * build the plan, write PREFIX.xlsx and PREFIX.csv through temporary files,
 * and rename them into place only when every output was written. Used by
 * `topset plan` and, per client, by `topset batch`.
 */
#ifndef TOPSET_JOB_H
#define TOPSET_JOB_H

#include "date.h"
#include "errors.h"
#include "load.h"
#include "plan.h"

enum { FORMAT_XLSX = 1, FORMAT_CSV = 2 };

struct job_opts {
    const char *template_path;     /* required */
    const char *log_path;          /* NULL: no history */
    const char *maxes_path;        /* NULL: none */
    const char *client;            /* NULL or "": none */
    const char *out_prefix;        /* PREFIX: writes PREFIX.xlsx / PREFIX.csv */
    int weeks;
    day_t start;                   /* a Monday */
    day_t as_of;
    enum unit unit;
    enum paper paper;
    unsigned formats;              /* FORMAT_XLSX | FORMAT_CSV */
};

/* Returns 0 when every output was written; -1 with problems in errs (and
 * every previous output left as it was). */
int job_run(const struct job_opts *o, struct errlist *errs);

#endif
