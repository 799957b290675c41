/*
 * names: matching exercise and day names the way people write them, and
 * the near name a mistyped column, option or exercise most likely meant.
 * Two names match when their folded keys are equal: case, punctuation and
 * word order folded ("Squat (Barbell)" = "barbell squat").
 */
#ifndef TOPSET_NAMES_H
#define TOPSET_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Return the folded key of name, newly allocated (caller frees): ASCII
 * letters lowered, every run of non-alphanumeric ASCII a word break, words
 * sorted and joined by single spaces. Bytes >= 0x80 (UTF-8) are kept as
 * they are, so "Développé" stays one word.
 */
char *name_fold(const char *name);

bool name_match(const char *a, const char *b);

/* Whether name_fold(name) is "": name has no letter, digit or byte >= 0x80.
 * Without building the key. */
bool name_is_blank(const char *name);

/*
 * Whether name holds one of phrases (NULL-terminated; lower case, words
 * separated by single spaces, such as "leg press") as whole words in that
 * order, words split and lowered as name_fold does.
 */
bool name_has_phrase(const char *name, const char *const *phrases);

/* The longest name the two below compare (bytes, once squashed); longer
 * ones are equal only byte for byte and never near. */
#define NAME_NEAR_MAX 64

/*
 * Whether a and b are the same column or option name as people type it:
 * ASCII case, spaces, tabs, '_' and '-' ignored ("Top Reps" = "top_reps").
 */
bool name_same_word(const char *a, const char *b);

/*
 * The name of known (n of them) that word most likely meant, compared as
 * name_same_word does: the one fewest edits away (an insertion, deletion,
 * replacement or swap of neighbours each), if at most a third of the
 * longer name (at least one) differs; the first of equals. NULL when none
 * is that close. For "did you mean" in messages: columns, options,
 * exercise names. Returns one of known's pointers.
 */
const char *closest_name(const char *word, const char *const *known, size_t n);

#endif
