/*
 * rules: the progression rules a template's `rule` column names, in one
 * table (rule_kinds[], rules.c). A row gives the rule's name, the template
 * column it computes the top set from, and the function that prescribes
 * it. The template reader, its messages and the planner all read the
 * table, so adding a rule is one row there plus its function.
 */
#ifndef TOPSET_RULES_H
#define TOPSET_RULES_H

#include <stdbool.h>
#include <stddef.h>

struct rule_ctx;
struct outcome;
struct prescription;
struct errlist;

/*
 * A rule's function: the top set after last (progression.h) into p.
 * Returns 0, or -1 with a FILE:LINE message in errs when the rule lacks
 * what it needs.
 */
typedef int rule_fn(const struct rule_ctx *ctx, const struct outcome *last, struct prescription *p,
                    struct errlist *errs);

struct rule {
    const char *name;   /* as written in the `rule` column */
    const char *needs;  /* a template column the row must fill, or NULL */
    bool rpe_is_target; /* an unlogged top-set RPE counts as the row's
                                    * top_rpe met, when estimating a 1RM */
    rule_fn *prescribe;
};

/* Every rule, in the order messages list them; the first is the default
 * of a blank `rule` cell. */
extern const struct rule rule_kinds[];
extern const size_t rule_kinds_n;

/* The rule of a blank `rule` cell. */
const struct rule *rule_default(void);

/* The rule named s (ASCII case ignored), or NULL. */
const struct rule *rule_find(const char *s);

/* The names of every rule for messages, "double, linear, percent, rpe".
 * The caller frees it. */
char *rule_names_list(void);

/* The rules' functions (progression.c). */
rule_fn rule_double, rule_linear, rule_percent, rule_rpe;

#endif
