/*
 * log_field: the checks every log dialect shares (dates, set types, loads,
 * reps, RPE, units, names, the client filter). The values and their
 * messages are field.c's, so a value means the same and is reported the
 * same way whichever file it came from; this file adds the position
 * (FILE:LINE:COL: column "NAME": ...).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "field.h"
#include "log.h"
#include "log_dialect.h"
#include "names.h"
#include "util.h"

/* Report why (field.c's refusal of spec i's text, or NULL) and free it.
 * Returns 0 when why is NULL, else -1. */
static int
report(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs, size_t i,
       char *why)
{
    if (why == NULL)
        return 0;
    header_err(r->errs, r->file, row, r->idx, specs, i, "%s", why);
    free(why);
    return -1;
}

/* A date against the order in force (date_read_slash's verdict v): an
 * error, even while the row's problems are warnings. */
static int
date_against(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
             size_t i, const char *s, size_t len, int v, day_t day)
{
    const struct date_sense *ds = &r->dates;
    char iso[11];
    date_format(iso, day);
    const char *was = r->errs->as_warning;
    r->errs->as_warning = NULL;
    if (v == DATE_AGAINST_FORCED)
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "date \"%.*s\" is %s, but --date-order %s reads the %s first: give"
                   " --date-order %s, or write the date as %s",
                   (int) len, s, ds->forced == DATE_ORDER_MDY ? "day/month/year" : "month/day/year",
                   date_order_name(ds->forced), ds->forced == DATE_ORDER_MDY ? "month" : "day",
                   ds->forced == DATE_ORDER_MDY ? "dmy" : "mdy", iso);
    else
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "date \"%.*s\" is %s, but line %lu (\"%s\") put the %s first: write every"
                   " date of the file in one order (this one as %s)",
                   (int) len, s,
                   ds->decided == DATE_ORDER_MDY ? "day/month/year" : "month/day/year",
                   ds->decided_line, ds->decided_text,
                   ds->decided == DATE_ORDER_MDY ? "month" : "day", iso);
    r->errs->as_warning = was;
    return -1;
}

int
log_field_date_at(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                  size_t i, const char *s, day_t *out)
{
    if (date_parse_prefix(s, out) == 0)
        return 10;
    size_t len = 0;
    unsigned long col = r->idx[i] >= 0 ? (unsigned long) r->idx[i] + 1 : 0;
    int v = date_read_slash(&r->dates, s, row->line, col, out, &len);
    if (v == DATE_NOT_SLASH)
        return 0;
    if (v != DATE_READ)
        return date_against(r, row, specs, i, s, len, v, *out);
    return (int) len;
}

int
log_field_date(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, day_t *out)
{
    const char *text = header_text(row, r->idx, i);
    size_t len = strlen(text);
    /* The sets of a session share a date: parse it once. */
    if (len == sizeof r->last_date && memcmp(text, r->last_date, len) == 0) {
        *out = r->last_day;
        return 0;
    }
    int took = log_field_date_at(r, row, specs, i, text, out);
    if (took < 0)
        return -1;
    if (took == 0 || text[took] != '\0')
        return report(r, row, specs, i, field_date(text, out));
    if (len == sizeof r->last_date) {
        memcpy(r->last_date, text, len);
        r->last_day = *out;
    }
    return 0;
}

int
log_field_set_type(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                   size_t i, enum set_type *out, bool *failed)
{
    const char *text = header_text(row, r->idx, i);
    if (*text == '\0')
        *out = SET_WORK;
    else if (failed != NULL && ascii_casecmp(text, LOG_FAILED_SET) == 0) {
        *out = SET_WORK;
        *failed = true;
    } else if (set_type_parse(text, out) != 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "unknown set type \"%s\" (expected %s%s)", text, set_type_names_list(),
                   failed != NULL ? ", " LOG_FAILED_SET : "");
        return -1;
    }
    return 0;
}

int
log_field_weight(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                 size_t i, double *out, int *unit)
{
    *unit = UNIT_UNSPECIFIED;
    return report(r, row, specs, i,
                  field_load_unit(header_text(row, r->idx, i), FIELD_LOAD_ZERO_OK, out, unit));
}

int
log_field_reps(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    return report(r, row, specs, i, field_reps(header_text(row, r->idx, i), out));
}

int
log_field_rpe(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
              size_t i, double *out)
{
    const char *text = header_text(row, r->idx, i);
    *out = 0; /* not logged */
    if (*text == '\0')
        return 0;
    return report(r, row, specs, i, field_rpe(text, out));
}

int
log_field_unit(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    const char *text = header_text(row, r->idx, i);
    enum unit u;
    *out = UNIT_UNSPECIFIED;
    if (*text == '\0')
        return 0;
    if (report(r, row, specs, i, field_unit(text, &u)) != 0)
        return -1;
    *out = (int) u;
    return 0;
}

int
log_field_whole(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
                size_t i, long lo, long hi, long *out)
{
    const char *text = header_text(row, r->idx, i);
    *out = 0;
    if (*text == '\0')
        return 0;
    return report(r, row, specs, i, field_whole(text, lo, hi, out));
}

int
log_field_name(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, enum field_name kind, const char **out)
{
    const char *text = header_text(row, r->idx, i);
    *out = NULL;
    if (report(r, row, specs, i, field_name(text, kind)) != 0)
        return -1;
    *out = text;
    return 0;
}

/* Send the row to the log and list of the client it names (opts->route),
 * remembering their marks, so that read_row (log.c) can take its sets
 * back should the row prove bad. */
static bool
route_row(struct log_reader *r, const struct csv_row *row, size_t i)
{
    struct log *log;
    struct errlist *errs;
    if (!r->opts->route(r->opts->route_arg, header_field(row, r->idx, i), &log, &errs))
        return false;
    errs->as_warning = r->errs->as_warning;
    r->routed_n0 = log->n;
    r->routed_problems = errlist_count(errs) + errlist_warnings(errs);
    r->log = log;
    r->errs = errs;
    return true;
}

bool
log_row_wanted(struct log_reader *r, const struct csv_row *row, size_t i)
{
    if (r->idx[i] >= 0 && r->opts != NULL && r->opts->route != NULL)
        return route_row(r, row, i);
    if (r->client_key == NULL || r->idx[i] < 0)
        return true;
    char *key = name_fold(header_field(row, r->idx, i));
    bool same = strcmp(key, r->client_key) == 0;
    free(key);
    return same;
}
