/* maxes: known 1RMs per exercise, units, and the messages. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "maxes.h"
#include "names.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* maxes_read, for test_read_text. */
static int
read_maxes(const char *path, void *m, struct errlist *errs)
{
    return maxes_read(path, m, errs);
}

static void
bad(const char *content, const char *want, const char *name)
{
    struct maxes m;
    char *errors;
    int rc = test_read_text(read_maxes, "maxes.csv", content, &m, &errors);
    is_string(want, errors, "%s", name);
    ok(rc == -1 && m.n == 0 && m.v == NULL && m.path == NULL, "%s: -1, nothing kept", name);
    free(errors);
}

int
main(void)
{
    plan_lazy();
    if (chdir(test_tmpdir()) != 0)
        bail("cannot enter the temporary folder");

    struct maxes m;
    char *errors;
    is_int(0,
           test_read_text(read_maxes, "maxes.csv",
                          "Exercise,ONE_RM,unit\nSquat (Barbell),180,kg\n\nBench Press,225,lbs\n"
                          "\"Deadlift\",200.5,\n",
                          &m, &errors),
           "maxes read");
    is_string(NULL, errors, "no messages");
    is_int(3, (long) m.n, "three maxes");
    is_string("maxes.csv", m.path, "path kept");
    if (m.n == 3) {
        ok(m.v[0].one_rm == 180 && m.v[0].unit == UNIT_KG && m.v[0].line == 2,
           "squat 180 kg, line 2");
        ok(m.v[1].one_rm == 225 && m.v[1].unit == UNIT_LB && m.v[1].line == 4,
           "bench 225 lb, line 4");
        ok(m.v[2].one_rm == 200.5 && m.v[2].unit == -1, "deadlift 200.5, unit of the plan");
        is_string("Squat (Barbell)", m.v[0].exercise, "name as written");
    }
    char *k = name_fold("barbell squat");
    const struct max_entry *x = maxes_find(&m, k);
    free(k);
    ok(x != NULL && x->one_rm == 180, "found by folded name");
    ok(maxes_find(&m, "front squat") == NULL, "an unknown lift is not found");
    maxes_free(&m);
    free(errors);

    is_int(0,
           test_read_text(read_maxes, "maxes.csv",
                          "exercise,one_rm,training_max,unit\nBench Press,,225,lb\n"
                          "Squat,300,270,\n",
                          &m, &errors),
           "training maxes beside or instead of 1RMs");
    ok(m.n == 2 && m.v[0].one_rm == 0 && m.v[0].training_max == 225 && m.v[0].unit == UNIT_LB
           && m.v[1].one_rm == 300 && m.v[1].training_max == 270,
       "a training max alone, and one beside a 1RM");
    maxes_free(&m);
    free(errors);
    is_int(
        0,
        test_read_text(read_maxes, "maxes.csv", "exercise,training_max\nSquat,300\n", &m, &errors),
        "a file of training maxes needs no one_rm column");
    maxes_free(&m);
    free(errors);

    is_int(0, test_read_text(read_maxes, "maxes.csv", "exercise,one_rm\n", &m, &errors),
           "a header alone is no maxes, not an error");
    is_int(0, (long) m.n, "no maxes");
    maxes_free(&m);
    free(errors);

    bad("exercise,one_rm\nSquat,180\nBench Press,120\nsquat,185\n",
        "maxes.csv:4:1: column \"exercise\": \"squat\" is already on line 2 (expected one row per "
        "exercise)",
        "duplicate exercise (folded)");
    bad("exercise,one_rm\nSquat (Barbell),180\nBarbell Squat,185\n",
        "maxes.csv:3:1: column \"exercise\": \"Barbell Squat\" is already on line 2 (expected one "
        "row per exercise)",
        "duplicate exercise (word order)");
    bad("exercise,one_rm\nSquat,0\n",
        "maxes.csv:2:2: column \"one_rm\": expected a load above 0 and up to 10000 like 62.5, got \"0\"",
        "one_rm 0");
    bad("exercise,one_rm\nSquat,-5\n",
        "maxes.csv:2:2: column \"one_rm\": expected a load above 0 and up to 10000 like 62.5, got \"-5\"",
        "one_rm -5");
    bad("exercise,one_rm\nSquat,\n",
        "maxes.csv:2:2: column \"one_rm\": empty (expected the 1RM in one_rm, the training max in "
        "training_max, or both)",
        "one_rm empty");
    bad("exercise,one_rm,training_max\nSquat,,\n",
        "maxes.csv:2:2: column \"one_rm\": empty (expected the 1RM in one_rm, the training max in "
        "training_max, or both)",
        "one_rm and training_max empty");
    bad("exercise,training_max\nSquat,0\n",
        "maxes.csv:2:2: column \"training_max\": expected a load above 0 and up to 10000 like 62.5, "
        "got \"0\"",
        "training_max 0");
    bad("exercise,one_rm\n,100\n",
        "maxes.csv:2:1: column \"exercise\": empty (expected an exercise name like Bench Press)",
        "exercise empty");
    bad("exercise,one_rm,unit\nSquat,180,stone\n",
        "maxes.csv:2:3: column \"unit\": expected kg or lb, got \"stone\"", "unknown unit");
    bad("exercise,max\nSquat,180\n",
        "maxes.csv:1:2: unknown column \"max\" (expected exercise, one_rm, training_max, unit)\n"
        "maxes.csv:1: no one_rm or training_max column (expected "
        "exercise,one_rm,training_max,unit with one of the two maxes or both)",
        "unknown and missing column");
    bad("exercise,one_rm\nSquat,x\nBench,0\n",
        "maxes.csv:2:2: column \"one_rm\": expected a load above 0 and up to 10000 like 62.5, got \"x\"\n"
        "maxes.csv:3:2: column \"one_rm\": expected a load above 0 and up to 10000 like 62.5, got \"0\"",
        "every problem reported");
    return 0;
}
