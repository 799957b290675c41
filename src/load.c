/*
 * load: units and the one rounding rule for every prescribed load.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>

#include "load.h"
#include "util.h"

const char *
unit_name(enum unit u)
{
    return u == UNIT_LB ? "lb" : "kg";
}

int
unit_parse(const char *s, enum unit *out)
{
    static const struct {
        const char *name;
        enum unit unit;
    } names[] = {
        {"kg", UNIT_KG},       {"kgs", UNIT_KG},       {"kilo", UNIT_KG}, {"kilos", UNIT_KG},
        {"kilogram", UNIT_KG}, {"kilograms", UNIT_KG}, {"lb", UNIT_LB},   {"lbs", UNIT_LB},
        {"pound", UNIT_LB},    {"pounds", UNIT_LB},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (ascii_casecmp(s, names[i].name) == 0) {
            *out = names[i].unit;
            return 0;
        }
    return -1;
}

double
unit_convert(double load, enum unit from, enum unit to)
{
    if (from == to)
        return load;
    return from == UNIT_LB ? load * KG_PER_LB : load / KG_PER_LB;
}

double
unit_default_increment(enum unit u)
{
    return u == UNIT_LB ? 5.0 : 2.5;
}

double
unit_default_step(enum unit u)
{
    return u == UNIT_LB ? 5.0 : 2.5;
}

double
unit_default_bar(enum unit u)
{
    return u == UNIT_LB ? 45.0 : 20.0;
}

double
load_round(double load, double step)
{
    if (!(step > 0))
        return load;
    /* Same arithmetic as load_round_formula(): shift by half a step, drop
     * float noise at 1e-6, and round up; an exact half then goes down. */
    double q = load / step - 0.5;
    q = round(q * 1e6) / 1e6;
    double r = ceil(q) * step;
    return r == 0.0 ? 0.0 : r;
}

char *
load_round_formula(char *buf, size_t size, const char *expr, double step)
{
    char s[32];
    fmt_num(s, step);
    snprintf(buf, size, "ROUNDUP(ROUND((%s)/%s-0.5,6),0)*%s", expr, s, s);
    return buf;
}

const char *
round_mode_name(enum round_mode m)
{
    return m == ROUND_UP ? "up" : m == ROUND_DOWN ? "down" : "nearest";
}

double
load_round_mode(double load, double step, enum round_mode mode)
{
    if (mode == ROUND_NEAREST || !(step > 0))
        return load_round(load, step);
    double q = round(load / step * 1e6) / 1e6;
    double r = (mode == ROUND_UP ? ceil(q) : floor(q)) * step;
    return r == 0.0 ? 0.0 : r;
}

char *
load_round_formula_mode(char *buf, size_t size, const char *expr, double step, enum round_mode mode)
{
    if (mode == ROUND_NEAREST)
        return load_round_formula(buf, size, expr, step);
    char s[32];
    fmt_num(s, step);
    snprintf(buf, size, "%s(ROUND((%s)/%s,6),0)*%s", mode == ROUND_UP ? "ROUNDUP" : "ROUNDDOWN",
             expr, s, s);
    return buf;
}
