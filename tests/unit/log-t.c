/* log: the native and plan dialects, the client filter, sorting, and messages. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "log.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* log_read with its options, for test_read_text. */
struct log_args {
    const struct log_opts *opts;
    struct log *log;
};

static int
log_reader(const char *path, void *args, struct errlist *errs)
{
    const struct log_args *a = args;
    /* As under --strict: a bad row is an error, and the file is refused.
     * Without it the row is skipped with a warning (test_skipped_rows). */
    errs->strict = true;
    return log_read(path, a->opts, a->log, errs);
}

/* Write content to log.csv and read it with opts (appending to log);
 * messages joined by newlines in *errors (NULL when none; caller frees). */
static int
read_log(const char *content, const struct log_opts *opts, struct log *log, char **errors)
{
    struct log_args a = {opts, log};
    return test_read_text(log_reader, "log.csv", content, &a, errors);
}

static void
bad(const char *content, const struct log_opts *opts, const char *want, const char *name)
{
    struct log log;
    log_init(&log);
    char *errors;
    int rc = read_log(content, opts, &log, &errors);
    is_string(want, errors, "%s", name);
    ok(rc == -1 && log.n == 0, "%s: -1, no sets kept", name);
    free(errors);
    log_free(&log);
}

/* "date exercise type weightxreps" of every set, ";"-joined. Caller frees. */
static char *
summary(const struct log *log)
{
    char *s = xstrdup("");
    for (size_t i = 0; i < log->n; i++) {
        const struct log_set *x = &log->sets[i];
        char d[11], w[32];
        char *next = xasprintf("%s%s%s %s%s%s %s %sx%d", s, i ? "; " : "", date_format(d, x->date),
                               x->day ? x->day : "", x->day ? "/" : "", x->exercise,
                               set_type_name(x->type), fmt_num(w, x->weight), x->reps);
        free(s);
        s = next;
    }
    return s;
}

/* Without --strict a row that cannot be read costs that row: a warning
 * naming it, the other rows kept, the file read. */
static void
test_skipped_rows(void)
{
    test_put_file("skip.csv", "date,exercise,set_type,weight,reps,rpe,unit,notes\n"
                              "2026-11-09,Bench Press,top,100,5,,kg,\n"
                              "2026-11-09,Bench Press,backoff,9O,8,,kg,\n"
                              "2026-11-09,Bench Press,backoff,90,8,,kg,,extra\n"
                              "2026-11-09,Squat,top,140,5,,kg,\n");
    struct log log;
    struct errlist e;
    log_init(&log);
    errlist_init(&e);
    is_int(0, log_read("skip.csv", NULL, &log, &e), "bad rows skipped: the log reads");
    is_int(0, (long) errlist_count(&e), "bad rows skipped: no error");
    is_int(2, (long) errlist_warnings(&e), "bad rows skipped: a warning each");
    char *got = test_errors_printed(&e);
    is_string("skip.csv:3:4: warning: column \"weight\": expected a load from 0 to 10000 like "
              "62.5, got \"9O\"; the row is skipped\n"
              "skip.csv:4:9: warning: field 9 has no column: the header has 8 (expected at most 8 "
              "fields; quote a field that holds the delimiter; if \"90,8\" in fields 4 and 5 is "
              "one number, write 90.8: a decimal comma splits it in a comma-separated file); the "
              "row is skipped\n",
              got, "bad rows skipped: FILE:LINE:COL: warning: ...; the row is skipped");
    free(got);
    char *s = summary(&log);
    is_string("2026-11-09 Bench Press top 100x5; 2026-11-09 Squat top 140x5", s,
              "bad rows skipped: the good rows kept");
    free(s);
    log_free(&log);
    errlist_free(&e);

    log_init(&log);
    errlist_init(&e);
    e.strict = true;
    is_int(-1, log_read("skip.csv", NULL, &log, &e), "--strict: the log is refused");
    is_int(2, (long) errlist_count(&e), "--strict: each bad row an error");
    is_int(0, (long) log.n, "--strict: no set kept");
    log_free(&log);
    errlist_free(&e);
}

static const char native_header[] = "date,exercise,set_type,weight,reps,rpe,unit,notes\n";
static const char plan_header[] = "client,week,date,day,exercise,set,set_type,weight,reps,rpe,"
                                  "unit,why,actual_weight,actual_reps,actual_rpe\n";

/* log_merge: a second file's sets join the first's; a set both hold (date,
 * exercise, reps, load) counts once, as often as the first file has it. */
static void
test_merge(void)
{
    const char *head = "date,exercise,set_type,weight,reps,rpe,unit,notes\n";
    char *a_text = xasprintf("%s"
                             "2026-11-09,Bench Press,top,100,5,,kg,\n"
                             "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                             "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                             "2026-11-16,Squat,top,140,5,,kg,\n",
                             head);
    char *b_text = xasprintf("%s"
                             "2026-11-09,bench press,work,100,5,,kg,\n"
                             "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                             "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                             "2026-11-09,Bench Press,backoff,90,8,,kg,\n"
                             "2026-11-12,Bench Press,top,100,6,,kg,\n"
                             "2026-11-16,Squat,top,308.647,5,,lb,\n",
                             head);
    test_put_file("a.csv", a_text);
    test_put_file("b.csv", b_text);
    struct log a, b;
    struct errlist e;
    errlist_init(&e);
    log_init(&a);
    log_init(&b);
    ok(log_read("a.csv", NULL, &a, &e) == 0 && log_read("b.csv", NULL, &b, &e) == 0,
       "merge: both logs read");
    is_int(4, (long) log_merge(&a, &b), "merge: 4 sets of b repeat sets of a");
    char *got = summary(&a);
    is_string("2026-11-09 Bench Press top 100x5; 2026-11-09 Bench Press backoff 90x8; "
              "2026-11-09 Bench Press backoff 90x8; 2026-11-09 Bench Press backoff 90x8; "
              "2026-11-12 Bench Press top 100x6; 2026-11-16 Squat top 140x5",
              got,
              "merge: a's sets, b's third 90x8 (a had two), b's new session; 140 kg = 308.6 lb");
    ok(a.n > 4 && a.sets[3].exercise_key == a.sets[0].exercise_key,
       "merge: a merged set shares its name's key");
    free(got);
    log_free(&a);
    log_free(&b);
    errlist_free(&e);
    free(a_text);
    free(b_text);
}

/* log_sort on a log far out of order (an app's newest-first export, then
 * shuffled): every set once, by date, each (date, exercise) run in the
 * order it was added. Sets are moved in place along the permutation's
 * cycles, so a set lost or doubled would show here. */
static void
test_sort_shuffled(void)
{
    enum { N = 997 }; /* prime: i * 389 % N visits every i once */
    static const char *const names[] = {"Squat", "Bench Press", "Row"};
    struct log log;
    log_init(&log);
    for (size_t k = 0; k < N; k++) {
        size_t i = k * 389 % N;
        struct log_row in = {.exercise = names[i % 3],
                             .date = (day_t) (20000 - (long) (i / 30)),
                             .type = SET_WORK,
                             .weight = (double) i,
                             .reps = 5,
                             .file = "mem",
                             .line = i + 2};
        log_add(&log, &in);
    }
    log_sort(&log);
    bool ok_order = log.n == N, seen[N] = {false};
    for (size_t i = 0; i < log.n && ok_order; i++) {
        const struct log_set *x = &log.sets[i];
        size_t w = (size_t) x->weight;
        ok_order = w < N && !seen[w] && x->line == w + 2;
        if (!ok_order)
            break;
        seen[w] = true;
        if (i > 0 && ok_order) {
            const struct log_set *b = &log.sets[i - 1];
            ok_order = b->date <= x->date;
            if (b->date == x->date && b->exercise_key == x->exercise_key)
                ok_order = b->seq < x->seq;
        }
    }
    ok(ok_order, "log_sort: %d shuffled sets, each once, by date, runs in added order", N);
    log_free(&log);
}

/* Read the fixture at path with date order order (not strict): its
 * summary (caller frees), and its messages in *msgs (caller frees). */
static char *
read_dates(const char *path, int order, int *rc, char **msgs)
{
    struct log log;
    struct errlist e;
    struct log_opts o = {.date_order = order};
    log_init(&log);
    errlist_init(&e);
    *rc = log_read(path, &o, &log, &e);
    *msgs = errlist_text(&e);
    char *s = summary(&log);
    log_free(&log);
    errlist_free(&e);
    return s;
}

/* Spreadsheet dates (2/4/2017): month or day first from the whole file,
 * a file with no day above 12 read month first with a warning, the
 * order --date-order forces, and a file against it refused. */
static void
test_dates(void)
{
    char *mdy = test_data_abs("logs/dates-mdy.csv");
    char *dmy = test_data_abs("logs/dates-dmy.csv");
    char *amb = test_data_abs("logs/dates-ambiguous.csv");
    int rc;
    char *msgs, *s = read_dates(mdy, DATE_ORDER_AUTO, &rc, &msgs);
    is_string("2017-02-04 Squat work 185x5; 2017-02-04 Squat work 185x5; 2017-02-13 Squat work "
              "190x5; 2017-03-02 Squat work 195x5",
              s, "FitNotes, 2/13/2017: month first, 3/2 is March 2");
    is_string("", msgs, "decided by the file: nothing said");
    is_int(0, rc, "read");
    free(s);
    free(msgs);

    s = read_dates(dmy, DATE_ORDER_AUTO, &rc, &msgs);
    is_string(
        "2017-04-02 Squat top 100x5; 2017-04-09 Squat top 102.5x5; 2017-04-16 Squat top 105x5", s,
        "16/4/2017 on line 4: day first, the two dates above it too (read again)");
    is_string("", msgs, "nothing said");
    free(s);
    free(msgs);

    s = read_dates(dmy, DATE_ORDER_MDY, &rc, &msgs);
    char *want = xasprintf("%s:4:1: column \"date\": date \"16/4/2017\" is day/month/year, but "
                           "--date-order mdy reads the month first: give --date-order dmy, or "
                           "write the date as 2017-04-16",
                           dmy);
    is_string(want, msgs, "--date-order mdy against 16/4/2017: an error saying what to write");
    ok(rc == -1 && *s == '\0', "the file is refused, no set kept");
    free(want);
    free(s);
    free(msgs);

    s = read_dates(amb, DATE_ORDER_AUTO, &rc, &msgs);
    is_string(
        "2017-02-04 Squat top 100x5; 2017-09-04 Squat top 102.5x5; 2017-12-12 Squat top 105x5", s,
        "no day above 12: month first; a two-digit year is this century's");
    want = xasprintf("%s:2:1: warning: dates such as \"2/4/17\" could be month or day first and no "
                     "date of the file has a day above 12 to tell: they are read month first "
                     "(month/day/year); if the day comes first, give --date-order dmy",
                     amb);
    is_string(want, msgs, "a warning says which order and names the option");
    is_int(0, rc, "read");
    free(want);
    free(s);
    free(msgs);

    s = read_dates(amb, DATE_ORDER_DMY, &rc, &msgs);
    is_string(
        "2017-04-02 Squat top 100x5; 2017-04-09 Squat top 102.5x5; 2017-12-12 Squat top 105x5", s,
        "--date-order dmy: day first");
    is_string("", msgs, "and nothing said");
    free(s);
    free(msgs);
    free(mdy);
    free(dmy);
    free(amb);
}

int
main(void)
{
    plan_lazy();
    test_dates();
    test_sort_shuffled();
    char *native = test_data_abs("ok/log-native.csv");
    char *plan_csv = test_data_abs("ok/log-plan.csv");
    char *tabs = test_data_abs("ok/log-tabs.csv");
    char *workbook = test_data_abs("ok/log-workbook.xlsx");
    if (chdir(test_tmpdir()) != 0)
        bail("cannot enter the temporary folder");

    test_merge();

    /* --- set types --------------------------------------------------------- */
    is_string("warmup, top, backoff, drop, work", set_type_names_list(), "set type names");
    enum set_type st;
    ok(set_type_parse("BackOff", &st) == 0 && st == SET_BACKOFF, "set_type_parse ignores case");
    ok(set_type_parse("heavy", &st) == -1, "set_type_parse rejects unknown");
    is_string("drop", set_type_name(SET_DROP), "set_type_name");
    ok(strncmp(log_format_names(), "native, plan", 12) == 0, "format names start: %s",
       log_format_names());

    /* --- native ----------------------------------------------------------- */
    struct log log;
    struct errlist e;
    log_init(&log);
    errlist_init(&e);
    is_int(0, log_read(native, NULL, &log, &e), "ok/log-native.csv reads");
    for (size_t i = 0; i < e.n; i++)
        diag("%s", e.msgs[i]);
    is_string("native", log.format, "format native");
    is_string(native, log.path, "path kept");
    is_int(6, (long) log.n, "six sets");
    if (log.n == 6) {
        const struct log_set *x = &log.sets[1];
        ok(x->type == SET_TOP && x->weight == 100 && x->reps == 5 && x->rpe == 8, "top 100x5 @8");
        ok(x->unit == UNIT_KG && x->line == 3 && strcmp(x->file, native) == 0, "unit, line, file");
        is_string("bench press", x->exercise_key, "exercise key");
        ok(x->day == NULL && x->day_key == NULL, "no day column: day NULL");
        x = &log.sets[3];
        is_int(UNIT_UNSPECIFIED, x->unit, "empty unit: the plan's");
        is_string("last one was a grind, \"ugh\"", x->notes, "quoted notes");
        is_int(0, (long) log.sets[2].rpe, "empty RPE is 0");
        ok(log.sets[4].type == SET_WORK && log.sets[4].rpe == 8.5, "work set at RPE 8.5");
        ok(log.sets[5].weight == 0 && log.sets[5].reps == 10, "bodyweight: weight 0");
        ok(log.sets[0].file == log.sets[5].file, "one copy of the file name");
    }
    log_free(&log);
    errlist_free(&e);

    log_init(&log);
    errlist_init(&e);
    is_int(0, log_read(tabs, NULL, &log, &e), "tab-separated log reads");
    ok(log.n == 1 && log.sets[0].weight == 100, "tab-separated: the set");
    log_free(&log);
    errlist_free(&e);

    /* --- plan ------------------------------------------------------------- */
    log_init(&log);
    errlist_init(&e);
    is_int(0, log_read(plan_csv, NULL, &log, &e), "ok/log-plan.csv reads");
    is_string("plan", log.format, "format plan");
    char *s = summary(&log);
    is_string("2026-11-23 Upper A/Bench Press top 100x6; 2026-11-23 Upper A/Bench Press backoff "
              "90x8; 2026-11-23 Lower A/Squat top 142.5x5",
              s, "actuals taken, the unfilled row skipped");
    free(s);
    if (log.n == 3) {
        ok(log.sets[0].rpe == 8 && log.sets[1].rpe == 0 && log.sets[2].rpe == 9, "actual RPE");
        ok(log.sets[0].order == 1 && log.sets[1].order == 2, "order from the set column");
        is_string("a upper", log.sets[0].day_key, "day key");
        is_int(UNIT_KG, log.sets[2].unit, "unit column");
        is_int(5, (long) log.sets[2].line, "line of the squat row");
    }
    log_free(&log);
    errlist_free(&e);

    /* --- client filter ------------------------------------------------------ */
    static const char clients[] = "client,date,exercise,set_type,weight,reps,day\n"
                                  "Alex,2026-11-09,Bench Press,top,100,5,Upper A\n"
                                  "Sam,2026-11-09,Bench Press,top,60,5,\n"
                                  " alex ,2026-11-10,Squat,top,140,5,\n"
                                  "Sam,2026-13-01,Squat,heavy,x,5,\n"
                                  ",2026-11-11,Squat,top,1,1,\n";
    struct log_opts alex = {.client = "ALEX"};
    char *errors;
    log_init(&log);
    is_int(0, read_log(clients, &alex, &log, &errors),
           "client filter: other clients' bad rows unchecked");
    s = summary(&log);
    is_string("2026-11-09 Upper A/Bench Press top 100x5; 2026-11-10 Squat top 140x5", s,
              "client filter: Alex's rows only (case and spaces folded)");
    free(s);
    free(errors);
    log_free(&log);
    struct log_opts nobody = {.client = "Nobody"};
    log_init(&log);
    is_int(0, read_log(clients, &nobody, &log, &errors), "client filter: no rows is fine");
    is_int(0, (long) log.n, "client filter: no rows");
    free(errors);
    log_free(&log);
    log_init(&log);
    is_int(-1, read_log(clients, NULL, &log, &errors), "no filter: every row checked");
    is_string("log.csv:5:2: column \"date\": expected a date YYYY-MM-DD, got \"2026-13-01\"\n"
              "log.csv:5:4: column \"set_type\": unknown set type \"heavy\" (expected warmup, top, "
              "backoff, drop, work, failed)\n"
              "log.csv:5:5: column \"weight\": expected a load from 0 to 10000 like 62.5, got "
              "\"x\"",
              errors, "no filter: every problem of the bad row");
    free(errors);
    log_free(&log);
    log_init(&log);
    is_int(0,
           read_log("date,exercise,set_type,weight,reps\n2026-11-09,Squat,top,100,5\n", &alex, &log,
                    &errors),
           "a filter on a log without a client column");
    is_int(1, (long) log.n, "keeps every row");
    free(errors);
    log_free(&log);
    log_init(&log);
    char *plan_clients = xasprintf("%s%s%s", plan_header,
                                   "Alex,1,2026-11-23,A,Squat,1,top,100,5,,kg,,100,5,\n",
                                   "Sam,1,2026-11-23,A,Squat,1,top,60,5,,kg,,60,5,\n");
    is_int(0, read_log(plan_clients, &alex, &log, &errors), "plan with a client filter");
    ok(log.n == 1 && log.sets[0].weight == 100, "plan: Alex's set only");
    free(plan_clients);
    free(errors);
    log_free(&log);

    /* --- sorting ------------------------------------------------------------ */
    log_init(&log);
    char *unsorted = xasprintf("%s%s", native_header,
                               "2026-11-11,Squat,top,140,5,,,\n"
                               "2026-11-09,Bench Press,top,100,5,,,\n"
                               "2026-11-11,Squat,backoff,120,8,,,\n"
                               "2026-11-09,Bench Press,backoff,90,8,,,\n");
    is_int(0, read_log(unsorted, NULL, &log, &errors), "log with dates out of order");
    s = summary(&log);
    is_string("2026-11-09 Bench Press top 100x5; 2026-11-09 Bench Press backoff 90x8; "
              "2026-11-11 Squat top 140x5; 2026-11-11 Squat backoff 120x8",
              s, "sorted by date, file order kept within a date");
    free(s);
    free(unsorted);
    free(errors);
    log_free(&log);

    /* A plan numbers sets per exercise and dates each week's Monday: one
     * exercise on two days of a week must stay two runs of sets. */
    log_init(&log);
    char *weave = xasprintf("%s%s", plan_header,
                            "x,1,2026-11-23,Upper A,Bench Press,1,top,100,5,,kg,,100,5,\n"
                            "x,1,2026-11-23,Upper A,Row,1,top,60,8,,kg,,60,8,\n"
                            "x,1,2026-11-23,Upper B,Bench Press,1,top,90,8,,kg,,90,8,\n"
                            "x,1,2026-11-23,Upper A,Bench Press,2,backoff,90,8,,kg,,90,8,\n"
                            "x,1,2026-11-23,Upper B,Bench Press,2,backoff,80,10,,kg,,80,10,\n"
                            "x,1,2026-11-23,Upper A,Row,2,backoff,55,10,,kg,,55,10,\n");
    is_int(0, read_log(weave, NULL, &log, &errors), "a week with one exercise on two days");
    s = summary(&log);
    is_string("2026-11-23 Upper A/Bench Press top 100x5; 2026-11-23 Upper A/Bench Press backoff "
              "90x8; 2026-11-23 Upper A/Row top 60x8; 2026-11-23 Upper A/Row backoff 55x10; "
              "2026-11-23 Upper B/Bench Press top 90x8; 2026-11-23 Upper B/Bench Press backoff "
              "80x10",
              s, "sets of one exercise and day stay together, in set order");
    free(s);
    free(weave);
    free(errors);
    log_free(&log);

    /* --- numbers and blanks, read without strtod or copies ------------------ */
    {
        /* Plain decimals take a fast path; it must give strtod's double to
         * the bit, and leave everything else to parse_double. */
        static const char *const weights[] = {
            "102.5",
            "0.1",
            "5.",
            ".5",
            "0",
            "007.25",
            "2.675",
            "9999.99999999999",
            "1.23456789012345",
            "0.00000000000001",
            "1.234567890123456",
            "1e2",
            "  42.2  ",
        };
        char *rows = xstrdup(native_header);
        for (size_t i = 0; i < sizeof weights / sizeof weights[0]; i++) {
            char *next = xasprintf("%s2026-11-02,Squat,top,%s,5,,kg,\n", rows, weights[i]);
            free(rows);
            rows = next;
        }
        log_init(&log);
        ok(read_log(rows, NULL, &log, &errors) == 0 && errors == NULL, "plain weights read");
        bool same = log.n == sizeof weights / sizeof weights[0];
        for (size_t i = 0; same && i < log.n; i++)
            same = log.sets[i].weight == strtod(weights[i], NULL);
        ok(same, "every weight is strtod's double");
        free(errors);
        free(rows);
        log_free(&log);

        /* Blanks around fields are trimmed whether or not they end one. */
        log_init(&log);
        ok(read_log(
               "date,exercise,set_type,weight,reps,rpe,unit,notes,day\n"
               " 2026-11-02 ,\" Squat \",top , 100 ,\" 5 \", 8 ,kg ,\" felt good \",\" Lower A \"\n"
               "2026-11-02,Squat,backoff,90,8,,kg,,Lower A\n",
               NULL, &log, &errors)
                   == 0
               && errors == NULL,
           "fields with blanks read");
        ok(log.n == 2 && strcmp(log.sets[0].exercise, "Squat") == 0 && log.sets[0].reps == 5
               && log.sets[0].rpe == 8 && strcmp(log.sets[0].notes, "felt good") == 0
               && strcmp(log.sets[0].day, "Lower A") == 0,
           "blanks trimmed from names, numbers and notes");
        ok(log.n == 2 && log.sets[0].exercise_key == log.sets[1].exercise_key
               && log.sets[0].day_key == log.sets[1].day_key,
           "sets of one exercise and day share one key");
        free(errors);
        log_free(&log);
    }

    /* --- log_add ----------------------------------------------------------- */
    log_init(&log);
    char name[32] = "Squat (Barbell)", day[32] = "Lower A";
    struct log_row in = {.exercise = name,
                         .day = day,
                         .type = SET_TOP,
                         .weight = 100,
                         .reps = 5,
                         .unit = UNIT_LB,
                         .file = "mem",
                         .line = 7};
    struct log_set *out = log_add(&log, &in);
    strcpy(name, "changed");
    strcpy(day, "changed");
    ok(strcmp(out->exercise, "Squat (Barbell)") == 0 && strcmp(out->day, "Lower A") == 0,
       "log_add copies strings");
    is_string("barbell squat", out->exercise_key, "log_add folds the exercise");
    is_string("a lower", out->day_key, "log_add folds the day");
    is_string("", out->notes, "log_add: no notes is \"\"");
    in.day = NULL;
    in.date = 1;
    in.exercise = "Bench";
    out = log_add(&log, &in);
    ok(out->day == NULL && out->day_key == NULL && out->seq == 1, "no day stays NULL; seq counts");
    in.date = 0;
    in.order = 0;
    log_add(&log, &in);
    log_sort(&log);
    ok(log.sets[0].seq == 0 && log.sets[1].seq == 2 && log.sets[2].seq == 1,
       "log_sort by date, then seq");
    /* The log holds sets in narrower fields than a reader's row: every
     * value a reader can give comes back whole. */
    struct log_row wide = {.exercise = "Deadlift",
                           .date = 2932896, /* 9999-12-31 */
                           .type = SET_DROP,
                           .weight = 227.5,
                           .rpe = 9.5,
                           .reps = 120,
                           .order = 1439,
                           .unit = UNIT_UNSPECIFIED,
                           .failed = true,
                           .file = "mem",
                           .line = 3000000000UL};
    out = log_add(&log, &wide);
    ok(out->date == 2932896 && out->type == SET_DROP && out->weight == 227.5 && out->rpe == 9.5
           && out->reps == 120 && out->order == 1439 && out->unit == UNIT_UNSPECIFIED && out->failed
           && out->line == 3000000000UL && out->seq == 3,
       "log_add keeps every field of a row: far date, unit unspecified, line past 2^31");
    wide.date = -719162; /* 0001-01-01 */
    wide.unit = UNIT_LB;
    wide.failed = false;
    out = log_add(&log, &wide);
    ok(out->date == -719162 && out->unit == UNIT_LB && !out->failed,
       "log_add keeps a date before 1970 and a unit");
    log_free(&log);

    /* --- messages ---------------------------------------------------------- */
    char *t;
#define NATIVE(row) (t = xasprintf("%s%s", native_header, row))
    bad(NATIVE("2026-02-30,Bench Press,top,100,5,,kg,\n"), NULL,
        "log.csv:2:1: column \"date\": expected a date YYYY-MM-DD, got \"2026-02-30\"",
        "not a real date");
    free(t);
    bad(NATIVE("31/09/2026,Bench Press,top,100,5,,kg,\n"), NULL,
        "log.csv:2:1: column \"date\": expected a date YYYY-MM-DD, got \"31/09/2026\"",
        "a slash date in neither order");
    free(t);
    bad(NATIVE(",Bench Press,top,100,5,,kg,\n"), NULL,
        "log.csv:2:1: column \"date\": empty (expected a date YYYY-MM-DD)", "empty date");
    free(t);
    bad(NATIVE("2026-11-09,,top,100,5,,kg,\n"), NULL,
        "log.csv:2:2: column \"exercise\": empty (expected an exercise name like Bench Press)",
        "empty exercise");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,heavy,100,5,,kg,\n"), NULL,
        "log.csv:2:3: column \"set_type\": unknown set type \"heavy\" (expected warmup, top, "
        "backoff, drop, work, failed)",
        "unknown set type");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,-1,5,,kg,\n"), NULL,
        "log.csv:2:4: column \"weight\": expected a load from 0 to 10000 like 62.5, got \"-1\"",
        "negative weight");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,,5,,kg,\n"), NULL,
        "log.csv:2:4: column \"weight\": empty (expected a load from 0 to 10000 like 62.5)",
        "empty weight");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,1001,,kg,\n"), NULL,
        "log.csv:2:5: column \"reps\": expected a whole number of reps from 0 to 1000 like 8, got \"1001\"",
        "1001 reps");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,five,,kg,\n"), NULL,
        "log.csv:2:5: column \"reps\": expected a whole number of reps from 0 to 1000 like 8, got \"five\"",
        "reps a word");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,5,0,kg,\n"), NULL,
        "log.csv:2:6: column \"rpe\": expected an RPE from 6 to 10 like 8.5, got \"0\"", "RPE 0");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,5,10.5,kg,\n"), NULL,
        "log.csv:2:6: column \"rpe\": expected an RPE from 6 to 10 like 8.5, got "
        "\"10.5\"",
        "RPE 10.5");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,5,,stone,\n"), NULL,
        "log.csv:2:7: column \"unit\": expected kg or lb, got \"stone\"", "unknown unit");
    free(t);
    bad(NATIVE("2026-11-09,Bench Press,top,100,5,,kg,,extra\n"), NULL,
        "log.csv:2:9: field 9 has no column: the header has 8 (expected at most 8 fields; quote a "
        "field that holds the delimiter; if \"100,5\" in fields 4 and 5 is one number, write "
        "100.5: a decimal comma splits it in a comma-separated file)",
        "a row longer than the header");
    free(t);
    bad("date,exercise,set_type,weight,reps,sets\n2026-11-09,Bench Press,top,100,5,1\n", NULL,
        "log.csv:1:6: unknown column \"sets\" (expected date, exercise, set_type, weight, reps, rpe, "
        "unit, notes, client, day)",
        "native: unknown column");
    {
        struct log l2;
        log_init(&l2);
        is_int(-1, read_log("when,lift,kilos\n2026-11-09,Bench,100\n", NULL, &l2, &errors),
               "unrecognised header: -1");
        const char *want =
            "log.csv:1: unrecognised log header (expected a native log "
            "\"date,exercise,set_type,weight,reps,rpe,unit,notes\", a topset plan CSV";
        ok(errors != NULL && strncmp(errors, want, strlen(want)) == 0,
           "unrecognised header: names the formats");
        diag("%s", errors ? errors : "(none)");
        free(errors);
        log_free(&l2);
    }
    bad("", NULL, "log.csv:1: empty file (expected a header row)", "empty log");
    struct log_opts force_plan = {.force_format = "plan"};
    bad(NATIVE("2026-11-09,Bench Press,top,100,5,,kg,\n"), &force_plan,
        "log.csv:1: missing column \"actual_weight\"\nlog.csv:1: missing column \"actual_reps\"",
        "forced format: its columns are required");
    free(t);
    struct log_opts force_bogus = {.force_format = "bogus"};
    {
        struct log l2;
        log_init(&l2);
        is_int(-1, read_log(native_header, &force_bogus, &l2, &errors), "unknown forced format");
        char *want = xasprintf("log.csv: unknown log format \"bogus\" (expected %s)",
                               log_format_names());
        is_string(want, errors, "unknown forced format: message");
        free(want);
        free(errors);
        log_free(&l2);
    }
#define PLAN(row) (t = xasprintf("%s%s", plan_header, row))
    bad(PLAN("A,1,2026-11-23,Upper A,Bench Press,1,top,100,6,,kg,,100,,\n"), NULL,
        "log.csv:2:14: column \"actual_reps\": empty (expected the reps done, or actual_weight "
        "empty too to skip the set)",
        "plan: weight without reps");
    free(t);
    bad(PLAN("A,1,2026-11-23,Upper A,Bench Press,1,top,100,6,,kg,,,6,\n"), NULL,
        "log.csv:2:13: column \"actual_weight\": empty (expected the load lifted, or actual_reps "
        "empty too to skip the set)",
        "plan: reps without weight");
    free(t);
    bad(PLAN("A,1,2026-11-23,Upper A,Bench Press,0,top,100,6,,kg,,100,6,11\n"), NULL,
        "log.csv:2:6: column \"set\": expected a whole number from 1 to 1000, got \"0\"\n"
        "log.csv:2:15: column \"actual_rpe\": expected an RPE from 6 to 10 like 8.5, got "
        "\"11\"",
        "plan: bad RPE and set number");
    free(t);

    /* Names plan_csv.c guarded against formula injection read back as
     * they were planned; a quote the lifter typed before plain text stays. */
    log_init(&log);
    is_int(0,
           read_log(PLAN("'=A,1,2026-11-23,'@Upper,'-Bench,1,top,100,6,,kg,,100,6,\n"
                         "'=A,1,2026-11-23,'Upper,''+Row,1,top,60,8,,kg,,60,8,\n"
                         "'=A,1,2026-11-23,Upper,'-5,1,top,60,8,,kg,,60,8,\n"),
                    NULL, &log, &errors),
           "plan: guarded names read");
    free(t);
    free(errors);
    char *sum = summary(&log);
    is_string("2026-11-23 @Upper/-Bench top 100x6; 2026-11-23 'Upper/'+Row top 60x8; "
              "2026-11-23 Upper/'-5 top 60x8",
              sum, "plan: exactly one guard quote taken off, and only a guard's");
    free(sum);
    log_free(&log);

    /* A bad file added to a log keeps what was there. */
    log_init(&log);
    is_int(0, read_log(NATIVE("2026-11-09,Bench Press,top,100,5,,kg,\n"), NULL, &log, &errors),
           "first log");
    free(t);
    free(errors);
    is_int(-1,
           read_log(NATIVE("2026-11-10,Squat,top,100,5,,kg,\n2026-11-10,Squat,top,x,5,,kg,\n"),
                    NULL, &log, &errors),
           "second log is bad");
    free(t);
    free(errors);
    is_int(1, (long) log.n, "the first log's set stays, the bad file's good row is dropped");
    log_free(&log);

    /* --- a filled-in plan workbook (log_xlsx.c) ----------------------- */
    /* Week 1 of the worked example filled in by tests/e2e/fill-week.py with
     * openpyxl: the top set as planned at RPE 8.5, the third set one rep
     * short, a back-off's load typed as the text "90.0" and its reps as
     * text. */
    struct errlist we;
    errlist_init(&we);
    log_init(&log);
    is_int(0, log_read(workbook, NULL, &log, &we), "workbook: read");
    is_int(0, (long) errlist_count(&we), "workbook: no problems");
    is_string("workbook", log.format, "workbook: its format");
    char *wsum = summary(&log);
    is_string("2026-11-23 Upper A/Bench Press top 100x6; 2026-11-23 Upper A/Bench Press backoff "
              "90x8; 2026-11-23 Upper A/Bench Press backoff 90x7; 2026-11-23 Upper A/Bench Press "
              "backoff 90x8",
              wsum, "workbook: the done sets, on the week's Monday, under their day");
    free(wsum);
    ok(log.n == 4 && log.sets[0].rpe == 8.5 && log.sets[1].rpe == 0 && log.sets[0].unit == UNIT_KG,
       "workbook: the top set's RPE, none on the back-offs, the unit from \"Load (kg)\"");
    ok(log.n == 4 && log.sets[2].order == 3 && log.sets[0].line == 4,
       "workbook: set numbers and sheet rows kept");
    log_free(&log);

    /* The bytes a batch read first (opts.data): the same sets; cut short,
     * a clear refusal and nothing kept. */
    size_t len = 0;
    char *bytes = test_slurp(workbook, &len);
    struct log_opts mem = {.data = bytes, .len = len};
    log_init(&log);
    is_int(0, log_read("mem.xlsx", &mem, &log, &we), "workbook in memory: read");
    is_int(4, (long) log.n, "workbook in memory: the same four sets");
    log_free(&log);
    mem.len = 2000;
    struct errlist cut;
    errlist_init(&cut);
    log_init(&log);
    is_int(-1, log_read("cut.xlsx", &mem, &log, &cut), "workbook cut short: refused");
    char *msg = errlist_text(&cut);
    ok(log.n == 0 && msg != NULL && strncmp(msg, "cut.xlsx: not a readable workbook: ", 35) == 0,
       "workbook cut short: \"not a readable workbook\", no sets");
    if (msg != NULL)
        diag("%s", msg);
    free(msg);
    errlist_free(&cut);
    log_free(&log);
    free(bytes);
    errlist_free(&we);

    free(workbook);
    test_skipped_rows();

    free(native);
    free(plan_csv);
    free(tabs);
    return 0;
}
