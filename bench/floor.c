/*
 * floor: the cost of libxlsxwriter alone. Writes N workbooks shaped like
 * topset's (an overview and W week sheets of R rows, the same mix of
 * strings, numbers, cached formulas and bordered blanks, the same print
 * setup) with no planning logic, so topset's time can be read against it.
 *   floor N WEEKS ROWS LIFTS OUTDIR
 */
#include <stdio.h>
#include <stdlib.h>

#include <xlsxwriter.h>

int
main(int argc, char **argv)
{
    if (argc != 6) {
        fprintf(stderr, "usage: floor N WEEKS ROWS LIFTS OUTDIR\n");
        return 2;
    }
    int n = atoi(argv[1]), weeks = atoi(argv[2]), rows = atoi(argv[3]), lifts = atoi(argv[4]);
    const char *dir = argv[5];
    char path[4096], name[32], formula[128];
    for (int c = 0; c < n; c++) {
        snprintf(path, sizeof path, "%s/floor%05d.xlsx", dir, c);
        lxw_workbook *wb = workbook_new(path);
        if (wb == NULL)
            return 1;
        lxw_doc_properties props = {.title = (char *) "plan", .created = 1700000000};
        workbook_set_properties(wb, &props);
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);
        lxw_format *box = workbook_add_format(wb);
        format_set_border(box, LXW_BORDER_THIN);
        lxw_format *grey = workbook_add_format(wb);
        format_set_bg_color(grey, 0xEEEEEE);
        lxw_worksheet *ov = workbook_add_worksheet(wb, "Overview");
        worksheet_set_landscape(ov);
        worksheet_fit_to_pages(ov, 1, 0);
        worksheet_repeat_rows(ov, 0, 0);
        for (int l = 0; l < lifts; l++) {
            worksheet_write_string(ov, (lxw_row_t) l + 1, 0, "Day 1", NULL);
            worksheet_write_string(ov, (lxw_row_t) l + 1, 1, "Bench Press", NULL);
            for (int w = 0; w < weeks; w++) {
                worksheet_write_formula_num(ov, (lxw_row_t) l + 1, (lxw_col_t) (2 + 2 * w),
                                            "='Week 1'!E5", NULL, 100);
                worksheet_write_formula_num(ov, (lxw_row_t) l + 1, (lxw_col_t) (3 + 2 * w),
                                            "='Week 1'!F5", NULL, 5);
            }
        }
        for (int w = 0; w < weeks; w++) {
            snprintf(name, sizeof name, "Week %d", w + 1);
            lxw_worksheet *ws = workbook_add_worksheet(wb, name);
            worksheet_set_landscape(ws);
            worksheet_set_paper(ws, 9);
            worksheet_fit_to_pages(ws, 1, 0);
            worksheet_repeat_rows(ws, 0, 0);
            worksheet_set_header(ws, "&LClient&CBlock - Week&Rkg");
            worksheet_set_footer(ws, "&CPage &P of &N");
            worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
            for (int col = 0; col < 12; col++)
                worksheet_write_string(ws, 0, (lxw_col_t) col, "Header", bold);
            for (int r = 1; r <= rows; r++) {
                lxw_row_t row = (lxw_row_t) r;
                int top = r % 4 == 1;
                worksheet_write_string(ws, row, 0, "Day 1", NULL);
                worksheet_write_string(ws, row, 1, "Bench Press", top ? bold : grey);
                worksheet_write_number(ws, row, 2, r % 4 + 1, NULL);
                worksheet_write_string(ws, row, 3, top ? "top" : "backoff", NULL);
                if (top)
                    worksheet_write_number(ws, row, 4, 100, bold);
                else {
                    snprintf(formula, sizeof formula,
                             "=ROUNDUP(ROUND((E%d*90/100)/2.5-0.5,6),0)*2.5", r);
                    worksheet_write_formula_num(ws, row, 4, formula, grey, 90);
                }
                worksheet_write_number(ws, row, 5, 8, NULL);
                worksheet_write_number(ws, row, 6, 8, NULL);
                worksheet_write_blank(ws, row, 7, box);
                worksheet_write_blank(ws, row, 8, box);
                worksheet_write_blank(ws, row, 9, box);
                worksheet_write_string(ws, row, 10, "add 2.5: 6/6 reps @8 last time", NULL);
                worksheet_write_string(ws, row, 11, "pause 1s", NULL);
            }
        }
        if (workbook_close(wb) != LXW_NO_ERROR)
            return 1;
    }
    return 0;
}
