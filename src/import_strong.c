/*
 * import_strong: the Strong app's CSV export, in the three dialects in use
 * (topset-formats(5), APP EXPORTS):
 *   comma:     Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,
 *              Distance,Seconds,Notes,Workout Notes,RPE     (no unit: --unit decides)
 *   semicolon: Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;
 *              RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
 *              (unit per row, kg/lbs or blank; decimal commas possible)
 *   quoted:    "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";
 *              "Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";
 *              "Notes";"Workout Notes"            (unit in the header, or "Weight (lbs)")
 * Date is "YYYY-MM-DD HH:MM:SS" (the workout's start); Workout Name is the
 * day. Set Order is 1..n for working sets, W warm-up, D drop set, F failure
 * set (a failed set: history.c), WARM_UP and FAILURE in v6; the pseudo-rows "Rest Timer" and
 * "Note" are not sets, nor are cardio and timed rows (no weight and reps).
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "import_util.h"
#include "log_dialect.h"

/* Logical columns; each dialect's table lists them in this order. */
enum {
    S_DATE,
    S_WORKOUT,
    S_EXERCISE,
    S_SET_ORDER,
    S_WEIGHT,
    S_UNIT,
    S_REPS,
    S_RPE,
    S_DISTANCE,
    S_SECONDS,
    S_NOTES,
    S_COUNT
};

static const struct column_spec comma_specs[S_COUNT] = {
    [S_DATE] = {"Date", true},
    [S_WORKOUT] = {"Workout Name", true},
    [S_EXERCISE] = {"Exercise Name", true},
    [S_SET_ORDER] = {"Set Order", true},
    [S_WEIGHT] = {"Weight", true},
    [S_UNIT] = {NULL, false},
    [S_REPS] = {"Reps", true},
    [S_RPE] = {"RPE", false},
    [S_DISTANCE] = {"Distance", false},
    [S_SECONDS] = {"Seconds", false},
    [S_NOTES] = {"Notes", false},
};

static const struct column_spec semicolon_specs[S_COUNT] = {
    [S_DATE] = {"Date", true},
    [S_WORKOUT] = {"Workout Name", true},
    [S_EXERCISE] = {"Exercise Name", true},
    [S_SET_ORDER] = {"Set Order", true},
    [S_WEIGHT] = {"Weight", true},
    [S_UNIT] = {"Weight Unit", true},
    [S_REPS] = {"Reps", true},
    [S_RPE] = {"RPE", false},
    [S_DISTANCE] = {"Distance", false},
    [S_SECONDS] = {"Seconds", false},
    [S_NOTES] = {"Notes", false},
};

/* The quoted dialect's weight column is "Weight (kg)" or "Weight (lbs)";
 * begin() picks the name. */
static const struct column_spec quoted_specs[S_COUNT] = {
    [S_DATE] = {"Date", true},
    [S_WORKOUT] = {"Workout Name", true},
    [S_EXERCISE] = {"Exercise Name", true},
    [S_SET_ORDER] = {"Set Order", true},
    [S_WEIGHT] = {"Weight (kg)", true},
    [S_UNIT] = {NULL, false},
    [S_REPS] = {"Reps", true},
    [S_RPE] = {"RPE", false},
    [S_DISTANCE] = {"Distance (meters)", false},
    [S_SECONDS] = {"Seconds", false},
    [S_NOTES] = {"Notes", false},
};

static bool
is_strong(const struct csv_row *h)
{
    return header_has(h, "Exercise Name") && header_has(h, "Set Order");
}

static bool
has_header_unit(const struct csv_row *h)
{
    return header_has(h, "Weight (kg)") || header_has(h, "Weight (lbs)");
}

static bool
detect_comma(const struct csv_row *h)
{
    return is_strong(h) && !header_has(h, "Weight Unit") && !has_header_unit(h);
}

static bool
detect_semicolon(const struct csv_row *h)
{
    return is_strong(h) && header_has(h, "Weight Unit") && !has_header_unit(h);
}

static bool
detect_quoted(const struct csv_row *h)
{
    return is_strong(h) && has_header_unit(h);
}

static int
begin_with(struct log_reader *r, const struct log_dialect *d, const struct csv_row *header,
           const struct column_spec *specs)
{
    struct import_state *st = import_start(r, d, specs, S_COUNT);
    r->unit = UNIT_UNSPECIFIED;
    if (specs == quoted_specs && header_has(header, "Weight (lbs)")) {
        st->specs[S_WEIGHT].name = "Weight (lbs)";
        r->unit = UNIT_LB;
    } else if (specs == quoted_specs)
        r->unit = UNIT_KG;
    return import_map(r, header);
}

static int begin_comma(struct log_reader *r, const struct csv_row *header);
static int begin_semicolon(struct log_reader *r, const struct csv_row *header);
static int begin_quoted(struct log_reader *r, const struct csv_row *header);
static int strong_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_strong = {
    "strong", "Strong", detect_comma, begin_comma, strong_row, import_end,
};
const struct log_dialect log_dialect_strong_semicolon = {
    "strong-semicolon", "Strong", detect_semicolon, begin_semicolon, strong_row, import_end,
};
const struct log_dialect log_dialect_strong_quoted = {
    "strong-quoted", "Strong", detect_quoted, begin_quoted, strong_row, import_end,
};

static int
begin_comma(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_strong, header, comma_specs);
}

static int
begin_semicolon(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_strong_semicolon, header, semicolon_specs);
}

static int
begin_quoted(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_strong_quoted, header, quoted_specs);
}

/* "YYYY-MM-DD HH:MM:SS" (seconds optional, or only the date). */
static int
parse_strong_date(const char *s, day_t *date, int *minutes)
{
    while (*s == ' ')
        s++;
    if (date_parse_prefix(s, date) != 0)
        return -1;
    *minutes = 0;
    if (s[10] == '\0')
        return 0;
    if (s[10] != ' ')
        return -1;
    int n = import_time_of_day(s + 11, minutes);
    if (n < 0)
        return -1;
    const char *rest = s + 11 + n;
    while (*rest == ' ')
        rest++;
    return *rest == '\0' ? 0 : -1;
}

/* Set Order: 1..n, W, D or F (v6: WARM_UP, FAILURE). Returns 0 and the
 * type, and whether the set is a failed one, or -1. */
static int
parse_set_order(const char *s, enum set_type *type, bool *failed)
{
    static const struct {
        const char *letter;
        enum set_type type;
        bool failed;
    } letters[] = {
        {"W", SET_WARMUP, false},       {"D", SET_DROP, false},      {"F", SET_WORK, true},
        {"WARM_UP", SET_WARMUP, false}, {"FAILURE", SET_WORK, true},
    };
    *failed = false;
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        if (import_is(s, letters[i].letter)) {
            *type = letters[i].type;
            *failed = letters[i].failed;
            return 0;
        }
    long n;
    if (parse_int(s, &n) != 0 || n < 1 || n > 1000)
        return -1;
    *type = SET_WORK;
    return 0;
}

static int
strong_row(struct log_reader *r, const struct csv_row *row)
{
    struct import_state *st = r->state;
    const struct log_dialect *d = st->d;
    const struct column_spec *c = st->specs;
    if (row_is_blank(row))
        return 0;
    bool bad = false;

    const char *order_text = import_field(r, row, S_SET_ORDER);
    const char *exercise = import_field(r, row, S_EXERCISE);
    /* Timer and note entries share the table with sets. */
    if (import_is(order_text, "Rest Timer") || import_is(order_text, "Note")
        || import_is(exercise, "Rest Timer"))
        return 0;

    struct import_set s = {0};
    const char *date_text = import_field(r, row, S_DATE);
    int minutes = 0;
    if (parse_strong_date(date_text, &s.date, &minutes) != 0) {
        import_bad(r, d, row, c, S_DATE, "a date like \"2025-09-15 07:48:00\"", date_text);
        bad = true;
    }
    if (import_exercise(r, d, row, c, S_EXERCISE, &exercise) != 0)
        bad = true;
    if (parse_set_order(order_text, &s.type, &s.failed) != 0) {
        import_bad(r, d, row, c, S_SET_ORDER, "a set number, W (warm-up), D (drop) or F (failure)",
                   order_text);
        bad = true;
    }

    if (import_not_a_set(import_field(r, row, S_WEIGHT), import_field(r, row, S_REPS),
                         import_field(r, row, S_DISTANCE), import_field(r, row, S_SECONDS)))
        return 0;

    if (import_weight(r, d, row, c, S_WEIGHT, &s.weight) != 0)
        bad = true;
    if (import_reps(r, d, row, c, S_REPS, &s.reps) != 0)
        bad = true;
    if (import_rpe(r, d, row, c, S_RPE, &s.rpe) != 0)
        bad = true;
    s.unit = r->unit;
    if (c[S_UNIT].name != NULL && import_unit(r, d, row, c, S_UNIT, r->unit, &s.unit) != 0)
        bad = true;
    if (bad)
        return 0;

    s.order = minutes;
    s.exercise = exercise;
    s.day = import_field(r, row, S_WORKOUT);
    s.notes = import_field(r, row, S_NOTES);
    import_add(r, row, &s);
    return 0;
}
