/*
 * plan_pdf: the plan as a PDF (cairo + pango): a cover with the Overview
 * and a chart of the planned top sets, then a page per training day.
 */
#ifndef TOPSET_PLAN_PDF_H
#define TOPSET_PLAN_PDF_H

#include "errors.h"
#include "plan.h"

/*
 * Write p as a PDF to the file at path (the plan's paper, A4 or Letter),
 * naming it name in messages. Returns 0, or -1 with a message in errs.
 */
int plan_pdf_write_as(const struct plan *p, const char *path, const char *name,
                      struct errlist *errs);

#endif
