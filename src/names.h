/*
 * names: matching exercise and day names the way people write them.
 * Two names match when their folded keys are equal: case, punctuation and
 * word order folded ("Squat (Barbell)" = "barbell squat").
 */
#ifndef TOPSET_NAMES_H
#define TOPSET_NAMES_H

#include <stdbool.h>

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

#endif
