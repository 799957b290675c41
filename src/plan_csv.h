/*
 * plan_csv: the plan as CSV, one row per prescribed set, in training order:
 * client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,
 * actual_weight,actual_reps,actual_rpe (INTERFACE.md). RFC 4180 with
 * minimal quoting, "\n" line ends, UTF-8.
 */
#ifndef TOPSET_PLAN_CSV_H
#define TOPSET_PLAN_CSV_H

#include <stdbool.h>
#include <stdio.h>

#include "plan.h"

/* Write the plan to fp (not closed). Returns 0, or -1 if a write failed. */
int plan_csv_write(const struct plan *p, FILE *fp);

/* Write one field with minimal quoting: quoted only when it holds ',', '"',
 * CR or LF, or starts or ends with a space. Returns 0 or -1. */
int csv_put_field(FILE *fp, const char *s);

/* Write user text (a client, day or exercise name) as csv_put_field does,
 * but neutralised as OWASP advises against CSV injection: text a
 * spreadsheet would run as a formula (starting with =, +, @, a tab, CR, or
 * a - that does not start a number) gets a leading '. Returns 0 or -1. */
int csv_put_text(FILE *fp, const char *s);
/* Whether csv_put_text adds a ' to s. Text that already starts with 's
 * before such a character gets one more, so csv_text_unguard is exact. */
bool csv_text_needs_guard(const char *s);
/* The user text a csv_put_text field held: s without the ' it added. */
const char *csv_text_unguard(const char *s);

#endif
