/* utf8: validate, cut and repair UTF-8 text (see utf8.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"

#define REPLACEMENT_CHAR "\xEF\xBF\xBD" /* U+FFFD */

size_t
utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

size_t
utf8_seq_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (s[0] >= 0xC2 && s[0] <= 0xDF)
        n = 2;
    else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
        n = 3;
        if (s[0] == 0xE0)
            lo = 0xA0; /* no overlong forms */
        else if (s[0] == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
        n = 4;
        if (s[0] == 0xF0)
            lo = 0x90;
        else if (s[0] == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return n;
}

/*
 * Bytes at the start of s that are valid UTF-8, up to its end or its first
 * bad sequence. Nearly all text is ASCII, so runs of it are skipped a byte
 * at a time without the sequence checks: every text cell of a workbook
 * passes through here.
 */
static size_t
utf8_valid_prefix(const char *src)
{
    const unsigned char *s = (const unsigned char *)src;
    for (;;) {
        while (*s != '\0' && *s < 0x80)
            s++;
        size_t n;
        if (*s == '\0' || (n = utf8_seq_len(s)) == 0)
            return (size_t)(s - (const unsigned char *)src);
        s += n;
    }
}

/* src from its valid prefix of len bytes on, with bad bytes replaced. */
static char *
clean_from(const char *src, size_t len)
{
    char *out = xmalloc(len + strlen(src + len) * 3 + 1), *o = out;
    memcpy(o, src, len);
    o += len;
    const unsigned char *s = (const unsigned char *)src + len;
    while (*s != '\0') {
        size_t n = utf8_seq_len(s);
        if (n == 0) {
            memcpy(o, REPLACEMENT_CHAR, 3);
            o += 3;
            s++;
        } else {
            memcpy(o, s, n);
            o += n;
            s += n;
        }
    }
    *o = '\0';
    return out;
}

char *
utf8_clean(const char *src)
{
    size_t len = utf8_valid_prefix(src);
    return src[len] == '\0' ? NULL : clean_from(src, len);
}

char *
utf8_fit(const char *s, size_t max)
{
    size_t len = utf8_valid_prefix(s);
    if (s[len] == '\0') /* valid: the usual case, and nothing to copy */
        return len <= max ? NULL : xstrndup(s, utf8_cut(s, len, max));
    char *clean = clean_from(s, len);
    len = strlen(clean);
    if (len <= max)
        return clean;
    char *cut = xstrndup(clean, utf8_cut(clean, len, max));
    free(clean);
    return cut;
}
