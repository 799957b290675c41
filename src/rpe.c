/*
 * rpe: the chart is one falling curve read at "effective reps", reps plus
 * reps in reserve (10 - RPE): 8 reps at RPE 8 sit where 10 reps at RPE 10
 * do. So one table of half steps covers every cell of the usual chart.
 */
#include <config.h>

#include <math.h>
#include <stddef.h>

#include "rpe.h"

/* % of 1RM at effective reps 1.0, 1.5, 2.0, ... 16.0 (RTS chart; the last
 * cell, 12 reps at RPE 6, continues the curve's slope). */
static const double curve[] = {
    100.0, 97.8, 95.5, 93.9, 92.2, 90.7, 89.2, 87.8, 86.3, 85.0, 83.7, 82.4, 81.1, 79.9, 78.6, 77.4,
    76.2,  75.1, 73.9, 72.3, 70.7, 69.4, 68.0, 66.7, 65.3, 64.0, 62.6, 61.3, 59.9, 58.6, 57.4,
};

static double
curve_at(double effective)
{
    double idx = (effective - 1.0) * 2.0;
    long i = lround(idx);
    if (fabs(idx - (double) i) > 1e-9 || i < 0 || (size_t) i >= sizeof curve / sizeof curve[0])
        return 0;
    return curve[i];
}

double
rpe_percent(int reps, double rpe)
{
    if (reps < 1 || reps > RPE_CHART_MAX_REPS || rpe < 6.0 || rpe > 10.0)
        return 0;
    return curve_at(reps + (10.0 - rpe));
}

double
e1rm_estimate(double weight, int reps, double rpe)
{
    if (reps < 1 || !(weight > 0))
        return 0;
    if (!(rpe > 0))
        rpe = 10.0;
    /* Between half steps (an RPE of 7.3), use the nearest half. */
    rpe = round(rpe * 2.0) / 2.0;
    double pct = rpe_percent(reps, rpe);
    if (pct > 0)
        return weight * 100.0 / pct;
    double effective = reps + (10.0 - rpe);
    return weight * (1.0 + effective / 30.0);
}
