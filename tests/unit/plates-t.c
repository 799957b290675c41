/*
 * plates: plates per side, hand-computed, in kg and lb, and the text the
 * workbook prints.
 */
#include <config.h>

#include "../../src/plates.h"
#include "../tap/basic.h"

static void
text_is(const char *want, double load, double bar, enum unit u, const char *name)
{
    char buf[PLATES_TEXT_MAX];
    is_string(want, plates_text(buf, load, bar, u), "%s", name);
}

int
main(void)
{
    plan(21);
    struct plates p;

    /* 142.5 kg on 20: 61.25 a side = 25+25+10+1.25. */
    is_int(0, plates_for(142.5, 20, UNIT_KG, &p), "142.5 kg: a barbell load");
    is_int(4, (int) p.n, "142.5 kg: four plates a side");
    ok(p.side[0] == 25 && p.side[1] == 25 && p.side[2] == 10 && p.side[3] == 1.25,
       "142.5 kg: 25, 25, 10, 1.25");
    is_double(0, p.short_by, 0, "142.5 kg: exact");
    is_int(-1, plates_for(100, 0, UNIT_KG, &p), "bar 0: not a barbell lift");
    is_int(0, (int) p.n, "and no plates");

    text_is("25+5+2.5", 85, 20, UNIT_KG, "85 kg: 32.5 a side = 25+5+2.5");
    text_is("25+20+2.5+1.25", 117.5, 20, UNIT_KG, "117.5 kg: 48.75 a side = 25+20+2.5+1.25");
    text_is("bar", 20, 20, UNIT_KG, "20 kg: the empty bar");
    text_is("1.25", 22.5, 20, UNIT_KG, "22.5 kg: one 1.25 a side");
    text_is("under bar", 15, 20, UNIT_KG, "15 kg on a 20 kg bar: under the bar");
    text_is("20+1.25 (0.5 short)", 63, 20, UNIT_KG,
            "63 kg: 21.5 a side cannot be made; 20+1.25 makes 62.5, 0.5 short");
    text_is("bar (1 short)", 21, 20, UNIT_KG, "21 kg: not even one 1.25 a side");
    text_is("15", 45, 15, UNIT_KG, "45 kg on a 15 kg bar: one 15 a side");
    text_is("25+25+25+25+25+25+25+25+25+25+25+25+25+25+25+\xE2\x80\xA6", 3220, 20, UNIT_KG,
            "3220 kg: 64 plates a side do not fit the text, and it says so");
    text_is("", 100, 0, UNIT_KG, "no bar: no text");

    text_is("45+45", 225, 45, UNIT_LB, "225 lb: two 45s a side");
    text_is("45+45+5+2.5", 240, 45, UNIT_LB, "240 lb: 97.5 a side = 45+45+5+2.5");
    text_is("25", 95, 45, UNIT_LB, "95 lb: one 25 a side");
    text_is("45+25 (2 short)", 187, 45, UNIT_LB, "187 lb: 71 a side; 45+25 makes 185, 2 short");
    text_is("bar", 45, 45, UNIT_LB, "45 lb: the empty bar");
    return 0;
}
