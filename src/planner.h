/*
 * planner: one client's block, week by week. Weeks that began on or before
 * as-of replay the rules on the log as it stood at their start and show
 * what was logged; the first later week follows from the latest history;
 * every week after that follows from the one before as if its targets were
 * met (topset-formats(5), PROGRESSION: "Across weeks" and "Blocks in progress").
 */
#ifndef TOPSET_PLANNER_H
#define TOPSET_PLANNER_H

#include "date.h"
#include "errors.h"
#include "load.h"
#include "log.h"
#include "maxes.h"
#include "plan.h"
#include "template.h"

#define PLAN_MAX_WEEKS 52

struct planner_opts {
    int weeks;   /* 1..PLAN_MAX_WEEKS */
    day_t start; /* a Monday */
    day_t as_of;
    enum unit unit;
    enum paper paper;
    const char *client; /* "" or NULL: none */
    const char *block;  /* a name for page headers: the template's */
};

/*
 * Build the plan of template t (resolved to opts->unit) from log (may be
 * NULL: no history) and maxes (may be NULL) into p (initialised, empty).
 * Returns 0, or -1 with every problem reported to errs (p must then be
 * freed and not written).
 */
int planner_build(const struct template *t, const struct log *log, const struct maxes *maxes,
                  const struct planner_opts *opts, struct plan *p, struct errlist *errs);

#endif
