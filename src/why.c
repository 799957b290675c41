/*
 * why: reason texts by printf formats (why.h).
 */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "why.h"

/* Whether fmt uses only %s, %d and %%, the conversions why_put writes. */
static bool
only_s_d(const char *fmt)
{
    for (const char *p = strchr(fmt, '%'); p != NULL; p = strchr(p + 2, '%'))
        if (p[1] != 's' && p[1] != 'd' && p[1] != '%')
            return false;
    return true;
}

/* Append the text of src at dst[*len], cut to cap - 1 characters. */
static void
put_text(char *dst, size_t cap, size_t *len, const char *src, size_t n)
{
    if (*len + n > cap - 1)
        n = cap - 1 - *len;
    memcpy(dst + *len, src, n);
    *len += n;
}

/* v in decimal into num (at least 12 bytes); its length. */
static size_t
int_text(char num[static 12], int v)
{
    char rev[12];
    size_t n = 0, len = 0;
    unsigned long u = v < 0 ? 0UL - (unsigned long) v : (unsigned long) v;
    do
        rev[n++] = (char) ('0' + u % 10);
    while ((u /= 10) > 0);
    if (v < 0)
        num[len++] = '-';
    while (n > 0)
        num[len++] = rev[--n];
    return len;
}

/*
 * vsnprintf for formats of only %s, %d and %%, which every reason uses:
 * a plan writes a reason for each set, and vsnprintf's general machinery
 * was an eighth of a CSV-only batch (make bench). Other formats go to
 * vsnprintf.
 */
static void
why_put(char *dst, size_t cap, const char *fmt, va_list ap)
{
    if (!only_s_d(fmt)) {
        vsnprintf(dst, cap, fmt, ap);
        return;
    }
    size_t len = 0;
    for (const char *p = fmt; *p != '\0';) {
        const char *pct = strchr(p, '%');
        size_t n = pct != NULL ? (size_t) (pct - p) : strlen(p);
        put_text(dst, cap, &len, p, n);
        if (pct == NULL)
            break;
        if (pct[1] == 's') {
            const char *s = va_arg(ap, const char *);
            put_text(dst, cap, &len, s, strlen(s));
        } else if (pct[1] == 'd') {
            char num[16];
            size_t w = int_text(num, va_arg(ap, int));
            put_text(dst, cap, &len, num, w);
        } else {
            put_text(dst, cap, &len, "%", 1);
        }
        p = pct + 2;
    }
    dst[len] = '\0';
}

void
why_printf(char why[WHY_MAX], const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    why_put(why, WHY_MAX, fmt, ap);
    va_end(ap);
}

void
why_catf(char why[WHY_MAX], const char *fmt, ...)
{
    size_t len = strlen(why);
    va_list ap;
    va_start(ap, fmt);
    why_put(why + len, WHY_MAX - len, fmt, ap);
    va_end(ap);
}
