/*
 * rpe: the RPE chart (Reactive Training Systems) and 1RM estimates. The
 * chart gives the % of 1RM a lifter can move for a number of reps at an RPE
 * (10 = no reps left in reserve).
 */
#ifndef TOPSET_RPE_H
#define TOPSET_RPE_H

#define RPE_CHART_MAX_REPS 12

/*
 * % of 1RM for reps (1..12) at rpe (6..10 in halves). Returns 0 when the
 * pair is outside the chart.
 */
double rpe_percent(int reps, double rpe);

/*
 * Estimated 1RM from a set of weight x reps at rpe (0 = not logged, taken
 * as 10: a set to failure gives the most cautious estimate). Uses the
 * chart where it reaches, Epley (w * (1 + r/30)) beyond it. reps < 1 gives 0.
 */
double e1rm_estimate(double weight, int reps, double rpe);

#endif
