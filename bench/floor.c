/*
 * floor: the cost of libxlsxwriter alone. Writes N workbooks shaped like
 * topset's (an Overview and one sheet per week, the same mix of strings,
 * numbers, cached formulas and bordered blanks, the same print setup) with
 * no planning logic, so topset's time can be read against it.
 *   floor N OUTDIR LINE SCATTER CELLS...
 * CELLS are the cell counts of each sheet, the Overview first; LINE and
 * SCATTER the series of the Overview's line and scatter charts (0: no such
 * chart). bench/run reads them all off a workbook topset wrote, so both
 * write the same cells and charts.
 */
#include <stdio.h>
#include <stdlib.h>

#include <xlsxwriter.h>

#define WEEK_COLS 12

struct fmts {
    lxw_format *title, *head, *top, *back, *box;
};

/* A week sheet: a title, a header row, then set rows of WEEK_COLS cells
 * (blank, exercise, set, kind, load, reps, RPE, three boxes, why, notes). */
static void
week_sheet(lxw_worksheet *ws, long cells, const struct fmts *f)
{
    static const char *const heads[WEEK_COLS] = {"Day",  "Exercise", "Set", "Type",
                                                 "Load", "Reps",     "RPE", "Done load",
                                                 "Done reps", "Done RPE", "Why", "Notes"};
    char formula[128];
    long left = cells;
    if (left-- > 0)
        worksheet_write_string(ws, 0, 0, "Week 1 (2026-11-23 to 2026-11-29)", f->title);
    for (lxw_col_t c = 0; c < WEEK_COLS && left > 0; c++, left--)
        worksheet_write_string(ws, 1, c, heads[c], f->head);
    for (lxw_row_t r = 2; left > 0; r++) {
        int top = r % 4 == 2;
        lxw_format *fm = top ? f->top : f->back;
        for (lxw_col_t c = 0; c < WEEK_COLS && left > 0; c++, left--) {
            switch (c) {
            case 1: worksheet_write_string(ws, r, c, "Bench Press", fm); break;
            case 2: worksheet_write_number(ws, r, c, r % 4 + 1, fm); break;
            case 3: worksheet_write_string(ws, r, c, top ? "top" : "backoff", fm); break;
            case 4:
                if (top)
                    worksheet_write_number(ws, r, c, 100, fm);
                else {
                    snprintf(formula, sizeof formula,
                             "=ROUNDUP(ROUND((E%u*90/100)/2.5-0.5,6),0)*2.5",
                             (unsigned) (r - (r + 2) % 4));
                    worksheet_write_formula_num(ws, r, c, formula, fm, 90);
                }
                break;
            case 5: worksheet_write_number(ws, r, c, 8, fm); break;
            case 7:
            case 8:
            case 9: worksheet_write_blank(ws, r, c, f->box); break;
            case 10: worksheet_write_string(ws, r, c, "add 2.5: 6/6 reps @8 last time", fm); break;
            default: worksheet_write_blank(ws, r, c, fm); break;
            }
        }
    }
}

/* The Overview: a title, client/block/dates lines, then a row per lift of
 * 2 + 2 * weeks cells whose loads and reps are formulas on the week sheets. */
static void
overview_sheet(lxw_worksheet *ws, long cells, int weeks, const struct fmts *f)
{
    lxw_col_t width = (lxw_col_t) (2 + 2 * weeks);
    char ref[64];
    long left = cells;
    if (left-- > 0)
        worksheet_write_string(ws, 0, 0, "Overview", f->title);
    for (lxw_row_t r = 1; r <= 3 && left > 0; r++) {
        worksheet_write_string(ws, r, 0, "Client", f->head);
        if (--left > 0) {
            worksheet_write_string(ws, r, 1, "c00001", NULL);
            left--;
        }
    }
    for (lxw_row_t r = 5; left > 0; r++)
        for (lxw_col_t c = 0; c < width && left > 0; c++, left--) {
            if (c < 2)
                worksheet_write_string(ws, r, c, c ? "Bench Press" : "Day 1", f->back);
            else {
                snprintf(ref, sizeof ref, "='Week %u'!%c%u", (unsigned) (c - 2) / 2 + 1,
                         c % 2 ? 'F' : 'E', (unsigned) r * 4);
                worksheet_write_formula_num(ws, r, c, ref, f->back, c % 2 ? 5 : 100);
            }
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
    if (argc < 6) {
        fprintf(stderr, "usage: floor N OUTDIR LINE SCATTER CELLS...\n");
        return 2;
    }
    int n = atoi(argv[1]);
    const char *dir = argv[2];
    int line = atoi(argv[3]), scatter = atoi(argv[4]);
    char **cells = argv + 5;
    int sheets = argc - 5;
    char path[4096], name[32];
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/floor%05d.xlsx", dir, i);
        lxw_workbook *wb = workbook_new(path);
        if (wb == NULL)
            return 1;
        lxw_doc_properties props = {.title = (char *) "plan", .created = 1700000000};
        workbook_set_properties(wb, &props);
        struct fmts f = {workbook_add_format(wb), workbook_add_format(wb),
                         workbook_add_format(wb), workbook_add_format(wb),
                         workbook_add_format(wb)};
        format_set_bold(f.title);
        format_set_font_size(f.title, 14);
        format_set_bold(f.head);
        format_set_bottom(f.head, LXW_BORDER_THIN);
        format_set_bold(f.top);
        format_set_bg_color(f.back, 0xEEEEEE);
        format_set_border(f.box, LXW_BORDER_THIN);
        lxw_worksheet *ov = workbook_add_worksheet(wb, "Overview");
        print_setup(ov);
        for (int s = 1; s < sheets; s++) {
            snprintf(name, sizeof name, "Week %d", s);
            lxw_worksheet *ws = workbook_add_worksheet(wb, name);
            print_setup(ws);
            week_sheet(ws, atol(cells[s]), &f);
        }
        overview_sheet(ov, atol(cells[0]), sheets - 1, &f);
        chart(wb, ov, LXW_CHART_LINE, line, sheets - 1, 40);
        chart(wb, ov, LXW_CHART_SCATTER, scatter, sheets - 1, 70);
        if (workbook_close(wb) != LXW_NO_ERROR)
            return 1;
    }
    return 0;
}
