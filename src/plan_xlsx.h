/*
 * plan_xlsx: the plan as a printable workbook (the only file that includes
 * xlsxwriter.h). An Overview sheet, then one sheet per week. Back-off,
 * drop and warm-up loads are formulas on their top-set cell with our value
 * cached, so editing a top set in a spreadsheet moves what follows it.
 */
#ifndef TOPSET_PLAN_XLSX_H
#define TOPSET_PLAN_XLSX_H

#include "errors.h"
#include "plan.h"

/*
 * Write the workbook to path (which may exist and is overwritten); messages
 * name it name, so a writer that works in outfile's temporary file still
 * tells the user about the destination: plan_xlsx_write_as(p, of.tmp,
 * of.path, errs). The file's creation time is fixed from the plan's as-of
 * date, so the same inputs give the same bytes. Returns 0, or -1 with a
 * message in errs (then path may hold a partial file).
 */
int plan_xlsx_write_as(const struct plan *p, const char *path, const char *name,
                       struct errlist *errs);

#endif
