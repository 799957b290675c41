/* date: parsing, validity, weekdays and Mondays. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "tap/basic.h"

/* Read s with ds; the date as YYYY-MM-DD, or "verdict N". */
static const char *
slash(struct date_sense *ds, const char *s, unsigned long line)
{
    static char buf[32];
    day_t d = 0;
    size_t len = 0;
    int v = date_read_slash(ds, s, line, 1, &d, &len);
    if (v != DATE_READ)
        snprintf(buf, sizeof buf, "verdict %d", v);
    else
        date_format(buf, d);
    return buf;
}

/* Spreadsheet dates: the order from a field above 12, the ambiguous ones
 * counted, a contradiction told apart from a forced order's. */
static void
test_slash(void)
{
    struct date_sense ds = {0};
    is_int(DATE_ORDER_MDY, date_order_parse("MDY"), "mdy, any case");
    is_int(DATE_ORDER_DMY, date_order_parse("dmy"), "dmy");
    is_int(-1, date_order_parse("ymd"), "ymd is no order");
    is_string("2017-02-04", slash(&ds, "2/4/2017", 2), "ambiguous: month first");
    is_int(1, (long) ds.ambiguous, "and counted");
    is_string("2017-05-05", slash(&ds, "5/5/2017", 3), "5/5 is the same either way");
    is_int(1, (long) ds.ambiguous, "and not counted");
    is_string("2017-04-13", slash(&ds, "13/4/2017", 4), "13/4: day first");
    ok(ds.decided == DATE_ORDER_DMY && ds.decided_line == 4 && ds.reread,
       "decides day first, at line 4, after a date read month first: read again");
    is_string("2017-04-09", slash(&ds, "9/4/2017", 5), "after it, 9/4 is April 9");
    is_string("verdict 3", slash(&ds, "4/14/2017", 6), "4/14 contradicts the file");
    is_string("verdict 1", slash(&ds, "14/14/2017", 7), "14/14 is no date");
    is_string("verdict 1", slash(&ds, "2/4/201", 7), "a three-digit year is none");
    is_string("verdict 1", slash(&ds, "2-4-2017", 7), "dashes are not slashes");

    struct date_sense again = {.assume = DATE_ORDER_DMY};
    is_string("2017-04-02", slash(&again, "2/4/2017", 2), "read again: day first from the start");
    slash(&again, "13/4/2017", 4);
    ok(!again.reread, "and no third reading");

    struct date_sense forced = {.forced = DATE_ORDER_DMY};
    is_string("2017-04-02", slash(&forced, "2/4/17", 2), "--date-order dmy; a two-digit year");
    is_int(0, (long) forced.ambiguous, "forced: nothing ambiguous");
    is_string("verdict 2", slash(&forced, "4/14/2017", 3), "4/14 against --date-order dmy");
    day_t d = 0;
    size_t len = 0;
    date_read_slash(&forced, "4/14/2017 07:48", 3, 1, &d, &len);
    char buf[11];
    ok(len == 9 && strcmp(date_format(buf, d), "2017-04-14") == 0,
       "the date it would be, and its length before a time");
}

/* POSIX TZ strings (no zoneinfo files needed): EST5 is UTC-5, JST-9 UTC+9. */
static const char *
utc_to_local(const char *tz, const char *date, int *minutes)
{
    static char buf[11];
    day_t d = 0;
    setenv("TZ", tz, 1);
    tzset();
    if (date_parse(date, &d) != 0)
        return "bad date";
    date_utc_to_local(&d, minutes);
    return date_format(buf, d);
}

static void
test_utc_to_local(void)
{
    int m = 3 * 60;
    is_string("2026-03-01", utc_to_local("EST5", "2026-03-02", &m),
              "03:00 UTC is the evening before at UTC-5");
    is_int(22 * 60, m, "at 22:00");
    m = 17 * 60 + 30;
    is_string("2026-03-03", utc_to_local("JST-9", "2026-03-02", &m),
              "17:30 UTC is the next morning at UTC+9");
    setenv("TZ", "UTC", 1);
    tzset();
}

int
main(void)
{
    day_t d;
    char buf[11];

    plan(17 + 20 + 3);
    test_slash();
    ok(date_parse("2026-11-22", &d) == 0, "parse a date");
    is_string("2026-11-22", date_format(buf, d), "format it back");
    is_int(6, date_weekday(d), "2026-11-22 is a Sunday");
    is_string("2026-11-23", date_format(buf, date_monday_after(d)), "the Monday after");
    is_string("2026-11-16", date_format(buf, date_monday_of(d)), "its week's Monday");
    ok(date_parse("2026-11-23", &d) == 0 && date_weekday(d) == 0, "2026-11-23 is a Monday");
    is_string("2026-11-30", date_format(buf, date_monday_after(d)),
              "Monday after a Monday is next week's");
    ok(date_parse("2026-02-29", &d) != 0, "2026-02-29 does not exist");
    ok(date_parse("2024-02-29", &d) == 0, "2024-02-29 does");
    ok(date_parse("2026-13-01", &d) != 0, "month 13");
    ok(date_parse("2026-1-1", &d) != 0, "needs two-digit month and day");
    ok(date_parse("2026-11-22 07:00:00", &d) != 0, "date_parse takes the date alone");
    ok(date_parse_prefix("2026-11-22 07:00:00", &d) == 0,
       "date_parse_prefix takes a time after it");
    ok(date_parse_prefix("2025-05-20T05:00:00.000Z", &d) == 0, "and an ISO T");
    is_int(0, date_from_ymd(1970, 1, 1), "epoch is day 0");
    is_int(3, date_weekday(0), "1970-01-01 was a Thursday");
    ok(date_to_epoch(1) == 86400, "epoch seconds");
    test_utc_to_local();
    return 0;
}
