/*
 * log_field: the checks every log dialect shares (dates, set types, loads,
 * reps, RPE, units, the client filter), so a value means the same and is
 * reported the same way whichever file it came from.
 *
 * A log is thousands of rows of a few fields each, so fields are read
 * where they are in the row, without a copy per field, and plain numbers
 * without strtod.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "log_dialect.h"
#include "names.h"
#include "plan_csv.h"
#include "util.h"

#define MAX_REPS 1000

/* The blanks trim() takes off (util.c). */
static bool
is_blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

const char *
log_field_peek(const struct log_reader *r, const struct csv_row *row, size_t i, char **spare)
{
    const char *s = header_field(row, r->idx, i);
    *spare = NULL;
    while (is_blank_byte((unsigned char) *s))
        s++;
    size_t n = strlen(s);
    if (n == 0 || !is_blank_byte((unsigned char) s[n - 1]))
        return s;
    *spare = trim(xstrndup(s, n));
    return *spare;
}

int
log_field_date(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, day_t *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
    size_t len = strlen(text);
    int rc = 0;
    if (len == 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i, "empty (expected a date YYYY-MM-DD)");
        rc = -1;
    } else if (len == sizeof r->last_date && memcmp(text, r->last_date, len) == 0)
        *out = r->last_day;    /* the date of the row before, already checked */
    else if (date_parse(text, out) != 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected a date YYYY-MM-DD, got \"%s\"", text);
        rc = -1;
    } else if (len == sizeof r->last_date) {
        memcpy(r->last_date, text, len);
        r->last_day = *out;
    }
    free(spare);
    return rc;
}

int
log_field_set_type(struct log_reader *r, const struct csv_row *row,
                   const struct column_spec *specs, size_t i, enum set_type *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
    int rc = 0;
    if (*text == '\0')
        *out = SET_WORK;
    else if (set_type_parse(text, out) != 0) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "unknown set type \"%s\" (expected %s)", text, set_type_names_list());
        rc = -1;
    }
    free(spare);
    return rc;
}

int
log_field_weight(struct log_reader *r, const struct csv_row *row,
                 const struct column_spec *specs, size_t i, double *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
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
    free(spare);
    return rc;
}

int
log_field_reps(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
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
    free(spare);
    return rc;
}

int
log_field_rpe(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
              size_t i, double *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
    int rc = 0;
    *out = 0;
    if (*text != '\0' && (parse_double(text, out) != 0 || !(*out > 0 && *out <= 10))) {
        header_err(r->errs, r->file, row, r->idx, specs, i,
                   "expected an RPE above 0 and up to 10, or nothing, got \"%s\"", text);
        *out = 0;
        rc = -1;
    }
    free(spare);
    return rc;
}

int
log_field_unit(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, int *out)
{
    char *spare;
    const char *text = log_field_peek(r, row, i, &spare);
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
    free(spare);
    return rc;
}

int
log_field_name(struct log_reader *r, const struct csv_row *row, const struct column_spec *specs,
               size_t i, const char *what, const char **out, char **spare)
{
    const char *text = log_field_peek(r, row, i, spare);
    if (name_is_blank(text)) {
        if (*text == '\0')
            header_err(r->errs, r->file, row, r->idx, specs, i, "empty (expected %s)", what);
        else
            header_err(r->errs, r->file, row, r->idx, specs, i,
                       "expected %s with letters or digits, got \"%s\"", what, text);
        free(*spare);
        *spare = NULL;
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
