/*
 * log_field: the checks every log dialect shares (dates, set types, loads,
 * reps, RPE, units, the client filter), so a value means the same and is
 * reported the same way whichever file it came from.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "log_dialect.h"
#include "names.h"
#include "plan_csv.h"
#include "util.h"

#define MAX_REPS 1000

char *
log_field_text(const struct log_reader *r, const struct csv_row *row, size_t i)
{
    return trim(xstrdup(header_field(row, r->idx, i)));
}

char *
log_unguard(char *text)
{
    const char *plain = csv_text_unguard(text);
    if (plain != text)
        memmove(text, plain, strlen(plain) + 1);
    return text;
}

int
log_field_date(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, day_t *out)
{
    char *text = log_field_text(r, row, i);
    int rc = 0;
    if (*text == '\0') {
        header_err(r->errs, r->file, row, r->idx, specs, i, "empty (expected a date YYYY-MM-DD)");
        rc = -1;
    } else if (date_parse(text, out) != 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected a date YYYY-MM-DD, got \"%s\"", text);
        rc = -1;
    }
    free(text);
    return rc;
}

int
log_field_set_type(struct log_reader *r, const struct csv_row *row,
                   const struct column_spec *specs, size_t i, enum set_type *out)
{
    char *text = log_field_text(r, row, i);
    int rc = 0;
    if (*text == '\0')
        *out = SET_WORK;
    else if (set_type_parse(text, out) != 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "unknown set type \"%s\" (expected %s)", text, set_type_names_list());
        rc = -1;
    }
    free(text);
    return rc;
}

int
log_field_weight(struct log_reader *r, const struct csv_row *row,
                 const struct column_spec *specs, size_t i, double *out)
{
    char *text = log_field_text(r, row, i);
    int rc = 0;
    if (*text == '\0') {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "empty (expected a load of 0 or more, 0 for bodyweight)");
        rc = -1;
    } else if (parse_double(text, out) != 0 || *out < 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected a load of 0 or more (0 for bodyweight), got \"%s\"", text);
        rc = -1;
    } else if (*out > LOAD_MAX) {
        /* 1e308 parses, but progression would overflow it to inf. */
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected a load of at most %d, got \"%s\"", LOAD_MAX, text);
        rc = -1;
    }
    free(text);
    return rc;
}

int
log_field_reps(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    char *text = log_field_text(r, row, i);
    long v = 0;
    int rc = 0;
    if (*text == '\0') {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "empty (expected a whole number from 0 to %d)", MAX_REPS);
        rc = -1;
    } else if (parse_int(text, &v) != 0 || v < 0 || v > MAX_REPS) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected a whole number from 0 to %d, got \"%s\"", MAX_REPS, text);
        rc = -1;
    } else
        *out = (int) v;
    free(text);
    return rc;
}

int
log_field_rpe(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
              size_t i, double *out)
{
    char *text = log_field_text(r, row, i);
    int rc = 0;
    *out = 0;
    if (*text != '\0' && (parse_double(text, out) != 0 || !(*out > 0 && *out <= 10))) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected an RPE above 0 and up to 10, or nothing, got \"%s\"", text);
        *out = 0;
        rc = -1;
    }
    free(text);
    return rc;
}

int
log_field_unit(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    char *text = log_field_text(r, row, i);
    enum unit u;
    int rc = 0;
    *out = UNIT_UNSPECIFIED;
    if (*text == '\0')
        ;
    else if (unit_parse(text, &u) == 0)
        *out = (int) u;
    else {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "unknown unit \"%s\" (expected kg or lb)", text);
        rc = -1;
    }
    free(text);
    return rc;
}

int
log_field_name(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, const char *what, char **out)
{
    char *text = log_field_text(r, row, i);
    char *key = name_fold(text);
    bool empty = *key == '\0';
    free(key);
    if (empty) {
        if (*text == '\0')
            header_err(r->errs, r->file, row, r->idx, specs, i, "empty (expected %s)", what);
        else
            header_err(r->errs, r->file, row, r->idx, specs, i,
                       "expected %s with letters or digits, got \"%s\"", what, text);
        free(text);
        *out = NULL;
        return -1;
    }
    *out = text;
    return 0;
}

bool
log_row_wanted(const struct log_reader *r, const struct csv_row *row, size_t i)
{
    if (r->client_key == NULL || r->idx[i] < 0)
        return true;
    char *key = name_fold(header_field(row, r->idx, i));
    bool same = strcmp(key, r->client_key) == 0;
    free(key);
    return same;
}
