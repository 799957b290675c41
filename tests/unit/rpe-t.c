/* rpe: the RTS chart and 1RM estimates. */
#include <config.h>

#include "rpe.h"
#include "tap/basic.h"

int
main(void)
{
    plan(16);
    is_double(100.0, rpe_percent(1, 10), 1e-9, "1 @10 is the 1RM");
    is_double(81.1, rpe_percent(5, 8), 1e-9, "5 @8 = 81.1%%");
    is_double(89.2, rpe_percent(3, 9), 1e-9, "3 @9 = 89.2%%");
    is_double(86.3, rpe_percent(5, 10), 1e-9, "5 @10 = 86.3%%");
    is_double(92.2, rpe_percent(1, 8), 1e-9, "1 @8 = 92.2%%");
    is_double(77.4, rpe_percent(6, 7.5), 1e-9, "6 @7.5 = 77.4%%");
    is_double(68.0, rpe_percent(12, 10), 1e-9, "12 @10 = 68%%");
    is_double(57.4, rpe_percent(12, 6), 1e-9, "12 @6, the chart's corner");
    is_double(0, rpe_percent(13, 8), 0, "13 reps are off the chart");
    is_double(0, rpe_percent(5, 5.5), 0, "RPE 5.5 is off the chart");
    is_double(0, rpe_percent(0, 8), 0, "0 reps are off the chart");
    is_double(100.0, e1rm_estimate(100, 1, 10), 1e-9, "a single at 10 is the 1RM");
    is_double(100.0 / 0.811, e1rm_estimate(100, 5, 8), 1e-6, "5 @8 at 100");
    is_double(100.0 / 0.863, e1rm_estimate(100, 5, 0), 1e-6, "no RPE counts as 10");
    is_double(100.0 * (1 + 20.0 / 30), e1rm_estimate(100, 20, 10), 1e-6, "Epley past the chart");
    is_double(0, e1rm_estimate(100, 0, 8), 0, "no reps, no estimate");
    return 0;
}
