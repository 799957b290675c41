/*
 * import_liftosaur: the Liftosaur app's history CSV (issue 3):
 *   Workout DateTime,Program,Day Name,Exercise,Is Warmup Set?,Required Reps,
 *   Completed Reps,Is AMRAP?,Required RPE,Completed RPE,Log RPE?,
 *   Required Weight Value,Required Weight Unit,Completed Weight Value,
 *   Completed Weight Unit,Ask Weight?,Completed Reps Time,Target Muscles,
 *   Synergist Muscles,Notes
 * Workout DateTime is a timestamp in one of the forms the app has written:
 * "2025-05-20T05:00:00.000Z", "2025-05-20T05:00:00Z" (UTC) or
 * "2026-03-07 09:01:00 +00:00" (local time and its offset). The session's
 * date is the lifter's local day: as written when an offset is given; a
 * UTC ("Z") time is moved to the local time zone (TZ), since the file
 * does not say the lifter's (topset-formats(5) says so). Day Name is the day. Liftosaur
 * records what the program required and what was completed: only the
 * completed values are the log, a set with no completed reps was not
 * performed, and a warm-up done with no completed weight was done at the
 * required one.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "import_util.h"
#include "log_dialect.h"

enum {
    L_DATETIME,
    L_DAY,
    L_EXERCISE,
    L_WARMUP,
    L_REPS,
    L_RPE,
    L_WEIGHT,
    L_UNIT,
    L_REQ_WEIGHT,
    L_REQ_UNIT,
    L_NOTES,
    L_COUNT
};

static const struct column_spec specs[L_COUNT] = {
    [L_DATETIME] = {"Workout DateTime", true},
    [L_DAY] = {"Day Name", true},
    [L_EXERCISE] = {"Exercise", true},
    [L_WARMUP] = {"Is Warmup Set?", true},
    [L_REPS] = {"Completed Reps", true},
    [L_RPE] = {"Completed RPE", false},
    [L_WEIGHT] = {"Completed Weight Value", true},
    [L_UNIT] = {"Completed Weight Unit", true},
    [L_REQ_WEIGHT] = {"Required Weight Value", false},
    [L_REQ_UNIT] = {"Required Weight Unit", false},
    [L_NOTES] = {"Notes", false},
};

static const struct {
    const char *text;
    enum set_type type;
} warmup_values[] = {
    {"0", SET_WORK}, {"1", SET_WARMUP}, {"false", SET_WORK}, {"true", SET_WARMUP}, {"", SET_WORK},
};

static bool
liftosaur_detect(const struct csv_row *h)
{
    return header_has(h, "Workout DateTime") && header_has(h, "Is Warmup Set?");
}

static int liftosaur_begin(struct log_reader *r, const struct csv_row *header);
static int liftosaur_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_liftosaur = {
    "liftosaur", "Liftosaur", liftosaur_detect, liftosaur_begin, liftosaur_row, import_end, false,
};

static int
liftosaur_begin(struct log_reader *r, const struct csv_row *header)
{
    r->unit = UNIT_UNSPECIFIED;
    import_start(r, &log_dialect_liftosaur, specs, L_COUNT);
    return import_map(r, header);
}

/* A UTC offset "+00:00", "-05:30" or "+0200"; returns the bytes read or -1. */
static int
parse_offset(const char *p)
{
    if (*p != '+' && *p != '-')
        return -1;
    int n = 1;
    for (int digits = 0; digits < 4; digits++) {
        if (digits == 2 && p[n] == ':')
            n++;
        if (p[n] < '0' || p[n] > '9')
            return -1;
        n++;
    }
    return n;
}

/* A timestamp (see the top of the file): the date as written, and the
 * minute of the day. */
static int
parse_timestamp(const char *s, day_t *date, int *minutes)
{
    while (*s == ' ')
        s++;
    if (date_parse_prefix(s, date) != 0 || (s[10] != 'T' && s[10] != ' '))
        return -1;
    int n = import_time_of_day(s + 11, minutes);
    if (n < 0)
        return -1;
    const char *p = s + 11 + n;
    if (*p == '.') {
        p++;
        if (*p < '0' || *p > '9')
            return -1;
        while (*p >= '0' && *p <= '9')
            p++;
    }
    while (*p == ' ')
        p++;
    if (*p == 'Z') {
        p++;
        date_utc_to_local(date, minutes);
    } else if (*p == '+' || *p == '-') {
        int k = parse_offset(p);
        if (k < 0)
            return -1;
        p += k;
    }
    while (*p == ' ')
        p++;
    return *p == '\0' ? 0 : -1;
}

static int
liftosaur_row(struct log_reader *r, const struct csv_row *row)
{
    const struct log_dialect *d = &log_dialect_liftosaur;
    if (row_is_blank(row))
        return 0;
    bool bad = false;
    struct import_set s = {0};

    const char *when = import_field(r, row, L_DATETIME);
    int minutes = 0;
    if (parse_timestamp(when, &s.date, &minutes) != 0) {
        import_bad(
            r, d, row, specs, L_DATETIME,
            "a timestamp like \"2025-05-20T05:00:00.000Z\" or \"2026-03-07 09:01:00 +01:00\"",
            when);
        bad = true;
    }
    const char *reps = import_field(r, row, L_REPS);
    if (import_is(reps, ""))
        return 0; /* a set the program required that was not done */
    const char *exercise;
    if (import_exercise(r, d, row, specs, L_EXERCISE, &exercise) != 0)
        bad = true;
    const char *warmup = import_field(r, row, L_WARMUP);
    size_t w = 0;
    while (w < sizeof warmup_values / sizeof warmup_values[0]
           && !import_is(warmup, warmup_values[w].text))
        w++;
    if (w == sizeof warmup_values / sizeof warmup_values[0]) {
        import_bad(r, d, row, specs, L_WARMUP, "1 or 0", warmup);
        bad = true;
    } else
        s.type = warmup_values[w].type;
    if (import_reps(r, d, row, specs, L_REPS, &s.reps) != 0)
        bad = true;
    /* A warm-up ticked off without its weight was done at the required one. */
    size_t wcol = L_WEIGHT, ucol = L_UNIT;
    if (s.type == SET_WARMUP && import_is(import_field(r, row, L_WEIGHT), "")) {
        wcol = L_REQ_WEIGHT;
        ucol = L_REQ_UNIT;
    }
    if (import_weight(r, d, row, specs, wcol, &s.weight) != 0)
        bad = true;
    if (import_unit(r, d, row, specs, ucol, UNIT_UNSPECIFIED, &s.unit) != 0)
        bad = true;
    if (import_rpe(r, d, row, specs, L_RPE, &s.rpe) != 0)
        bad = true;
    if (bad)
        return 0;

    s.order = minutes;
    s.exercise = exercise;
    s.day = import_field(r, row, L_DAY);
    s.notes = import_field(r, row, L_NOTES);
    import_add(r, row, &s);
    return 0;
}
