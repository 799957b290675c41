/* plan_columns: the plan CSV's column table (see plan_columns.h). */
#include <config.h>

#include "plan_columns.h"

const struct column_spec plan_columns[PLAN_COL_COUNT] = {
    [PLAN_COL_CLIENT] = {"client", false},
    [PLAN_COL_WEEK] = {"week", false},
    [PLAN_COL_DATE] = {"date", true},
    [PLAN_COL_DAY] = {"day", false},
    [PLAN_COL_EXERCISE] = {"exercise", true},
    [PLAN_COL_SET] = {"set", false},
    [PLAN_COL_SET_TYPE] = {"set_type", true},
    [PLAN_COL_WEIGHT] = {"weight", false},
    [PLAN_COL_REPS] = {"reps", false},
    [PLAN_COL_RPE] = {"rpe", false},
    [PLAN_COL_UNIT] = {"unit", false},
    [PLAN_COL_WHY] = {"why", false},
    [PLAN_COL_ACTUAL_WEIGHT] = {"actual_weight", true},
    [PLAN_COL_ACTUAL_REPS] = {"actual_reps", true},
    [PLAN_COL_ACTUAL_RPE] = {"actual_rpe", false},
    [PLAN_COL_REST] = {"rest", false},
    [PLAN_COL_TEMPO] = {"tempo", false},
};
