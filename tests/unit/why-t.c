/* why: reason texts by printf formats, numbers as a person writes them,
 * cut as snprintf cuts. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "tap/basic.h"
#include "why.h"

int
main(void)
{
    char why[WHY_MAX];

    plan(14);

    why_printf(why, "add %s: %d/%d reps @%s last time", WHY_NUM(2.5), 6, 6, WHY_NUM(8));
    is_string("add 2.5: 6/6 reps @8 last time", why, "a reason with numbers and an RPE");
    why_printf(why, "cut %s%%: %d misses at %s", WHY_NUM(10.0), 2, WHY_NUM(102.5));
    is_string("cut 10%: 2 misses at 102.5", why, "102.5, not 102.500000; 10, not 10.0");

    /* The numbers print as fmt_num does, which %g would not. */
    why_printf(why, "%s|%s|%s|%s|%s", WHY_NUM(1000000), WHY_NUM(1234.567), WHY_NUM(-0.0),
               WHY_NUM(1.0 / 3), WHY_NUM(81.1));
    is_string("1000000|1234.567|0|0.333|81.1", why, "no exponent, three decimals at most, -0 as 0");
    why_printf(why, "%s %s", WHY_NUM(99.99999), WHY_NUM(0.0005));
    is_string("100 0.001", why, "rounded to three decimals, zeros dropped");
    char want[32];
    bool same = true;
    for (int i = -2000; i <= 2000; i++) {
        double v = i * 0.125;
        why_printf(why, "%s", WHY_NUM(v));
        if (strcmp(why, fmt_num(want, v)) != 0) {
            diag("%g printed \"%s\"", v, why);
            same = false;
        }
    }
    ok(same, "WHY_NUM prints as fmt_num, step by step from -250 to 250");

    /* Each WHY_NUM in one call has its own text. */
    why_printf(why, "%s %s %s", WHY_NUM(1), WHY_NUM(2), WHY_NUM(3));
    is_string("1 2 3", why, "three numbers in one call keep their own texts");

    why_printf(why, "%s%% under top", WHY_NUM(15));
    why_catf(why, ": back-offs fell to %d of %d last time", 6, 8);
    is_string("15% under top: back-offs fell to 6 of 8 last time", why, "why_catf appends");
    why[0] = '\0';
    why_catf(why, "%s", "start");
    is_string("start", why, "why_catf onto an empty reason");

    /* Cut as snprintf cuts: WHY_MAX - 1 characters and the NUL. */
    char longer[2 * WHY_MAX];
    memset(longer, 'a', sizeof longer - 1);
    longer[sizeof longer - 1] = '\0';
    why_printf(why, "%s", longer);
    is_int(WHY_MAX - 1, (long) strlen(why), "a long reason is cut to WHY_MAX - 1");
    ok(strncmp(why, longer, WHY_MAX - 1) == 0, "what is kept is its start");
    why_catf(why, "more");
    is_int(WHY_MAX - 1, (long) strlen(why), "appending to a full reason keeps it full");
    why_printf(why, "%.*s", WHY_MAX - 3, longer);
    why_catf(why, "xyz");
    ok(strlen(why) == WHY_MAX - 1 && strcmp(why + WHY_MAX - 3, "xy") == 0,
       "an append that does not fit is cut");

    /* %d and %s are written by hand (why.c): the same text as snprintf. */
    static const int ints[] = {0, 1, -1, 9, 10, -10, 12345, INT_MAX, INT_MIN};
    char by_printf[WHY_MAX];
    same = true;
    for (size_t i = 0; i < sizeof ints / sizeof *ints; i++) {
        why_printf(why, "%d%% of %s: %d", ints[i], "x", -(ints[i] / 3));
        snprintf(by_printf, sizeof by_printf, "%d%% of %s: %d", ints[i], "x", -(ints[i] / 3));
        if (strcmp(why, by_printf) != 0) {
            diag("%d printed \"%s\"", ints[i], why);
            same = false;
        }
    }
    ok(same, "%%d from INT_MIN to INT_MAX as snprintf writes it");
    why_printf(why, "%.1f kg", 2.5);
    is_string("2.5 kg", why, "another conversion goes through vsnprintf");
    return 0;
}
