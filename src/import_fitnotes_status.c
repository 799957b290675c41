/*
 * import_fitnotes_status: a workout export with a status per set,
 * published as FitNotes.csv but not FitNotes Android's layout (the app
 * that writes it is not identified; real-exports/SOURCES.md, file 28):
 *   Name,Start Date (UTC),Start Time (UTC),End Date (UTC),End Time (UTC),
 *   BodyWeight,Exercise,Equipment,Reps,Weight,Time,Distance,Status,Categories
 * every field quoted, CRLF. Name is the workout (the day); Start Date is a
 * spreadsheet's date ("1/27/2018", month or day first as the file says:
 * log_field_date_at) and Start Time a 12-hour time ("5:45:45 AM") that
 * orders two workouts of a day. Weight has decimal commas ("62,5") and no
 * unit. The workout lists the sets the program planned with their Status:
 * Done is a set, Failed a failed set (the failed-set rule of history.c),
 * NotStarted was planned and not done: no set. Cardio and timed rows are
 * no sets, as in every export.
 */
#include <config.h>

#include "import_util.h"
#include "log_dialect.h"

enum {
    T_NAME,
    T_DATE,
    T_TIME_OF_DAY,
    T_EXERCISE,
    T_REPS,
    T_WEIGHT,
    T_TIME,
    T_DISTANCE,
    T_STATUS,
    T_COUNT
};

static const struct column_spec specs[T_COUNT] = {
    [T_NAME] = {"Name", false},
    [T_DATE] = {"Start Date (UTC)", true},
    [T_TIME_OF_DAY] = {"Start Time (UTC)", false},
    [T_EXERCISE] = {"Exercise", true},
    [T_REPS] = {"Reps", true},
    [T_WEIGHT] = {"Weight", true},
    [T_TIME] = {"Time", false},
    [T_DISTANCE] = {"Distance", false},
    [T_STATUS] = {"Status", true},
};

/* What each Status says of its row. */
enum status_kind { ST_DONE, ST_FAILED, ST_NOT_DONE };
static const struct {
    const char *text;
    enum status_kind kind;
} statuses[] = {
    {"Done", ST_DONE},
    {"Failed", ST_FAILED},
    {"NotStarted", ST_NOT_DONE},
};
#define NSTATUSES (sizeof statuses / sizeof statuses[0])

static bool
status_detect(const struct csv_row *h)
{
    return header_has(h, "Start Date (UTC)") && header_has(h, "Status")
           && header_has(h, "Exercise");
}

static int status_begin(struct log_reader *r, const struct csv_row *header);
static int status_row(struct log_reader *r, const struct csv_row *row);

const struct log_dialect log_dialect_fitnotes_status = {
    "fitnotes-status", "FitNotes", status_detect, status_begin, status_row, import_end, false,
};

static int
status_begin(struct log_reader *r, const struct csv_row *header)
{
    r->unit = UNIT_UNSPECIFIED;
    import_start(r, &log_dialect_fitnotes_status, specs, T_COUNT);
    return import_map(r, header);
}

/* The row's Status (its index in statuses[]), or NSTATUSES after
 * reporting it. */
static size_t
row_status(struct log_reader *r, const struct csv_row *row)
{
    const char *text = import_field(r, row, T_STATUS);
    for (size_t i = 0; i < NSTATUSES; i++)
        if (import_is(text, statuses[i].text))
            return i;
    import_bad(r, &log_dialect_fitnotes_status, row, specs, T_STATUS, "Done, Failed or NotStarted",
               text);
    return NSTATUSES;
}

static int
status_row(struct log_reader *r, const struct csv_row *row)
{
    const struct log_dialect *d = &log_dialect_fitnotes_status;
    size_t st = row_status(r, row);
    if (st == NSTATUSES)
        return 0;
    if (statuses[st].kind == ST_NOT_DONE)
        return 0; /* planned, not done */
    if (import_not_a_set(import_field(r, row, T_WEIGHT), import_field(r, row, T_REPS),
                         import_field(r, row, T_DISTANCE), import_field(r, row, T_TIME)))
        return 0;
    bool bad = false;
    struct import_set s = {0};
    if (import_date(r, d, row, specs, T_DATE, &s.date) != 0)
        bad = true;
    const char *exercise;
    if (import_exercise(r, d, row, specs, T_EXERCISE, &exercise) != 0)
        bad = true;
    if (import_weight(r, d, row, specs, T_WEIGHT, &s.weight) != 0)
        bad = true;
    if (import_reps(r, d, row, specs, T_REPS, &s.reps) != 0)
        bad = true;
    int minutes = 0;
    const char *time_text = import_field(r, row, T_TIME_OF_DAY);
    if (!import_is(time_text, "") && import_time_of_day(time_text, &minutes) < 0) {
        import_bad(r, d, row, specs, T_TIME_OF_DAY, "a time like \"5:45:45 AM\"", time_text);
        bad = true;
    }
    if (bad)
        return 0;
    s.order = minutes;
    s.exercise = exercise;
    s.day = import_field(r, row, T_NAME);
    s.type = SET_WORK;
    s.unit = UNIT_UNSPECIFIED;
    s.failed = statuses[st].kind == ST_FAILED;
    import_add(r, row, &s);
    return 0;
}
