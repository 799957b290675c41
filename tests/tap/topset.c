/*
 * Test helpers for topset's own types: see topset.h.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdio.h>
#include <stdlib.h>

#include "basic.h"
#include "topset.h"

int
test_read_text(test_reader reader, const char *path, const char *content, void *out, char **errors)
{
    test_put_file(path, content);
    struct errlist e;
    errlist_init(&e);
    int rc = reader(path, out, &e);
    *errors = errlist_count(&e) > 0 ? errlist_text(&e) : NULL;
    errlist_free(&e);
    return rc;
}

char *
test_errors_printed(const struct errlist *e)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    if (fp == NULL)
        bail("out of memory");
    errlist_print(e, fp, NULL);
    if (fclose(fp) != 0)
        bail("out of memory");
    return text;
}

day_t
test_date(const char *iso)
{
    day_t d;
    if (date_parse(iso, &d) != 0)
        bail("bad date %s", iso);
    return d;
}
