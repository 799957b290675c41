/* utf8: validate, cut and repair UTF-8 text (see utf8.h). */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"

size_t
utf8_cut(const char *s, size_t len, size_t max)
{
    if (len <= max)
        return len;
    size_t n = max;
    while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
        n--;
    return n;
}

int
utf8_lead(unsigned char c, unsigned char *lo, unsigned char *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c < 0x80)
        return 0;
    if (c >= 0xC2 && c <= 0xDF)
        return 1;
    if (c >= 0xE0 && c <= 0xEF) {
        if (c == 0xE0)
            *lo = 0xA0; /* no overlong forms */
        else if (c == 0xED)
            *hi = 0x9F; /* no surrogates */
        return 2;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (c == 0xF0)
            *lo = 0x90; /* no overlong forms */
        else if (c == 0xF4)
            *hi = 0x8F; /* nothing past U+10FFFF */
        return 3;
    }
    return -1; /* a continuation byte, or a lead byte of an overlong form */
}

size_t
utf8_seq_len(const unsigned char *s)
{
    unsigned char lo, hi;
    int need = utf8_lead(s[0], &lo, &hi);
    if (need <= 0)
        return need == 0 ? 1 : 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (int i = 2; i <= need; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return (size_t) need + 1;
}

size_t
utf8_char(const unsigned char *s, char out[4], size_t *used)
{
    size_t n = utf8_seq_len(s);
    if (n == 0) {
        *used = 1;
        memcpy(out, UTF8_REPLACEMENT_CHAR, 3);
        return 3;
    }
    memcpy(out, s, n);
    *used = n;
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
    const unsigned char *s = (const unsigned char *) src;
    for (;;) {
        while (*s != '\0' && *s < 0x80)
            s++;
        size_t n;
        if (*s == '\0' || (n = utf8_seq_len(s)) == 0)
            return (size_t) (s - (const unsigned char *) src);
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
    const unsigned char *s = (const unsigned char *) src + len;
    while (*s != '\0') {
        size_t used;
        o += utf8_char(s, o, &used);
        s += used;
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
