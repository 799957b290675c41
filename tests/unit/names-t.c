/* names: folding case, punctuation and word order. */
#include <config.h>

#include <stdlib.h>

#include "names.h"
#include "tap/basic.h"

static void
fold_is(const char *want, const char *name)
{
    char *k = name_fold(name);
    is_string(want, k, "fold \"%s\"", name);
    free(k);
}

int
main(void)
{
    plan(20);
    fold_is("barbell squat", "Squat (Barbell)");
    fold_is("barbell squat", "barbell squat");
    fold_is("barbell squat", "  BARBELL---Squat ");
    fold_is("bench incline press", "Incline Bench Press");
    fold_is("", "");
    fold_is("", "()-");
    fold_is("développé militaire", "Développé Militaire");
    fold_is("a upper", "Upper A");
    ok(name_match("Squat (Barbell)", "barbell squat"), "match across word order");
    ok(!name_match("Front Squat", "Back Squat"), "different lifts differ");
    ok(name_match("Romanian Deadlift (RDL)", "rdl romanian deadlift"), "parenthesised words count");
    ok(!name_match("Bench Press", "Bench Press Close Grip"), "extra words differ");
    static const char *const kit[] = {"db", "leg press", NULL};
    ok(name_has_phrase("Incline DB Press", kit), "a phrase found as a whole word");
    ok(name_has_phrase("Leg-Press (45 deg)", kit), "two words in order, punctuation between");
    ok(!name_has_phrase("Press Leg", kit), "not in the other order");
    ok(!name_has_phrase("Dbl Kettlebell Swing", kit), "not inside a longer word");
    ok(name_is_blank(""), "an empty name is blank");
    ok(name_is_blank(" ()-/ "), "punctuation alone is blank");
    ok(!name_is_blank("-5-"), "a digit is not");
    ok(!name_is_blank("(é)"), "nor a UTF-8 letter");
    return 0;
}
