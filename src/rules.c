/*
 * rules: the table of progression rules. To add a rule, add its row here
 * and write its function beside the others in progression.c (or in a file
 * of its own, declared in rules.h); topset-formats(5) and the README
 * describe it to users.
 */
#include <config.h>

#include "rules.h"
#include "util.h"

const struct rule rule_kinds[] = {
    {"double", NULL, false, rule_double},
    {"linear", NULL, false, rule_linear},
    {"percent", "top_pct", false, rule_percent},
    {"rpe", "top_rpe", true, rule_rpe},
};

const size_t rule_kinds_n = sizeof rule_kinds / sizeof rule_kinds[0];

const struct rule *
rule_default(void)
{
    return &rule_kinds[0];
}

const struct rule *
rule_find(const char *s)
{
    for (size_t i = 0; i < rule_kinds_n; i++)
        if (ascii_casecmp(s, rule_kinds[i].name) == 0)
            return &rule_kinds[i];
    return NULL;
}

char *
rule_names_list(void)
{
    char *list = NULL;
    for (size_t i = 0; i < rule_kinds_n; i++)
        list_append(&list, i, rule_kinds_n, rule_kinds[i].name, ", ", ", ");
    return list;
}
