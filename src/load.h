/*
 * load: units and rounding of loads. Every load topset prescribes passes
 * through load_round(), and the workbook's formulas use the same arithmetic
 * (see load_round_formula), so a spreadsheet recomputes what we printed.
 */
#ifndef TOPSET_LOAD_H
#define TOPSET_LOAD_H

#include <stddef.h>

enum unit { UNIT_KG = 0, UNIT_LB = 1 };

/* An int that holds an enum unit, or this: none given (the plan's unit). */
#define UNIT_UNSPECIFIED (-1)

#define KG_PER_LB 0.45359237

/* "kg" or "lb". */
const char *unit_name(enum unit u);

/*
 * Parse a unit as people and apps write it: kg, kgs, kilo, kilos,
 * kilogram, kilograms, lb, lbs, pound, pounds (any case). Returns 0 and
 * stores the unit, or -1. Readers go through field_unit (field.h).
 */
int unit_parse(const char *s, enum unit *out);

/* Convert a load between units (no rounding). */
double unit_convert(double load, enum unit from, enum unit to);

/* Defaults for a unit: increment and step are both 2.5 kg / 5 lb. */
double unit_default_increment(enum unit u);
double unit_default_step(enum unit u);
/* The empty barbell: 20 kg / 45 lb. */
double unit_default_bar(enum unit u);

/* How a load meets the step: the nearest multiple (an exact half down),
 * the next one up (the 5/3/1 book), or the one below. */
enum round_mode { ROUND_NEAREST = 0, ROUND_UP, ROUND_DOWN };

/* "nearest", "up", "down". */
const char *round_mode_name(enum round_mode m);

/*
 * Round load to the nearest multiple of step; an exact half goes down.
 * Noise below 1e-6 of a step is ignored, so 102.5 * 0.9 lands where a person
 * would put it. step <= 0 means no rounding.
 */
double load_round(double load, double step);

/*
 * Write the spreadsheet form of load_round() applied to expr into buf (size
 * bytes, cut as snprintf cuts): ROUNDUP(ROUND((expr)/step-0.5,6),0)*step.
 * It takes at most LOAD_ROUND_EXTRA bytes more than expr (the text, the
 * step twice as fmt_num writes it, the NUL). Returns buf.
 */
#define LOAD_ROUND_EXTRA (sizeof "ROUNDUP(ROUND(()/-0.5,6),0)*" + 2 * 31)
char *load_round_formula(char *buf, size_t size, const char *expr, double step);

/* load_round() and load_round_formula() by mode: ROUND_NEAREST is them;
 * up and down take the multiple of step above or below (noise below 1e-6
 * of a step ignored, so 80 % of 225 is 180 both ways), and their formulas
 * ROUNDUP(ROUND((expr)/step,6),0)*step and ROUNDDOWN(...). */
double load_round_mode(double load, double step, enum round_mode mode);
char *load_round_formula_mode(char *buf, size_t size, const char *expr, double step,
                              enum round_mode mode);

#endif
