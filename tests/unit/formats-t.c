/*
 * formats: every row of the table of output formats has a name, an
 * extension and exactly one writer, and that writer writes the sample plan;
 * --format's names find their rows; the bits other code names
 * (FORMAT_XLSX, FORMAT_CSV) are those of their rows.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "formats.h"
#include "tap/basic.h"
#include "util.h"

#include "sample_plan.h"

/* The size of the file at path, or -1 when there is none. */
static long
file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long) st.st_size : -1;
}

/* Write the sample plan through f's writer to a file of the test's
 * folder; returns its size, or -1 when the writer failed. */
static long
write_sample(const struct format *f, const struct plan *p)
{
    char *path = xasprintf("%s/sample%s", test_tmpdir(), f->ext);
    long size = -1;
    struct errlist errs;
    errlist_init(&errs);
    if (f->write_stream != NULL) {
        FILE *fp = fopen(path, "wb");
        if (fp == NULL)
            bail("cannot write %s", path);
        int rc = f->write_stream(p, fp);
        if (fclose(fp) == 0 && rc == 0)
            size = file_size(path);
    } else if (f->write_file(p, path, path, &errs) == 0)
        size = file_size(path);
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    errlist_free(&errs);
    free(path);
    return size;
}

static void
test_format(size_t i, const struct plan *p)
{
    const struct format *f = &formats[i];
    ok(f->name != NULL && *f->name != '\0', "format %zu has a name", i);
    if (f->name == NULL)
        return;
    ok(f->ext != NULL && f->ext[0] == '.' && f->ext[1] != '\0', "%s: has an extension", f->name);
    ok(f->purpose != NULL && *f->purpose != '\0', "%s: says what it is for", f->name);
    ok((f->write_stream != NULL) != (f->write_file != NULL), "%s: has exactly one writer", f->name);
    is_int((long) i, format_index(f->name), "%s: --format %s finds it", f->name, f->name);
    char *u = xstrdup(f->name);
    for (char *c = u; *c != '\0'; c++)
        if (*c >= 'a' && *c <= 'z')
            *c = (char) (*c - 'a' + 'A');
    is_int((long) i, format_index(u), "%s: --format %s finds it", f->name, u);
    free(u);
    if (f->ext != NULL && (f->write_stream != NULL || f->write_file != NULL))
        ok(write_sample(f, p) > 0, "%s: its writer writes the sample plan", f->name);
    else
        skip("%s: no writer to try", f->name);
}

int
main(void)
{
    plan_lazy();
    struct plan p;
    sample_plan(&p, PAPER_A4);
    ok(nformats > 0 && nformats <= 32, "the table has formats, each a bit of an unsigned");
    for (size_t i = 0; i < nformats; i++)
        test_format(i, &p);
    plan_free(&p);

    is_int(-1, format_index("docx"), "a format not in the table is not found");
    ok(format_index("xlsx") >= 0 && FORMAT_XLSX == FORMAT_BIT(format_index("xlsx")),
       "FORMAT_XLSX is the bit of the xlsx row");
    ok(format_index("csv") >= 0 && FORMAT_CSV == FORMAT_BIT(format_index("csv")),
       "FORMAT_CSV is the bit of the csv row");
    is_int(FORMAT_XLSX | FORMAT_CSV, format_defaults(), "xlsx and csv are written by default");

    char *all = format_names(~0u, ",", ","), *want = NULL;
    for (size_t i = 0; i < nformats; i++)
        list_append(&want, i, nformats, formats[i].name, ",", ",");
    is_string(want, all, "format_names lists every format");
    free(want);
    free(all);
    all = format_names(FORMAT_CSV, ", ", " or ");
    is_string("csv", all, "and only those of the set");
    free(all);
    return 0;
}
