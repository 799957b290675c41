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
    plan(33);
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

    static const char *const cols[] = {"day", "exercise", "top_reps", "rule", "reps", "step"};
    size_t ncols = sizeof cols / sizeof cols[0];
    ok(name_same_word("Top Reps", "top_reps"), "case and a space for '_'");
    ok(name_same_word(" TOP-REPS", "top_reps"), "a dash for '_'");
    ok(!name_same_word("top_rep", "top_reps"), "a missing letter is another name");
    is_string("day", closest_name("dya", cols, ncols), "two letters swapped");
    is_string("exercise", closest_name("excercise", cols, ncols), "a letter too many");
    is_string("top_reps", closest_name("Top Rep", cols, ncols), "case, space, a letter short");
    is_string("reps", closest_name("rep", cols, ncols), "the nearest of two");
    ok(closest_name("weight", cols, ncols) == NULL, "nothing near");
    ok(closest_name("", cols, ncols) == NULL, "nothing for an empty word");
    ok(closest_name("da", cols, 0) == NULL, "nothing from an empty list");
    static const char *const opts[] = {"template", "log", "maxes", "out"};
    is_string("template", closest_name("tempalte", opts, 4), "an option");
    is_string("out", closest_name("uot", opts, 4), "a short option, one swap");
    ok(closest_name("xyz", opts, 4) == NULL, "three letters, none in common");
    return 0;
}
