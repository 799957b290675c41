/*
 * record: an LD_PRELOAD shim that writes down the cells of the first
 * workbook a program makes with libxlsxwriter, so that bench/floor can
 * write exactly those cells (the same text, numbers and formulas: zlib's
 * cost depends on the content, not only on the cell count).
 *   FLOOR_RECORD=FILE LD_PRELOAD=bench/record.so topset plan ...
 * FILE gets one line per sheet, in the order they were added, then one per
 * cell, in the order written, fields separated by tabs:
 *   S  NAME
 *   s|n|f|b  SHEET  ROW  COL  FORMAT  [TEXT-OR-FORMULA]  [NUMBER]
 * FORMAT numbers the distinct formats by first use (0: none). Text is
 * escaped: backslash, tab and newline as \\, \t and \n.
 * The calls are passed on unchanged. The state below is the shim's own:
 * a preload library has nowhere else to keep it.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#define MAX_FORMATS 256

static FILE *rec;
static int state; /* 0: before the first workbook, 1: in it, 2: after */
static lxw_format *formats[MAX_FORMATS];
static int nformats;

static void *
next(const char *name)
{
    void *f = dlsym(RTLD_NEXT, name);
    if (f == NULL) {
        fprintf(stderr, "record: no %s\n", name);
        abort();
    }
    return f;
}

static int
format_id(lxw_format *f)
{
    if (f == NULL)
        return 0;
    for (int i = 0; i < nformats; i++)
        if (formats[i] == f)
            return i + 1;
    if (nformats == MAX_FORMATS)
        abort();
    formats[nformats++] = f;
    return nformats;
}

static void
put_text(const char *s)
{
    for (; *s; s++)
        if (*s == '\\')
            fputs("\\\\", rec);
        else if (*s == '\t')
            fputs("\\t", rec);
        else if (*s == '\n')
            fputs("\\n", rec);
        else
            fputc(*s, rec);
}

static int
recording(void)
{
    return state == 1 && rec != NULL;
}

static void
cell(char kind, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, lxw_format *f)
{
    fprintf(rec, "%c\t%s\t%u\t%u\t%d", kind, ws->name, (unsigned) r, (unsigned) c, format_id(f));
}

lxw_workbook *
workbook_new_opt(const char *filename, lxw_workbook_options *options)
{
    lxw_workbook *(*real)(const char *, lxw_workbook_options *) = next("workbook_new_opt");
    if (state == 0) {
        const char *path = getenv("FLOOR_RECORD");
        rec = path ? fopen(path, "w") : NULL;
        state = 1;
    }
    return real(filename, options);
}

lxw_error
workbook_close(lxw_workbook *wb)
{
    lxw_error (*real)(lxw_workbook *) = next("workbook_close");
    if (recording()) {
        fclose(rec);
        rec = NULL;
        state = 2;
    }
    return real(wb);
}

lxw_worksheet *
workbook_add_worksheet(lxw_workbook *wb, const char *name)
{
    lxw_worksheet *(*real)(lxw_workbook *, const char *) = next("workbook_add_worksheet");
    lxw_worksheet *ws = real(wb, name);
    if (recording() && ws != NULL)
        fprintf(rec, "S\t%s\n", ws->name);
    return ws;
}

lxw_error
worksheet_write_string(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    lxw_error (*real)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *,
                      lxw_format *) = next("worksheet_write_string");
    if (recording()) {
        cell('s', ws, r, c, f);
        fputc('\t', rec);
        put_text(s ? s : "");
        fputc('\n', rec);
    }
    return real(ws, r, c, s, f);
}

lxw_error
worksheet_write_number(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, double v, lxw_format *f)
{
    lxw_error (*real)(lxw_worksheet *, lxw_row_t, lxw_col_t, double,
                      lxw_format *) = next("worksheet_write_number");
    if (recording()) {
        cell('n', ws, r, c, f);
        fprintf(rec, "\t\t%.17g\n", v);
    }
    return real(ws, r, c, v, f);
}

lxw_error
worksheet_write_formula_num(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *formula,
                            lxw_format *f, double v)
{
    lxw_error (*real)(lxw_worksheet *, lxw_row_t, lxw_col_t, const char *, lxw_format *,
                      double) = next("worksheet_write_formula_num");
    if (recording()) {
        cell('f', ws, r, c, f);
        fputc('\t', rec);
        put_text(formula);
        fprintf(rec, "\t%.17g\n", v);
    }
    return real(ws, r, c, formula, f, v);
}

lxw_error
worksheet_write_blank(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, lxw_format *f)
{
    lxw_error (*real)(lxw_worksheet *, lxw_row_t, lxw_col_t,
                      lxw_format *) = next("worksheet_write_blank");
    if (recording()) {
        cell('b', ws, r, c, f);
        fputc('\n', rec);
    }
    return real(ws, r, c, f);
}
