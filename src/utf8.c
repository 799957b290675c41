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

char *
utf8_clean(const char *src)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t n;
    while (*s != '\0' && (n = utf8_seq_len(s)) > 0)
        s += n;
    if (*s == '\0')
        return NULL;
    char *out = xmalloc(strlen(src) * 3 + 1), *o = out;
    for (s = (const unsigned char *)src; *s != '\0';) {
        n = utf8_seq_len(s);
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
utf8_fit(const char *s, size_t max)
{
    char *clean = utf8_clean(s);
    const char *text = clean ? clean : s;
    size_t len = strlen(text);
    if (len <= max)
        return clean;
    char *cut = xstrndup(text, utf8_cut(text, len, max));
    free(clean);
    return cut;
}
