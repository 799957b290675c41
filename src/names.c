/*
 * names: the folded key that makes "Squat (Barbell)" and "barbell squat"
 * the same exercise.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "util.h"

static int
is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int
cmp_words(const void *a, const void *b)
{
    return strcmp(*(char *const *) a, *(char *const *) b);
}

char *
name_fold(const char *name)
{
    size_t len = strlen(name);
    char *copy = xmalloc(len + 1);
    char **words = xmalloc((len / 2 + 1) * sizeof *words);
    size_t nwords = 0;
    size_t j = 0;
    for (size_t i = 0; i < len;) {
        while (i < len && !is_word_byte((unsigned char) name[i]))
            i++;
        if (i >= len)
            break;
        words[nwords++] = copy + j;
        while (i < len && is_word_byte((unsigned char) name[i])) {
            unsigned char c = (unsigned char) name[i++];
            copy[j++] = (char) ((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        }
        copy[j++] = '\0';
    }
    qsort(words, nwords, sizeof *words, cmp_words);
    char *key = xmalloc(len + 1);
    size_t k = 0;
    for (size_t w = 0; w < nwords; w++) {
        size_t wl = strlen(words[w]);
        if (w > 0)
            key[k++] = ' ';
        memcpy(key + k, words[w], wl);
        k += wl;
    }
    key[k] = '\0';
    free(words);
    free(copy);
    return key;
}

bool
name_is_blank(const char *name)
{
    for (; *name != '\0'; name++)
        if (is_word_byte((unsigned char) *name))
            return false;
    return true;
}

bool
name_match(const char *a, const char *b)
{
    char *ka = name_fold(a), *kb = name_fold(b);
    bool same = strcmp(ka, kb) == 0;
    free(ka);
    free(kb);
    return same;
}

bool
name_has_phrase(const char *name, const char *const *phrases)
{
    /* name's words in order, lowered, each with a space either side. */
    size_t len = strlen(name);
    char *words = xmalloc(len + 3), *o = words;
    *o++ = ' ';
    for (const char *p = name; *p != '\0'; p++) {
        unsigned char c = (unsigned char) *p;
        if (is_word_byte(c))
            *o++ = (char) ((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
        else if (o[-1] != ' ')
            *o++ = ' ';
    }
    if (o[-1] != ' ')
        *o++ = ' ';
    *o = '\0';
    bool found = false;
    for (size_t i = 0; phrases[i] != NULL && !found; i++) {
        char *pat = xasprintf(" %s ", phrases[i]);
        found = strstr(words, pat) != NULL;
        free(pat);
    }
    free(words);
    return found;
}
