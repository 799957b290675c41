/*
 * field: every value an input file holds (a name, a unit, a load, reps, an
 * RPE, a date, a whole number), its limits, and the one message that
 * refuses it. Templates, logs, plan CSVs, app exports, maxes, rosters and
 * the command line all read their values here, so a value means the same
 * and is refused with the same words whichever file it came from.
 *
 * Every parser takes the text as the file holds it (surrounding blanks are
 * ignored). It stores the value and returns NULL, or returns why it refused
 * the text, newly allocated: the caller puts the position in front
 * (FILE:LINE:COL: column "NAME": ...) and frees it. A refusal reads
 *     empty (expected WHAT)            or
 *     expected WHAT, got "TEXT"
 * where WHAT is built from the limits below, e.g.
 *     expected a load from 0 to 10000 like 62.5, got "12000"
 *
 * Every parser refuses an empty text ("empty (expected ...)"). What an
 * empty or blank field means is the caller's: a log's RPE and unit may be
 * left empty, an app export writes 0 or nothing in a column a row does
 * not use (import_util.c), a maxes file's unit is optional.
 */
#ifndef TOPSET_FIELD_H
#define TOPSET_FIELD_H

#include <stdbool.h>
#include <stddef.h>

#include "date.h"
#include "load.h"

#define FIELD_NAME_MAX 200 /* bytes; the longest name in real exports is 69 */
/* A load in kg or lb: beyond it a typo, and near DBL_MAX progression would
 * overflow to inf. */
#define FIELD_LOAD_MAX 10000
#define FIELD_REPS_MAX 1000
/*
 * A logged RPE is 6 to 10 (any decimal), in every log and every app export.
 * That is the range of the RPE chart (rpe.c): a top set's RPE becomes an
 * e1RM through it, and below 6 the chart has no column, since reps in
 * reserve beyond four are guesses. Strong, Hevy and Liftosaur offer 6 to
 * 10 only. A template's top_rpe is the same range in halves (template.c).
 */
#define FIELD_RPE_MIN 6
#define FIELD_RPE_MAX 10
#define FIELD_SHOW_MAX 60 /* bytes of a refused text quoted in a message */

/* The kinds of names, each with its words in messages. */
enum field_name {
    FIELD_EXERCISE, /* "an exercise name like Bench Press" */
    FIELD_DAY,      /* "a day name like Upper A" */
    FIELD_CLIENT,   /* "a client's name like Alex" */
};

/*
 * A name: not empty, with a letter or digit (name_is_blank), at most
 * FIELD_NAME_MAX bytes, no control characters (a name is printed on one
 * line). The caller keeps its own copy of the text.
 */
char *field_name(const char *text, enum field_name kind);

/* Which loads a column takes. */
enum field_load {
    FIELD_LOAD_ZERO_OK,  /* 0 to FIELD_LOAD_MAX: a logged set (0 = bodyweight) */
    FIELD_LOAD_POSITIVE, /* above 0 and up to FIELD_LOAD_MAX: a 1RM, a step */
};

/* A load in that range. */
char *field_load(const char *text, enum field_load range, double *out);

/*
 * The same, with a unit written after the load ("60kg", "135 lb", any
 * spelling unit_parse takes): *unit is that unit, or UNIT_UNSPECIFIED
 * when none is written. The load is as written, not converted: see
 * field_load_in_unit.
 */
char *field_load_unit(const char *text, enum field_load range, double *out, int *unit);

/*
 * A load read with field_load_unit (written: its unit or UNIT_UNSPECIFIED)
 * in a row whose unit is *unit (UNIT_UNSPECIFIED: none given): a row
 * without a unit takes the written one, a row with another unit gets the
 * load converted into it ("135 lb" in a kg row is 61.23...).
 */
void field_load_in_unit(double *load, int written, int *unit);

/* Whole reps from 0 to FIELD_REPS_MAX ("5.0" is 5). */
char *field_reps(const char *text, int *out);

/* An RPE from FIELD_RPE_MIN to FIELD_RPE_MAX, written "8" or "@8". */
char *field_rpe(const char *text, double *out);

/*
 * A whole number or a range of them, "5" or "5-6", the dash also an en
 * dash, an em dash or " to " ("5–6", "5 to 6"), blanks around it allowed.
 * Stores both ends (equal for one number) and returns 0, or -1. The
 * caller checks the limits and the order.
 */
int field_range(const char *text, long *lo, long *hi);

/*
 * Whether text is a date a spreadsheet made of a range typed into a cell
 * not formatted as text ("5-6" shown as "6-May", "05-Jun", "Mai-06",
 * "6-May-26"; month names in English, German and French): stores the
 * range's ends, smaller first.
 */
bool field_range_was_date(const char *text, int *lo, int *hi);

/* When field_range_was_date(text), the message saying so and what to
 * write ("\"6-May\" looks like a date a spreadsheet made of \"5-6\": format
 * the column as text, or write 5-6 as '5-6"), newly allocated; else NULL. */
char *field_range_date_refusal(const char *text);

/* A unit as unit_parse() reads it (kg, kgs, lb, lbs, pounds, ...). */
char *field_unit(const char *text, enum unit *out);

/* A real date written YYYY-MM-DD. */
char *field_date(const char *text, day_t *out);

/* A yes or no: "yes", "true", "1" or "no", "false", "0", in any case (a
 * roster's strict column). */
char *field_yes_no(const char *text, bool *out);

/* A whole number from lo to hi (set numbers, counts of sets, weeks). */
char *field_whole(const char *text, long lo, long hi, long *out);

/*
 * A number as people and apps write it: "60", "62.5", "60.0", and "62,5"
 * with a decimal comma (a file from a comma-decimal locale is separated
 * by semicolons). Surrounding blanks allowed. Returns 0 or -1 (also for an
 * empty text, NaN, inf, "1,5.5", and "1,000", which may be a thousand).
 */
int field_number(const char *text, double *out);

/* The same, with a '%' after the number allowed ("12%", "12 %"). */
int field_percent(const char *text, double *out);

/* The same, with an '@' before the number allowed ("@8", as RPEs are
 * written beside a load: "100 x 5 @8"). */
int field_rpe_number(const char *text, double *out);

/*
 * The names a file has given so far, with the line of each: a file that
 * lists each exercise (maxes) or each client (roster) once reports a
 * repeated one with the line it was first on. Keys are name_fold() keys.
 */
struct field_seen {
    struct field_seen_entry *v; /* keys in the order added */
    size_t n, cap;
    size_t *slots; /* open-addressing hash table of v: index + 1, 0 empty */
    size_t nslots; /* a power of two, or 0 */
};

void field_seen_init(struct field_seen *s);
void field_seen_free(struct field_seen *s);
/* Remember key (copied) as given on line (> 0). key must not be in s. */
void field_seen_add(struct field_seen *s, const char *key, unsigned long line);
/* NULL when key is not in s; else the message for name, its text as
 * written: "\"squat\" is already on line 2 (expected one row per exercise)". */
char *field_seen_check(const struct field_seen *s, enum field_name kind, const char *name,
                       const char *key);

#endif
