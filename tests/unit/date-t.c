/* date: parsing, validity, weekdays and Mondays. */
#include <config.h>

#include "date.h"
#include "tap/basic.h"

int
main(void)
{
    day_t d;
    char buf[11];

    plan(17);
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
    return 0;
}
