/*
 * import: `topset import --from APP FILE`, an app's export rewritten as our
 * native log (topset-formats(5), NATIVE LOG), so a lifter can keep, edit
 * and merge their history in one plain format.
 */
#ifndef TOPSET_IMPORT_H
#define TOPSET_IMPORT_H

#include <stdio.h>

#include "errors.h"

struct app;

/*
 * Read path as an export of app (any of its layouts: the header says which)
 * and write it to out as a native log with the optional day column:
 *   date,exercise,set_type,weight,reps,rpe,unit,notes,day
 * one row per set in chronological order, loads and units as logged (unit
 * empty when the export does not say it). Nothing is written when the
 * export has a problem. Returns 0, or -1 with every problem in errs
 * (not the app's export, a malformed export, a failed write). date_order
 * (enum date_order) is --date-order, or AUTO to decide from the file.
 */
int import_run(const struct app *app, const char *path, int date_order, FILE *out,
               struct errlist *errs);

#endif
