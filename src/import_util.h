/*
 * import_util: what the app-export dialects (import_strong.c, import_hevy.c,
 * import_fitnotes.c, import_liftosaur.c) share: header checks, the values
 * apps write, read with field.c's rules and messages (field.h), messages
 * that name the dialect ("hevy.csv:7: Hevy export: column "reps":
 * expected ..."), and appending a set to the log.
 */
#ifndef TOPSET_IMPORT_UTIL_H
#define TOPSET_IMPORT_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "csvread.h"
#include "header.h"
#include "log.h"
#include "log_dialect.h"

/* What every import dialect keeps in r->state while it reads a file. */
struct import_state {
    const struct log_dialect *d;
    size_t first; /* r->log->n when the file began */
    size_t nspecs;
    size_t width;                                      /* header_width() of the file's header */
    struct column_spec specs[LOG_DIALECT_MAX_COLUMNS]; /* this file's column names */
};

/*
 * For begin(): a new r->state for dialect d holding a copy of its column
 * table, which the dialect may adjust to the header (a weight column named
 * after its unit) before import_map(). Returns the state.
 */
struct import_state *import_start(struct log_reader *r, const struct log_dialect *d,
                                  const struct column_spec *specs, size_t nspecs);

/*
 * Map header onto the state's columns (into r->idx). A column with a NULL
 * name is one this dialect does not have (its idx is -1, its field ""), so
 * the dialects of one app can share one column enum. Unknown columns are
 * allowed, since apps add columns between versions. Each required column
 * that is absent is reported as `FILE:LINE: APP export: missing column "X"`.
 * Returns 0, or -1 after freeing the state (end() is not called then).
 */
int import_map(struct log_reader *r, const struct csv_row *header);

/*
 * end() of every import dialect: put the sets of this file in the order
 * they happened (date, then the workout's start as set in order, then the
 * file's order) and renumber their seq, then free the state. log_sort keeps
 * the workouts of one date in the order of their first set's seq, so this
 * is what makes a newest-first export (Hevy) chronological within a day too.
 */
int import_end(struct log_reader *r);

/* Field text of spec i (r->idx), or "" when absent; never NULL. Points into
 * row, so valid only during the row callback. */
const char *import_field(const struct log_reader *r, const struct csv_row *row, size_t i);

/* True when field equals word ignoring case and surrounding white space. */
bool import_is(const char *field, const char *word);

/* Report a bad value of spec i as
 * `FILE:LINE:COL: APP export: column "NAME": expected EXPECTED, got "GOT"`
 * (APP is the dialect's description, COL the column's number). */
void import_bad(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                const struct column_spec *specs, size_t i, const char *expected, const char *got);

/* True when the field is empty or a zero ("0", "0.0", "0,0", "0:00:00"):
 * how apps fill the columns a row does not use. */
bool import_blank_or_zero(const char *s);

/*
 * True when a row holds no set of weight x reps: no reps (empty or 0) and
 * either no load or a distance or a time instead (cardio, planks). Such
 * rows are skipped, not reported.
 */
bool import_not_a_set(const char *weight, const char *reps, const char *distance, const char *time);

/*
 * Report field.c's refusal why (NULL: none) of spec i as
 * `FILE:LINE:COL: APP export: column "NAME": WHY`, and free it. Returns 0
 * when why is NULL, else -1.
 */
int import_report(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                  const struct column_spec *specs, size_t i, char *why);

/*
 * The value readers: each reads the field of spec i with field.c's rules
 * and reports a bad value itself (via import_report) before returning -1.
 * What apps write in a column a row does not use is read here:
 *  weight:   a load from 0 to FIELD_LOAD_MAX; empty means 0 (a body-weight set).
 *  reps:     whole reps from 0 to FIELD_REPS_MAX ("5.0" is 5).
 *  rpe:      empty or 0 means not logged (0); else FIELD_RPE_MIN..FIELD_RPE_MAX.
 *  unit:     a unit ("kg", "kgs", "lbs", ...), or fallback when the field is empty.
 *  exercise: a name (field_name); *out is the field as the export wrote it.
 */
int import_weight(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                  const struct column_spec *specs, size_t i, double *out);
int import_reps(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                const struct column_spec *specs, size_t i, int *out);
int import_rpe(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
               const struct column_spec *specs, size_t i, double *out);
int import_unit(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                const struct column_spec *specs, size_t i, int fallback, int *out);
/* date:     a date and nothing else: YYYY-MM-DD or a spreadsheet's "2/4/2017"
 *           (log_field_date_at). */
int import_date(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                const struct column_spec *specs, size_t i, day_t *out);
int import_exercise(struct log_reader *r, const struct log_dialect *d, const struct csv_row *row,
                    const struct column_spec *specs, size_t i, const char **out);

/*
 * Parse a time of day "H:MM" or "HH:MM[:SS]" with an optional " AM"/" PM"
 * at the start of s; stores minutes since midnight and returns the number
 * of bytes read, or -1.
 */
int import_time_of_day(const char *s, int *minutes);

/* One set as a dialect read it; strings are copied by import_add. */
struct import_set {
    day_t date;
    int order; /* log_set.order: see import_add */
    const char *exercise;
    const char *day; /* NULL or "" when the export names no workout */
    enum set_type type;
    double weight;
    int unit; /* enum unit or UNIT_UNSPECIFIED */
    int reps;
    bool failed; /* logged as a failed set (log_set.failed) */
    double rpe;
    const char *notes; /* NULL or "" for none */
};

/*
 * Append s (read from row) to r->log with its folded keys. Dialects that
 * know the workout's start time set order to its minute of the day, so that
 * log_sort (date, then order, then file order) puts two workouts of one day
 * in the order they happened whatever order the file lists them in, while
 * the sets of one workout keep their file order.
 */
void import_add(struct log_reader *r, const struct csv_row *row, const struct import_set *s);

#endif
