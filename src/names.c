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

/* --- near names ------------------------------------------------------------ */

/* Bytes a column or option name may differ by without meaning another:
 * spaces, '_' and '-' ("Top Reps", "top-reps", "top_reps"). */
static bool
is_joiner(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '_' || c == '-';
}

/* name lowered (ASCII) without joiners, into buf (size bytes). Returns its
 * length, or size when it does not fit (too long to be a known name). */
static size_t
squash(const char *name, char *buf, size_t size)
{
    size_t n = 0;
    for (; *name != '\0'; name++) {
        unsigned char c = (unsigned char) *name;
        if (is_joiner(c))
            continue;
        if (n + 1 >= size)
            return size;
        buf[n++] = (char) ((c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
    }
    buf[n] = '\0';
    return n;
}

bool
name_same_word(const char *a, const char *b)
{
    char ka[NAME_NEAR_MAX + 1], kb[NAME_NEAR_MAX + 1];
    size_t na = squash(a, ka, sizeof ka), nb = squash(b, kb, sizeof kb);
    if (na == sizeof ka || nb == sizeof kb)
        return strcmp(a, b) == 0;
    return strcmp(ka, kb) == 0;
}

static size_t
min3(size_t a, size_t b, size_t c)
{
    size_t m = a < b ? a : b;
    return m < c ? m : c;
}

/* Edits from a to b (na, nb bytes, at most NAME_NEAR_MAX each): insert,
 * delete, replace, or swap two neighbours ("dya" is one edit from "day",
 * the commonest slip of typing). Three rows of the usual table. */
static size_t
edits(const char *a, size_t na, const char *b, size_t nb)
{
    size_t rows[3][NAME_NEAR_MAX + 1];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= nb; j++)
        prev[j] = j;
    for (size_t i = 1; i <= na; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            cur[j] = min3(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
                && prev2[j - 2] + 1 < cur[j])
                cur[j] = prev2[j - 2] + 1;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[nb];
}

const char *
closest_name(const char *word, const char *const *known, size_t n)
{
    char kw[NAME_NEAR_MAX + 1], kk[NAME_NEAR_MAX + 1];
    size_t nw = squash(word, kw, sizeof kw);
    if (nw == sizeof kw || nw == 0)
        return NULL;
    const char *best = NULL;
    size_t best_d = 0;
    for (size_t i = 0; i < n; i++) {
        size_t nk = squash(known[i], kk, sizeof kk);
        if (nk == sizeof kk)
            continue;
        /* A third of the name may be wrong, at least one byte: "dya" is
         * "day", but "rule" is not "reps". */
        size_t limit = (nk > nw ? nk : nw) / 3;
        if (limit == 0)
            limit = 1;
        size_t d = edits(kw, nw, kk, nk);
        if (d <= limit && (best == NULL || d < best_d)) {
            best = known[i];
            best_d = d;
        }
    }
    return best;
}
