/*
 * log: the training log, whatever file it came from. Every reader (native
 * log, a filled-in plan CSV, app exports) turns rows into log_set values;
 * history.c then finds sessions in them. Which reader runs is decided from
 * the header row (log_read), by the dialect table in log.c.
 */
#ifndef TOPSET_LOG_H
#define TOPSET_LOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "errors.h"
#include "load.h"
#include "set_type.h"
#include "util.h"

/* A set as a reader hands it to log_add, in the types its parsers write
 * (they take the address of date, type, unit, reps, order, failed). */
struct log_row {
    day_t date;
    const char *exercise;     /* as written */
    const char *exercise_key; /* name_fold(exercise), or NULL: log_add folds it */
    const char *day;          /* workout/day name, or NULL when not named */
    const char *day_key;      /* name_fold(day) or NULL */
    double weight;            /* as logged, in .unit */
    double rpe;               /* 0: not logged */
    const char *notes;        /* "" when none */
    const char *file;         /* for messages */
    unsigned long line;
    enum set_type type;
    int unit; /* enum unit, or UNIT_UNSPECIFIED */
    int reps;
    int order;   /* set order within the session if the file gives one, else 0 */
    bool failed; /* logged as a failed set (Hevy "failure", Strong F); a
                    0-rep set is failed whatever it is logged as */
};

/*
 * A set as the log holds it (log_add converts a log_row): a log holds one
 * per row, so each field is as narrow as its values allow, and the
 * eight-byte fields come first (no padding). 88 bytes where a log_row is
 * 112: a 500,000-row log fits the 64 MB issue 15 allows. A day number in
 * 32 bits spans millions of years, and a file of more than 2^32 lines or
 * rows would not fit in memory anyway. The fields mean what log_row's do.
 */
struct log_set {
    const char *exercise;     /* in the log's arena */
    const char *exercise_key; /* name_fold(exercise) */
    const char *day;
    const char *day_key;
    double weight;
    double rpe;
    const char *notes;
    const char *file;
    int32_t date; /* day_t */
    uint32_t line;
    uint32_t seq; /* order in which it was read */
    int32_t reps;
    int32_t order;
    signed char unit;   /* enum unit, or UNIT_UNSPECIFIED */
    unsigned char type; /* enum set_type */
    bool failed;
};

/* The native log's set_type for a failed working set: topset import
 * writes an app's failed set so, and the native reader reads it back. */
#define LOG_FAILED_SET "failed"

#define LOG_NAME_SLOTS 64

struct log {
    char *path;
    const char *format; /* dialect name: "native", "plan", "strong", ... */
    struct log_set *sets;
    size_t n, cap;
    struct arena arena; /* every string of every set */
    /* Names log_add copied and folded, by a hash of the name: a log names
     * its few exercises and days thousands of times, and sets share one
     * copy and key of each (log.c). */
    struct {
        const char *name, *key; /* in arena; name NULL when the slot is free */
    } names[LOG_NAME_SLOTS];
};

struct log_opts {
    const char *client;       /* keep only this client's rows (names folded) when the
                                      log has a client column; other clients' rows are not
                                      checked; NULL keeps every row */
    const char *force_format; /* a dialect name to use instead of detecting; NULL detects */
    const char *data;         /* the file's bytes, when the caller has read them (a
                                      batch hashes them first); NULL reads the file */
    size_t len;
    /* Every client's rows at once (a roster's shared log, log_shared.c):
     * when non-NULL, each row of a log with a client column is sent to
     * route(route_arg, that column's text), which gives the log and the
     * problem list for that client's rows (their problems are that
     * client's alone), or returns false to skip the row unchecked (no
     * client named). Rows of a log without a client column, and problems
     * of the file itself, stay in log_read's own log and list. */
    int date_order; /* enum date_order: --date-order, or AUTO to decide from the file */
    bool (*route)(void *route_arg, const char *client, struct log **log, struct errlist **errs);
    void *route_arg;
};

void log_init(struct log *log);
void log_free(struct log *log);

/*
 * Read a log file, detecting its dialect from the header, or a filled-in
 * plan workbook (.xlsx, told by its bytes; format "workbook"). Rows are appended
 * to log (which must be initialised); after reading, sets are in
 * chronological order (stable: date, then the order within the session).
 * Returns 0, or -1 with every problem reported to errs.
 */
int log_read(const char *path, const struct log_opts *opts, struct log *log, struct errlist *errs);

/* True when the file at path is a zip, as a filled-in plan workbook is
 * (log_read reads those too). False when it cannot be read. */
bool log_is_workbook(const char *path);

/* Append a set; its strings are copied into the log's arena (sets with the
 * same exercise or day name may share one copy). Returns the copy. */
struct log_set *log_add(struct log *log, const struct log_row *set);

/* Sort sets by date, then order/seq (stable); the sets of one exercise on
 * one date and day stay together, where the file first had them (a plan
 * CSV numbers sets per exercise). log_read does this. */
void log_sort(struct log *log);

/*
 * Add the sets of from (another file's log, read with log_read) to into,
 * then sort into. A set of from that repeats a set into already held (the
 * same date, exercise, reps and load: a filled-in plan CSV beside the app's
 * history of the same sessions) is counted once: each set of into stands
 * for at most one of from, so three 100x5 in both are three, not six and
 * not one. Returns how many sets of from were such repeats.
 */
size_t log_merge(struct log *into, const struct log *from);

/* Names of every dialect log_read knows, for messages: "native, plan, strong, ..." */
const char *log_format_names(void);

#endif
