/* load: rounding to step (ties down), units, the spreadsheet formula. */
#include <config.h>

#include "load.h"
#include "tap/basic.h"

int
main(void)
{
    char buf[128];

    plan(24 + 9);
    is_double(92.5, load_round(92.25, 2.5), 1e-9, "102.5 x 0.9 = 92.25 rounds up to 92.5");
    /* Rounding modes: the 5/3/1 book rounds its percentages of the
     * training max up to 5 lb (TM 225: 65% = 146.25 -> 150, 85% = 191.25
     * -> 195), and a percentage that is a whole step stays (80% = 180). */
    is_double(150, load_round_mode(225 * 0.65, 5, ROUND_UP), 1e-9, "up: 146.25 -> 150");
    is_double(195, load_round_mode(225 * 0.85, 5, ROUND_UP), 1e-9, "up: 191.25 -> 195");
    is_double(145, load_round_mode(225 * 0.65, 5, ROUND_DOWN), 1e-9, "down: 146.25 -> 145");
    is_double(180, load_round_mode(225 * 0.8, 5, ROUND_UP), 1e-9, "up: 80%% of 225 is 180");
    is_double(180, load_round_mode(225 * 0.8, 5, ROUND_DOWN), 1e-9, "down: 80%% of 225 is 180");
    is_double(145, load_round_mode(146.25, 5, ROUND_NEAREST), 1e-9, "nearest is load_round");
    char f[128];
    is_string("ROUNDUP(ROUND((A1*0.65)/5,6),0)*5",
              load_round_formula_mode(f, sizeof f, "A1*0.65", 5, ROUND_UP), "the up formula");
    is_string("ROUNDDOWN(ROUND((A1*0.65)/2.5,6),0)*2.5",
              load_round_formula_mode(f, sizeof f, "A1*0.65", 2.5, ROUND_DOWN), "the down formula");
    is_string("nearest", round_mode_name(ROUND_NEAREST), "mode names");
    is_double(90.0, load_round(91.25, 2.5), 1e-9, "an exact half goes down");
    is_double(92.5, load_round(102.5 * 0.9, 2.5), 1e-9, "float product rounds like the exact one");
    is_double(100.0, load_round(101.25, 2.5), 1e-9, "tie at 101.25 goes down");
    is_double(102.5, load_round(101.26, 2.5), 1e-9, "just over the tie goes up");
    is_double(225.0, load_round(227.5, 5), 1e-9, "lb tie goes down");
    is_double(230.0, load_round(228, 5), 1e-9, "lb nearest");
    is_double(61.25, load_round(61.3, 1.25), 1e-9, "step 1.25");
    is_double(0.0, load_round(1.25, 2.5), 1e-9, "half a step goes down to zero");
    is_double(83.33, load_round(83.33, 0), 1e-9, "step 0 means no rounding");
    is_double(102.5, load_round(102.5, 2.5), 1e-9, "a multiple stays");
    is_double(100.0, load_round(100.0000001, 2.5), 1e-9, "noise above a multiple");
    is_double(100.0, load_round(99.9999999, 2.5), 1e-9, "noise below a multiple");

    is_double(45.359237, unit_convert(100, UNIT_LB, UNIT_KG), 1e-9, "100 lb in kg");
    is_double(220.462262, unit_convert(100, UNIT_KG, UNIT_LB), 1e-6, "100 kg in lb");
    is_double(2.5, unit_default_increment(UNIT_KG), 0, "kg increment");
    is_double(5.0, unit_default_step(UNIT_LB), 0, "lb step");
    enum unit u;
    ok(unit_parse("LBS", &u) == 0 && u == UNIT_LB, "unit_parse LBS");
    ok(unit_parse("kgs", &u) == 0 && u == UNIT_KG, "unit_parse kgs");
    ok(unit_parse("stone", &u) != 0, "unit_parse rejects stone");
    is_string("ROUNDUP(ROUND((E5*90/100)/2.5-0.5,6),0)*2.5",
              load_round_formula(buf, sizeof buf, "E5*90/100", 2.5), "formula text");
    is_string("ROUNDUP(ROUND((E5*90/", load_round_formula(buf, 22, "E5*90/100", 2.5),
              "formula cut to its buffer, like snprintf");
    is_string("ROUNDUP(ROUND((1)/5-0.5,6),0)*5", load_round_formula(buf, sizeof buf, "1", 5),
              "head, expression and tail");
    is_string("lb", unit_name(UNIT_LB), "unit_name");
    return 0;
}
