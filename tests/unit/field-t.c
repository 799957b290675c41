/* field: each kind of value, its accepted edges and its exact message. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "field.h"
#include "names.h"
#include "tap/basic.h"
#include "util.h"

/* why is a refusal (or NULL): compare it with want and free it. */
static void
is_refusal(const char *want, char *why, const char *name)
{
    is_string(want, why, "%s", name);
    free(why);
}

static void
test_names(void)
{
    is_refusal(NULL, field_name("Bench Press", FIELD_EXERCISE), "a name");
    is_refusal(NULL, field_name("  Développé couché ", FIELD_EXERCISE), "UTF-8, blanks around");
    is_refusal(NULL, field_name("5", FIELD_DAY), "a digit is enough");
    is_refusal("empty (expected an exercise name like Bench Press)",
               field_name(" \t", FIELD_EXERCISE), "blank exercise");
    is_refusal("empty (expected a day name like Upper A)", field_name("", FIELD_DAY), "empty day");
    is_refusal("expected a client's name with letters or digits like Alex, got \"...\"",
               field_name("...", FIELD_CLIENT), "punctuation only");

    char at_max[FIELD_NAME_MAX + 2];
    memset(at_max, 'a', FIELD_NAME_MAX);
    at_max[FIELD_NAME_MAX] = '\0';
    is_refusal(NULL, field_name(at_max, FIELD_EXERCISE), "FIELD_NAME_MAX bytes");
    at_max[FIELD_NAME_MAX] = 'a';
    at_max[FIELD_NAME_MAX + 1] = '\0';
    is_refusal("expected an exercise name of at most 200 bytes, got "
               "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"",
               field_name(at_max, FIELD_EXERCISE), "one byte more, shown cut");
    is_refusal("expected an exercise name on one line, without tabs or control characters, got "
               "\"Bench\\tPress\\x01\"",
               field_name("Bench\tPress\x01", FIELD_EXERCISE), "control characters, escaped");
}

static void
test_loads(void)
{
    double v = -1;
    is_refusal(NULL, field_load("0", FIELD_LOAD_ZERO_OK, &v), "0: bodyweight");
    is_double(0, v, 0, "0 stored");
    is_refusal(NULL, field_load(" 10000 ", FIELD_LOAD_ZERO_OK, &v), "FIELD_LOAD_MAX");
    is_double(10000, v, 0, "10000 stored");
    is_refusal(NULL, field_load("62,5", FIELD_LOAD_POSITIVE, &v), "a decimal comma");
    is_double(62.5, v, 0, "62.5 stored");
    is_refusal("expected a load from 0 to 10000 like 62.5, got \"12000\"",
               field_load("12000", FIELD_LOAD_ZERO_OK, &v), "above FIELD_LOAD_MAX");
    is_refusal("expected a load from 0 to 10000 like 62.5, got \"-0.5\"",
               field_load("-0.5", FIELD_LOAD_ZERO_OK, &v), "negative");
    is_refusal("expected a load from 0 to 10000 like 62.5, got \"NaN\"",
               field_load("NaN", FIELD_LOAD_ZERO_OK, &v), "NaN");
    is_refusal("expected a load from 0 to 10000 like 62.5, got \"1e308\"",
               field_load("1e308", FIELD_LOAD_ZERO_OK, &v), "1e308");
    is_refusal("empty (expected a load from 0 to 10000 like 62.5)",
               field_load("", FIELD_LOAD_ZERO_OK, &v), "empty");
    is_refusal("expected a load above 0 and up to 10000 like 62.5, got \"0\"",
               field_load("0", FIELD_LOAD_POSITIVE, &v), "0 where a load is required");
    is_double(62.5, v, 0, "a refused text stores nothing");
    is_refusal(NULL, field_load("0.01", FIELD_LOAD_POSITIVE, &v), "just above 0");
    is_double(0.01, v, 0, "0.01 stored");
}

static void
test_reps(void)
{
    int r = -1;
    is_refusal(NULL, field_reps("0", &r), "0 reps");
    is_int(0, r, "0 stored");
    is_refusal(NULL, field_reps("1000", &r), "FIELD_REPS_MAX");
    is_int(1000, r, "1000 stored");
    is_refusal(NULL, field_reps("5.0", &r), "5.0 as apps write it");
    is_int(5, r, "5 stored");
    is_refusal("expected a whole number of reps from 0 to 1000 like 8, got \"1001\"",
               field_reps("1001", &r), "above FIELD_REPS_MAX");
    is_refusal("expected a whole number of reps from 0 to 1000 like 8, got \"5.5\"",
               field_reps("5.5", &r), "a fraction");
    is_refusal("expected a whole number of reps from 0 to 1000 like 8, got \"-1\"",
               field_reps("-1", &r), "negative");
    is_refusal("empty (expected a whole number of reps from 0 to 1000 like 8)", field_reps("", &r),
               "empty");
}

static void
test_rpe(void)
{
    double v = -1;
    is_refusal(NULL, field_rpe("6", &v), "FIELD_RPE_MIN");
    is_double(6, v, 0, "6 stored");
    is_refusal(NULL, field_rpe("10", &v), "FIELD_RPE_MAX");
    is_refusal(NULL, field_rpe("7,5", &v), "a decimal comma");
    is_double(7.5, v, 0, "7.5 stored");
    is_refusal("expected an RPE from 6 to 10 like 8.5, got \"5.5\"", field_rpe("5.5", &v),
               "below the chart");
    is_refusal("expected an RPE from 6 to 10 like 8.5, got \"0.5\"", field_rpe("0.5", &v),
               "0.5, once accepted in a native log");
    is_refusal("expected an RPE from 6 to 10 like 8.5, got \"10.5\"", field_rpe("10.5", &v),
               "above 10");
    is_refusal("empty (expected an RPE from 6 to 10 like 8.5)", field_rpe(" ", &v), "blank");
}

static void
test_units(void)
{
    static const char *const kg[] = {"kg", "KGS", "kilo", "kilos", "kilogram", " Kilograms "};
    static const char *const lb[] = {"lb", "lbs", "pound", "Pounds"};
    enum unit u;
    for (size_t i = 0; i < sizeof kg / sizeof kg[0]; i++) {
        u = UNIT_LB;
        char *why = field_unit(kg[i], &u);
        ok(why == NULL && u == UNIT_KG, "\"%s\" is kg", kg[i]);
        free(why);
    }
    for (size_t i = 0; i < sizeof lb / sizeof lb[0]; i++) {
        u = UNIT_KG;
        char *why = field_unit(lb[i], &u);
        ok(why == NULL && u == UNIT_LB, "\"%s\" is lb", lb[i]);
        free(why);
    }
    is_refusal("expected kg or lb, got \"stone\"", field_unit("stone", &u), "stone");
    is_refusal("expected kg or lb, got \"kg more\"", field_unit("kg more", &u), "a word after");
    is_refusal("expected kg or lb, got \"kilograms kilograms kilograms kilograms\"",
               field_unit("kilograms kilograms kilograms kilograms", &u), "longer than any unit");
    is_refusal("empty (expected kg or lb)", field_unit("", &u), "empty");
}

static void
test_dates_and_numbers(void)
{
    day_t d;
    is_refusal(NULL, field_date(" 2024-02-29 ", &d), "a leap day");
    ok(d == date_from_ymd(2024, 2, 29), "2024-02-29 stored");
    is_refusal("expected a date YYYY-MM-DD, got \"2026-02-30\"", field_date("2026-02-30", &d),
               "not a real date");
    is_refusal("expected a date YYYY-MM-DD, got \"15/09/2025\"", field_date("15/09/2025", &d),
               "day first");
    is_refusal("empty (expected a date YYYY-MM-DD)", field_date("", &d), "empty date");

    long w;
    is_refusal(NULL, field_whole("1", 1, 52, &w), "lowest");
    is_refusal(NULL, field_whole("52", 1, 52, &w), "highest");
    is_int(52, w, "52 stored");
    is_refusal("expected a whole number from 1 to 52, got \"53\"", field_whole("53", 1, 52, &w),
               "above");
    is_refusal("expected a whole number from 1 to 52, got \"2.5\"", field_whole("2.5", 1, 52, &w),
               "a fraction");

    double v;
    ok(field_number("60", &v) == 0 && v == 60, "60");
    ok(field_number(" 62,5 ", &v) == 0 && v == 62.5, "62,5");
    ok(field_number("1,5.5", &v) != 0, "a comma and a point");
    ok(field_number("1,000,5", &v) != 0, "two commas");
    ok(field_number("1,000", &v) != 0, "1,000: a thousand or one, refused");
    ok(field_number("102,25", &v) == 0 && v == 102.25, "102,25");
    ok(field_number("", &v) != 0, "empty");
    ok(field_number("inf", &v) != 0, "inf");
}

static void
test_seen(void)
{
    struct field_seen s;
    field_seen_init(&s);
    is_refusal(NULL, field_seen_check(&s, FIELD_EXERCISE, "Squat", "squat"), "nothing seen yet");
    /* More names than the first table holds, so it grows. */
    char key[32];
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "client %d", i);
        field_seen_add(&s, key, (unsigned long) i + 2);
    }
    field_seen_add(&s, "barbell squat", 200); /* "Squat (Barbell)" */
    is_refusal("\"client 70\" is already on line 72 (expected one row per client)",
               field_seen_check(&s, FIELD_CLIENT, "client 70", "client 70"), "a repeated client");
    char *k = name_fold("Barbell SQUAT");
    is_refusal("\"Barbell SQUAT\" is already on line 200 (expected one row per exercise)",
               field_seen_check(&s, FIELD_EXERCISE, "Barbell SQUAT", k), "folded names match");
    free(k);
    is_refusal(NULL, field_seen_check(&s, FIELD_CLIENT, "client 100", "client 100"),
               "a new client");
    field_seen_free(&s);
}

/* What a spreadsheet or a coach writes around a value (issue 18). */
static void
test_marks(void)
{
    double v = 0;
    ok(field_percent("12%", &v) == 0 && v == 12, "12%%");
    ok(field_percent(" 12,5 % ", &v) == 0 && v == 12.5, "12,5 %% with blanks");
    ok(field_percent("%12", &v) != 0, "%% before the number");
    ok(field_percent("12%%", &v) != 0, "two %%");
    ok(field_rpe_number("@8", &v) == 0 && v == 8, "@8");
    ok(field_rpe_number("@ 8,5", &v) == 0 && v == 8.5, "@ 8,5");
    ok(field_rpe_number("8@", &v) != 0, "@ after the number");
    is_refusal(NULL, field_rpe("@9", &v), "a log's RPE as @9");
    ok(v == 9, "... is 9");

    int u = 7;
    is_refusal(NULL, field_load_unit("60kg", FIELD_LOAD_POSITIVE, &v, &u), "60kg");
    ok(v == 60 && u == UNIT_KG, "... 60 in kg");
    is_refusal(NULL, field_load_unit(" 135 lbs ", FIELD_LOAD_POSITIVE, &v, &u), "135 lbs");
    ok(v == 135 && u == UNIT_LB, "... 135 in lb");
    is_refusal(NULL, field_load_unit("62,5", FIELD_LOAD_POSITIVE, &v, &u), "62,5 without a unit");
    ok(v == 62.5 && u == UNIT_UNSPECIFIED, "... 62.5, no unit");
    is_refusal("expected a load above 0 and up to 10000 like 62.5, got \"60 stone\"",
               field_load_unit("60 stone", FIELD_LOAD_POSITIVE, &v, &u), "not a unit");
    is_refusal("expected a load above 0 and up to 10000 like 62.5, got \"kg\"",
               field_load_unit("kg", FIELD_LOAD_POSITIVE, &v, &u), "a unit alone");
    is_refusal("expected a load above 0 and up to 10000 like 62.5, got \"60kg\"",
               field_load("60kg", FIELD_LOAD_POSITIVE, &v), "field_load takes no unit");

    double load = 100;
    int row = UNIT_UNSPECIFIED;
    field_load_in_unit(&load, UNIT_LB, &row);
    ok(load == 100 && row == UNIT_LB, "a row without a unit takes the written one");
    row = UNIT_KG;
    field_load_in_unit(&load, UNIT_LB, &row);
    is_double(45.359237, load, 1e-9, "100 lb in a kg row is 45.36 kg");
    field_load_in_unit(&load, UNIT_UNSPECIFIED, &row);
    is_double(45.359237, load, 1e-9, "no written unit: unchanged");
}

static void
range_is(const char *text, long lo, long hi)
{
    long a = -1, b = -1;
    ok(field_range(text, &a, &b) == 0 && a == lo && b == hi, "range \"%s\" is %ld-%ld", text, lo,
       hi);
}

static void
test_ranges(void)
{
    range_is("5", 5, 5);
    range_is("5-6", 5, 6);
    range_is(" 5 - 6 ", 5, 6);
    range_is("3\xE2\x80\x93"
             "5",
             3, 5);                     /* en dash */
    range_is("3 \xE2\x80\x94 5", 3, 5); /* em dash */
    range_is("8 to 10", 8, 10);
    long a, b;
    ok(field_range("5-", &a, &b) != 0, "a dash without its end");
    ok(field_range("5 6", &a, &b) != 0, "two numbers, no dash");
    ok(field_range("", &a, &b) != 0, "empty");
    ok(field_range("5to6", &a, &b) != 0, "\"to\" without blanks");

    static const struct {
        const char *text;
        int lo, hi;
    } dates[] = {
        {"6-May", 5, 6},
        {"05-Jun", 5, 6},
        {"May-06", 5, 6},
        {"6-May-26", 5, 6},
        {"12-Aug", 8, 12},
        {"05.Jun", 5, 6},
        {"5. Mai", 5, 5},
        {"06-juin", 6, 6},
        {"8-Okt", 8, 10},
        {"3-d\xC3\xA9"
         "c.",
         3, 12},
        {"1-March", 1, 3},
        {"10-Dez-2026", 10, 12},
    };
    for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
        int lo = 0, hi = 0;
        ok(field_range_was_date(dates[i].text, &lo, &hi) && lo == dates[i].lo && hi == dates[i].hi,
           "\"%s\" was %d-%d", dates[i].text, dates[i].lo, dates[i].hi);
    }
    static const char *const not_dates[] = {"5-6", "Mayday", "6-Maybe-7-8", "x-6", "6", "May"};
    for (size_t i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
        int lo, hi;
        ok(!field_range_was_date(not_dates[i], &lo, &hi), "\"%s\" is no date", not_dates[i]);
    }
    is_refusal("\"6-May\" looks like a date a spreadsheet made of \"5-6\": format the column as "
               "text, or write 5-6 as '5-6",
               field_range_date_refusal("6-May"), "the date's message");
    is_refusal(NULL, field_range_date_refusal("5-x"), "no message for another mistake");
}

int
main(void)
{
    plan_lazy();
    test_names();
    test_loads();
    test_reps();
    test_rpe();
    test_units();
    test_dates_and_numbers();
    test_seen();
    test_marks();
    test_ranges();
    return 0;
}
