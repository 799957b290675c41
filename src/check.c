/*
 * check: tells a file's kind from its header row and runs that kind's
 * reader on it, which reports every problem. Nothing is written.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "csvread.h"
#include "header.h"
#include "history.h"
#include "log.h"
#include "maxes.h"
#include "names.h"
#include "roster.h"
#include "template.h"
#include "util.h"

enum kind { K_UNKNOWN, K_TEMPLATE, K_MAXES, K_ROSTER, K_LOG };

/* Which columns make a kind; the first match wins, logs are the rest. A
 * template is also a header with day and exercise but no date (every log
 * has a date), so a template missing top_reps is still read as one. */
static const struct {
    enum kind kind;
    const char *has[3];
    const char *lacks;
} kinds[] = {
    {K_TEMPLATE, {"day", "exercise", "top_reps"}, NULL},
    {K_TEMPLATE, {"day", "exercise", NULL}, "date"},
    {K_MAXES, {"exercise", "one_rm", NULL}, NULL},
    {K_MAXES, {"exercise", "training_max", NULL}, NULL},
    {K_ROSTER, {"client", "template", NULL}, NULL},
};

/* Whether the header has a column named name or one near it ("dya" for
 * day, "excercise" for exercise: closest_name). */
static bool
header_near(const struct csv_row *row, const char *name)
{
    for (size_t i = 0; i < row->n; i++)
        if (closest_name(row->fields[i], &name, 1) != NULL)
            return true;
    return false;
}

/* The kind whose columns the header has, each named exactly (near) or
 * near it (a misspelt one); K_LOG when none. */
static enum kind
kind_of(const struct csv_row *row, bool near)
{
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++) {
        bool match = kinds[i].lacks == NULL || !header_has(row, kinds[i].lacks);
        for (size_t c = 0; c < 3 && kinds[i].has[c] != NULL; c++)
            match = match
                    && (near ? header_near(row, kinds[i].has[c])
                             : header_has(row, kinds[i].has[c]));
        if (match)
            return kinds[i].kind;
    }
    return K_LOG;
}

/* A header with a kind's columns is that kind; else one with them all
 * but misspelt ("dya,excercise,top_reps" is a template with two typos,
 * whose reader then names them), else a log (whose reader knows the
 * apps' layouts). */
static int
on_header(const struct csv_row *row, void *arg)
{
    enum kind *k = arg;
    *k = kind_of(row, false);
    if (*k == K_LOG)
        *k = kind_of(row, true);
    return 1; /* the header is all we need */
}

static int
check_template(const char *path, struct errlist *errs)
{
    struct template t;
    if (template_read(path, &t, errs) != 0)
        return -1;
    /* Loads off the step, as plan would warn in its default unit, kg
     * (rows with a unit column of lb are checked when planned in lb). */
    size_t before = errlist_count(errs);
    template_resolve(&t, UNIT_KG);
    template_step_warnings(&t, UNIT_KG, errs);
    template_free(&t);
    return errlist_count(errs) == before ? 0 : -1;
}

static int
check_maxes(const char *path, struct errlist *errs)
{
    struct maxes m;
    if (maxes_read(path, &m, errs) != 0)
        return -1;
    maxes_free(&m);
    return 0;
}

static int
check_log(const char *path, const struct template *t, int date_order, struct errlist *errs,
          const char **kind)
{
    struct log log;
    log_init(&log);
    struct log_opts lo = {.date_order = date_order};
    int rc = log_read(path, &lo, &log, errs);
    if (rc == 0 && t != NULL)
        history_report_unmatched(&log, t, errs);
    if (rc == 0)
        *kind = strcmp(log.format, "native") == 0     ? "log (native)"
                : strcmp(log.format, "plan") == 0     ? "log (plan)"
                : strcmp(log.format, "workbook") == 0 ? "log (plan workbook)"
                                                      : "log (app export)";
    log_free(&log);
    return rc;
}

/* A file the roster names: open it first so a missing one is reported at
 * the roster's line, then check it with its own reader. */
static int
check_named(const struct roster_entry *e, const char *what, const char *path, int date_order,
            struct errlist *errs)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        err_at(errs, e->file, e->line, 0, "client \"%s\": %s \"%s\": %s", e->client, what, path,
               strerror(errno));
        return -1;
    }
    fclose(fp);
    const char *kind = NULL;
    if (strcmp(what, "template") == 0)
        return check_template(path, errs);
    if (strcmp(what, "maxes") == 0)
        return check_maxes(path, errs);
    return check_log(path, NULL, date_order, errs, &kind);
}

static bool
seen_before(const struct roster *r, size_t upto, size_t field, const char *path)
{
    for (size_t i = 0; i < upto; i++) {
        const struct roster_entry *x = &r->v[i];
        const char *p = field == 0 ? x->template_path : field == 1 ? x->log_path : x->maxes_path;
        if (p != NULL && strcmp(p, path) == 0)
            return true;
    }
    return false;
}

static int
check_roster(const char *path, int date_order, struct errlist *errs)
{
    struct roster r;
    if (roster_read(path, &r, errs) != 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < r.n; i++) {
        const struct roster_entry *e = &r.v[i];
        const char *paths[3] = {e->template_path, e->log_path, e->maxes_path};
        static const char *const what[3] = {"template", "log", "maxes"};
        for (size_t f = 0; f < 3; f++)
            if (paths[f] != NULL && !seen_before(&r, i, f, paths[f])
                && check_named(e, what[f], paths[f], date_order, errs) != 0)
                rc = -1;
        for (size_t m = 0; m < e->nmore_logs; m++)
            if (check_named(e, "log", e->more_logs[m], date_order, errs) != 0)
                rc = -1;
        /* batch plans such a client not at all; say so now. */
        if (e->has_start && date_weekday(e->start) != 0) {
            char d[11];
            err_at(errs, e->file, e->line, 0, "client \"%s\": start %s is not a Monday", e->client,
                   date_format(d, e->start));
            rc = -1;
        }
    }
    roster_free(&r);
    return rc;
}

int
check_file(const char *path, const struct template *t, int date_order, struct errlist *errs,
           const char **kind)
{
    enum kind k = K_UNKNOWN;
    *kind = NULL;
    struct csvread_opts opts = {0};
    if (log_is_workbook(path))
        k = K_LOG; /* a filled-in plan workbook: no header row to read here */
    else if (csvread_file(path, &opts, on_header, &k, errs) < 0 || k == K_UNKNOWN)
        return -1;
    switch (k) {
    case K_TEMPLATE: *kind = "template"; return check_template(path, errs);
    case K_MAXES: *kind = "maxes"; return check_maxes(path, errs);
    case K_ROSTER: *kind = "roster"; return check_roster(path, date_order, errs);
    case K_LOG: *kind = "log"; return check_log(path, t, date_order, errs, kind);
    case K_UNKNOWN: break;
    }
    return -1;
}
