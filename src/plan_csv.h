/*
 * plan_csv: the plan as CSV, one row per prescribed set, in training order:
 * client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,
 * actual_weight,actual_reps,actual_rpe (INTERFACE.md). RFC 4180 with
 * minimal quoting, "\n" line ends, UTF-8.
 */
#ifndef TOPSET_PLAN_CSV_H
#define TOPSET_PLAN_CSV_H

#include <stdio.h>

#include "plan.h"

/* Write the plan to fp (not closed). Returns 0, or -1 if a write failed. */
int plan_csv_write(const struct plan *p, FILE *fp);

/* Write one field with minimal quoting: quoted only when it holds ',', '"',
 * CR or LF, or starts or ends with a space. Returns 0 or -1. */
int csv_put_field(FILE *fp, const char *s);

#endif
