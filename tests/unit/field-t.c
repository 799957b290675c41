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
    return 0;
}
