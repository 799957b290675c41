/*
 * check: `topset check FILE...`: validate any input file topset reads,
 * telling its kind from the header row.
 */
#ifndef TOPSET_CHECK_H
#define TOPSET_CHECK_H

#include "errors.h"
#include "template.h"

/*
 * Check one file. Its kind comes from its header: a template (day,
 * exercise, top_reps; or day and exercise without date), maxes (exercise,
 * one_rm), a roster (client, template), else a log of any format
 * log_read() knows. A roster's
 * templates, logs and maxes are checked too, each once; a file it names
 * that cannot be opened is reported at the roster's line:
 *   roster.csv:4: client "sam": template "x.csv": No such file or directory
 * Every problem goes to errs. *kind is set to a static string naming what
 * the file was taken for ("template", "log (native)", "log (plan)",
 * "log (app export)", "maxes", "roster"), or NULL when even the header
 * could not be read. With t (NULL: none), a log's exercise names that no
 * exercise of t takes are warned about, as a plan does
 * (history_report_unmatched). Logs, and the logs a roster names, are read
 * with date_order (enum date_order: --date-order, or AUTO). Returns 0 when
 * the file (and what it names) is good, -1 otherwise.
 */
int check_file(const char *path, const struct template *t, int date_order, struct errlist *errs,
               const char **kind);

#endif
