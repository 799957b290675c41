/*
 * file_name: see file_name.h. Names are ASCII once made, so comparing them
 * ignoring case is ASCII's; the table below is the one list of letters
 * that lose their accents.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "file_name.h"
#include "utf8.h"

/* U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), each as the
 * ASCII letters it is written with; NULL: not a letter (x, ÷), a
 * separator. */
#define LATIN_FIRST 0xC0
#define LATIN_LAST 0x17F

/* A row per 16 code points, as the Unicode chart has them. */
/* clang-format off */
static const char *const latin[LATIN_LAST - LATIN_FIRST + 1] = {
    /* U+00C0 */ "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    /* U+00D0 */ "D", "N", "O", "O", "O", "O", "O", NULL, "O", "U", "U", "U", "U", "Y", "Th", "ss",
    /* U+00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    /* U+00F0 */ "d", "n", "o", "o", "o", "o", "o", NULL, "o", "u", "u", "u", "u", "y", "th", "y",
    /* U+0100 */ "A", "a", "A", "a", "A", "a", "C", "c", "C", "c", "C", "c", "C", "c", "D", "d",
    /* U+0110 */ "D", "d", "E", "e", "E", "e", "E", "e", "E", "e", "E", "e", "G", "g", "G", "g",
    /* U+0120 */ "G", "g", "G", "g", "H", "h", "H", "h", "I", "i", "I", "i", "I", "i", "I", "i",
    /* U+0130 */ "I", "i", "IJ", "ij", "J", "j", "K", "k", "k", "L", "l", "L", "l", "L", "l", "L",
    /* U+0140 */ "l", "L", "l", "N", "n", "N", "n", "N", "n", "n", "N", "n", "O", "o", "O", "o",
    /* U+0150 */ "O", "o", "OE", "oe", "R", "r", "R", "r", "R", "r", "S", "s", "S", "s", "S", "s",
    /* U+0160 */ "S", "s", "T", "t", "T", "t", "T", "t", "U", "u", "U", "u", "U", "u", "U", "u",
    /* U+0170 */ "U", "u", "U", "u", "W", "w", "Y", "y", "Y", "Z", "z", "Z", "z", "Z", "z", "s",
};
/* clang-format on */

/* Romanian's comma-below letters, past the table. */
static const struct {
    uint32_t cp;
    const char *ascii;
} latin_more[] = {{0x218, "S"}, {0x219, "s"}, {0x21A, "T"}, {0x21B, "t"}};

/* Apostrophes and quotation marks: dropped, so "O'Brien" is "OBrien". */
static const uint32_t quotes[] = {'\'', '"', '`', 0xB4, 0x2BC, 0x2018, 0x2019, 0x201C, 0x201D};

/* The code point of the n-byte valid UTF-8 sequence at s. */
static uint32_t
code_point(const unsigned char *s, size_t n)
{
    static const unsigned char lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    uint32_t cp = s[0] & lead_mask[n];
    for (size_t i = 1; i < n; i++)
        cp = (cp << 6) | (s[i] & 0x3F);
    return cp;
}

static bool
is_quote(uint32_t cp)
{
    for (size_t i = 0; i < sizeof quotes / sizeof *quotes; i++)
        if (quotes[i] == cp)
            return true;
    return false;
}

static bool
ascii_kept(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
           || c == '.';
}

/* What cp (not a letter, digit, '-' or '.' of ASCII) is written with in
 * a file name: its ASCII letters, "" to drop it, or NULL for a separator. */
static const char *
ascii_of(uint32_t cp)
{
    if (is_quote(cp))
        return "";
    if (cp >= LATIN_FIRST && cp <= LATIN_LAST)
        return latin[cp - LATIN_FIRST];
    for (size_t i = 0; i < sizeof latin_more / sizeof *latin_more; i++)
        if (latin_more[i].cp == cp)
            return latin_more[i].ascii;
    return NULL;
}

/* Append text to the name in out (len so far), after a '_' when a
 * separator came before it; nothing leads with '.', '-' or '_'. */
static void
put(char *out, size_t *len, bool *sep, const char *text)
{
    for (; *text != '\0'; text++) {
        if (*len == 0 && (*text == '.' || *text == '-'))
            continue;
        if (*sep && *len > 0)
            out[(*len)++] = '_';
        *sep = false;
        out[(*len)++] = *text;
    }
}

/* Names Windows keeps for devices, whatever the extension. */
static bool
reserved(const char *name)
{
    static const char *const devices[] = {"CON", "PRN", "AUX", "NUL"};
    size_t stem = strcspn(name, ".");
    for (size_t i = 0; i < sizeof devices / sizeof *devices; i++)
        if (stem == 3 && ascii_ncasecmp(name, devices[i], 3) == 0)
            return true;
    return stem == 4 && (ascii_ncasecmp(name, "COM", 3) == 0 || ascii_ncasecmp(name, "LPT", 3) == 0)
           && name[3] >= '1' && name[3] <= '9';
}

char *
file_name_of(const char *client)
{
    const unsigned char *s = (const unsigned char *) client;
    /* Each byte gives at most two letters ("ß" -> "ss") and a '_'. */
    char *out = xmalloc(3 * strlen(client) + 8);
    size_t len = 0;
    bool sep = false;
    while (*s != '\0') {
        size_t n = utf8_seq_len(s);
        if (n == 1 && ascii_kept(*s)) {
            char one[2] = {(char) *s, '\0'};
            put(out, &len, &sep, one);
        } else {
            const char *ascii = n > 0 ? ascii_of(code_point(s, n)) : NULL;
            if (ascii == NULL)
                sep = true;
            else
                put(out, &len, &sep, ascii);
        }
        s += n > 0 ? n : 1;
    }
    if (len > FILE_NAME_MAX)
        len = FILE_NAME_MAX;
    while (len > 0 && (out[len - 1] == '.' || out[len - 1] == '_'))
        len--;
    out[len] = '\0';
    if (len == 0)
        strcpy(out, "client");
    else if (reserved(out)) {
        memmove(out + 1, out, len + 1);
        out[0] = '_';
    }
    return out;
}

/* The names taken so far, ignoring case: open addressing on fnv1a64 of
 * the lower-case name. */
struct taken {
    char **slot; /* a name as given; NULL: free */
    size_t mask;
};

static uint64_t
fold_hash(const char *name)
{
    uint64_t h = FNV1A64_BASIS;
    for (; *name != '\0'; name++) {
        char c = *name >= 'A' && *name <= 'Z' ? (char) (*name - 'A' + 'a') : *name;
        h = fnv1a64(h, &c, 1);
    }
    return h;
}

/* Take name; false when a name equal ignoring case was taken already. */
static bool
take(struct taken *t, char *name)
{
    for (size_t i = fold_hash(name) & t->mask;; i = (i + 1) & t->mask) {
        if (t->slot[i] == NULL) {
            t->slot[i] = name;
            return true;
        }
        if (ascii_casecmp(t->slot[i], name) == 0)
            return false;
    }
}

void
file_names_unique(char **names, size_t n, struct arena *a)
{
    /* Each name ends up in one slot (as it was or with its "-K"), so at
     * least half the slots stay free and the probes short. */
    size_t size = 16;
    while (size < 2 * n + 2)
        size *= 2;
    struct taken t = {.slot = xcalloc(size, sizeof(char *)), .mask = size - 1};
    for (size_t i = 0; i < n; i++) {
        if (names[i] == NULL || take(&t, names[i]))
            continue;
        size_t base = strlen(names[i]);
        for (unsigned long k = 2;; k++) {
            char suffix[24];
            size_t m = (size_t) snprintf(suffix, sizeof suffix, "-%lu", k);
            size_t keep = base + m > FILE_NAME_MAX ? FILE_NAME_MAX - m : base;
            char *name = arena_printf(a, "%.*s%s", (int) keep, names[i], suffix);
            if (take(&t, name)) {
                names[i] = name;
                break;
            }
        }
    }
    free(t.slot);
}
