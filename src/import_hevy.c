/*
 * import_hevy: the Hevy app's CSV export (issue 3):
 *   "title","start_time","end_time","description","exercise_title","superset_id",
 *   "exercise_notes","set_index","set_type","weight_kg","reps","distance_km",
 *   "duration_seconds","rpe"
 * A lb account writes weight_lbs and distance_miles instead. start_time is
 * "15 Sep 2025, 07:48" or, in US English, "Jul 5, 2026, 10:21 AM"; title is
 * the day; set_type is normal, warmup, failure or dropset. The file lists
 * the newest workout first (log_sort makes it chronological) and notes
 * carry a literal backslash-n for a line break.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "import_util.h"
#include "log_dialect.h"

enum {
    H_TITLE,
    H_START,
    H_EXERCISE,
    H_NOTES,
    H_SET_INDEX,
    H_SET_TYPE,
    H_WEIGHT_KG,
    H_WEIGHT_LBS,
    H_REPS,
    H_DISTANCE_KM,
    H_DISTANCE_MILES,
    H_DURATION,
    H_RPE,
    H_COUNT
};

static const struct column_spec specs[H_COUNT] = {
    [H_TITLE] = {"title", true},
    [H_START] = {"start_time", true},
    [H_EXERCISE] = {"exercise_title", true},
    [H_NOTES] = {"exercise_notes", false},
    [H_SET_INDEX] = {"set_index", true},
    [H_SET_TYPE] = {"set_type", true},
    [H_WEIGHT_KG] = {"weight_kg", false}, /* one of the two: begin() checks */
    [H_WEIGHT_LBS] = {"weight_lbs", false},
    [H_REPS] = {"reps", true},
    [H_DISTANCE_KM] = {"distance_km", false},
    [H_DISTANCE_MILES] = {"distance_miles", false},
    [H_DURATION] = {"duration_seconds", false},
    [H_RPE] = {"rpe", false},
};

static const struct {
    const char *name;
    enum set_type type;
    bool failed; /* log_set.failed: never the top set (history.c) */
} set_types[] = {
    {"normal", SET_WORK, false},
    {"warmup", SET_WARMUP, false},
    {"failure", SET_WORK, true},
    {"dropset", SET_DROP, false},
};

static bool
hevy_detect(const struct csv_row *h)
{
    return header_has(h, "exercise_title") && header_has(h, "set_type");
}

static int hevy_begin(struct log_reader *r, const struct csv_row *header);
static int hevy_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_hevy = {
    "hevy", "Hevy", hevy_detect, hevy_begin, hevy_row, import_end, false,
};

static int
hevy_begin(struct log_reader *r, const struct csv_row *header)
{
    const struct log_dialect *d = &log_dialect_hevy;
    bool kg = header_has(header, specs[H_WEIGHT_KG].name);
    bool lbs = header_has(header, specs[H_WEIGHT_LBS].name);
    if (kg == lbs)
        err_at(r->errs, r->file, header->line, 0,
               "%s export: %s column \"weight_kg\" or \"weight_lbs\"", d->description,
               kg ? "expected only one" : "missing");
    r->unit = lbs ? UNIT_LB : UNIT_KG;
    import_start(r, d, specs, H_COUNT);
    if (import_map(r, header) != 0)
        return -1;
    if (kg == lbs) {
        import_end(r); /* frees the state: end() is not called after a failed begin() */
        return -1;
    }
    return 0;
}

/* A month name or its abbreviation of 3 letters or more: "Sep", "Sept". */
static int
parse_month(const char *s, int *month, size_t *len)
{
    static const char *const months[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december",
    };
    size_t n = 0;
    while ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= 'A' && s[n] <= 'Z'))
        n++;
    if (n < 3)
        return -1;
    for (int m = 0; m < 12; m++)
        if (n <= strlen(months[m]) && ascii_ncasecmp(s, months[m], n) == 0) {
            *month = m + 1;
            *len = n;
            return 0;
        }
    return -1;
}

static int
parse_digits(const char **p, int min, int max, int *out)
{
    int n = 0, v = 0;
    while (n < max && (*p)[n] >= '0' && (*p)[n] <= '9')
        v = v * 10 + ((*p)[n++] - '0');
    if (n < min || ((*p)[n] >= '0' && (*p)[n] <= '9'))
        return -1;
    *p += n;
    *out = v;
    return 0;
}

static bool
eat(const char **p, char c)
{
    if (**p != c)
        return false;
    (*p)++;
    return true;
}

/* "15 Sep 2025, 07:48" or "Jul 5, 2026, 10:21 AM". */
static int
parse_hevy_date(const char *s, day_t *date, int *minutes)
{
    const char *p = s;
    int y, m, d;
    size_t len;
    while (*p == ' ')
        p++;
    if (*p >= '0' && *p <= '9') {
        if (parse_digits(&p, 1, 2, &d) || !eat(&p, ' ') || parse_month(p, &m, &len))
            return -1;
        p += len;
        if (!eat(&p, ' ') || parse_digits(&p, 4, 4, &y))
            return -1;
    } else {
        if (parse_month(p, &m, &len))
            return -1;
        p += len;
        if (!eat(&p, ' ') || parse_digits(&p, 1, 2, &d) || !eat(&p, ',') || !eat(&p, ' ')
            || parse_digits(&p, 4, 4, &y))
            return -1;
    }
    if (!eat(&p, ','))
        return -1;
    while (*p == ' ')
        p++;
    int n = import_time_of_day(p, minutes);
    if (n < 0)
        return -1;
    p += n;
    while (*p == ' ')
        p++;
    if (*p != '\0' || !date_valid_ymd(y, m, d))
        return -1;
    *date = date_from_ymd(y, m, d);
    return 0;
}

/* Hevy writes a line break in a note as the two characters \n. */
static char *
unescape_notes(const char *s)
{
    char *out = xmalloc(strlen(s) + 1);
    char *q = out;
    for (; *s; s++) {
        if (s[0] == '\\' && s[1] == 'n') {
            *q++ = '\n';
            s++;
        } else
            *q++ = *s;
    }
    *q = '\0';
    return out;
}

static int
hevy_row(struct log_reader *r, const struct csv_row *row)
{
    const struct log_dialect *d = &log_dialect_hevy;
    if (row_is_blank(row))
        return 0;
    bool bad = false;
    struct import_set s = {0};

    const char *start = import_field(r, row, H_START);
    int minutes = 0;
    if (parse_hevy_date(start, &s.date, &minutes) != 0) {
        import_bad(r, d, row, specs, H_START, "a date like \"15 Sep 2025, 07:48\"", start);
        bad = true;
    }
    const char *exercise;
    if (import_exercise(r, d, row, specs, H_EXERCISE, &exercise) != 0)
        bad = true;
    const char *index = import_field(r, row, H_SET_INDEX);
    long n;
    if (parse_int(index, &n) != 0 || n < 0 || n > 1000) {
        import_bad(r, d, row, specs, H_SET_INDEX, "a set number from 0", index);
        bad = true;
    }
    const char *type = import_field(r, row, H_SET_TYPE);
    size_t t = 0;
    while (t < sizeof set_types / sizeof set_types[0] && !import_is(type, set_types[t].name))
        t++;
    if (t == sizeof set_types / sizeof set_types[0]) {
        import_bad(r, d, row, specs, H_SET_TYPE, "normal, warmup, failure or dropset", type);
        bad = true;
    } else {
        s.type = set_types[t].type;
        s.failed = set_types[t].failed;
    }

    size_t wcol = r->unit == UNIT_LB ? H_WEIGHT_LBS : H_WEIGHT_KG;
    /* The distance column is named after the account's unit too. */
    size_t dcol = r->unit == UNIT_LB ? H_DISTANCE_MILES : H_DISTANCE_KM;
    if (import_not_a_set(import_field(r, row, wcol), import_field(r, row, H_REPS),
                         import_field(r, row, dcol), import_field(r, row, H_DURATION)))
        return 0;
    if (import_weight(r, d, row, specs, wcol, &s.weight) != 0)
        bad = true;
    if (import_reps(r, d, row, specs, H_REPS, &s.reps) != 0)
        bad = true;
    if (import_rpe(r, d, row, specs, H_RPE, &s.rpe) != 0)
        bad = true;
    if (bad)
        return 0;

    char *notes = unescape_notes(import_field(r, row, H_NOTES));
    s.order = minutes;
    s.exercise = exercise;
    s.day = import_field(r, row, H_TITLE);
    s.unit = r->unit;
    s.notes = notes;
    import_add(r, row, &s);
    free(notes);
    return 0;
}
