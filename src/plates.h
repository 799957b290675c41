/*
 * plates: which plates go on each side of a barbell for a load, greedy
 * from the standard set of the unit (kg: 25 20 15 10 5 2.5 1.25; lb: 45
 * 35 25 10 5 2.5), and the compact text the workbook prints ("20+10+2.5").
 */
#ifndef TOPSET_PLATES_H
#define TOPSET_PLATES_H

#include <stdbool.h>
#include <stddef.h>

#include "load.h"

#define PLATES_MAX 64      /* plates per side we count before giving up */
#define PLATES_TEXT_MAX 96 /* room for the text, with its terminating NUL */

struct plates {
    double side[PLATES_MAX]; /* one side, heaviest first */
    size_t n;
    double short_by; /* total load the plates cannot make up; 0 when exact */
    bool under_bar;  /* the load is lighter than the empty bar */
};

/*
 * The plates for load on a bar weighing bar (both in unit u): the heaviest
 * plates first, as many as fit, per side. What cannot be made from the set
 * (less than two of the smallest plate) is left in short_by. Returns 0, or
 * -1 when bar <= 0 (not a barbell lift) and *out is empty.
 */
int plates_for(double load, double bar, enum unit u, struct plates *out);

/*
 * The compact text for load on bar into buf (PLATES_TEXT_MAX bytes):
 *   "bar"               the empty bar
 *   "20+10+2.5"         plates per side, heaviest first
 *   "20+1.25 (0.5 short)"  the nearest load below, and what it lacks
 *   "25+25+...+25+…"    more plates than the text holds, marked by "…"
 *   "under bar"         lighter than the bar
 *   ""                  bar <= 0: not a barbell lift
 * Returns buf.
 */
char *plates_text(char *buf, double load, double bar, enum unit u);

#endif
