/*
 * plan_csv: the plan as CSV, one row per prescribed set, in training order,
 * with the columns of plan_columns.h: client,week,date,day,exercise,set,
 * set_type,weight,reps,rpe,unit,why,actual_weight,actual_reps,actual_rpe
 * (topset-formats(5)). RFC 4180 with minimal quoting (csvwrite.h), "\n" line
 * ends, UTF-8.
 */
#ifndef TOPSET_PLAN_CSV_H
#define TOPSET_PLAN_CSV_H

#include <stdio.h>

#include "plan.h"

/* Write the plan to fp (not closed). Returns 0, or -1 if a write failed. */
int plan_csv_write(const struct plan *p, FILE *fp);

#endif
