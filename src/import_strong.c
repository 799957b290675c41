/*
 * import_strong: the Strong app's CSV export, in the dialects in use
 * (topset-formats(5), APP EXPORTS):
 *   comma:     Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,
 *              Distance,Seconds,Notes,Workout Notes,RPE     (no unit: --unit decides)
 *              or the same header in the app's language (languages[] below:
 *              French, German), the rows as in English
 *   semicolon: Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;
 *              RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration
 *              (unit per row, kg/lbs or blank; decimal commas possible)
 *   quoted:    "Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";
 *              "Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";
 *              "Notes";"Workout Notes"            (unit in the header, or "Weight (lbs)")
 *   2016:      Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes
 *              (the unit is the weight column's name; set numbers from 0)
 *   by position: the comma header in a language not in languages[]: twelve
 *              columns ending in RPE, read in the comma dialect's order, with
 *              a warning (the translations seen keep the columns in place)
 * Date is "YYYY-MM-DD HH:MM:SS" (the workout's start); Workout Name is the
 * day. Set Order is 1..n for working sets, W warm-up, D drop set, F failure
 * set (a failed set: history.c), WARM_UP, DROP_SET and FAILURE in v6; the
 * pseudo-rows "Rest Timer" (German "Ruhezeit") and "Note" are not sets, nor
 * are cardio and timed rows (no weight and reps) and rows whose Reps is
 * empty (a set the lifter did not complete).
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

/* The comma dialect's columns; begin_comma() names them in the header's
 * language (languages[] below). */
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

/*
 * The comma dialect's header in each language the app exports it in. Only
 * the header is translated: the rows keep dot decimals and the English set
 * letters, but for the rest-timer rows' word. These are the languages seen
 * in real exports; a new one is a row here (and a fixture). A header in
 * any other language is read by place (detect_positional below).
 */
struct strong_language {
    const char *name;
    const char *columns[S_COUNT]; /* comma_specs' columns in this language */
    const char *rest_timer;       /* Set Order of a rest-timer row, or NULL */
};

static const struct strong_language languages[] = {
    {"English",
     {"Date", "Workout Name", "Exercise Name", "Set Order", "Weight", NULL, "Reps", "RPE",
      "Distance", "Seconds", "Notes"},
     "Rest Timer"},
    {"French",
     {"Date", "Nom de l'entraînement", "Nom de l'exercice", "Ordre de la série", "Poids", NULL,
      "Réps", "RPE", "Distance", "Secondes", "Notes"},
     NULL},
    {"German",
     {"Datum", "Workout-Name", "Name der Übung", "Reihenfolge festlegen", "Gewicht", NULL,
      "Wiederh.", "RPE", "Entfernung", "Sekunden", "Notizen"},
     "Ruhezeit"},
};

#define NLANGUAGES (sizeof languages / sizeof languages[0])

/*
 * Where the comma dialect's columns stand in its twelve (Date, Workout
 * Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds,
 * Notes, Workout Notes, RPE): the French and German exports translate the
 * names and keep these places, and RPE untranslated, so a header in any
 * other language is read by them.
 */
#define POSITIONAL_WIDTH 12
static const int positional_place[S_COUNT] = {
    [S_DATE] = 0,     [S_WORKOUT] = 1, [S_EXERCISE] = 3, [S_SET_ORDER] = 4,
    [S_WEIGHT] = 5,   [S_UNIT] = -1,   [S_REPS] = 6,     [S_RPE] = 11,
    [S_DISTANCE] = 7, [S_SECONDS] = 8, [S_NOTES] = 9,
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

/* 2016: the weight column is named after the unit ("kg"; begin() takes
 * "lbs" or "lb" too), distance in km, no RPE. */
static const struct column_spec specs_2016[S_COUNT] = {
    [S_DATE] = {"Date", true},
    [S_WORKOUT] = {"Workout Name", true},
    [S_EXERCISE] = {"Exercise Name", true},
    [S_SET_ORDER] = {"Set Order", true},
    [S_WEIGHT] = {"kg", true},
    [S_UNIT] = {NULL, false},
    [S_REPS] = {"Reps", true},
    [S_RPE] = {NULL, false},
    [S_DISTANCE] = {"km", false},
    [S_SECONDS] = {"Seconds", false},
    [S_NOTES] = {"Notes", false},
};

/* The 2016 dialect's weight column names, and their units. */
static const struct {
    const char *name;
    int unit;
} units_2016[] = {{"kg", UNIT_KG}, {"lbs", UNIT_LB}, {"lb", UNIT_LB}};

/* The language of a comma header, or NULL when it is none of them. */
static const struct strong_language *
language_of(const struct csv_row *h)
{
    for (size_t i = 0; i < NLANGUAGES; i++)
        if (header_has(h, languages[i].columns[S_EXERCISE])
            && header_has(h, languages[i].columns[S_SET_ORDER]))
            return &languages[i];
    return NULL;
}

static bool
is_2016(const struct csv_row *h)
{
    if (header_has(h, "Weight"))
        return false;
    for (size_t i = 0; i < sizeof units_2016 / sizeof units_2016[0]; i++)
        if (header_has(h, units_2016[i].name))
            return true;
    return false;
}

static bool
is_strong(const struct csv_row *h)
{
    return header_has(h, "Exercise Name") && header_has(h, "Set Order");
}

static bool
detect_2016(const struct csv_row *h)
{
    return is_strong(h) && is_2016(h);
}

static bool
has_header_unit(const struct csv_row *h)
{
    return header_has(h, "Weight (kg)") || header_has(h, "Weight (lbs)");
}

static bool
detect_comma(const struct csv_row *h)
{
    return language_of(h) != NULL && !header_has(h, "Weight Unit") && !has_header_unit(h)
           && !is_2016(h);
}

/* Twelve distinct names ending in RPE, none of them a name topset knows
 * (those are the dialects above). */
static bool
detect_positional(const struct csv_row *h)
{
    if (header_width(h) != POSITIONAL_WIDTH || !import_is(h->fields[POSITIONAL_WIDTH - 1], "RPE")
        || language_of(h) != NULL || header_has(h, "Exercise Name") || header_has(h, "Set Order")
        || header_has(h, "Weight") || header_has(h, "Reps"))
        return false;
    for (size_t i = 0; i < POSITIONAL_WIDTH; i++) {
        if (import_is(h->fields[i], ""))
            return false;
        for (size_t j = 0; j < i; j++)
            if (import_is(h->fields[i], h->fields[j]))
                return false;
    }
    return true;
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
    if (specs == comma_specs) {
        const struct strong_language *lang = language_of(header);
        for (size_t i = 0; lang != NULL && i < S_COUNT; i++)
            st->specs[i].name = lang->columns[i];
    }
    for (size_t i = 0; specs == specs_2016 && i < sizeof units_2016 / sizeof units_2016[0]; i++)
        if (header_has(header, units_2016[i].name)) {
            st->specs[S_WEIGHT].name = units_2016[i].name;
            r->unit = units_2016[i].unit;
            break;
        }
    return import_map(r, header);
}

static int begin_comma(struct log_reader *r, const struct csv_row *header);
static int begin_positional(struct log_reader *r, const struct csv_row *header);
static int begin_semicolon(struct log_reader *r, const struct csv_row *header);
static int begin_quoted(struct log_reader *r, const struct csv_row *header);
static int begin_2016(struct log_reader *r, const struct csv_row *header);
static int strong_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_strong = {
    "strong", "Strong", detect_comma, begin_comma, strong_row, import_end, false,
};
const struct log_dialect log_dialect_strong_positional = {
    "strong-by-position", "Strong", detect_positional, begin_positional, strong_row,
    import_end,           false,
};
const struct log_dialect log_dialect_strong_semicolon = {
    "strong-semicolon", "Strong", detect_semicolon, begin_semicolon, strong_row, import_end, false,
};
const struct log_dialect log_dialect_strong_quoted = {
    "strong-quoted", "Strong", detect_quoted, begin_quoted, strong_row, import_end, false,
};
const struct log_dialect log_dialect_strong_2016 = {
    "strong-2016", "Strong", detect_2016, begin_2016, strong_row, import_end, false,
};

static int
begin_comma(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_strong, header, comma_specs);
}

/* The comma dialect with each column named as this header names the one
 * in its place: messages quote the file's own words. */
static int
begin_positional(struct log_reader *r, const struct csv_row *header)
{
    struct import_state *st = import_start(r, &log_dialect_strong_positional, comma_specs, S_COUNT);
    r->unit = UNIT_UNSPECIFIED;
    for (size_t i = 0; i < S_COUNT; i++)
        st->specs[i].name = positional_place[i] < 0
                                ? NULL
                                : arena_strdup(&r->log->arena, header->fields[positional_place[i]]);
    warn_at(r->errs, r->file, header->line, 1,
            "a Strong export with its header in a language topset does not know (\"%s\", "
            "\"%s\", ...); its 12 columns are read in the order of the English export: Date, "
            "Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, "
            "Notes, Workout Notes, RPE (if they are not, export again with the app in English)",
            header->fields[0], header->fields[3]);
    return import_map(r, header);
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

static int
begin_2016(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_strong_2016, header, specs_2016);
}

/* "YYYY-MM-DD HH:MM:SS" (seconds optional, or only the date; a
 * spreadsheet's "2/4/2017 7:48" too): 1 and the date, 0 when it is none,
 * -1 after reporting a date against the file's order. */
static int
parse_strong_date(struct log_reader *r, const struct csv_row *row, const char *s, day_t *date,
                  int *minutes)
{
    const struct import_state *st = r->state;
    while (*s == ' ')
        s++;
    int took = log_field_date_at(r, row, st->specs, S_DATE, s, date);
    if (took <= 0)
        return took;
    *minutes = 0;
    if (s[took] == '\0')
        return 1;
    if (s[took] != ' ')
        return 0;
    int n = import_time_of_day(s + took + 1, minutes);
    if (n < 0)
        return 0;
    const char *rest = s + took + 1 + n;
    while (*rest == ' ')
        rest++;
    return *rest == '\0' ? 1 : 0;
}

/* Set Order: first..n, W, D or F (v6: WARM_UP, DROP_SET, FAILURE). Returns
 * 0 and the type, and whether the set is a failed one, or -1. */
static int
parse_set_order(const char *s, long first, enum set_type *type, bool *failed)
{
    static const struct {
        const char *letter;
        enum set_type type;
        bool failed;
    } letters[] = {
        {"W", SET_WARMUP, false},       {"D", SET_DROP, false},        {"F", SET_WORK, true},
        {"WARM_UP", SET_WARMUP, false}, {"DROP_SET", SET_DROP, false}, {"FAILURE", SET_WORK, true},
    };
    *failed = false;
    for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
        if (import_is(s, letters[i].letter)) {
            *type = letters[i].type;
            *failed = letters[i].failed;
            return 0;
        }
    long n;
    if (parse_int(s, &n) != 0 || n < first || n > 1000)
        return -1;
    *type = SET_WORK;
    return 0;
}

/* Timer and note entries share the table with sets, in every language. */
static bool
is_pseudo_row(const char *order, const char *exercise)
{
    if (import_is(order, "Note"))
        return true;
    for (size_t i = 0; i < NLANGUAGES; i++)
        if (languages[i].rest_timer != NULL
            && (import_is(order, languages[i].rest_timer)
                || import_is(exercise, languages[i].rest_timer)))
            return true;
    return false;
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
    if (is_pseudo_row(order_text, exercise))
        return 0;
    /* v6 writes the sets of an unfinished workout with no reps. */
    const char *reps_text = import_field(r, row, S_REPS);
    if (import_is(reps_text, ""))
        return 0;
    /* Before the checks below: a rest timer in a language not in
     * languages[] has a word of its own for Set Order, and no load. */
    if (import_not_a_set(import_field(r, row, S_WEIGHT), reps_text,
                         import_field(r, row, S_DISTANCE), import_field(r, row, S_SECONDS)))
        return 0;

    struct import_set s = {0};
    const char *date_text = import_field(r, row, S_DATE);
    int minutes = 0;
    int date_ok = parse_strong_date(r, row, date_text, &s.date, &minutes);
    if (date_ok == 0)
        import_bad(r, d, row, c, S_DATE, "a date like \"2025-09-15 07:48:00\"", date_text);
    if (date_ok != 1)
        bad = true;
    if (import_exercise(r, d, row, c, S_EXERCISE, &exercise) != 0)
        bad = true;
    long first = d == &log_dialect_strong_2016 ? 0 : 1;
    if (parse_set_order(order_text, first, &s.type, &s.failed) != 0) {
        import_bad(r, d, row, c, S_SET_ORDER,
                   first == 0 ? "a set number from 0, W (warm-up), D (drop) or F (failure)"
                              : "a set number, W (warm-up), D (drop) or F (failure)",
                   order_text);
        bad = true;
    }

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
