/* rules: the table of progression rules, its names, and what the template
 * reader takes from it. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "rules.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "template.h"
#include "util.h"

/* template_read, for test_read_text. */
static int
read_template(const char *path, void *t, struct errlist *errs)
{
    return template_read(path, t, errs);
}

/* Read a one-row template using rule name, with extra (a column and its
 * value, or "") on the row; returns its messages, a line each, or NULL
 * when it reads (caller frees). */
static char *
read_rule(const char *name, const char *extra_col, const char *extra_val)
{
    char *text = xasprintf("day,exercise,top_reps,rule%s%s\nA,B,5,%s%s%s\n", *extra_col ? "," : "",
                           extra_col, name, *extra_col ? "," : "", extra_val);
    struct template t;
    char *errors;
    if (test_read_text(read_template, "tpl.csv", text, &t, &errors) == 0)
        template_free(&t);
    free(text);
    return errors;
}

int
main(void)
{
    plan_lazy();
    if (chdir(test_tmpdir()) != 0)
        bail("cannot enter %s", test_tmpdir());

    ok(rule_kinds_n >= 4, "the table has the four rules of topset-formats(5)");
    is_string("double", rule_default()->name, "a blank rule is double");

    /* Every name parses back to its own row, in any case; names are unique. */
    for (size_t i = 0; i < rule_kinds_n; i++) {
        const struct rule *r = &rule_kinds[i];
        ok(rule_find(r->name) == r, "\"%s\" parses back to itself", r->name);
        char *upper = xstrdup(r->name);
        for (char *c = upper; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char) (*c - 'a' + 'A');
        ok(rule_find(upper) == r, "\"%s\" parses to \"%s\"", upper, r->name);
        free(upper);
        ok(r->prescribe != NULL, "\"%s\" has a function", r->name);
        for (size_t j = 0; j < i; j++)
            if (strcmp(rule_kinds[j].name, r->name) == 0)
                ok(false, "\"%s\" is in the table twice", r->name);
    }
    /* What topset-formats(5) says each rule computes from. */
    const struct rule *pct = rule_find("percent"), *rpe = rule_find("rpe");
    ok(pct != NULL && pct->needs != NULL && strcmp(pct->needs, "top_pct") == 0,
       "percent needs top_pct");
    ok(rpe != NULL && rpe->needs != NULL && strcmp(rpe->needs, "top_rpe") == 0,
       "rpe needs top_rpe");
    ok(rule_find("double")->needs == NULL && rule_find("linear")->needs == NULL,
       "double and linear need no other column");
    ok(rpe != NULL && rpe->rpe_is_target && !pct->rpe_is_target
           && !rule_find("double")->rpe_is_target && !rule_find("linear")->rpe_is_target,
       "only under rpe does an unlogged RPE count as the target");
    ok(rule_find("lineer") == NULL, "an unknown name finds nothing");
    ok(rule_find("") == NULL, "an empty name finds nothing");

    /* The list in messages is the table's names, in order. */
    char *want = xstrdup("");
    for (size_t i = 0; i < rule_kinds_n; i++) {
        char *next = xasprintf("%s%s%s", want, i > 0 ? ", " : "", rule_kinds[i].name);
        free(want);
        want = next;
    }
    char *list = rule_names_list();
    is_string(want, list, "rule_names_list joins the table's names");
    is_string("double, linear, percent, rpe", list, "as messages print it");

    /* The template reader takes its list and its needs from the table. */
    char *msg = read_rule("lineer", "", "");
    char *expect = xasprintf("tpl.csv:2:4: column \"rule\": unknown rule \"lineer\" (expected %s)",
                             list);
    is_string(expect, msg, "an unknown rule is refused with the table's list");
    free(expect);
    free(msg);
    free(list);
    free(want);
    for (size_t i = 0; i < rule_kinds_n; i++) {
        const struct rule *r = &rule_kinds[i];
        msg = read_rule(r->name, "top_rpe,top_pct", "8,85");
        ok(msg == NULL, "rule \"%s\" reads with top_rpe and top_pct", r->name);
        if (msg != NULL)
            diag("%s", msg);
        free(msg);
        msg = read_rule(r->name, "", "");
        if (r->needs == NULL) {
            ok(msg == NULL, "rule \"%s\" needs no other column", r->name);
        } else {
            char *head = xasprintf("tpl.csv:2: column \"%s\": required by rule \"%s\"", r->needs,
                                   r->name);
            ok(msg != NULL && strncmp(msg, head, strlen(head)) == 0,
               "rule \"%s\" without %s is refused", r->name, r->needs);
            if (msg != NULL)
                diag("%s", msg);
            free(head);
        }
        free(msg);
    }
    return 0;
}
