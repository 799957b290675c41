/*
 * import: every app-export fixture of tests/data/import read as a log, with
 * the sets expected computed by hand from the files; `topset import` output
 * compared byte for byte; the converted native log read back giving the same
 * sets as the export; and the malformed exports of tests/data/bad giving
 * exactly the messages of their .expect files.
 *
 * The fixtures hold one three-week history (Lower on Mondays, Upper on
 * Thursdays), so in every export set 3 is the first squat top set, 9 the
 * first leg-press drop set, 19 a lat-pulldown failure set, 21 a body-weight
 * pull-up, 48 the missed squat back-off and 56 the last bench top set.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "apps.h"
#include "field.h"
#include "import.h"
#include "import_util.h"
#include "log.h"
#include "tap/basic.h"
#include "tap/topset.h"

#define U UNIT_UNSPECIFIED
#define KG UNIT_KG
#define LB UNIT_LB
#define W SET_WARMUP
#define WK SET_WORK
#define D SET_DROP

static const char NOTE[] = "Felt strong, paused the first rep\nnext week: same grip";
static const char MISS[] = "missed the last back-off, grip slipped";

struct want {
    size_t i;
    const char *date;
    const char *exercise;
    const char *day; /* NULL: the export names no day */
    enum set_type type;
    double weight;
    int unit;
    int reps;
    double rpe;
};

struct fixture {
    const char *file;
    const char *app;    /* --from */
    const char *format; /* the dialect that must read it */
    size_t n;
    const struct want *w;
    size_t nw;
    size_t note_set; /* a set whose notes are NOTE */
    const char *note;
};

#define SQ "Squat (Barbell)"
#define BE "Bench Press (Barbell)"
#define LP "Leg Press"
#define PD "Lat Pulldown (Cable)"
#define PU "Pull Up"

static const struct want strong_comma[] = {
    {0, "2025-09-01", SQ, "Lower", W, 20, U, 10, 0},
    {3, "2025-09-01", SQ, "Lower", WK, 120, U, 5, 8},
    {9, "2025-09-01", LP, "Lower", D, 140, U, 15, 0},
    {10, "2025-09-04", BE, "Upper", W, 20, U, 10, 0},
    {19, "2025-09-04", PD, "Upper", WK, 60, U, 8, 0},
    {21, "2025-09-04", PU, "Upper", WK, 0, U, 8, 0},
    {25, "2025-09-08", SQ, "Lower", WK, 120, U, 6, 8.5},
    {35, "2025-09-11", BE, "Upper", WK, 100, U, 6, 8},
    {48, "2025-09-15", SQ, "Lower", WK, 110, U, 6, 0},
    {56, "2025-09-18", BE, "Upper", WK, 102.5, U, 5, 8.5},
    {63, "2025-09-18", PD, "Upper", D, 42.5, U, 13, 0},
};

/* Decimal commas everywhere; the pull-up's unit is blank. */
static const struct want strong_semicolon[] = {
    {0, "2025-09-01", SQ, "Lower", W, 20, KG, 10, 0},
    {4, "2025-09-01", SQ, "Lower", WK, 107.5, KG, 8, 0},
    {9, "2025-09-01", LP, "Lower", D, 140, KG, 15, 0},
    {21, "2025-09-04", PU, "Upper", WK, 0, U, 8, 0},
    {25, "2025-09-08", SQ, "Lower", WK, 120, KG, 6, 8.5},
    {41, "2025-09-11", PD, "Upper", WK, 62.5, KG, 9, 0},
    {56, "2025-09-18", BE, "Upper", WK, 102.5, KG, 5, 8.5},
    {63, "2025-09-18", PD, "Upper", D, 42.5, KG, 13, 0},
};

static const struct want strong_quoted_kg[] = {
    {0, "2025-09-01", SQ, "Lower", W, 20, KG, 10, 0},
    {3, "2025-09-01", SQ, "Lower", WK, 120, KG, 5, 8},
    {9, "2025-09-01", LP, "Lower", D, 140, KG, 15, 0},
    {21, "2025-09-04", PU, "Upper", WK, 0, KG, 8, 0},
    {46, "2025-09-15", SQ, "Lower", WK, 122.5, KG, 4, 9},
    {56, "2025-09-18", BE, "Upper", WK, 102.5, KG, 5, 8.5},
};

static const struct want strong_quoted_lbs[] = {
    {0, "2025-09-01", SQ, "Lower", W, 45, LB, 10, 0},
    {3, "2025-09-01", SQ, "Lower", WK, 265, LB, 5, 8},
    {9, "2025-09-01", LP, "Lower", D, 310, LB, 15, 0},
    {19, "2025-09-04", PD, "Upper", WK, 130, LB, 8, 0},
    {35, "2025-09-11", BE, "Upper", WK, 225, LB, 6, 8},
    {48, "2025-09-15", SQ, "Lower", WK, 245, LB, 6, 0},
    {56, "2025-09-18", BE, "Upper", WK, 230, LB, 5, 8.5},
    {63, "2025-09-18", PD, "Upper", D, 95, LB, 13, 0},
};

/* Newest first in the file; an evening workout on 2025-09-18 is listed
 * above the morning one and must come after it. */
static const struct want hevy_kg[] = {
    {0, "2025-09-01", SQ, "Lower", W, 20, KG, 10, 0},
    {3, "2025-09-01", SQ, "Lower", WK, 120, KG, 5, 8},
    {9, "2025-09-01", LP, "Lower", D, 140, KG, 15, 0},
    {19, "2025-09-04", PD, "Upper", WK, 60, KG, 8, 0},
    {21, "2025-09-04", PU, "Upper", WK, 0, KG, 8, 0},
    {48, "2025-09-15", SQ, "Lower", WK, 110, KG, 6, 0},
    {56, "2025-09-18", BE, "Upper", WK, 102.5, KG, 5, 8.5},
    {63, "2025-09-18", PD, "Upper", D, 42.5, KG, 13, 0},
    {64, "2025-09-18", "Bicep Curl (Dumbbell)", "Evening Arms", WK, 14, KG, 12, 0},
    {66, "2025-09-18", "Bicep Curl (Dumbbell)", "Evening Arms", WK, 14, KG, 8, 0},
};

static const struct want hevy_lbs[] = {
    {0, "2025-09-01", SQ, "Lower", W, 45, LB, 10, 0},
    {3, "2025-09-01", SQ, "Lower", WK, 265, LB, 5, 8},
    {9, "2025-09-01", LP, "Lower", D, 310, LB, 15, 0},
    {25, "2025-09-08", SQ, "Lower", WK, 265, LB, 6, 8.5},
    {56, "2025-09-18", BE, "Upper", WK, 230, LB, 5, 8.5},
    {64, "2025-09-18", "Bicep Curl (Dumbbell)", "Evening Arms", WK, 30, LB, 12, 0},
    {66, "2025-09-18", "Bicep Curl (Dumbbell)", "Evening Arms", WK, 30, LB, 8, 0},
};

#define FSQ "Barbell Squat"
#define FBE "Flat Barbell Bench Press"
#define FPD "Lat Pulldown"
#define FCU "Dumbbell Curl"

/* No set types, RPE or day names in FitNotes: all work sets, no day. */
static const struct want fitnotes_current[] = {
    {0, "2025-09-01", FSQ, NULL, WK, 20, KG, 10, 0},
    {3, "2025-09-01", FSQ, NULL, WK, 120, KG, 5, 0},
    {9, "2025-09-01", LP, NULL, WK, 140, KG, 15, 0},
    {21, "2025-09-04", PU, NULL, WK, 0, KG, 8, 0},
    {56, "2025-09-18", FBE, NULL, WK, 102.5, KG, 5, 0},
    {64, "2025-09-18", FCU, NULL, WK, 25, LB, 12, 0},
    {65, "2025-09-18", FCU, NULL, WK, 25, LB, 10, 0},
};

static const struct want fitnotes_legacy_kgs[] = {
    {0, "2025-09-01", FSQ, NULL, WK, 20, KG, 10, 0},
    {4, "2025-09-01", FSQ, NULL, WK, 107.5, KG, 8, 0},
    {48, "2025-09-15", FSQ, NULL, WK, 110, KG, 6, 0},
    {63, "2025-09-18", FPD, NULL, WK, 42.5, KG, 13, 0},
};

static const struct want fitnotes_legacy_lbs[] = {
    {0, "2025-09-01", FSQ, NULL, WK, 45, LB, 10, 0},
    {3, "2025-09-01", FSQ, NULL, WK, 265, LB, 5, 0},
    {35, "2025-09-11", FBE, NULL, WK, 225, LB, 6, 0},
    {63, "2025-09-18", FPD, NULL, WK, 95, LB, 13, 0},
};

/* Both units in the file: the round number is the one the lifter logged. */
static const struct want fitnotes_ios[] = {
    {0, "2025-09-01", FSQ, NULL, WK, 20, KG, 10, 0},
    {4, "2025-09-01", FSQ, NULL, WK, 107.5, KG, 8, 0},
    {21, "2025-09-04", PU, NULL, WK, 0, KG, 8, 0},
    {56, "2025-09-18", FBE, NULL, WK, 102.5, KG, 5, 0},
    {64, "2025-09-18", FCU, NULL, WK, 25, LB, 12, 0},
};

/* A lb account whose leg press is in kg; Liftosaur has warm-ups but no
 * drop or failure sets; skipped face pulls (no completed reps) are not sets. */
static const struct want liftosaur[] = {
    {0, "2025-09-01", "Squat, Barbell", "Lower", W, 45, LB, 10, 0},
    {3, "2025-09-01", "Squat, Barbell", "Lower", WK, 265, LB, 5, 8},
    {9, "2025-09-01", "Leg Press, Leverage Machine", "Lower", WK, 140, KG, 15, 0},
    {19, "2025-09-04", "Lat Pulldown, Cable", "Upper", WK, 130, LB, 8, 0},
    {21, "2025-09-04", PU, "Upper", WK, 0, LB, 8, 0},
    {48, "2025-09-15", "Squat, Barbell", "Lower", WK, 245, LB, 6, 0},
    {56, "2025-09-18", "Bench Press, Barbell", "Upper", WK, 230, LB, 5, 8.5},
    {63, "2025-09-18", "Lat Pulldown, Cable", "Upper", WK, 95, LB, 13, 0},
};

#define N(a) a, sizeof a / sizeof a[0]

static const struct fixture fixtures[] = {
    {"strong-comma.csv", "strong", "strong", 64, N(strong_comma), 56, NOTE},
    {"strong-semicolon.csv", "strong", "strong-semicolon", 64, N(strong_semicolon), 48, MISS},
    {"strong-quoted-kg.csv", "strong", "strong-quoted", 64, N(strong_quoted_kg), 59, NOTE},
    {"strong-quoted-lbs.csv", "strong", "strong-quoted", 64, N(strong_quoted_lbs), 56, NOTE},
    /* The comma dialect with a French header; with a German one and its
     * rest-timer rows (Ruhezeit); the quoted one with v6's set words and
     * an unfinished set (no reps) that is no set. */
    {"strong-french.csv", "strong", "strong", 64, N(strong_comma), 56, NOTE},
    {"strong-german.csv", "strong", "strong", 64, N(strong_comma), 56, NOTE},
    {"strong-v6-words.csv", "strong", "strong-quoted", 64, N(strong_quoted_kg), 59, NOTE},
    {"hevy-kg.csv", "hevy", "hevy", 67, N(hevy_kg), 56, NOTE},
    {"hevy-lbs.csv", "hevy", "hevy", 67, N(hevy_lbs), 48, MISS},
    {"fitnotes-current.csv", "fitnotes", "fitnotes", 66, N(fitnotes_current), 56, NOTE},
    {"fitnotes-legacy-kgs.csv", "fitnotes", "fitnotes-legacy", 64, N(fitnotes_legacy_kgs), 48,
     MISS},
    {"fitnotes-legacy-lbs-nocomment.csv", "fitnotes", "fitnotes-legacy", 64, N(fitnotes_legacy_lbs),
     56, ""},
    {"fitnotes-ios.csv", "fitnotes", "fitnotes-ios", 66, N(fitnotes_ios), 56, NOTE},
    {"liftosaur.csv", "liftosaur", "liftosaur", 64, N(liftosaur), 56, NOTE},
};

#define NFIXTURES (sizeof fixtures / sizeof fixtures[0])

static int
read_log(const char *path, const char *force, struct log *log, struct errlist *errs)
{
    struct log_opts opts = {.force_format = force};
    log_init(log);
    errlist_init(errs);
    errs->strict = true; /* a bad row refuses the file, as under --strict */
    int rc = log_read(path, &opts, log, errs);
    for (size_t i = 0; i < errs->n; i++)
        diag("%s", errs->msgs[i]);
    return rc;
}

/* Set i of log, or an empty set when the log lost it: the tests about it
 * then fail rather than go missing. */
static const struct log_set *
set_at(const struct log *log, size_t i)
{
    static const struct log_set none = {0};
    return i < log->n ? &log->sets[i] : &none;
}

/* Nine tests, whether or not the set is there. */
static void
check_set(const char *file, const struct log *log, const struct want *w)
{
    ok(w->i < log->n, "%s: set %zu exists", file, w->i);
    const struct log_set *x = set_at(log, w->i);
    char date[11];
    is_string(w->date, date_format(date, x->date), "%s: set %zu date", file, w->i);
    is_string(w->exercise, x->exercise, "%s: set %zu exercise", file, w->i);
    is_string(w->day, x->day, "%s: set %zu day", file, w->i);
    is_int(w->type, x->type, "%s: set %zu type", file, w->i);
    is_double(w->weight, x->weight, 1e-9, "%s: set %zu weight", file, w->i);
    is_int(w->unit, x->unit, "%s: set %zu unit", file, w->i);
    is_int(w->reps, x->reps, "%s: set %zu reps", file, w->i);
    is_double(w->rpe, x->rpe, 1e-9, "%s: set %zu rpe", file, w->i);
}

static void
test_fixture(const struct fixture *f)
{
    char rel[128];
    snprintf(rel, sizeof rel, "import/%s", f->file);
    char *path = test_data_path(rel);
    struct log log;
    struct errlist errs;
    is_int(0, read_log(path, NULL, &log, &errs), "%s: read", f->file);
    is_string(f->format, log.format, "%s: detected as %s", f->file, f->format);
    is_int((long) f->n, (long) log.n, "%s: number of sets", f->file);
    for (size_t i = 0; i < f->nw; i++)
        check_set(f->file, &log, &f->w[i]);
    is_string(f->note, set_at(&log, f->note_set)->notes, "%s: notes of set %zu", f->file,
              f->note_set);
    /* log_read's promise: chronological. */
    bool sorted = true;
    for (size_t i = 1; i < log.n; i++)
        sorted &= log.sets[i - 1].date <= log.sets[i].date;
    ok(sorted, "%s: sets in date order", f->file);
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* Strong 2016: "kg" names the unit, set numbers start at 0, a run is no
 * set, a 0-rep set is a failed one. */
static void
test_strong_2016(void)
{
    char *path = test_data_path("import/strong-2016.csv");
    struct log log;
    struct errlist errs;
    is_int(0, read_log(path, NULL, &log, &errs), "strong-2016: read");
    is_string("strong-2016", log.format, "strong-2016: detected as strong-2016");
    is_int(6, (long) log.n, "strong-2016: six sets, the run is none");
    is_double(70, set_at(&log, 0)->weight, 1e-9, "strong-2016: set 0 is 70");
    is_int(KG, set_at(&log, 0)->unit, "strong-2016: in kg, from the header");
    is_int(WK, set_at(&log, 0)->type, "strong-2016: set number 0 is a working set");
    is_string("W1D1", set_at(&log, 0)->day, "strong-2016: the workout is the day");
    is_string("last rep slow", set_at(&log, 2)->notes, "strong-2016: notes");
    is_int(0, set_at(&log, 5)->reps, "strong-2016: the missed bench set has 0 reps");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* The comma layout with its header in a language without a row in
 * languages[] (Spanish words of our own) and its own rest-timer word: read
 * by place, with one warning, the same sets as in English; --strict
 * refuses it. */
static void
test_strong_any_language(void)
{
    const char *file = "strong-any-language.csv";
    char *path = test_data_path("import/strong-any-language.csv");
    struct log log;
    struct errlist errs;
    struct log_opts opts = {0};
    log_init(&log);
    errlist_init(&errs);
    is_int(0, log_read(path, &opts, &log, &errs), "%s: read", file);
    is_string("strong-by-position", log.format, "%s: detected by position", file);
    is_int(1, (long) errlist_warnings(&errs), "%s: one warning", file);
    ok(errs.n == 1
           && strstr(errs.msgs[0], ":1:1: warning: a Strong export with its header in a "
                                   "language topset does not know (\"Fecha\", "
                                   "\"Nombre del ejercicio\", ...)")
                  != NULL,
       "%s: the warning names the header's words", file);
    is_int(64, (long) log.n, "%s: 64 sets; the Descanso rows are none", file);
    for (size_t i = 0; i < sizeof strong_comma / sizeof strong_comma[0]; i++)
        check_set(file, &log, &strong_comma[i]);
    log_free(&log);
    errlist_free(&errs);

    is_int(-1, read_log(path, NULL, &log, &errs), "%s: --strict refuses a guess", file);
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* The layout with a Status per set (published as FitNotes.csv): decimal
 * commas, spreadsheet dates, 12-hour times ordering two workouts of a day,
 * Failed a failed set, NotStarted and a run no sets. */
static void
test_fitnotes_status(void)
{
    char *path = test_data_path("import/fitnotes-status.csv");
    struct log log;
    struct errlist errs;
    char date[11];
    is_int(0, read_log(path, NULL, &log, &errs), "fitnotes-status: read");
    is_int(0, (long) (errs.n), "fitnotes-status: nothing said (9/18 tells month first)");
    is_string("fitnotes-status", log.format, "fitnotes-status: detected");
    is_int(5, (long) log.n, "fitnotes-status: five sets; NotStarted and the run are none");
    is_string("2025-09-15", date_format(date, set_at(&log, 0)->date), "fitnotes-status: 9/15/2025");
    is_string("Morning", set_at(&log, 0)->day, "fitnotes-status: 7:02 AM before 6:45 PM");
    is_double(62.5, set_at(&log, 0)->weight, 1e-9, "fitnotes-status: \"62,5\" is 62.5");
    is_int(UNIT_UNSPECIFIED, set_at(&log, 0)->unit, "fitnotes-status: no unit in the file");
    ok(!set_at(&log, 0)->failed, "fitnotes-status: Done is no failed set");
    ok(set_at(&log, 1)->failed && set_at(&log, 1)->reps == 3 && set_at(&log, 1)->weight == 65,
       "fitnotes-status: Failed 65x3 is a failed set");
    is_string("Evening", set_at(&log, 2)->day, "fitnotes-status: Name is the day");
    is_double(102.5, set_at(&log, 3)->weight, 1e-9, "fitnotes-status: 102,5");
    ok(set_at(&log, 4)->weight == 0 && set_at(&log, 4)->reps == 8,
       "fitnotes-status: a pull-up with no weight is 0x8");
    is_string("2025-09-18", date_format(date, set_at(&log, 4)->date), "fitnotes-status: 9/18/2025");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* The first set of exercise name in log, or an empty set. */
static const struct log_set *
set_named(const struct log *log, const char *name, size_t nth)
{
    for (size_t i = 0; i < log->n; i++)
        if (strcmp(log->sets[i].exercise, name) == 0 && nth-- == 0)
            return &log->sets[i];
    return set_at(log, (size_t) -1);
}

/* FitNotes leaves commas in names unquoted: the name is put together
 * again and the columns after it read in their place. */
static void
test_fitnotes_commas(void)
{
    char *path = test_data_path("import/fitnotes-comma-names.csv");
    struct log log;
    struct errlist errs;
    is_int(0, read_log(path, NULL, &log, &errs), "fitnotes-comma-names: read, no problem");
    is_int(0, (long) (errs.n), "fitnotes-comma-names: no warning");
    is_int(5, (long) log.n, "fitnotes-comma-names: five sets, the walk is none");
    const struct log_set *x = set_named(&log, "Overhead Press (Each Side, Dumbbells)", 1);
    is_double(10, x->weight, 1e-9, "fitnotes-comma-names: the press's second set is 10");
    is_int(KG, x->unit, "fitnotes-comma-names: in kgs");
    is_int(3, x->reps, "fitnotes-comma-names: for 3");
    x = set_named(&log, "Row (Cable, Wide, Seated)", 0);
    is_double(50, x->weight, 1e-9, "fitnotes-comma-names: two commas: the row is 50");
    is_int(10, x->reps, "fitnotes-comma-names: for 10");
    is_int(8, set_named(&log, "Squat", 1)->reps, "fitnotes-comma-names: a trailing comma is none");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* Liftosaur's three timestamp forms; the day as written when an offset is
 * given; a warm-up with no completed weight done at the required one. */
static void
test_liftosaur_timestamps(void)
{
    char *path = test_data_path("import/liftosaur-timestamps.csv");
    struct log log;
    struct errlist errs;
    char date[11];
    is_int(0, read_log(path, NULL, &log, &errs), "liftosaur-timestamps: read");
    is_int(4, (long) log.n, "liftosaur-timestamps: four sets, the one not done is none");
    is_string("2026-03-02", date_format(date, set_at(&log, 0)->date), "...T17:30:00.123Z");
    is_int(W, set_at(&log, 0)->type, "liftosaur-timestamps: a warm-up");
    is_double(60, set_at(&log, 0)->weight, 1e-9, "with no completed weight: the required 60");
    is_int(KG, set_at(&log, 0)->unit, "in the required unit");
    is_string("2026-03-04", date_format(date, set_at(&log, 2)->date), "...T17:30:00Z");
    is_string("2026-03-07", date_format(date, set_at(&log, 3)->date),
              "2026-03-07 00:30:00 +02:00 is the lifter's 7 March (UTC: the 6th)");
    is_double(102.5, set_at(&log, 3)->weight, 1e-9, "liftosaur-timestamps: 102.5");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* Where a record starts, across multi-line quoted notes. */
static void
test_lines(void)
{
    char *path = test_data_path("import/strong-comma.csv");
    struct log log;
    struct errlist errs;
    read_log(path, NULL, &log, &errs);
    is_int(64, (long) log.n, "strong-comma: 64 sets");
    is_int(62, (long) set_at(&log, 56)->line, "strong-comma: set 56 is on line 62");
    is_int(68, (long) set_at(&log, 59)->line, "strong-comma: set 59 on line 68, past 3 notes");
    is_int(70, (long) set_at(&log, 60)->line, "strong-comma: set 60 on line 70");
    is_string("", set_at(&log, 10)->notes, "strong-comma: the Note pseudo-row is not a set's note");
    log_free(&log);
    errlist_free(&errs);
    free(path);

    path = test_data_path("import/hevy-kg.csv");
    read_log(path, NULL, &log, &errs);
    is_int(67, (long) log.n, "hevy-kg: 67 sets");
    is_int(2, (long) set_at(&log, 64)->line, "hevy-kg: the evening curls are on line 2");
    is_int(5, (long) set_at(&log, 53)->line, "hevy-kg: the morning of the same day follows");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

static char *
run_import(const char *app, const char *file, int *rc, struct errlist *errs)
{
    char rel[128];
    snprintf(rel, sizeof rel, "import/%s", file);
    char *path = test_data_path(rel);
    char *out = xasprintf("%s/%s.native.csv", test_tmpdir(), file);
    FILE *fp = fopen(out, "w");
    if (fp == NULL)
        bail("cannot write %s", out);
    errlist_init(errs);
    const struct app *a = app_named(app);
    if (a == NULL)
        bail("no app %s in the table", app);
    *rc = import_run(a, path, DATE_ORDER_AUTO, fp, errs);
    if (fclose(fp) != 0)
        bail("cannot close %s", out);
    free(path);
    return out;
}

/* The converted log, read back, holds the export's sets. */
static void
test_round_trip(const struct fixture *f)
{
    int rc;
    struct errlist errs;
    char *out = run_import(f->app, f->file, &rc, &errs);
    is_int(0, rc, "%s: import --from %s", f->file, f->app);
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    errlist_free(&errs);

    char rel[128];
    snprintf(rel, sizeof rel, "import/%s", f->file);
    char *path = test_data_path(rel);
    struct log a, b;
    struct errlist ea, eb;
    read_log(path, NULL, &a, &ea);
    read_log(out, NULL, &b, &eb);
    is_string("native", b.format, "%s: the output is a native log", f->file);
    is_int((long) a.n, (long) b.n, "%s: same number of sets", f->file);
    size_t bad = 0;
    for (size_t i = 0; i < a.n && i < b.n; i++) {
        const struct log_set *x = &a.sets[i], *y = &b.sets[i];
        bool same = x->date == y->date && strcmp(x->exercise, y->exercise) == 0
                    && strcmp(x->exercise_key, y->exercise_key) == 0
                    && (x->day == NULL ? y->day == NULL
                                       : y->day != NULL && strcmp(x->day, y->day) == 0)
                    && x->type == y->type && x->weight == y->weight && x->unit == y->unit
                    && x->reps == y->reps && x->rpe == y->rpe && strcmp(x->notes, y->notes) == 0;
        if (!same && bad++ < 3)
            diag("%s: set %zu differs (line %lu of the export)", f->file, i,
                 (unsigned long) x->line);
    }
    is_int(0, (long) bad, "%s: the native log gives the same sets", f->file);
    log_free(&a);
    log_free(&b);
    errlist_free(&ea);
    errlist_free(&eb);
    free(path);
    free(out);
}

static void
test_golden(const char *app, const char *file, const char *golden)
{
    int rc;
    struct errlist errs;
    char *out = run_import(app, file, &rc, &errs);
    errlist_free(&errs);
    char rel[128];
    snprintf(rel, sizeof rel, "import/native/%s", golden);
    char *want_path = test_data_path(rel);
    size_t nwant = 0, ngot = 0;
    char *want = test_slurp(want_path, &nwant);
    char *got = test_slurp(out, &ngot);
    ok(want != NULL && got != NULL && nwant == ngot && memcmp(want, got, nwant) == 0,
       "import --from %s %s is byte for byte %s", app, file, golden);
    free(want);
    free(got);
    free(want_path);
    free(out);
}

static void
test_import_errors(void)
{
    struct errlist errs;
    int rc;
    char *out = run_import("hevy", "strong-comma.csv", &rc, &errs);
    is_int(-1, rc, "a Strong file is not a Hevy export");
    char *path = test_data_path("import/strong-comma.csv");
    char *want = xasprintf("%s:1: not a Hevy export: expected a header with title, start_time, "
                           "exercise_title, set_index, set_type, weight_kg, reps",
                           path);
    is_string(want, errs.n ? errs.msgs[0] : NULL, "which the message says");
    is_int(1, (long) errs.n, "one message");
    size_t len = 1;
    char *text = test_slurp(out, &len);
    is_int(0, (long) len, "nothing written");
    free(text);
    free(want);
    free(path);
    free(out);
    errlist_free(&errs);

    /* Strong means any of its layouts; the app name is not case-sensitive. */
    out = run_import("Strong", "strong-quoted-lbs.csv", &rc, &errs);
    is_int(0, rc, "--from Strong reads the quoted layout");
    free(out);
    errlist_free(&errs);
}

/* Each file of tests/data/bad/import-*.csv gives exactly its .expect lines,
 * named as `topset check` names them from inside tests/data/bad. */
static void
test_bad(void)
{
    static const char *const bad[] = {
        "import-hevy-bad-date.csv",           "import-hevy-no-weight.csv",
        "import-strong-bad-set-order.csv",    "import-strong-semicolon-bad-unit.csv",
        "import-strong-quoted-bad-reps.csv",  "import-fitnotes-bad-date.csv",
        "import-fitnotes-ios-bad-weight.csv", "import-liftosaur-bad-warmup.csv",
        "import-liftosaur-bad-timestamp.csv", "import-fitnotes-status-bad-status.csv",
    };
    char *dir = test_data_path("bad");
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL || chdir(dir) != 0)
        bail("cannot enter %s", dir);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        struct log log;
        struct errlist errs;
        struct log_opts opts = {0};
        log_init(&log);
        errlist_init(&errs);
        errs.strict = true; /* else each bad row is a warning that skips it */
        is_int(-1, log_read(bad[i], &opts, &log, &errs), "%s fails", bad[i]);
        char *expect_name = xasprintf("%.*s.expect", (int) (strlen(bad[i]) - 4), bad[i]);
        char *expect = test_slurp(expect_name, NULL);
        char *got = test_errors_printed(&errs);
        is_string(expect, got, "%s: the messages of %s", bad[i], expect_name);
        free(got);
        free(expect);
        free(expect_name);
        log_free(&log);
        errlist_free(&errs);
    }
    if (chdir(cwd) != 0)
        bail("cannot return to %s", cwd);
    free(dir);
}

static void
test_helpers(void)
{
    double v = -1;
    ok(field_number("62,5", &v) == 0 && v == 62.5, "decimal comma");
    ok(field_number(" 60.0 ", &v) == 0 && v == 60, "60.0");
    ok(field_number("1,000.5", &v) != 0, "a thousands separator is not a number");
    ok(field_number("", &v) != 0, "empty is not a number");
    ok(import_blank_or_zero("") && import_blank_or_zero("0.0") && import_blank_or_zero("0:00:00")
           && import_blank_or_zero("0,0"),
       "blank or zero");
    ok(!import_blank_or_zero("0:01:00") && !import_blank_or_zero("3.2")
           && !import_blank_or_zero("x"),
       "not blank or zero");
    int m = -1;
    is_int(5, import_time_of_day("07:48", &m), "07:48 is 5 bytes");
    is_int(7 * 60 + 48, m, "07:48");
    is_int(8, import_time_of_day("10:21 AM", &m), "10:21 AM is 8 bytes");
    is_int(10 * 60 + 21, m, "10:21 AM");
    import_time_of_day("12:05 AM", &m);
    is_int(5, m, "12:05 AM is just after midnight");
    import_time_of_day("12:30 PM", &m);
    is_int(12 * 60 + 30, m, "12:30 PM is noon");
    import_time_of_day("7:05 PM", &m);
    is_int(19 * 60 + 5, m, "7:05 PM");
    is_int(8, import_time_of_day("18:30:00", &m), "with seconds");
    is_int(-1, import_time_of_day("13:00 PM", &m), "13 PM is no time");
    is_int(-1, import_time_of_day("24:00", &m), "24:00 is no time");
    is_int(-1, import_time_of_day("7:5", &m), "minutes take two digits");
}

/* The second Hevy date form, and a few more rows, from a small file. */
static void
test_hevy_dates(void)
{
    char *path = xasprintf("%s/hevy-dates.csv", test_tmpdir());
    FILE *fp = fopen(path, "w");
    if (fp == NULL)
        bail("cannot write %s", path);
    fputs("\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\","
          "\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\","
          "\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"\n"
          "\"A\",\"Jul 5, 2026, 10:21 AM\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",100,5,,,\n"
          "\"B\",\"5 July 2026, 09:00\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",90,5,,,\n"
          "\"C\",\"Sept 29, 2026, 12:05 AM\",\"\",\"\",\"Squat\",,\"\",0,\"normal\",80,5.0,,,\n",
          fp);
    if (fclose(fp) != 0)
        bail("cannot close %s", path);
    struct log log;
    struct errlist errs;
    is_int(0, read_log(path, NULL, &log, &errs), "Hevy dates read");
    is_int(3, (long) log.n, "Hevy dates: every row a set");
    char date[11];
    is_string("2026-07-05", date_format(date, set_at(&log, 0)->date), "5 July 2026, 09:00");
    is_string("B", set_at(&log, 0)->day, "09:00 comes before 10:21 AM of the same day");
    is_string("A", set_at(&log, 1)->day, "Jul 5, 2026, 10:21 AM");
    is_string("2026-09-29", date_format(date, set_at(&log, 2)->date), "Sept 29, 2026");
    is_int(5, set_at(&log, 2)->reps, "5.0 reps are 5");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

/* Every problem of a file is reported, in file order, and no set is kept. */
static void
test_every_problem(void)
{
    char *path = xasprintf("%s/strong-bad.csv", test_tmpdir());
    FILE *fp = fopen(path, "w");
    if (fp == NULL)
        bail("cannot write %s", path);
    fputs("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
          "Workout Notes,RPE\n"
          "2025-09-01 18:30:00,Lower,1h,Squat (Barbell),1,120.0,5.0,0,0,,,8\n"
          "2025-09-31 18:30:00,Lower,1h,Squat (Barbell),2,107.5,8.0,0,0,,,\n"
          "2025-09-01 18:30:00,Lower,1h,Squat (Barbell),3,-5,8.5,0,0,,,11\n"
          "2025-09-01 18:30:00,Lower,1h,Squat (Barbell),0,100.0,5,0,0,,,\n"
          "2025-09-01 18:30:00,Lower,1h,Squat (Barbell),5,100.0,,0,0,,,\n",
          fp);
    if (fclose(fp) != 0)
        bail("cannot close %s", path);
    struct log log;
    struct errlist errs;
    struct log_opts opts = {0};
    log_init(&log);
    errlist_init(&errs);
    errs.strict = true; /* else each bad row is a warning that skips it */
    is_int(-1, log_read(path, &opts, &log, &errs), "a Strong export with 5 mistakes fails");
    static const char *const want[] = {
        "3:1: Strong export: column \"Date\": expected a date like \"2025-09-15 07:48:00\", "
        "got \"2025-09-31 18:30:00\"",
        "4:6: Strong export: column \"Weight\": expected a load from 0 to 10000 like 62.5, "
        "got \"-5\"",
        "4:7: Strong export: column \"Reps\": expected a whole number of reps from 0 to 1000 "
        "like 8, got \"8.5\"",
        "4:12: Strong export: column \"RPE\": expected an RPE from 6 to 10 like 8.5, got \"11\"",
        "5:5: Strong export: column \"Set Order\": expected a set number, W (warm-up), D (drop) "
        "or F (failure), got \"0\"",
    };
    is_int(5, (long) errs.n, "every mistake is reported");
    for (size_t i = 0; i < 5; i++) {
        char *w = xasprintf("%s:%s", path, want[i]);
        is_string(w, i < errs.n ? errs.msgs[i] : NULL, "message %zu", i + 1);
        free(w);
    }
    is_int(0, (long) log.n, "no set of a bad file is kept (nor the one with no reps: no set)");
    log_free(&log);
    errlist_free(&errs);
    free(path);
}

int
main(void)
{
    /* A fixed count: every test runs whatever the reader gives (none is
     * skipped), so a lost row fails its tests instead of shrinking the plan. */
    plan(1294);
    test_helpers();
    for (size_t i = 0; i < NFIXTURES; i++)
        test_fixture(&fixtures[i]);
    test_lines();
    test_strong_2016();
    test_strong_any_language();
    test_fitnotes_status();
    test_fitnotes_commas();
    test_liftosaur_timestamps();
    test_hevy_dates();
    test_every_problem();
    for (size_t i = 0; i < NFIXTURES; i++)
        test_round_trip(&fixtures[i]);
    test_golden("strong", "strong-comma.csv", "strong-comma.csv");
    test_golden("hevy", "hevy-lbs.csv", "hevy-lbs.csv");
    test_golden("fitnotes", "fitnotes-ios.csv", "fitnotes-ios.csv");
    test_import_errors();
    test_bad();
    return 0;
}
