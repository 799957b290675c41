/*
 * floor: the cost of libxlsxwriter alone. Writes N workbooks with exactly
 * the cells of one workbook topset wrote (recorded by bench/record.so: the
 * same sheets, text, numbers, cached formulas and blanks, in the same
 * order, with as many distinct formats), plus the same charts and print
 * setup, and no planning logic, so topset's time can be read against it.
 *   floor N OUTDIR LINE SCATTER CELLS-FILE
 * LINE and SCATTER are the series of the Overview's line and scatter charts
 * (0: no such chart); bench/run reads them off topset's workbook.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#define MAX_FORMATS 256
#define MAX_SHEETS 64

/* One recorded call: a sheet ('S', text is its name) or a cell. */
struct call {
    char kind;      /* S s n f b */
    unsigned sheet; /* index into the sheets, in the order added */
    lxw_row_t row;
    lxw_col_t col;
    int format; /* 0: none, else 1.. */
    char *text; /* string, formula or sheet name */
    double num;
};

struct cells {
    struct call *v;
    size_t n;
    int nformats;
    unsigned nsheets;
};

static char *
unescape(char *s)
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

/* Split line at tabs into at most max fields; returns how many. */
static int
split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static int
read_cells(const char *path, struct cells *c)
{
    FILE *fp = fopen(path, "r");
    if (fp == NULL)
        return -1;
    char line[8192], *f[7];
    char names[MAX_SHEETS][32];
    size_t cap = 0;
    memset(c, 0, sizeof *c);
    while (fgets(line, sizeof line, fp) != NULL) {
        line[strcspn(line, "\n")] = '\0';
        int nf = split(line, f, 7);
        if (c->n == cap) {
            cap = cap ? 2 * cap : 1024;
            c->v = realloc(c->v, cap * sizeof *c->v);
            if (c->v == NULL)
                return -1;
        }
        struct call *k = &c->v[c->n];
        memset(k, 0, sizeof *k);
        k->kind = f[0][0];
        if (k->kind == 'S' && nf == 2 && c->nsheets < MAX_SHEETS) {
            snprintf(names[c->nsheets], sizeof names[0], "%s", f[1]);
            k->sheet = c->nsheets++;
            k->text = strdup(f[1]);
        } else if (nf >= 5) {
            unsigned s = 0;
            while (s < c->nsheets && strcmp(names[s], f[1]) != 0)
                s++;
            if (s == c->nsheets)
                return -1;
            k->sheet = s;
            k->row = (lxw_row_t) strtoul(f[2], NULL, 10);
            k->col = (lxw_col_t) strtoul(f[3], NULL, 10);
            k->format = atoi(f[4]);
            if (k->format < 0 || k->format > MAX_FORMATS)
                return -1;
            if (k->format > c->nformats)
                c->nformats = k->format;
            k->text = nf > 5 ? strdup(unescape(f[5])) : NULL;
            k->num = nf > 6 ? strtod(f[6], NULL) : 0;
        } else
            return -1;
        c->n++;
    }
    fclose(fp);
    return c->nsheets > 0 ? 0 : -1;
}

/* As many distinct formats as topset used, each with its own mix of the
 * properties topset's have (bold, borders, fills, alignment, number
 * format), so the styles part is of the same kind. */
static void
make_formats(lxw_workbook *wb, lxw_format **fmt, int n)
{
    for (int i = 1; i <= n; i++) {
        lxw_format *f = workbook_add_format(wb);
        if (i & 1)
            format_set_bold(f);
        if (i & 2)
            format_set_border(f, LXW_BORDER_THIN);
        if (i & 4) {
            format_set_pattern(f, LXW_PATTERN_SOLID);
            format_set_bg_color(f, 0xEEEEEE + (lxw_color_t) i);
        }
        if (i & 8)
            format_set_align(f, LXW_ALIGN_CENTER);
        if (i > 15)
            format_set_num_format(f, "0.0");
        format_set_font_size(f, 10 + (i % 3));
        fmt[i] = f;
    }
}

/* A chart of series rows of the Overview (one series per lift), under it. */
static void
chart(lxw_workbook *wb, lxw_worksheet *ov, uint8_t type, int series, int weeks, lxw_row_t at)
{
    if (series <= 0)
        return;
    lxw_chart *ch = workbook_add_chart(wb, type);
    chart_title_set_name(ch, type == LXW_CHART_LINE ? "Top sets" : "Estimated 1RM");
    chart_axis_set_name(ch->y_axis, "kg");
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    for (int s = 0; s < series; s++) {
        lxw_row_t row = (lxw_row_t) (6 + s);
        lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
        chart_series_set_categories(ser, "Overview", 5, 2, 5, (lxw_col_t) (1 + 2 * weeks));
        chart_series_set_values(ser, "Overview", row, 2, row, (lxw_col_t) (1 + 2 * weeks));
        chart_series_set_name_range(ser, "Overview", row, 1);
        chart_series_set_marker_type(ser, LXW_CHART_MARKER_CIRCLE);
    }
    lxw_chart_options opt = {.x_scale = 1.5, .y_scale = 1.2};
    worksheet_insert_chart_opt(ov, at, 0, ch, &opt);
}

static void
print_setup(lxw_worksheet *ws)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 1, 1);
    worksheet_set_header(ws, "&Lc00001&Ctemplate - Week 1&Rkg");
    worksheet_set_footer(ws, "&CPage &P of &N");
    worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
}

int
main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: floor N OUTDIR LINE SCATTER CELLS-FILE\n");
        return 2;
    }
    int n = atoi(argv[1]);
    const char *dir = argv[2];
    int line = atoi(argv[3]), scatter = atoi(argv[4]);
    struct cells c;
    if (read_cells(argv[5], &c) != 0) {
        fprintf(stderr, "floor: cannot read the cells in %s\n", argv[5]);
        return 2;
    }
    char path[4096];
    lxw_format *fmt[MAX_FORMATS + 1];
    lxw_worksheet *ws[MAX_SHEETS];
    int weeks = (int) c.nsheets - 1;
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/floor%05d.xlsx", dir, i);
        lxw_workbook *wb = workbook_new(path);
        if (wb == NULL)
            return 1;
        lxw_doc_properties props = {.title = (char *) "plan", .created = 1700000000};
        workbook_set_properties(wb, &props);
        fmt[0] = NULL;
        make_formats(wb, fmt, c.nformats);
        for (size_t k = 0; k < c.n; k++) {
            const struct call *x = &c.v[k];
            lxw_worksheet *w = ws[x->sheet];
            lxw_format *f = fmt[x->format];
            switch (x->kind) {
            case 'S':
                ws[x->sheet] = workbook_add_worksheet(wb, x->text);
                print_setup(ws[x->sheet]);
                break;
            case 's': worksheet_write_string(w, x->row, x->col, x->text, f); break;
            case 'n': worksheet_write_number(w, x->row, x->col, x->num, f); break;
            case 'f': worksheet_write_formula_num(w, x->row, x->col, x->text, f, x->num); break;
            case 'b': worksheet_write_blank(w, x->row, x->col, f); break;
            }
        }
        chart(wb, ws[0], LXW_CHART_LINE, line, weeks, 40);
        chart(wb, ws[0], LXW_CHART_SCATTER, scatter, weeks, 70);
        if (workbook_close(wb) != LXW_NO_ERROR)
            return 1;
    }
    for (size_t k = 0; k < c.n; k++)
        free(c.v[k].text);
    free(c.v);
    return 0;
}
