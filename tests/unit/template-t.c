/* template: every column's parsing and default, days, and every message exactly. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* A template that must fail with exactly want (one or more lines). */
static void
bad(const char *content, const char *want, const char *name)
{
    struct template t;
    char *errors;
    int rc = test_read_text(read_template, "tpl.csv", content, &t, &errors);
    is_string(want, errors, "%s", name);
    ok(rc == -1 && t.slots == NULL && t.n == 0 && t.path == NULL, "%s: -1, nothing kept", name);
    free(errors);
}

/* A one-row template with extra columns that must read; returns slot 0's
 * copy in *s (strings not kept). */
static bool
good_row(const char *header, const char *row, struct slot *s, const char *name)
{
    char *content = xasprintf("day,exercise,top_reps%s%s\nUpper A,Bench Press,5%s%s\n",
                              *header ? "," : "", header, *row ? "," : "", row);
    struct template t;
    char *errors;
    int rc = test_read_text(read_template, "tpl.csv", content, &t, &errors);
    free(content);
    if (rc != 0) {
        ok(false, "%s: read", name);
        diag("%s", errors ? errors : "(no message)");
        free(errors);
        return false;
    }
    ok(true, "%s: read", name);
    *s = t.slots[0];
    /* Keep the numbers; the strings go with the template. */
    s->day = s->exercise = s->day_key = s->exercise_key = s->notes = NULL;
    s->aliases = s->alias_keys = NULL;
    template_free(&t);
    return true;
}

/* Bodyweight lifts: start_weight 0, BW or BW+5 (issue 14). */
static void
test_bodyweight(void)
{
    struct slot s;
    if (good_row("start_weight", "0", &s, "start_weight 0"))
        ok(s.bodyweight && s.start_weight == 0, "start_weight 0: the lifter alone");
    if (good_row("start_weight", "BW", &s, "start_weight BW"))
        ok(s.bodyweight && s.start_weight == 0, "start_weight BW: the lifter alone");
    if (good_row("start_weight,unit", "bw + 5,kg", &s, "start_weight bw + 5"))
        ok(s.bodyweight && s.start_weight == 5, "start_weight bw + 5: 5 added");
    if (good_row("start_weight", "62.5", &s, "start_weight 62.5"))
        ok(!s.bodyweight && s.start_weight == 62.5, "start_weight 62.5: not bodyweight");
}

/* weekday: mon ... sun or the full name, any case; one per day (issue 16). */
static void
test_weekday(void)
{
    struct slot s;
    static const struct {
        const char *text;
        int want;
    } cases[] = {{"mon", 1},    {"TUE", 2}, {"Wednesday", 3}, {"thu", 4},
                 {"FRIDAY", 5}, {"sat", 6}, {"Sun", 7},       {"", 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        if (good_row("weekday", cases[i].text, &s, cases[i].text))
            is_int(cases[i].want, s.weekday, "weekday \"%s\" is day %d", cases[i].text,
                   cases[i].want);
    bad("day,exercise,top_reps,weekday\nA,B,5,tues\n",
        "tpl.csv:2:4: column \"weekday\": unknown weekday \"tues\": did you mean \"tue\"? "
        "(expected mon, tue, wed, thu, fri, sat or sun, or the full name)",
        "weekday tues: did you mean tue");
    bad("day,exercise,top_reps,weekday\nA,B,5,7\n",
        "tpl.csv:2:4: column \"weekday\": unknown weekday \"7\" (expected mon, tue, wed, thu, "
        "fri, sat or sun, or the full name)",
        "weekday 7: no near name");
    bad("day,exercise,top_reps,weekday\nA,B,5,mon\nA,C,5,\nA,D,5,Tuesday\n",
        "tpl.csv:4:4: day \"A\" on tue here but on mon at line 2 (expected one weekday per day: "
        "write mon, or leave it blank to follow line 2)",
        "two weekdays for one day");

    /* A row that leaves it blank follows its day; days without none. */
    struct template t;
    char *errors;
    int rc = test_read_text(read_template, "tpl.csv",
                            "day,exercise,top_reps,weekday\nA,B,5,\nA,C,5,fri\nX,Y,5,\n", &t,
                            &errors);
    is_int(0, rc, "a weekday on one row of a day reads");
    if (rc == 0) {
        is_int(2, (int) t.ndays, "two days");
        is_int(5, t.day_weekdays[0], "day A is on Friday, from its second row");
        is_int(0, t.day_weekdays[1], "day X has no weekday");
        template_free(&t);
    }
    free(errors);
}

/* rest and tempo, kept tidy for the sheets (issue 16). */
static void
test_rest_tempo(void)
{
    static const struct {
        const char *col, *text, *want;
    } cases[] = {{"rest", "3 min", "3 min"},         {"rest", "90 SEC", "90 s"},
                 {"rest", "2-3 minutes", "2-3 min"}, {"rest", "1.5min", "1.5 min"},
                 {"tempo", "3-1-X-0", "3-1-X-0"},    {"tempo", "31x0", "3-1-X-0"},
                 {"tempo", "2-0-2-0", "2-0-2-0"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *content = xasprintf("day,exercise,top_reps,%s\nA,B,5,%s\n", cases[i].col,
                                  cases[i].text);
        struct template t;
        char *errors;
        int rc = test_read_text(read_template, "tpl.csv", content, &t, &errors);
        free(content);
        is_int(0, rc, "%s \"%s\" reads", cases[i].col, cases[i].text);
        if (rc == 0) {
            const char *got = strcmp(cases[i].col, "rest") == 0 ? t.slots[0].rest
                                                                : t.slots[0].tempo;
            is_string(cases[i].want, got, "%s \"%s\" is kept as %s", cases[i].col, cases[i].text,
                      cases[i].want);
            template_free(&t);
        }
        free(errors);
    }
    bad("day,exercise,top_reps,rest\nA,B,5,3 hours\n",
        "tpl.csv:2:4: column \"rest\": expected a rest like 90 s, 3 min or 2-3 min, up to an "
        "hour, got \"3 hours\"",
        "rest 3 hours");
    bad("day,exercise,top_reps,rest\nA,B,5,61 min\n",
        "tpl.csv:2:4: column \"rest\": expected a rest like 90 s, 3 min or 2-3 min, up to an "
        "hour, got \"61 min\"",
        "rest over an hour");
    bad("day,exercise,top_reps,tempo\nA,B,5,3-1-X\n",
        "tpl.csv:2:4: column \"tempo\": expected a tempo of four digits or X like 3-1-X-0 (down, "
        "pause, up, pause), got \"3-1-X\"",
        "tempo of three parts");
}

static const char all_columns[] =
    "day, exercise, top_reps, top_sets, top_rpe, top_pct, tm_pct, start_weight, work_sets, "
    "backoff_sets, backoff_reps, backoff_drop, backoff_pct, backoff_rpe, backoff_cap, "
    "backoff_list, drop_sets, drop_reps, "
    "drop_pct, increment, step, unit, round, amrap_table, amrap_reset, stages, stage_reset, "
    "load_from, load_pct, tm_from, rotation, rule, week, warmup, bar, aliases, weekday, rest, "
    "tempo, "
    "notes";

/* load_from, load_pct, tm_from and rotation (issue 14: Texas Method,
 * nSuns T2 lifts). */
static void
test_links(void)
{
    struct template t;
    char *msgs = NULL;
    const char *tpl = "day,exercise,top_reps,rule,top_pct,load_from,load_pct,tm_from,rotation\n"
                      "Volume,Squat,5,,,Intensity: Squat,90%,,\n"
                      "Volume,Bench Press,5,,,Intensity: Bench Press,90,,a\n"
                      "Volume,Overhead Press,5,linear,,,,,B\n"
                      "Intensity,Squat,5,linear,,,,,\n"
                      "Intensity,Bench Press,5,linear,,,,,A\n"
                      "Day 2,Sumo Deadlift,5,percent,70,,,Day 4: Deadlift,\n"
                      "Day 4,Deadlift,1+,percent,95,,,,\n";
    if (test_read_text(read_template, "tpl.csv",
                       "day,exercise,top_reps,rule,load_from,load_pct,rotation,aliases\n"
                       "Volume,Squat,5,,Intensity : back squat,90%,,\n"
                       "Intensity,Squat,5,linear,,,,Back Squat\n",
                       &t, &msgs)
        == 0) {
        is_int(1, t.slots[0].load_ref, "load_from finds the slot through an alias, blanks ignored");
        is_double(90, t.slots[0].load_pct, 1e-9, "load_pct 90%%");
        is_int(-1, t.slots[1].load_ref, "a row without load_from: -1");
        is_int(0, t.rotations, "no rotation column: no cycle");
        template_free(&t);
    } else
        ok(false, "load_from through an alias: %s", msgs ? msgs : "");
    free(msgs);
    msgs = NULL;
    if (test_read_text(read_template, "tpl.csv", tpl, &t, &msgs) == 0) {
        is_int(3, t.slots[0].load_ref, "Volume Squat from Intensity Squat (row 4)");
        is_int(4, t.slots[1].load_ref, "Volume Bench Press from Intensity Bench Press (row 5)");
        is_int(6, t.slots[5].tm_ref, "Sumo Deadlift's training max from Day 4 Deadlift (row 7)");
        ok(t.slots[1].rotation == 1 && t.slots[2].rotation == 2 && t.slots[0].rotation == 0,
           "rotation a -> 1, B -> 2, blank -> 0");
        is_int(2, t.rotations, "two letters: a cycle of two weeks");
        ok(slot_in_rotation(&t.slots[1], 2, 1) && !slot_in_rotation(&t.slots[1], 2, 2)
               && slot_in_rotation(&t.slots[1], 2, 3),
           "A: weeks 1 and 3, not 2");
        ok(slot_in_rotation(&t.slots[2], 2, 2) && !slot_in_rotation(&t.slots[2], 2, 3),
           "B: week 2, not 3");
        ok(slot_in_rotation(&t.slots[0], 2, 2), "no letter: every week");
        template_free(&t);
    } else
        ok(false, "links: %s", msgs ? msgs : "");
    free(msgs);
    bad("day,exercise,top_reps,load_from,load_pct\nA,Squat,5,A: Squat,90\n",
        "tpl.csv:2:4: column \"load_from\": slots loaded from each other in a loop, A: Squat -> A: "
        "Squat (expected a chain that ends at a slot with a load of its own: a rule, a "
        "start_weight or a training max)",
        "load_from: a slot loaded from itself");
    bad("day,exercise,top_reps,load_pct\nA,Squat,5,90\n",
        "tpl.csv:2:4: column \"load_pct\": given without load_from (expected load_from beside "
        "it: a slot like Intensity: Squat (its day, a colon, its exercise) whose top set "
        "load_pct takes)",
        "load_pct without load_from");
    bad("day,exercise,top_reps,tm_from\nA,Squat,5,: Squat\n",
        "tpl.csv:2:4: column \"tm_from\": expected a slot like Intensity: Squat (its day, a "
        "colon, its exercise), got \": Squat\"",
        "tm_from: no day before the colon");
    bad("day,exercise,top_reps,rotation\nA,Bench Press,5,B\nA,Press,5,1\n",
        "tpl.csv:3:4: column \"rotation\": expected a letter like A or B (rows of one letter are "
        "done in the same weeks; A first, then B, ...), got \"1\"",
        "rotation: a number");
    bad("day,exercise,top_reps,rotation\nA,Bench Press,5,B\n",
        "tpl.csv:2:4: column \"rotation\": B without a row of A (expected letters from A on, one "
        "for each week of the cycle, e.g. A and B for alternate weeks)",
        "rotation: B without A");
    bad("day,exercise,top_reps,rotation\nA,Bench Press,5,A\nA,Bench Press,5,\n",
        "tpl.csv:3: day \"A\" has \"Bench Press\" twice for every week (also line 2; expected "
        "rows of one day and exercise to cover different weeks, e.g. week 1-3 and 4)",
        "rotation: a row for every week beside a row for A overlaps");
    struct slot s;
    if (good_row("rotation", "A", &s, "rotation A alone"))
        is_int(1, s.rotation, "A is 1");
}

int
main(void)
{
    plan_lazy();
    char *full = test_data_abs("ok/template.csv");
    char *full_excel = test_data_abs("ok/template-excel.csv");
    if (chdir(test_tmpdir()) != 0)
        bail("cannot enter the temporary folder");
    test_bodyweight();
    test_weekday();
    test_rest_tempo();

    /* --- a template with every column ---------------------------------- */
    struct template t;
    struct errlist e;
    errlist_init(&e);
    is_int(0, template_read(full, &t, &e), "ok/template.csv reads");
    for (size_t i = 0; i < e.n; i++)
        diag("%s", e.msgs[i]);
    errlist_free(&e);
    is_int(5, (long) t.n, "five slots");
    is_int(3, (long) t.ndays, "three days");
    if (t.n == 5 && t.ndays == 3) {
        is_string("Upper A", t.days[0], "day 1");
        is_string("Lower A", t.days[1], "day 2 (first appearance)");
        is_string("Upper B", t.days[2], "day 3");
        is_string("a upper", t.day_keys[0], "day key folded");
        const struct slot *s = &t.slots[0];
        is_string(full, s->file, "slot keeps the file");
        is_int(2, (long) s->line, "slot keeps its line");
        is_string("Bench Press", s->exercise, "exercise");
        is_string("bench press", s->exercise_key, "exercise key");
        ok(s->top_reps.lo == 5 && s->top_reps.hi == 6, "top_reps 5-6");
        is_int(1, s->top_sets, "top_sets 1");
        is_double(8, s->top_rpe, 1e-9, "top_rpe 8");
        is_double(100, s->start_weight, 1e-9, "start_weight 100");
        is_int(3, s->backoff_sets, "backoff_sets 3");
        ok(s->backoff_reps.lo == 8 && s->backoff_reps.hi == 8, "backoff_reps 8");
        is_double(10, s->backoff_drop, 1e-9, "backoff_drop 10");
        ok(s->drop_sets == 0 && s->drop_reps.lo == 8 && s->drop_reps.hi == 8,
           "no drop sets; drop_reps defaults to backoff_reps");
        ok(s->increment_set && s->step_set, "increment and step given");
        is_double(1.25, s->step, 1e-9, "step 1.25");
        ok(s->rule == rule_find("double"), "rule double");
        ok(s->week_lo == 0 && s->week_hi == 0, "no week: every week");
        is_int(WARMUP_AUTO, s->warmup, "warmup auto");
        is_int(2, (long) s->naliases, "two aliases");
        if (s->naliases == 2) {
            is_string("Bench Press (Barbell)", s->aliases[0], "alias as written");
            is_string("bench flat", s->alias_keys[1], "alias key folded");
        }
        ok(slot_matches_exercise(s, "barbell bench press"), "matches through an alias");
        ok(slot_matches_exercise(s, "bench press"), "matches its own name");
        ok(!slot_matches_exercise(s, "squat"), "does not match another lift");
        is_string("pause 1s", s->notes, "notes");

        s = &t.slots[1];
        ok(s->top_reps.lo == 8 && s->top_reps.hi == 10, "row 2: top_reps 8-10");
        ok(s->top_sets == 1 && s->backoff_sets == 2,
           "row 2: top_sets 1, backoff_sets 2 by default");
        ok(s->backoff_reps.lo == 8 && s->backoff_reps.hi == 10,
           "row 2: backoff_reps defaults to top_reps");
        is_double(10, s->backoff_drop, 1e-9, "row 2: backoff_drop 10 by default");
        ok(!s->increment_set && !s->step_set, "row 2: increment and step not given");
        ok(s->rule == rule_find("linear"), "row 2: rule linear");
        is_int(WARMUP_NONE, s->warmup, "row 2: warmup none");
        is_string("", s->notes, "row 2: empty notes");

        s = &t.slots[2];
        is_int(1, (long) s->day_index, "row 3: day index");
        is_double(85, s->top_pct, 1e-9, "row 3: top_pct");
        is_double(75, s->backoff_pct, 1e-9, "row 3: backoff_pct");
        ok(s->drop_sets == 1 && s->drop_reps.lo == 10 && s->drop_pct == 60, "row 3: drop sets");
        ok(s->week_lo == 1 && s->week_hi == 3, "row 3: week 1-3");
        ok(s->warmup == WARMUP_LIST && s->warmup_n == 3 && s->warmup_pct[0] == 40
               && s->warmup_pct[2] == 80,
           "row 3: warm-up 40;60;80");
        ok(t.slots[3].week_lo == 4 && t.slots[3].week_hi == 4, "row 4: week 4");
        s = &t.slots[4];
        ok(s->day_index == 2 && s->top_sets == 2 && s->top_rpe == 8.5
               && s->rule == rule_find("rpe"),
           "row 5: 2 top sets at RPE 8.5, rule rpe");

        template_resolve(&t, UNIT_KG);
        ok(t.slots[0].increment == 2.5 && t.slots[0].step == 1.25, "resolve keeps given values");
        ok(t.slots[1].increment == 2.5 && t.slots[1].step == 2.5, "resolve kg: 2.5 / 2.5");
        template_resolve(&t, UNIT_LB);
        ok(t.slots[1].increment == 5 && t.slots[1].step == 5, "resolve lb: 5 / 5");
        ok(t.slots[0].step == 1.25, "resolve lb keeps the given step");
    }
    template_free(&t);

    /* --- a spreadsheet's save: BOM, ';', CRLF, header case ------------- */
    errlist_init(&e);
    is_int(0, template_read(full_excel, &t, &e), "Excel-style template reads");
    errlist_free(&e);
    if (t.n == 2) {
        ok(t.slots[0].line == 2 && t.slots[1].line == 4,
           "lines counted across CRLF and a blank line");
        is_string("a; b", t.slots[0].notes, "quoted ';' kept");
        ok(t.slots[1].top_reps.lo == 5 && t.slots[1].top_reps.hi == 5, "single rep count");
    } else
        ok(false, "Excel-style template: two slots");
    template_free(&t);

    /* --- field by field ------------------------------------------------- */
    struct slot s;
    if (good_row("", "", &s, "defaults")) {
        ok(s.top_sets == 1 && s.backoff_sets == 2 && s.backoff_drop == 10 && s.drop_sets == 0,
           "defaults: 1 top set, 2 back-offs at -10%%, no drop sets");
        ok(s.backoff_reps.lo == 5 && s.drop_reps.lo == 5, "defaults: reps follow top_reps");
        ok(s.rule == rule_default() && s.warmup == WARMUP_AUTO && s.week_lo == 0,
           "defaults: double, auto, every week");
        ok(s.top_rpe == 0 && s.top_pct == 0 && s.start_weight == 0 && s.backoff_pct == 0,
           "defaults: no RPE, %%, start weight");
    }
    if (good_row("top_rpe,backoff_drop,backoff_sets,warmup,rule", "10,0,0,40; 60 ;,Linear", &s,
                 "edges")) {
        ok(s.top_rpe == 10 && s.backoff_drop == 0 && s.backoff_sets == 0,
           "edges: RPE 10, 0%% drop, 0 back-offs");
        ok(s.warmup == WARMUP_LIST && s.warmup_n == 2 && s.warmup_pct[1] == 60,
           "edges: empty warm-up step ignored");
        ok(s.rule == rule_find("linear"), "edges: rule name ignores case");
    }
    if (good_row("top_pct,backoff_pct,week,warmup", "110,100,2,NONE", &s, "upper bounds")) {
        ok(s.top_pct == 110 && s.backoff_pct == 100, "upper bounds: 110%% and 100%%");
        ok(s.week_lo == 2 && s.week_hi == 2, "a single week");
        is_int(WARMUP_NONE, s.warmup, "warm-up NONE");
    }
    /* --- set lists and AMRAP sets (issue 14) ---------------------------- */
    if (good_row("backoff_reps,drop_sets,drop_reps,drop_pct", "5 +,1,15+,60", &s, "AMRAP reps")) {
        ok(s.backoff_reps.lo == 5 && s.backoff_reps.hi == 5 && s.backoff_reps.amrap,
           "backoff_reps 5 + is an AMRAP of 5");
        ok(s.drop_reps.lo == 15 && s.drop_reps.amrap && !s.top_reps.amrap, "drop_reps 15+");
    }
    if (good_row("work_sets,backoff_list", "65%x5; 75 % X 5 ;,90%TOP×3x2; 50%x8-10; 65%x5+", &s,
                 "set lists")) {
        ok(s.nwork == 2 && s.work[0].pct == 65 && s.work[0].reps.lo == 5 && s.work[0].count == 1
               && !s.work[0].of_top && s.work[1].pct == 75,
           "work_sets: two lines of a %% of the training max, spaces and case ignored");
        ok(s.nbackoff_list == 3 && s.backoff_list[0].of_top && s.backoff_list[0].pct == 90
               && s.backoff_list[0].reps.lo == 3 && s.backoff_list[0].count == 2,
           "backoff_list: 90%% of the top set, x3, two sets (× as x)");
        ok(s.backoff_list[1].reps.lo == 8 && s.backoff_list[1].reps.hi == 10
               && s.backoff_list[2].reps.amrap && s.backoff_list[2].reps.lo == 5,
           "backoff_list: a range and an AMRAP");
        is_int(0, s.backoff_sets, "backoff_list replaces the default 2 back-offs");
    }
    bad("day,exercise,top_reps\nA,B,5-6+",
        "tpl.csv:2:3: column \"top_reps\": expected a number, a range like 5-6 or an AMRAP like "
        "5+, got \"5-6+\"",
        "top_reps: a range cannot be AMRAP");
    bad("day,exercise,top_reps,work_sets\nA,B,5,65x5",
        "tpl.csv:2:4: column \"work_sets\": expected a set list like 65%x5; 75%x5; 85%x5+ "
        "(PCT%xREPS of the training max or 1RM, PCT%topxREPS of the top set, xSETS after the "
        "reps to repeat a line), got \"65x5\"",
        "work_sets: a line without a %");
    bad("day,exercise,top_reps,backoff_list\nA,B,5,80%x5; 120%x3",
        "tpl.csv:2:4: column \"backoff_list\": \"120%x3\": expected a % above 0 and up to 110 "
        "before the %",
        "backoff_list: a % above 110");
    bad("day,exercise,top_reps,backoff_list\nA,B,5,80%x0",
        "tpl.csv:2:4: column \"backoff_list\": \"80%x0\": expected reps from 1 to 100 (or a "
        "range like 8-10, or 5+) after the x",
        "backoff_list: 0 reps");
    bad("day,exercise,top_reps,backoff_list\nA,B,5,80%x5x21",
        "tpl.csv:2:4: column \"backoff_list\": \"80%x5x21\": expected a number of sets from 1 "
        "to 20 after the reps",
        "backoff_list: 21 sets in a line");
    bad("day,exercise,top_reps,backoff_list\nA,B,5,80%x5x10; 70%x5x11",
        "tpl.csv:2:4: column \"backoff_list\": more than 20 sets in \"80%x5x10; 70%x5x11\" "
        "(expected at most 20)",
        "backoff_list: 21 sets in all");
    bad("day,exercise,top_reps,backoff_sets,backoff_list\nA,B,5,2,80%x5",
        "tpl.csv:2:4: column \"backoff_sets\": given beside backoff_list (expected one of them: "
        "backoff_sets with backoff_reps, or the sets listed in backoff_list)",
        "backoff_sets beside backoff_list");
    /* --- RTS back-offs: backoff_rpe, backoff_cap (issue 14) --------------- */
    if (good_row("top_rpe,backoff_reps,backoff_rpe,backoff_cap", "8,3,@7,8.5", &s,
                 "backoff_rpe and backoff_cap")) {
        is_double(7, s.backoff_rpe, 1e-9, "backoff_rpe @7");
        is_double(8.5, s.backoff_cap, 1e-9, "backoff_cap 8.5");
    }
    bad("day,exercise,top_reps,backoff_rpe\nA,B,5,7",
        "tpl.csv:2:4: column \"backoff_rpe\": needs top_rpe (expected the top set's RPE, e.g. 8: "
        "the back-off load comes from the e1RM of the top set at that RPE)",
        "backoff_rpe without top_rpe");
    bad("day,exercise,top_reps,top_rpe,backoff_drop,backoff_rpe\nA,B,5,8,10,7",
        "tpl.csv:2:6: column \"backoff_rpe\": given beside backoff_drop (expected one of them: "
        "backoff_drop takes a % off the top set, backoff_rpe loads back-offs for an RPE)",
        "backoff_rpe beside backoff_drop");
    bad("day,exercise,top_reps,top_rpe,backoff_pct,backoff_rpe\nA,B,5,8,80,7",
        "tpl.csv:2:6: column \"backoff_rpe\": given beside backoff_pct (expected one of them: "
        "backoff_pct loads back-offs from the 1RM, backoff_rpe from the top set's e1RM)",
        "backoff_rpe beside backoff_pct");
    bad("day,exercise,top_reps,top_rpe,backoff_sets,backoff_rpe\nA,B,5,8,0,7",
        "tpl.csv:2:6: column \"backoff_rpe\": needs back-off sets (expected backoff_sets above 0, "
        "with backoff_reps)",
        "backoff_rpe without back-offs");
    bad("day,exercise,top_reps,top_rpe,backoff_reps,backoff_rpe\nA,B,5,8,15,7",
        "tpl.csv:2:6: column \"backoff_rpe\": needs top_reps and backoff_reps on the RPE chart "
        "(expected 1 to 12 reps each)",
        "backoff_rpe off the chart");
    bad("day,exercise,top_reps,backoff_cap\nA,B,5,7.3",
        "tpl.csv:2:4: column \"backoff_cap\": expected an RPE from 6 to 10 in steps of 0.5, got "
        "\"7.3\"",
        "backoff_cap off the half steps");
    bad("day,exercise,top_reps,backoff_sets,backoff_cap\nA,B,5,0,8",
        "tpl.csv:2:5: column \"backoff_cap\": needs back-off sets (expected backoff_sets above 0 "
        "or a backoff_list, whose sets stop at that RPE)",
        "backoff_cap without back-offs");
    /* --- 5/3/1's TM reset and GZCLP's stages (issue 14) ------------------ */
    bad("day,exercise,top_reps,amrap_reset\nA,B,5,10",
        "tpl.csv:2:4: column \"amrap_reset\": needs an AMRAP top set (expected top_reps like 5+, "
        "whose minimum it checks)",
        "amrap_reset without an AMRAP top set");
    bad("day,exercise,top_reps,amrap_reset\nA,B,5+,60",
        "tpl.csv:2:4: column \"amrap_reset\": expected a % cut of the training max above 0 and "
        "up to 50, got \"60\"",
        "amrap_reset above 50");
    /* amrap_table: a training max's (percent) or a linear row's load (GZCLP T3). */
    struct template gz;
    char *gz_errors;
    if (test_read_text(read_template, "tpl.csv",
                       "day,exercise,rule,top_reps,top_sets,start_weight,amrap_table\n"
                       "A1,Lat Pulldown,linear,15+,3,60,25+:5\n",
                       &gz, &gz_errors)
        == 0) {
        ok(gz.slots[0].amrap_n == 1 && gz.slots[0].amrap_reps[0] == 25
               && gz.slots[0].amrap_gain[0] == 5,
           "amrap_table 25+:5 on a linear row: one line, 25 reps gain 5");
        is_double(0, slot_amrap_gain(&gz.slots[0], 24), 1e-9, "24 reps on the AMRAP set gain 0");
        is_double(5, slot_amrap_gain(&gz.slots[0], 25), 1e-9, "25 reps gain 5");
        template_free(&gz);
    } else
        ok(false, "amrap_table on a linear row: %s", gz_errors ? gz_errors : "");
    free(gz_errors);
    bad("day,exercise,rule,top_reps,amrap_table\nA,B,double,12+,25+:5",
        "tpl.csv:2:5: column \"amrap_table\": moves the training max of a percent row or the load "
        "of a linear row, not a double row (expected rule percent or linear, or an empty "
        "amrap_table)",
        "amrap_table on a double row");
    bad("day,exercise,rule,top_reps,top_pct,amrap_table\nA,B,percent,1+,95,2:5; 4:10; 4:15",
        "tpl.csv:2:6: column \"amrap_table\": \"4:15\" does not rise after \"4:10\" (expected an "
        "AMRAP table like 2:5; 4:10; 6:15 (reps reached on the AMRAP set: what the training max, "
        "or a linear row's load, gains; both rising; fewer reps than the first line gain 0))",
        "amrap_table: reps that do not rise");
    if (good_row("rule,stages,stage_reset", "linear,3x5; 6 X 2+ ;10×1+,85%", &s, "stages")) {
        ok(s.nstages == 3 && s.stages[0].sets == 3 && s.stages[0].reps.lo == 5
               && !s.stages[0].reps.amrap && s.stages[1].sets == 6 && s.stages[1].reps.lo == 2
               && s.stages[1].reps.amrap && s.stages[2].sets == 10 && s.stages[2].reps.lo == 1,
           "stages: 3x5, 6x2+, 10x1+ (spaces, case and x ignored)");
        is_int(3, s.top_sets, "the first stage's sets are the top sets");
        is_double(85, s.stage_reset_pct, 1e-9, "stage_reset 85%%");
        is_int(10, slot_max_top_sets(&s), "at most 10 top sets");
    }
    if (good_row("rule,stages,stage_reset", "linear,3x5; 3x3,+15lb", &s, "stage_reset +15lb")) {
        ok(s.stage_reset_add == 15 && s.stage_reset_unit == UNIT_LB && s.stage_reset_pct == 0,
           "stage_reset +15lb: a load to add, with its unit");
    }
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3,linear,;,85%",
        "tpl.csv:2:5: column \"stages\": no stages in \";\" (expected a stage list like 5x3+; "
        "6x2+; 10x1+ (SETSxREPS, tried in turn at one load when a session falls short), or an "
        "empty cell)",
        "stages: an empty stage list");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,10,linear,3x10; 3x10,85%",
        "tpl.csv:2:5: column \"stages\": \"3x10\" has no fewer reps than the stage before it "
        "(expected a stage list like 5x3+; 6x2+; 10x1+ (SETSxREPS, tried in turn at one load when "
        "a session falls short))",
        "stages: reps that do not fall");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3,linear,5x,85%",
        "tpl.csv:2:5: column \"stages\": \"5x\": expected reps from 1 to 100 (or an AMRAP like "
        "3+) after the x",
        "stages: no reps");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3,linear,0x3,85%",
        "tpl.csv:2:5: column \"stages\": \"0x3\": expected a number of sets from 1 to 20 "
        "before the x",
        "stages: 0 sets");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3+,linear,5x3+; 6x2+,40%",
        "tpl.csv:2:6: column \"stage_reset\": expected a % of the failed load from 50% to 100% "
        "(e.g. 85%) or a load to add to the last load at stage 1 (e.g. +15), got \"40%\"",
        "stage_reset: 40%");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3+,linear,5x3+; 6x2+,",
        "tpl.csv:2:6: column \"stage_reset\": required with stages (expected how to start again "
        "after the last stage fails: a % of the failed load like 85%, or a load to add like +15)",
        "stages without stage_reset");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,5,linear,5x3+; 6x2+,85%",
        "tpl.csv:2:3: column \"top_reps\": does not match the first stage (expected top_reps 3+)",
        "top_reps unlike the first stage");
    bad("day,exercise,top_reps,rule,stages,stage_reset\nA,B,3+,double,5x3+; 6x2+,85%",
        "tpl.csv:2:4: column \"rule\": rule \"double\" with stages (expected rule linear: a "
        "stage adds the increment after each session it completes)",
        "stages under rule double");
    bad("day,exercise,top_reps,stage_reset\nA,B,3+,85%",
        "tpl.csv:2:4: column \"stage_reset\": given without stages (expected a stage list in "
        "stages, e.g. 5x3+; 6x2+; 10x1+, or an empty stage_reset)",
        "stage_reset without stages");
    {
        struct template t2;
        char *errors;
        is_int(0,
               test_read_text(read_template, "tpl.csv",
                              "day,exercise,top_reps\n\nUpper A,Bench Press, 5 - 6 \n,,\n", &t2,
                              &errors),
               "blank rows skipped, spaced range read");
        ok(t2.n == 1 && t2.slots[0].top_reps.lo == 5 && t2.slots[0].top_reps.hi == 6,
           "spaced range 5 - 6");
        template_free(&t2);
        free(errors);
        is_int(0,
               test_read_text(read_template, "tpl.csv",
                              "day,exercise,top_reps,week\nA,Squat,5,1-3\nA,Squat,3,4\nB,Squat,5,\n"
                              "A,Bench Press,5,\n",
                              &t2, &errors),
               "a wave over weeks, and the same lift on another day");
        template_free(&t2);
        free(errors);
        is_int(0,
               test_read_text(read_template, "tpl.csv",
                              "day,exercise,top_reps,aliases\n"
                              "A,Squat,5,\" ;Squat (Barbell);; --- ;Back Squat\"\n",
                              &t2, &errors),
               "aliases read");
        if (t2.n == 1) {
            is_int(2, (long) t2.slots[0].naliases, "empty and unmatchable aliases dropped");
            is_string("back squat", t2.slots[0].alias_keys[1], "second alias key");
        }
        template_free(&t2);
        free(errors);
    }

    /* --- rules table ---------------------------------------------------- */
    char *rule_list = rule_names_list();
    is_string("double, linear, percent, rpe", rule_list, "rule names list");
    free(rule_list);
    ok(rule_find("RPE") != NULL && strcmp(rule_find("RPE")->name, "rpe") == 0,
       "rule_find ignores case");
    ok(rule_find("lineer") == NULL, "rule_find rejects unknown");
    is_string("percent", rule_find("percent")->name, "a rule's name");

    /* --- every message ---------------------------------------------------- */
    char *want = xasprintf(
        "tpl.csv:1:4: unknown column \"rep\" (expected %s)\ntpl.csv:1: missing column \"top_reps\"",
        all_columns);
    bad("day,exercise,top_sets,rep\nA,B,1,5\n", want, "unknown column and missing column");
    free(want);
    want = xasprintf("tpl.csv:1:2: column 2 has no name (expected %s)", all_columns);
    bad("day,,exercise,top_reps\nA,,B,5\n", want, "a column without a name");
    free(want);
    bad("Day,Exercise,TOP_REPS, day \nA,B,5,C\n",
        "tpl.csv:1:4: repeated column \"day\" (also column 1)",
        "repeated column, any case and spacing");
    bad("day,exercise,top_reps\n,Bench Press,5\n",
        "tpl.csv:2:1: column \"day\": empty (expected a day name like Upper A)", "empty day");
    bad("day,exercise,top_reps\nA,---,5\n",
        "tpl.csv:2:2: column \"exercise\": expected an exercise name with letters or digits like "
        "Bench Press, got \"---\"",
        "exercise without letters");
    bad("day,exercise,notes,top_reps\nA,Bench Press,,5-6\nA,Squat,,five\n",
        "tpl.csv:3:4: column \"top_reps\": expected a number, a range like 5-6 or an AMRAP like 5+, got \"five\"",
        "top_reps: a word (the brief's example)");
    bad("day,exercise,top_reps\nA,B,6-5\n",
        "tpl.csv:2:3: column \"top_reps\": reversed range \"6-5\" (expected low-high, e.g. 5-6)",
        "top_reps reversed");
    bad("day,exercise,top_reps\nA,B,101\n",
        "tpl.csv:2:3: column \"top_reps\": expected reps from 1 to 100, got \"101\"",
        "top_reps 101");
    bad("day,exercise,top_reps\nA,B,-5\n",
        "tpl.csv:2:3: column \"top_reps\": expected reps from 1 to 100, got \"-5\"", "top_reps -5");
    bad("day,exercise,top_reps\nA,B,5-\n",
        "tpl.csv:2:3: column \"top_reps\": expected a number, a range like 5-6 or an AMRAP like 5+, got \"5-\"",
        "top_reps 5-");
    bad("day,exercise,top_reps\nA,B,\n",
        "tpl.csv:2:3: column \"top_reps\": empty (expected a number, a range like 5-6 or an AMRAP like 5+)",
        "top_reps empty");
    bad("day,exercise,top_reps,top_sets\nA,B,5,0\n",
        "tpl.csv:2:4: column \"top_sets\": expected a whole number from 1 to 20, got \"0\"",
        "top_sets 0");
    bad("day,exercise,top_reps,top_sets\nA,B,5,2.5\n",
        "tpl.csv:2:4: column \"top_sets\": expected a whole number from 1 to 20, got \"2.5\"",
        "top_sets 2.5");
    bad("day,exercise,top_reps,top_rpe\nA,B,5,5.5\n",
        "tpl.csv:2:4: column \"top_rpe\": expected an RPE from 6 to 10 in steps of 0.5, got \"5.5\"",
        "top_rpe 5.5");
    bad("day,exercise,top_reps,top_rpe\nA,B,5,8.25\n",
        "tpl.csv:2:4: column \"top_rpe\": expected an RPE from 6 to 10 in steps of 0.5, got \"8.25\"",
        "top_rpe 8.25");
    bad("day,exercise,top_reps,top_pct\nA,B,5,0\n",
        "tpl.csv:2:4: column \"top_pct\": expected a % of 1RM above 0 and up to 110, got \"0\"",
        "top_pct 0");
    bad("day,exercise,top_reps,top_pct\nA,B,5,110.5\n",
        "tpl.csv:2:4: column \"top_pct\": expected a % of 1RM above 0 and up to 110, got \"110.5\"",
        "top_pct 110.5");
    bad("day,exercise,top_reps,start_weight\nA,B,5,BW-5\n",
        "tpl.csv:2:4: column \"start_weight\": expected BW, BW and a load added (BW+5) or a load "
        "like 62.5, got \"BW-5\"",
        "start_weight BW-5");
    bad("day,exercise,top_reps,start_weight\nA,B,5,heavy\n",
        "tpl.csv:2:4: column \"start_weight\": expected a load above 0 and up to 10000 like 62.5, got \"heavy\"",
        "start_weight a word");
    bad("day,exercise,top_reps,backoff_sets\nA,B,5,21\n",
        "tpl.csv:2:4: column \"backoff_sets\": expected a whole number from 0 to 20, got \"21\"",
        "backoff_sets 21");
    bad("day,exercise,top_reps,backoff_reps\nA,B,5,8-x\n",
        "tpl.csv:2:4: column \"backoff_reps\": expected a number, a range like 5-6 or an AMRAP like 5+, got \"8-x\"",
        "backoff_reps 8-x");
    bad("day,exercise,top_reps,backoff_drop\nA,B,5,50.5\n",
        "tpl.csv:2:4: column \"backoff_drop\": expected a % drop from 0 to 50, got \"50.5\"",
        "backoff_drop 50.5");
    bad("day,exercise,top_reps,backoff_drop\nA,B,5,-1\n",
        "tpl.csv:2:4: column \"backoff_drop\": expected a % drop from 0 to 50, got \"-1\"",
        "backoff_drop -1");
    bad("day,exercise,top_reps,backoff_pct\nA,B,5,101\n",
        "tpl.csv:2:4: column \"backoff_pct\": expected a % of 1RM above 0 and up to 100, got \"101\"",
        "backoff_pct 101");
    bad("day,exercise,top_reps,drop_sets\nA,B,5,21\n",
        "tpl.csv:2:4: column \"drop_sets\": expected a whole number from 0 to 20, got \"21\"",
        "drop_sets 21");
    bad("day,exercise,top_reps,drop_sets,drop_pct\nA,B,5,2,\n",
        "tpl.csv:2:5: column \"drop_pct\": required when drop_sets is above 0 (expected a % of "
        "the top-set load above 0 and up to 100, e.g. 60)",
        "drop_pct missing, column present");
    bad("day,exercise,top_reps,drop_sets\nA,B,5,1\n",
        "tpl.csv:2: column \"drop_pct\": required when drop_sets is above 0 (expected a % of the "
        "top-set load above 0 and up to 100, e.g. 60)",
        "drop_pct missing, no column");
    bad("day,exercise,top_reps,drop_sets,drop_pct\nA,B,5,1,101\n",
        "tpl.csv:2:5: column \"drop_pct\": expected a % of the top-set load above 0 and up to 100, "
        "got \"101\"",
        "drop_pct 101");
    bad("day,exercise,top_reps,increment\nA,B,5,0\n",
        "tpl.csv:2:4: column \"increment\": expected a load above 0 and up to 10000 like 62.5, got \"0\"",
        "increment 0");
    bad("day,exercise,top_reps,step\nA,B,5,-2.5\n",
        "tpl.csv:2:4: column \"step\": expected a load above 0 and up to 10000 like 62.5, got \"-2.5\"",
        "step -2.5");
    bad("day,exercise,top_reps,rule\nA,B,5,lineer\n",
        "tpl.csv:2:4: column \"rule\": unknown rule \"lineer\" (expected double, linear, percent, "
        "rpe)",
        "unknown rule");
    bad("day,exercise,top_reps,top_pct,rule\nA,B,5,,percent\n",
        "tpl.csv:2:4: column \"top_pct\": required by rule \"percent\" (expected a % of 1RM above "
        "0 and up to 110, e.g. 85)",
        "rule percent without top_pct");
    bad("day,exercise,top_reps,rule\nA,B,5,rpe\n",
        "tpl.csv:2: column \"top_rpe\": required by rule \"rpe\" (expected an RPE from 6 to 10 in "
        "steps of 0.5, e.g. 8)",
        "rule rpe without top_rpe");
    bad("day,exercise,top_reps,week\nA,B,5,0\n",
        "tpl.csv:2:4: column \"week\": expected a week from 1 to 52 or a range like 1-3, got \"0\"",
        "week 0");
    bad("day,exercise,top_reps,week\nA,B,5,1-53\n",
        "tpl.csv:2:4: column \"week\": expected a week from 1 to 52 or a range like 1-3, got "
        "\"1-53\"",
        "week 1-53");
    bad("day,exercise,top_reps,week\nA,B,5,4-2\n",
        "tpl.csv:2:4: column \"week\": reversed range \"4-2\" (expected low-high, e.g. 1-3)",
        "week reversed");
    bad("day,exercise,top_reps,warmup\nA,B,5,0;50\n",
        "tpl.csv:2:4: column \"warmup\": warm-up step \"0\" is not above 0 and below 100 (expected "
        "auto, none, percentages like 40;60;80 or steps like 40%x5; 60%x3; 80%x1)",
        "warm-up step 0");
    bad("day,exercise,top_reps,warmup\nA,B,5,40;40\n",
        "tpl.csv:2:4: column \"warmup\": warm-up steps \"40;40\" do not increase (expected auto, none, percentages like 40;60;80 or steps like 40%x5; 60%x3; 80%x1)",
        "warm-up steps repeat");
    bad("day,exercise,top_reps,warmup\nA,B,5,10;20;30;40;50;60;70;80;90\n",
        "tpl.csv:2:4: column \"warmup\": more than 8 warm-up steps in \"10;20;30;40;50;60;70;80;90\" "
        "(expected at most 8)",
        "nine warm-up steps");
    bad("day,exercise,top_reps,warmup\nA,B,5,;;\n",
        "tpl.csv:2:4: column \"warmup\": expected auto, none, percentages like 40;60;80 or steps like 40%x5; 60%x3; 80%x1, got \";;\"",
        "warm-up of separators only");
    bad("day,exercise,top_reps,warmup\nA,B,5,40%x0\n",
        "tpl.csv:2:4: column \"warmup\": expected auto, none, percentages like 40;60;80 or steps like 40%x5; 60%x3; 80%x1, got \"40%x0\"",
        "warm-up step of 0 reps");
    if (good_row("warmup", "40%x5; 60 % × 3;80%X1; 90", &s, "warm-up steps with reps")) {
        ok(s.warmup == WARMUP_LIST && s.warmup_n == 4 && s.warmup_pct[0] == 40
               && s.warmup_reps[0] == 5 && s.warmup_pct[1] == 60 && s.warmup_reps[1] == 3
               && s.warmup_pct[2] == 80 && s.warmup_reps[2] == 1 && s.warmup_pct[3] == 90
               && s.warmup_reps[3] == 0,
           "warm-up steps 40 x5, 60 x3, 80 x1 and 90 (its reps by the percentage)");
    }
    bad("day,exercise,top_reps,week\nA,Squat,5,1-3\nA,Bench Press,5,\na, squat ,3,3-4\n",
        "tpl.csv:4: day \"a\" has \"squat\" twice for week 3 (also line 2; expected rows of one day "
        "and exercise to cover different weeks, e.g. week 1-3 and 4)",
        "overlapping weeks");
    bad("day,exercise,top_reps,week\nA,Squat,5,\nA,Squat,3,4\n",
        "tpl.csv:3: day \"A\" has \"Squat\" twice for week 4 (also line 2; expected rows of one day "
        "and exercise to cover different weeks, e.g. week 1-3 and 4)",
        "a row for every week overlaps a row for week 4");
    bad("day,exercise,top_reps\nUpper A,Bench Press,5\nupper a,Press (Bench),8\n",
        "tpl.csv:3: day \"upper a\" has \"Press (Bench)\" twice for every week (also line 2; "
        "expected rows of one day and exercise to cover different weeks, e.g. week 1-3 and 4)",
        "same lift twice on a day, names folded");
    bad("day,exercise,top_reps\n",
        "tpl.csv:1: no exercises (expected a row per exercise slot after the header)",
        "header only");
    bad("\n\nday,exercise,top_reps\n,,\n",
        "tpl.csv:3: no exercises (expected a row per exercise slot after the header)",
        "blank rows only, header on line 3");
    bad("day,exercise,top_reps\nA,B,5,6\n",
        "tpl.csv:2:4: field 4 has no column: the header has 3 (expected at most 3 fields; quote a "
        "field that holds the delimiter)",
        "a row longer than the header");
    bad("day,exercise,top_reps,top_sets\nA,B,five,0\nA,,5\nA,C,5,x\n",
        "tpl.csv:2:3: column \"top_reps\": expected a number, a range like 5-6 or an AMRAP like 5+, got \"five\"\n"
        "tpl.csv:2:4: column \"top_sets\": expected a whole number from 1 to 20, got \"0\"\n"
        "tpl.csv:3:2: column \"exercise\": empty (expected an exercise name like Bench Press)\n"
        "tpl.csv:4:4: column \"top_sets\": expected a whole number from 1 to 20, got \"x\"",
        "every problem of a file, in order");
    bad("day,exercise,top_reps\nA,\"B\n",
        "tpl.csv:2: unterminated quoted field (expected a closing '\"' before the end of the file)",
        "a CSV syntax problem");

    bad("day,exercise,rule,top_reps\nA,B,lineer,five\n",
        "tpl.csv:2:3: column \"rule\": unknown rule \"lineer\" (expected double, linear, percent, "
        "rpe)\n"
        "tpl.csv:2:4: column \"top_reps\": expected a number, a range like 5-6 or an AMRAP like 5+, got \"five\"",
        "a row's problems in column order");

    /* --- bar: blank (by name), none or 0, or a weight ------------------ */
    if (good_row("bar", "15", &s, "bar 15"))
        ok(s.bar_kind == BAR_SET && s.bar == 15, "bar 15: a 15 kg bar");
    if (good_row("bar", "none", &s, "bar none"))
        is_int(BAR_NONE, s.bar_kind, "bar none: no plates");
    if (good_row("bar", "0", &s, "bar 0"))
        is_int(BAR_NONE, s.bar_kind, "bar 0: no plates either");
    if (good_row("bar", "", &s, "bar blank"))
        is_int(BAR_AUTO, s.bar_kind, "bar blank: decided by the name");
    bad("day,exercise,top_reps,bar\nA,B,5,-5\n",
        "tpl.csv:2:4: column \"bar\": expected a bar weight above 0 and at most 10000, or none, "
        "got \"-5\"",
        "bar -5");
    bad("day,exercise,top_reps,bar\nA,B,5,heavy\n",
        "tpl.csv:2:4: column \"bar\": expected a bar weight above 0 and at most 10000, or none, "
        "got \"heavy\"",
        "bar heavy");
    {
        /* Arrays, not pointers to literals: a slot holds non-const names. */
        struct {
            char name[32], alias[48];
            bool barbell;
        } names[] = {
            {"Bench Press", "", true},
            {"Back Squat", "", true},
            {"Romanian Deadlift", "", true},
            {"Stiff-Leg Deadlift", "", true},
            {"Barbell Row", "", true},
            {"Overhead Press", "", true},
            {"Pendlay Row", "Bent Over Row (Barbell)", true},
            {"Incline Dumbbell Bench Press", "", false},
            {"DB Bench Press", "", false},
            {"Leg Press", "", false},
            {"Hack Squat", "", false},
            {"Seated Cable Row", "", false},
            {"Chest-Supported Row", "Chest Supported Incline Row (Dumbbell)", false},
            {"Lat Pulldown", "", false},
            {"Smith Machine Squat", "", false},
            {"Shoulder Press", "", false},
        };
        for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
            char *alias = names[i].alias[0] != '\0' ? names[i].alias : NULL;
            struct slot sl = {.exercise = names[i].name};
            if (alias != NULL) {
                sl.aliases = &alias;
                sl.naliases = 1;
            }
            ok(template_is_barbell(&sl) == names[i].barbell, "%s%s%s: %s", names[i].name,
               alias ? " / " : "", alias ? alias : "",
               names[i].barbell ? "a barbell lift" : "no bar");
        }
    }
    {
        struct template t4;
        char *errors;
        is_int(0,
               test_read_text(read_template, "tpl.csv",
                              "day,exercise,top_reps,bar\nA,Bench Press,5,\nA,Squat,5,none\n"
                              "A,Curl,5,10\nA,Lat Pulldown,10,\n",
                              &t4, &errors),
               "a template with bars reads");
        free(errors);
        template_resolve(&t4, UNIT_LB);
        if (t4.n == 4)
            ok(t4.slots[0].bar == 45 && t4.slots[1].bar == 0 && t4.slots[2].bar == 10
                   && t4.slots[3].bar == 0,
               "resolved in lb: bench 45 (by name), squat none, curl 10 (given), pulldown none");
        else
            ok(false, "resolved in lb: four slots");
        template_resolve(&t4, UNIT_KG);
        ok(t4.n == 4 && t4.slots[0].bar == 20 && t4.slots[2].bar == 10, "and in kg: bench 20");
        template_free(&t4);
    }

    /* At most TEMPLATE_MAX_ROWS rows. */
    {
        size_t cap = 64 * (TEMPLATE_MAX_ROWS + 2);
        char *big = xmalloc(cap);
        size_t n = (size_t) snprintf(big, cap, "day,exercise,top_reps\n");
        for (int i = 0; i <= TEMPLATE_MAX_ROWS; i++)
            n += (size_t) snprintf(big + n, cap - n, "A,Lift %d,5\n", i);
        bad(big, "tpl.csv:2002: more than 2000 exercise rows (expected at most 2000)", "2001 rows");
        big[n - 1] = '\0';
        strrchr(big, '\n')[1] = '\0'; /* drop the last row */
        struct template t3;
        char *errors;
        is_int(0, test_read_text(read_template, "tpl.csv", big, &t3, &errors),
               "2000 rows are fine");
        is_int(TEMPLATE_MAX_ROWS, (long) t3.n, "all 2000 kept");
        template_free(&t3);
        free(errors);
        free(big);
    }

    errlist_init(&e);
    is_int(-1, template_read("nope.csv", &t, &e), "missing template: -1");
    is_string("nope.csv: No such file or directory", e.n ? e.msgs[0] : NULL,
              "missing template: message");
    errlist_free(&e);
    free(full);
    free(full_excel);
    /* --- what a coach's spreadsheet writes (issue 18) ------------------ */
    struct slot w;
    if (good_row("backoff_reps,week",
                 "8 to 10,1\xE2\x80\x93"
                 "3",
                 &w, "\" to \" and an en dash"))
        ok(w.backoff_reps.lo == 8 && w.backoff_reps.hi == 10 && w.week_lo == 1 && w.week_hi == 3,
           "backoff_reps 8-10, week 1-3");
    if (good_row("Top RPE,Backoff-Drop,top_pct,rule", "@8.5,12%,85 %,percent", &w,
                 "@, % and loose header names"))
        ok(w.top_rpe == 8.5 && w.backoff_drop == 12 && w.top_pct == 85, "RPE 8.5, drop 12, 85%%");
    if (good_row("start_weight,increment,step", "60kg,5 lb,1.25", &w, "units after loads")) {
        ok(w.start_weight == 60 && w.start_weight_unit == UNIT_KG, "60 kg, as written");
        ok(w.increment == 5 && w.increment_unit == UNIT_LB, "5 lb, as written");
        ok(w.step_unit == UNIT_UNSPECIFIED, "the step: the plan's unit");
    }
    struct template tu;
    char *msgs = NULL;
    if (test_read_text(read_template, "tpl.csv",
                       "day,exercise,top_reps,start_weight,increment\nA,Squat,5,100kg,5 lb\n", &tu,
                       &msgs)
        == 0) {
        template_resolve(&tu, UNIT_LB);
        is_double(220.462262, tu.slots[0].start_weight, 1e-5, "100kg in a lb plan");
        is_double(5, tu.slots[0].increment, 1e-9, "5 lb stays 5");
        template_free(&tu);
    } else
        ok(false, "units: %s", msgs ? msgs : "");
    free(msgs);
    bad("day,exercise,top_reps,week\nA,B,5-Jun,Apr-3\n",
        "tpl.csv:2:3: column \"top_reps\": \"5-Jun\" looks like a date a spreadsheet made of "
        "\"5-6\": format the column as text, or write 5-6 as '5-6\n"
        "tpl.csv:2:4: column \"week\": \"Apr-3\" looks like a date a spreadsheet made of \"3-4\": "
        "format the column as text, or write 3-4 as '3-4",
        "ranges a spreadsheet made dates");
    bad("Day,Exercise,Top Rep\nA,B,5\n",
        "tpl.csv:1:3: unknown column \"Top Rep\": did you mean \"top_reps\"?",
        "a column near a known one, not reported missing too");
    test_links();
    return 0;
}
