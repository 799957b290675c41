/*
 * util: allocation that cannot fail silently, strings, strict number
 * parsing, and the one number format shared by every writer.
 */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static void
out_of_memory(void)
{
    fputs("topset: out of memory\n", stderr);
    abort();
}

void *
xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *
xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *
xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (p == NULL)
        out_of_memory();
    return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
    if (size != 0 && n > SIZE_MAX / size)
        out_of_memory();
    return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int len = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (len < 0)
        out_of_memory();
    char *s = xmalloc((size_t) len + 1);
    vsnprintf(s, (size_t) len + 1, fmt, ap);
    return s;
}

char *
xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = xvasprintf(fmt, ap);
    va_end(ap);
    return s;
}

void
grow(void *array_ptr, size_t *cap, size_t need, size_t elem_size)
{
    void **array = array_ptr;
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need) {
        if (n > SIZE_MAX / 2)
            out_of_memory();
        n *= 2;
    }
    *array = xreallocarray(*array, n, elem_size);
    *cap = n;
}

uint64_t
fnv1a64(uint64_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++)
        h = (h ^ p[i]) * 1099511628211ULL; /* the FNV prime */
    return h;
}

static int
lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

void
list_append(char **list, size_t i, size_t n, const char *item, const char *sep, const char *last)
{
    const char *before = i == 0 ? "" : i + 1 == n ? last : sep;
    char *s = xasprintf("%s%s%s", *list ? *list : "", before, item);
    free(*list);
    *list = s;
}

size_t
utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s != '\0'; s++)
        n += ((unsigned char) *s & 0xC0) != 0x80; /* not a continuation byte */
    return n;
}

int
ascii_casecmp(const char *a, const char *b)
{
    for (;; a++, b++) {
        int d = lower((unsigned char) *a) - lower((unsigned char) *b);
        if (d != 0 || *a == '\0')
            return d;
    }
}

int
ascii_ncasecmp(const char *a, const char *b, size_t n)
{
    for (; n > 0; a++, b++, n--) {
        int d = lower((unsigned char) *a) - lower((unsigned char) *b);
        if (d != 0 || *a == '\0')
            return d;
    }
    return 0;
}

static int
is_space(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

char *
trim(char *s)
{
    size_t len = strlen(s);
    while (len > 0 && is_space((unsigned char) s[len - 1]))
        s[--len] = '\0';
    size_t start = 0;
    while (is_space((unsigned char) s[start]))
        start++;
    if (start > 0)
        memmove(s, s + start, len - start + 1);
    return s;
}

/*
 * A plain decimal such as "102.5" or "8": 1 to 15 digits with at most one
 * point, no sign or exponent. Its digits make an integer below 2^53 and
 * its scale a power of ten up to 1e15, both exact in a double, so one
 * division rounds the value correctly, as strtod does: the same double to
 * the bit (Clinger's fast path). Nearly every number in a log or template
 * is one; strtod was much of the cost of reading a log. Returns -1 for
 * anything else, which strtod then reads (or parse_double rejects).
 */
static int
plain_decimal(const char *s, double *out)
{
    static const double scale[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t digits = 0;
    int ndigits = 0, decimals = -1; /* -1: no point yet */
    for (; *s != '\0'; s++) {
        if (*s >= '0' && *s <= '9') {
            if (++ndigits > 15)
                return -1;
            digits = digits * 10 + (uint64_t) (*s - '0');
            if (decimals >= 0)
                decimals++;
        } else if (*s == '.' && decimals < 0)
            decimals = 0;
        else
            return -1;
    }
    if (ndigits == 0)
        return -1;
    *out = decimals > 0 ? (double) digits / scale[decimals] : (double) digits;
    return 0;
}

int
parse_double(const char *s, double *out)
{
    while (is_space((unsigned char) *s))
        s++;
    if (*s == '\0')
        return -1;
    if (plain_decimal(s, out) == 0)
        return 0;
    /* strtod also takes "nan", "inf" and hex floats; loads never are. */
    for (const char *c = s; *c; c++)
        if (!(isdigit((unsigned char) *c) || *c == '.' || *c == '-' || *c == '+' || *c == 'e'
              || *c == 'E' || is_space((unsigned char) *c)))
            return -1;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (end == s || errno == ERANGE || !isfinite(v))
        return -1;
    while (is_space((unsigned char) *end))
        end++;
    if (*end != '\0')
        return -1;
    *out = v;
    return 0;
}

int
parse_int(const char *s, long *out)
{
    while (is_space((unsigned char) *s))
        s++;
    if (*s == '\0')
        return -1;
    /* 1 to 9 plain digits, the usual reps or weeks, without strtol. */
    long v = 0;
    size_t n = 0;
    while (s[n] >= '0' && s[n] <= '9' && n < 9)
        v = v * 10 + (s[n++] - '0');
    if (n > 0 && s[n] == '\0') {
        *out = v;
        return 0;
    }
    char *end;
    errno = 0;
    v = strtol(s, &end, 10);
    if (end == s || errno == ERANGE)
        return -1;
    while (is_space((unsigned char) *end))
        end++;
    if (*end != '\0')
        return -1;
    *out = v;
    return 0;
}

char *
path_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (slash == NULL)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t) (slash - path));
}

char *
fmt_num(char buf[32], double v)
{
    /* Three decimals cover 1.25 kg plates and lb conversions; -0 prints 0. */
    double scaled = round(v * 1000.0);
    if (!(fabs(scaled) < 1e15)) {
        /* NaN, inf and the huge: printf's business. */
        snprintf(buf, 32, "%.3f", scaled / 1000.0);
        char *dot = strchr(buf, '.');
        if (dot != NULL) {
            char *end = buf + strlen(buf) - 1;
            while (end > dot && *end == '0')
                *end-- = '\0';
            if (end == dot)
                *end = '\0';
        }
        return buf;
    }
    /* A plan prints thousands of these: integer digits, no printf. */
    long long m = (long long) scaled;
    unsigned long long a = m < 0 ? (unsigned long long) -m : (unsigned long long) m;
    unsigned long long whole = a / 1000;
    unsigned frac = (unsigned) (a % 1000);
    char digits[24];
    int n = 0;
    do
        digits[n++] = (char) ('0' + whole % 10);
    while ((whole /= 10) > 0);
    char *o = buf;
    if (m < 0)
        *o++ = '-';
    while (n > 0)
        *o++ = digits[--n];
    if (frac != 0) {
        *o++ = '.';
        *o++ = (char) ('0' + frac / 100);
        if (frac % 100 != 0) {
            *o++ = (char) ('0' + frac / 10 % 10);
            if (frac % 10 != 0)
                *o++ = (char) ('0' + frac % 10);
        }
    }
    *o = '\0';
    return buf;
}

/* --- arena ------------------------------------------------------------ */

struct arena_block {
    struct arena_block *next;
    size_t used, size;
    _Alignas(max_align_t) unsigned char data[];
};

#define ARENA_BLOCK 16384

void
arena_init(struct arena *a)
{
    a->head = NULL;
}

void *
arena_alloc(struct arena *a, size_t n)
{
    n = (n + 7) & ~(size_t) 7;
    struct arena_block *b = a->head;
    if (b == NULL || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK / 4 ? n : ARENA_BLOCK;
        b = xmalloc(sizeof *b + size);
        b->used = 0;
        b->size = size;
        if (size == n && a->head != NULL) {
            /* A big piece gets a block of its own behind the current one,
             * so the current block's free space is not wasted. */
            b->next = a->head->next;
            a->head->next = b;
        } else {
            b->next = a->head;
            a->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += n;
    memset(p, 0, n);
    return p;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
    size_t len = strnlen(s, n);
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int len = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (len < 0)
        len = 0;
    char *p = arena_alloc(a, (size_t) len + 1);
    if ((size_t) len < sizeof small) {
        memcpy(p, small, (size_t) len + 1);
    } else {
        va_start(ap, fmt);
        vsnprintf(p, (size_t) len + 1, fmt, ap);
        va_end(ap);
    }
    return p;
}

void
arena_free(struct arena *a)
{
    struct arena_block *b = a->head;
    while (b != NULL) {
        struct arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void
line_escape(FILE *fp, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '\\')
            fputs("\\\\", fp);
        else if (*s == '\t')
            fputs("\\t", fp);
        else if (*s == '\n')
            fputs("\\n", fp);
        else
            fputc(*s, fp);
    }
}

char *
line_unescape(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r == '\\' && r[1]) {
            r++;
            *w++ = *r == 't' ? '\t' : *r == 'n' ? '\n' : *r;
        } else
            *w++ = *r;
    }
    *w = '\0';
    return s;
}

bool
stat_same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size
           && a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}
