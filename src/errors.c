/*
 * errors: a list of formatted problems and warnings, printed once at the
 * top level.
 */
#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "errors.h"
#include "util.h"

void
errlist_init(struct errlist *e)
{
    memset(e, 0, sizeof *e);
}

void
errlist_free(struct errlist *e)
{
    for (size_t i = 0; i < e->n; i++)
        free(e->msgs[i]);
    free(e->msgs);
    free(e->warning);
    errlist_init(e);
}

size_t
errlist_count(const struct errlist *e)
{
    size_t kept_warnings = e->warnings - e->warnings_dropped;
    return e->n - kept_warnings + e->dropped;
}

size_t
errlist_warnings(const struct errlist *e)
{
    return e->warnings;
}

/* Keep msg (owned) as the next message, a warning or not. */
static void
keep(struct errlist *e, char *msg, bool warning)
{
    if (e->n + 1 > e->cap) { /* both arrays grow alike from one cap */
        size_t cap = e->cap;
        grow(&e->msgs, &cap, e->n + 1, sizeof *e->msgs);
        grow(&e->warning, &e->cap, e->n + 1, sizeof *e->warning);
    }
    e->msgs[e->n] = msg;
    e->warning[e->n++] = warning;
}

/* "file:line:col: " as err_at places it, then kind (may be ""), then text. */
static char *
placed(const char *file, unsigned long line, unsigned long col, const char *kind, const char *text)
{
    if (file == NULL)
        return xasprintf("%s%s", kind, text);
    if (line == 0)
        return xasprintf("%s: %s%s", file, kind, text);
    if (col == 0)
        return xasprintf("%s:%lu: %s%s", file, line, kind, text);
    return xasprintf("%s:%lu:%lu: %s%s", file, line, col, kind, text);
}

/* Add the warning text at file:line:col, or an error saying --strict
 * refused it. */
static void
add_warning(struct errlist *e, const char *file, unsigned long line, unsigned long col,
            const char *text)
{
    if (e->strict) {
        err_at(e, file, line, col, "%s (refused under --strict)", text);
    } else if (e->warnings++ >= WARNINGS_MAX_REPORTED) {
        e->warnings_dropped++;
    } else {
        keep(e, placed(file, line, col, "warning: ", text), true);
    }
}

void
err_at(struct errlist *e, const char *file, unsigned long line, unsigned long col, const char *fmt,
       ...)
{
    bool warning = e->as_warning != NULL && !e->strict;
    /* Past the cap, count it without formatting it. */
    if (!warning && errlist_count(e) >= ERRORS_MAX_REPORTED) {
        e->dropped++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    if (warning) {
        char *w = xasprintf("%s%s", text, e->as_warning);
        add_warning(e, file, line, col, w);
        free(w);
    } else
        keep(e, placed(file, line, col, "", text), false);
    free(text);
}

void
warn_at(struct errlist *e, const char *file, unsigned long line, unsigned long col, const char *fmt,
        ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    add_warning(e, file, line, col, text);
    free(text);
}

void
errlist_append(struct errlist *into, struct errlist *from)
{
    for (size_t i = 0; i < from->n; i++) {
        if (!from->warning[i] && errlist_count(into) >= ERRORS_MAX_REPORTED) {
            into->dropped++;
            free(from->msgs[i]);
        } else if (from->warning[i]
                   && into->warnings - into->warnings_dropped >= WARNINGS_MAX_REPORTED) {
            into->warnings++;
            into->warnings_dropped++;
            free(from->msgs[i]);
        } else {
            into->warnings += from->warning[i];
            keep(into, from->msgs[i], from->warning[i]);
        }
    }
    into->dropped += from->dropped;
    into->warnings += from->warnings_dropped;
    into->warnings_dropped += from->warnings_dropped;
    bool strict = from->strict;
    from->n = 0;
    errlist_free(from);
    from->strict = strict;
}

/* Room for "... and N more problems" with N of up to 20 digits. */
#define MORE_SIZE 64

/* The lines that stand for the dropped errors and warnings ("" when
 * none). */
static void
more_lines(const struct errlist *e, char more[MORE_SIZE], char more_warnings[MORE_SIZE])
{
    *more = *more_warnings = '\0';
    if (e->dropped > 0)
        snprintf(more, MORE_SIZE, "... and %zu more problem%s", e->dropped,
                 e->dropped == 1 ? "" : "s");
    if (e->warnings_dropped > 0)
        snprintf(more_warnings, MORE_SIZE, "... and %zu more warning%s", e->warnings_dropped,
                 e->warnings_dropped == 1 ? "" : "s");
}

void
errlist_print(const struct errlist *e, FILE *fp, const char *prefix)
{
    char more[2][MORE_SIZE];
    more_lines(e, more[0], more[1]);
    for (size_t i = 0; i < e->n; i++)
        fprintf(fp, "%s%s\n", prefix ? prefix : "", e->msgs[i]);
    for (size_t k = 0; k < 2; k++)
        if (*more[k] != '\0')
            fprintf(fp, "%s%s\n", prefix ? prefix : "", more[k]);
}

char *
errlist_text(const struct errlist *e)
{
    char more[2][MORE_SIZE];
    more_lines(e, more[0], more[1]);
    size_t len = strlen(more[0]) + strlen(more[1]) + 2;
    for (size_t i = 0; i < e->n; i++)
        len += strlen(e->msgs[i]) + 1;
    char *text = xmalloc(len), *o = text;
    const char *sep = "";
    for (size_t i = 0; i < e->n; i++, sep = "\n")
        o += sprintf(o, "%s%s", sep, e->msgs[i]);
    for (size_t k = 0; k < 2; k++)
        if (*more[k] != '\0') {
            o += sprintf(o, "%s%s", sep, more[k]);
            sep = "\n";
        }
    *o = '\0';
    return text;
}
