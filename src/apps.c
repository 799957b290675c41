/*
 * apps: the table of app exports (apps.h). To add an app: write its
 * dialects in import_<app>.c (see log_dialect.h; one per layout of its
 * export), declare them below and add its row; then document it
 * (doc/topset-formats.5, README.md) and give it a fixture in
 * tests/data/import, which tests/unit/apps-t.c requires.
 */
#include <config.h>

#include "apps.h"
#include "log_dialect.h"
#include "util.h"

/* The app dialects, each defined in its import_<app>.c. */
extern const struct log_dialect log_dialect_strong;            /* comma, no unit */
extern const struct log_dialect log_dialect_strong_semicolon;  /* unit per row */
extern const struct log_dialect log_dialect_strong_quoted;     /* "Weight (kg)" / "Weight (lbs)" */
extern const struct log_dialect log_dialect_strong_2016;       /* "kg": set numbers from 0 */
extern const struct log_dialect log_dialect_strong_positional; /* comma, another language */
extern const struct log_dialect log_dialect_hevy;
extern const struct log_dialect log_dialect_fitnotes;        /* Weight Unit per row */
extern const struct log_dialect log_dialect_fitnotes_legacy; /* "Weight (kgs)" / "Weight (lbs)" */
extern const struct log_dialect log_dialect_fitnotes_ios;    /* both, plus Kind */
extern const struct log_dialect log_dialect_fitnotes_status; /* Status per set, decimal commas */
extern const struct log_dialect log_dialect_liftosaur;

/* In the order --help lists them and `--log` tries their layouts (after
 * our own formats): the first layout whose detect() says yes reads a file. */
const struct app apps[] = {
    {"strong",
     "Strong",
     "Date, Workout Name, Exercise Name, Set Order, Weight, Reps",
     {&log_dialect_strong, &log_dialect_strong_semicolon, &log_dialect_strong_quoted,
      &log_dialect_strong_2016, &log_dialect_strong_positional}},
    {"hevy",
     "Hevy",
     "title, start_time, exercise_title, set_index, set_type, weight_kg, reps",
     {&log_dialect_hevy}},
    {"fitnotes",
     "FitNotes",
     "Date, Exercise, Category, Weight, Weight Unit, Reps",
     {&log_dialect_fitnotes, &log_dialect_fitnotes_legacy, &log_dialect_fitnotes_ios,
      &log_dialect_fitnotes_status}},
    {"liftosaur",
     "Liftosaur",
     "Workout DateTime, Day Name, Exercise, Is Warmup Set?, Completed Reps, Completed Weight Value",
     {&log_dialect_liftosaur}},
};

const size_t napps = sizeof apps / sizeof apps[0];

const struct app *
app_named(const char *name)
{
    for (size_t i = 0; i < napps; i++)
        if (ascii_casecmp(name, apps[i].name) == 0)
            return &apps[i];
    return NULL;
}

char *
app_names(const char *sep, const char *last)
{
    char *list = NULL;
    for (size_t i = 0; i < napps; i++)
        list_append(&list, i, napps, apps[i].name, sep, last);
    return list;
}

char *
app_titles(const char *sep, const char *last)
{
    char *list = NULL;
    for (size_t i = 0; i < napps; i++)
        list_append(&list, i, napps, apps[i].title, sep, last);
    return list;
}
