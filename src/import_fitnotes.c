/*
 * import_fitnotes: the FitNotes app's CSV export, in its three headers
 * (issue 3):
 *   current: Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,
 *            Time,Comment                          (unit kgs/lbs per row)
 *   legacy:  Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,
 *            Comment                               (or "Weight (lbs)"; Comment optional)
 *   iOS:     Date,Exercise,Category,Weight (kg),Weight (lbs),Reps,Distance,
 *            Distance Unit,Time,Notes,Kind         (the load in both units)
 * Date is YYYY-MM-DD. FitNotes knows no set types, RPE or workout names:
 * every set is a working set (history.c treats lighter working sets before
 * the heaviest as ramp-up) and no day is named. Cardio and timed rows (no
 * weight and reps) are not sets. FitNotes does not quote a comma in an
 * exercise name ("Overhead Press (Each Side, Dumbbells)"): such a row has
 * more fields than the header, and the name is recovered from the fixed
 * columns after it (name_shift).
 */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "field.h"
#include "import_util.h"
#include "log_dialect.h"
#include "util.h"

enum {
    F_DATE,
    F_EXERCISE,
    F_WEIGHT,
    F_WEIGHT_LBS,
    F_UNIT,
    F_REPS,
    F_DISTANCE,
    F_TIME,
    F_NOTES,
    F_COUNT
};

static const struct column_spec current_specs[F_COUNT] = {
    [F_DATE] = {"Date", true},          [F_EXERCISE] = {"Exercise", true},
    [F_WEIGHT] = {"Weight", true},      [F_WEIGHT_LBS] = {NULL, false},
    [F_UNIT] = {"Weight Unit", true},   [F_REPS] = {"Reps", true},
    [F_DISTANCE] = {"Distance", false}, [F_TIME] = {"Time", false},
    [F_NOTES] = {"Comment", false},
};

/* The weight column is "Weight (kgs)" or "Weight (lbs)"; begin() picks. */
static const struct column_spec legacy_specs[F_COUNT] = {
    [F_DATE] = {"Date", true},
    [F_EXERCISE] = {"Exercise", true},
    [F_WEIGHT] = {"Weight (kgs)", true},
    [F_WEIGHT_LBS] = {NULL, false},
    [F_UNIT] = {NULL, false},
    [F_REPS] = {"Reps", true},
    [F_DISTANCE] = {"Distance", false},
    [F_TIME] = {"Time", false},
    [F_NOTES] = {"Comment", false},
};

static const struct column_spec ios_specs[F_COUNT] = {
    [F_DATE] = {"Date", true},          [F_EXERCISE] = {"Exercise", true},
    [F_WEIGHT] = {"Weight (kg)", true}, [F_WEIGHT_LBS] = {"Weight (lbs)", true},
    [F_UNIT] = {NULL, false},           [F_REPS] = {"Reps", true},
    [F_DISTANCE] = {"Distance", false}, [F_TIME] = {"Time", false},
    [F_NOTES] = {"Notes", false},
};

static bool
is_fitnotes(const struct csv_row *h)
{
    return header_has(h, "Exercise") && header_has(h, "Category") && header_has(h, "Date");
}

static bool
detect_ios(const struct csv_row *h)
{
    return is_fitnotes(h) && (header_has(h, "Weight (kg)") || header_has(h, "Kind"));
}

static bool
detect_legacy(const struct csv_row *h)
{
    return is_fitnotes(h) && !detect_ios(h)
           && (header_has(h, "Weight (kgs)") || header_has(h, "Weight (lbs)"));
}

static bool
detect_current(const struct csv_row *h)
{
    return is_fitnotes(h) && !detect_ios(h) && !detect_legacy(h);
}

static int begin_current(struct log_reader *r, const struct csv_row *header);
static int begin_legacy(struct log_reader *r, const struct csv_row *header);
static int begin_ios(struct log_reader *r, const struct csv_row *header);
static int fitnotes_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_fitnotes = {
    "fitnotes", "FitNotes", detect_current, begin_current, fitnotes_row, import_end, true,
};
const struct log_dialect log_dialect_fitnotes_legacy = {
    "fitnotes-legacy", "FitNotes", detect_legacy, begin_legacy, fitnotes_row, import_end, true,
};
const struct log_dialect log_dialect_fitnotes_ios = {
    "fitnotes-ios", "FitNotes", detect_ios, begin_ios, fitnotes_row, import_end, true,
};

static int
begin_with(struct log_reader *r, const struct log_dialect *d, const struct csv_row *header,
           const struct column_spec *specs, int unit)
{
    struct import_state *st = import_start(r, d, specs, F_COUNT);
    r->unit = unit;
    if (specs == legacy_specs && header_has(header, "Weight (lbs)")) {
        st->specs[F_WEIGHT].name = "Weight (lbs)";
        r->unit = UNIT_LB;
    }
    return import_map(r, header);
}

static int
begin_current(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_fitnotes, header, current_specs, UNIT_UNSPECIFIED);
}

static int
begin_legacy(struct log_reader *r, const struct csv_row *header)
{
    return begin_with(r, &log_dialect_fitnotes_legacy, header, legacy_specs, UNIT_KG);
}

static int
begin_ios(struct log_reader *r, const struct csv_row *header)
{
    /* The unit is chosen per row (pick_ios_column). */
    return begin_with(r, &log_dialect_fitnotes_ios, header, ios_specs, UNIT_UNSPECIFIED);
}

static bool
on_plate_grid(double v)
{
    return fabs(v * 4 - round(v * 4)) < 1e-6;
}

/*
 * The iOS export writes every load in both units, one of them converted.
 * The lifter's own number is the round one (100 kg = 220.462 lbs; 225 lbs
 * = 102.058 kg): pick the column on a quarter grid, kg when both or
 * neither are. Returns the column.
 */
static size_t
pick_ios_column(const struct log_reader *r, const struct csv_row *row)
{
    const char *kg = import_field(r, row, F_WEIGHT);
    const char *lbs = import_field(r, row, F_WEIGHT_LBS);
    double vkg, vlbs;
    bool has_kg = field_number(kg, &vkg) == 0, has_lbs = field_number(lbs, &vlbs) == 0;
    if (import_is(kg, "") && !import_is(lbs, ""))
        return F_WEIGHT_LBS;
    if (has_kg && has_lbs && !on_plate_grid(vkg) && on_plate_grid(vlbs))
        return F_WEIGHT_LBS;
    return F_WEIGHT;
}

/*
 * How many fields an unquoted name spilled into: 0 when the row is no
 * longer than the header or its weight column already holds a load (the
 * extra fields are a spreadsheet's empty ones), else the least shift that
 * puts a number (or nothing) in the weight column, the columns after the
 * name being fixed. 0 when no shift does: the row's problems are then
 * reported as they are.
 */
static size_t
name_shift(const struct log_reader *r, const struct csv_row *row, size_t width)
{
    int e = r->idx[F_EXERCISE], w = r->idx[F_WEIGHT];
    if (row->n <= width || e < 0 || w <= e)
        return 0;
    double v;
    for (size_t k = 0; k <= row->n - width && (size_t) w + k < row->n; k++) {
        const char *t = row->fields[(size_t) w + k];
        if (import_is(t, "") || field_number(t, &v) == 0)
            return k;
    }
    return 0;
}

/* The fields of the name, e to e + k, joined by ", ": the CSV reader drops
 * the space after a separator, and names are written with one. */
static char *
join_name(const struct csv_row *row, size_t e, size_t k)
{
    size_t len = 1;
    for (size_t i = e; i <= e + k; i++)
        len += strlen(row->fields[i]) + 2;
    char *name = xmalloc(len), *p = name;
    for (size_t i = e; i <= e + k; i++) {
        size_t n = strlen(row->fields[i]);
        memcpy(p, row->fields[i], n);
        p += n;
        if (i < e + k) {
            *p++ = ',';
            *p++ = ' ';
        }
    }
    *p = '\0';
    return name;
}

static int fitnotes_set(struct log_reader *r, const struct csv_row *row, const char *exercise);

/* One row: its name put together again when a comma split it (the columns
 * after it then shift by as many fields), then read as a set. */
static int
fitnotes_row(struct log_reader *r, const struct csv_row *row)
{
    struct import_state *st = r->state;
    if (row_is_blank(row))
        return 0;
    size_t k = name_shift(r, row, st->width);
    if (row_check_width(row, st->width + k, r->file, r->errs) != 0)
        return 0;
    if (k == 0)
        return fitnotes_set(r, row, import_field(r, row, F_EXERCISE));
    int saved[F_COUNT];
    memcpy(saved, r->idx, sizeof saved);
    for (size_t i = 0; i < F_COUNT; i++)
        if (r->idx[i] > r->idx[F_EXERCISE])
            r->idx[i] += (int) k;
    char *name = join_name(row, (size_t) r->idx[F_EXERCISE], k);
    int rc = fitnotes_set(r, row, name);
    free(name);
    memcpy(r->idx, saved, sizeof saved);
    return rc;
}

static int
fitnotes_set(struct log_reader *r, const struct csv_row *row, const char *exercise)
{
    struct import_state *st = r->state;
    const struct log_dialect *d = st->d;
    const struct column_spec *c = st->specs;
    bool bad = false;
    struct import_set s = {0};

    if (import_date(r, d, row, c, F_DATE, &s.date) != 0)
        bad = true;
    if (import_report(r, d, row, c, F_EXERCISE, field_name(exercise, FIELD_EXERCISE)) != 0)
        bad = true;

    size_t wcol = F_WEIGHT;
    s.unit = r->unit;
    if (c[F_WEIGHT_LBS].name != NULL) {
        wcol = pick_ios_column(r, row);
        s.unit = wcol == F_WEIGHT_LBS ? UNIT_LB : UNIT_KG;
    }
    if (import_not_a_set(import_field(r, row, wcol), import_field(r, row, F_REPS),
                         import_field(r, row, F_DISTANCE), import_field(r, row, F_TIME)))
        return 0;
    if (import_weight(r, d, row, c, wcol, &s.weight) != 0)
        bad = true;
    if (import_reps(r, d, row, c, F_REPS, &s.reps) != 0)
        bad = true;
    if (c[F_UNIT].name != NULL && import_unit(r, d, row, c, F_UNIT, r->unit, &s.unit) != 0)
        bad = true;
    if (bad)
        return 0;

    s.exercise = exercise;
    s.type = SET_WORK;
    s.notes = import_field(r, row, F_NOTES);
    import_add(r, row, &s);
    return 0;
}
