/*
 * errors: a list of formatted problems, printed once at the top level.
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
    errlist_init(e);
}

size_t
errlist_count(const struct errlist *e)
{
    return e->n + e->dropped;
}

void
err_at(struct errlist *e, const char *file, unsigned long line, unsigned long col, const char *fmt,
       ...)
{
    /* Past the cap, count it without formatting it. */
    if (e->n >= ERRORS_MAX_REPORTED) {
        e->dropped++;
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    char *msg;
    if (file == NULL)
        msg = text;
    else {
        if (line == 0)
            msg = xasprintf("%s: %s", file, text);
        else if (col == 0)
            msg = xasprintf("%s:%lu: %s", file, line, text);
        else
            msg = xasprintf("%s:%lu:%lu: %s", file, line, col, text);
        free(text);
    }
    grow(&e->msgs, &e->cap, e->n + 1, sizeof *e->msgs);
    e->msgs[e->n++] = msg;
}

/* Room for "... and N more problems" with N of up to 20 digits. */
#define MORE_SIZE 64

/* The line that stands for the dropped problems, in more ("" when none). */
static void
more_line(const struct errlist *e, char more[MORE_SIZE])
{
    *more = '\0';
    if (e->dropped > 0)
        snprintf(more, MORE_SIZE, "... and %zu more problem%s", e->dropped,
                 e->dropped == 1 ? "" : "s");
}

void
errlist_print(const struct errlist *e, FILE *fp, const char *prefix)
{
    char more[MORE_SIZE];
    more_line(e, more);
    for (size_t i = 0; i < e->n; i++)
        fprintf(fp, "%s%s\n", prefix ? prefix : "", e->msgs[i]);
    if (*more != '\0')
        fprintf(fp, "%s%s\n", prefix ? prefix : "", more);
}

char *
errlist_text(const struct errlist *e)
{
    char more[MORE_SIZE];
    more_line(e, more);
    size_t len = strlen(more) + 1;
    for (size_t i = 0; i < e->n; i++)
        len += strlen(e->msgs[i]) + 1;
    char *text = xmalloc(len), *o = text;
    for (size_t i = 0; i < e->n; i++)
        o += sprintf(o, "%s%s", i > 0 ? "\n" : "", e->msgs[i]);
    if (*more != '\0')
        o += sprintf(o, "%s%s", e->n > 0 ? "\n" : "", more);
    *o = '\0';
    return text;
}
