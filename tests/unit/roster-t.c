/* roster: clients, resolved paths, options, messages; rows that fail alone. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"
#include "roster.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* roster_read, for test_read_text. */
static int
read_roster(const char *path, void *r, struct errlist *errs)
{
    return roster_read(path, r, errs);
}

/* roster_read_rows, for test_read_text. */
static int
read_rows(const char *path, void *r, struct errlist *errs)
{
    return roster_read_rows(path, r, errs);
}

/* roster_read_rows: good rows kept whole, each bad row failing alone with
 * its own problems; a bad header still fails the roster. */
static void
rows_fail_alone(void)
{
    struct roster r;
    char *errors;
    int rc = test_read_text(read_rows, "roster.csv",
                            "client,template,weeks\n"
                            "Alex,a.csv,2\n"
                            "Bea,a.csv,four\n"
                            "ALEX,b.csv,1\n"
                            ",a.csv,\n"
                            "Cy,a.csv,3,extra\n"
                            "Dee,,5\n"
                            "Eve,a.csv,3\n",
                            &r, &errors);
    ok(rc == 0 && errors == NULL, "rows: reads, the rows' problems are not the roster's");
    is_int(7, (long) r.n, "rows: every row kept");
    const char *want[][3] = {
        {"Alex", NULL, "a.csv"},
        {"Bea",
         "roster.csv:3:3: column \"weeks\": expected a whole number from 1 to 52, got \"four\"",
         NULL},
        {"ALEX",
         "roster.csv:4:1: column \"client\": \"ALEX\" is already on line 2 (expected one row per "
         "client)",
         NULL},
        {"", "roster.csv:5:1: column \"client\": empty (expected a client's name like Alex)", NULL},
        {"Cy",
         "roster.csv:6:4: field 4 has no column: the header has 3 (expected at most 3 fields; quote a "
         "field that holds the delimiter)",
         NULL},
        {"Dee",
         "roster.csv:7:2: column \"template\": empty (expected the path of the client's template)",
         NULL},
        {"Eve", NULL, "a.csv"},
    };
    for (size_t i = 0; i < r.n && i < 7; i++) {
        is_string(want[i][0], r.v[i].client, "rows: row %zu's client as written", i + 2);
        is_string(want[i][1], r.v[i].error, "rows: row %zu's problems", i + 2);
        is_string(want[i][2], r.v[i].template_path, "rows: row %zu's template", i + 2);
        is_int((long) i + 2, (long) r.v[i].line, "rows: row %zu's line", i + 2);
    }
    roster_free(&r);
    free(errors);

    rc = test_read_text(read_rows, "roster.csv", "client,tmpl\nAlex,a.csv\n", &r, &errors);
    is_string(
        "roster.csv:1:2: unknown column \"tmpl\" (expected client, template, log, maxes, unit, "
        "start, weeks, blocks, strict, log_unit)\nroster.csv:1: missing column \"template\"",
        errors, "rows: an unusable header still fails the roster");
    ok(rc == -1 && r.n == 0, "rows: -1, nothing kept");
    free(errors);
    rc = test_read_text(read_rows, "roster.csv", "client,template\n", &r, &errors);
    ok(rc == -1 && errors != NULL && strstr(errors, "no clients") != NULL,
       "rows: a roster without rows still fails");
    free(errors);
}

static void
bad(const char *content, const char *want, const char *name)
{
    struct roster r;
    char *errors;
    int rc = test_read_text(read_roster, "roster.csv", content, &r, &errors);
    is_string(want, errors, "%s", name);
    ok(rc == -1 && r.n == 0 && r.v == NULL && r.path == NULL, "%s: -1, nothing kept", name);
    free(errors);
}

int
main(void)
{
    plan_lazy();
    if (chdir(test_tmpdir()) != 0 || mkdir("coach", 0777) != 0)
        bail("cannot set up the temporary folder");

    struct roster r;
    char *errors;
    is_int(0,
           test_read_text(read_roster, "coach/roster.csv",
                          "client,template,log,maxes,unit,start,weeks\n"
                          "Alex,ppl.csv,logs/alex.csv,/abs/maxes.csv,lb,2026-11-23,6\n"
                          "\n"
                          "Sam,../shared/5x5.csv,,,,,\n",
                          &r, &errors),
           "roster reads");
    is_string(NULL, errors, "no messages");
    is_int(2, (long) r.n, "two clients");
    if (r.n == 2) {
        const struct roster_entry *a = &r.v[0], *b = &r.v[1];
        is_string("Alex", a->client, "client");
        is_string("coach/ppl.csv", a->template_path, "template relative to the roster's folder");
        is_string("coach/logs/alex.csv", a->log_path, "log relative to the roster's folder");
        is_string("/abs/maxes.csv", a->maxes_path, "absolute path kept");
        ok(a->unit == UNIT_LB && a->has_start && a->weeks == 6, "unit, start, weeks");
        char d[11];
        is_string("2026-11-23", date_format(d, a->start), "start date");
        ok(a->line == 2 && b->line == 4 && strcmp(a->file, "coach/roster.csv") == 0,
           "lines and file");
        is_string("coach/../shared/5x5.csv", b->template_path,
                  "a path up from the roster's folder");
        ok(b->log_path == NULL && b->maxes_path == NULL, "empty paths are NULL");
        ok(b->unit == -1 && !b->has_start && b->weeks == 0, "empty options are the defaults");
    }
    roster_free(&r);
    free(errors);

    is_int(0,
           test_read_text(read_roster, "roster.csv", "template,client\nx.csv,Kim\n", &r, &errors),
           "a roster in the current folder, columns in any order");
    ok(r.n == 1 && strcmp(r.v[0].template_path, "x.csv") == 0, "path unchanged without a folder");
    roster_free(&r);
    free(errors);

    is_int(0,
           test_read_text(read_roster, "roster.csv",
                          "client,template,strict\nAnn,a.csv,yes\nBo,a.csv,No\nCy,a.csv,\n"
                          "Di,a.csv, TRUE \n",
                          &r, &errors),
           "a strict column reads");
    ok(r.n == 4 && r.v[0].strict && !r.v[1].strict && !r.v[2].strict && r.v[3].strict,
       "strict: yes, no, empty (not strict), TRUE");
    roster_free(&r);
    free(errors);

    rows_fail_alone();

    bad("client,template\nAlex,a.csv\nSam,a.csv\n ALEX ,b.csv\n",
        "roster.csv:4:1: column \"client\": \"ALEX\" is already on line 2 (expected one row per client)",
        "duplicate client");
    bad("client,template\n,a.csv\n",
        "roster.csv:2:1: column \"client\": empty (expected a client's name like Alex)",
        "empty client");
    bad("client,template\n...,a.csv\n",
        "roster.csv:2:1: column \"client\": expected a client's name with letters or digits like Alex, got \"...\"",
        "client without letters");
    bad("client,template\nAlex,\n",
        "roster.csv:2:2: column \"template\": empty (expected the path of the client's template)",
        "empty template");
    bad("client,template,unit\nAlex,a.csv,stone\n",
        "roster.csv:2:3: column \"unit\": expected kg or lb, got \"stone\"", "unknown unit");
    bad("client,template,start\nAlex,a.csv,2026-11-31\n",
        "roster.csv:2:3: column \"start\": expected a date YYYY-MM-DD, got \"2026-11-31\"",
        "bad start");
    bad("client,template,weeks\nAlex,a.csv,0\n",
        "roster.csv:2:3: column \"weeks\": expected a whole number from 1 to 52, got \"0\"",
        "weeks 0");
    bad("client,template,weeks\nAlex,a.csv,53\n",
        "roster.csv:2:3: column \"weeks\": expected a whole number from 1 to 52, got \"53\"",
        "weeks 53");
    bad("client,template,strict\nAlex,a.csv,sometimes\n",
        "roster.csv:2:3: column \"strict\": expected yes or no, got \"sometimes\"", "bad strict");
    bad("client,template\n",
        "roster.csv:1: no clients (expected a row per client after the header)", "no clients");
    bad("client,tmpl\nAlex,a.csv\n",
        "roster.csv:1:2: unknown column \"tmpl\" (expected client, template, log, maxes, unit, start, "
        "weeks, blocks, strict, log_unit)\nroster.csv:1: missing column \"template\"",
        "unknown and missing column");

    return 0;
}
