/*
 * roster: the batch roster CSV (topset-formats(5), ROSTER):
 * client,template,log,maxes,unit,start,weeks,blocks,strict, one row per client. Paths
 * are relative to the roster file's folder and stored resolved; the log
 * column may name several logs, separated by ";".
 */
#ifndef TOPSET_ROSTER_H
#define TOPSET_ROSTER_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "errors.h"
#include "util.h"

/* An entry of a row with problems (roster_read_rows) has its client as
 * written (maybe empty, or another row's), its file, line and error; the
 * rest is unset. */
struct roster_entry {
    char *client;        /* non-empty, unique (folded) in the roster */
    char *template_path; /* resolved; never NULL */
    char *log_path;      /* resolved, or NULL: no log */
    /* More logs ("a.csv;b.csv": the ones after the first), resolved, merged
     * into log_path's; NULL when none. In the roster's texts. */
    const char **more_logs;
    size_t nmore_logs;
    char *maxes_path; /* resolved, or NULL: no maxes */
    int unit;         /* enum unit, or -1: the default */
    bool has_start;
    day_t start;      /* when has_start (not checked to be a Monday) */
    int weeks;        /* 1..52, or 0: the default */
    int blocks;       /* 1..1000 blocks in the program, or 0: no limit */
    bool strict;      /* a row of its log that cannot be read refuses the plan */
    int log_unit;     /* enum unit of its log's unitless rows, or -1: the plan's */
    const char *file; /* the roster's path (owned by the roster) */
    unsigned long line;
    const char *error; /* NULL; or the row's problems, a line each (roster_read_rows) */
};

struct roster {
    char *path;
    struct roster_entry *v;
    size_t n;
    /* Every entry's texts, packed: a roster of thousands is held for a
     * whole batch, and a malloc per name and path cost half of it. */
    struct arena texts;
};

/*
 * Read and check a roster. On success returns 0 with *r filled (free with
 * roster_free). On any problem reports every one to errs, keeps nothing
 * and returns -1. A roster without clients is a problem. Referenced files
 * are not opened here (check_file does that).
 */
int roster_read(const char *path, struct roster *r, struct errlist *errs);

/*
 * As roster_read, for a batch: a row's own problems (a bad value, a name
 * already on the roster, a field past the header) fail that row alone. It
 * is kept, with its problems in error, so the batch fails that client and
 * plans the others. Problems of the file as a whole (unreadable, an
 * unusable header, no rows) still fail it: returns -1, keeping nothing.
 */
int roster_read_rows(const char *path, struct roster *r, struct errlist *errs);
void roster_free(struct roster *r);

#endif
