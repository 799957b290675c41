/*
 * why: reason texts by printf formats (why.h).
 */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "why.h"

void
why_printf(char why[WHY_MAX], const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, WHY_MAX, fmt, ap);
    va_end(ap);
}

void
why_catf(char why[WHY_MAX], const char *fmt, ...)
{
    size_t len = strlen(why);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why + len, WHY_MAX - len, fmt, ap);
    va_end(ap);
}
