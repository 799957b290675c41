/*
 * why: the short reason a plan gives for each set ("add 2.5: 6/6 reps @8
 * last time"), written from a printf format. Loads, percentages and RPEs
 * go in through WHY_NUM and %s, so they read as a person writes them and
 * as the plan's columns print them: "102.5", "8", "81.1" (fmt_num).
 */
#ifndef TOPSET_WHY_H
#define TOPSET_WHY_H

#include "util.h"

/* A reason's buffer, its NUL included; a longer text is cut. */
#define WHY_MAX 128

/* Write a reason into why, cut to WHY_MAX - 1 characters as snprintf
 * cuts. */
void why_printf(char why[WHY_MAX], const char *fmt, ...)
    __attribute__((format(printf, 2, 3), nonnull(2)));

/* Append to the reason in why, cut the same way. */
void why_catf(char why[WHY_MAX], const char *fmt, ...)
    __attribute__((format(printf, 2, 3), nonnull(2)));

/*
 * v as fmt_num writes it (at most three decimals, no trailing zeros), for
 * a %s of why_printf. The text lives in a compound literal until the end
 * of the block the macro is used in, so it outlasts the call.
 */
#define WHY_NUM(v) fmt_num((char[32]){0}, (v))

#endif
