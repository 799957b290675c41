/*
 * index_xlsx: the batch index as a workbook (see index_xlsx.h). Like
 * plan_xlsx.c it writes user text only as string cells, made valid UTF-8,
 * never as formulas, and takes its creation time from the as-of date.
 */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "index_xlsx.h"
#include "utf8.h"
#include "util.h"

#define TEXT_MAX 32767 /* what a cell holds */

enum {
    COL_CLIENT,
    COL_FILE,
    COL_STATUS,
    COL_BLOCK,
    COL_WEEK,
    COL_NEXT,
    COL_CHANGES,
    COL_LAST,
    COL_FLAG,
    COL_ERROR,
    COL_WARNINGS,
    NCOLS
};

static const struct {
    const char *title;
    double width;
} cols[NCOLS] = {
    [COL_CLIENT] = {"Client", 22},
    [COL_FILE] = {"File", 22},
    [COL_STATUS] = {"Status", 11},
    [COL_BLOCK] = {"Block", 8},
    [COL_WEEK] = {"Block week", 11},
    [COL_NEXT] = {"Next week's top sets", 44},
    [COL_CHANGES] = {"Changes since the last plan", 44},
    [COL_LAST] = {"Last log", 11},
    [COL_FLAG] = {"Flag", 24},
    [COL_ERROR] = {"Error", 60},
    [COL_WARNINGS] = {"Warnings", 10},
};

#define TITLE_ROW 0
#define HEADER_ROW 1
#define FIRST_ROW 2

#define FILL_FAILED 0xFFC7CE  /* a client whose plan failed: red */
#define FILL_FLAGGED 0xFFF2CC /* a client to chase, no log lately: yellow */
#define COLOR_HEADER 0xD9D9D9
#define COLOR_RULE 0xBFBFBF

enum look { LOOK_OK, LOOK_FLAGGED, LOOK_FAILED, NLOOKS };

struct styles {
    lxw_format *title, *header;
    lxw_format *cell[NLOOKS];
};

static lxw_format *
row_format(lxw_workbook *wb, lxw_color_t fill)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_text_wrap(f);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    format_set_bottom(f, LXW_BORDER_THIN);
    format_set_bottom_color(f, COLOR_RULE);
    if (fill != 0)
        format_set_bg_color(f, fill);
    return f;
}

static void
make_styles(lxw_workbook *wb, struct styles *st)
{
    st->title = workbook_add_format(wb);
    format_set_bold(st->title);
    format_set_font_size(st->title, 14);
    st->header = workbook_add_format(wb);
    format_set_bold(st->header);
    format_set_bg_color(st->header, COLOR_HEADER);
    format_set_border(st->header, LXW_BORDER_THIN);
    format_set_text_wrap(st->header);
    st->cell[LOOK_OK] = row_format(wb, 0);
    st->cell[LOOK_FLAGGED] = row_format(wb, FILL_FLAGGED);
    st->cell[LOOK_FAILED] = row_format(wb, FILL_FAILED);
}

/* Text as a string cell, valid UTF-8 and cut to a cell's size. */
static lxw_error
put_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    char *fit = utf8_fit(s, TEXT_MAX);
    lxw_error e = worksheet_write_string(ws, r, c, fit ? fit : s, f);
    free(fit);
    return e;
}

struct index_xlsx {
    lxw_workbook *wb;
    lxw_worksheet *ws;
    struct styles st;
    size_t n;      /* rows added */
    lxw_error err; /* the first failure */
};

static lxw_error
begin_sheet(struct index_xlsx *x, day_t as_of)
{
    make_styles(x->wb, &x->st);
    lxw_worksheet *ws = x->ws = workbook_add_worksheet(x->wb, "Index");
    if (ws == NULL)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;

    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_freeze_panes(ws, FIRST_ROW, 1);
    lxw_error e = worksheet_set_footer(ws, "&CPage &P of &N");
    if (e == LXW_NO_ERROR)
        e = worksheet_repeat_rows(ws, HEADER_ROW, HEADER_ROW);
    for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++)
        e = worksheet_set_column(ws, c, c, cols[c].width, NULL);

    char title[64], day[11];
    snprintf(title, sizeof title, "topset batch index, as of %s", date_format(day, as_of));
    if (e == LXW_NO_ERROR)
        e = worksheet_write_string(ws, TITLE_ROW, 0, title, x->st.title);
    for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++)
        e = worksheet_write_string(ws, HEADER_ROW, c, cols[c].title, x->st.header);
    return e;
}

struct index_xlsx *
index_xlsx_open(const char *path, day_t as_of, enum paper paper)
{
    struct index_xlsx *x = xcalloc(1, sizeof *x);
    char *dir = path_folder(path);
    /* Rows go out in order, so each is flushed as the next begins
     * (constant_memory): an index of 10,000 clients costs no more memory
     * than one of 10. Its parts are staged beside the output, not in /tmp. */
    lxw_workbook_options opts = {.constant_memory = LXW_TRUE, .tmpdir = dir};
    x->wb = workbook_new_opt(path, &opts);
    free(dir);
    if (x->wb == NULL) {
        x->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return x;
    }
    char title[] = "topset batch index", author[] = "topset";
    long long created = date_to_epoch(as_of);
    lxw_doc_properties props = {
        .title = title,
        .author = author,
        /* 0 would mean "now": keep the same run's file the same. */
        .created = (time_t) (created != 0 ? created : 86400),
    };
    x->err = workbook_set_properties(x->wb, &props);
    if (x->err == LXW_NO_ERROR)
        x->err = begin_sheet(x, as_of);
    if (x->err == LXW_NO_ERROR) /* Excel's codes: 1 Letter, 9 A4; the plans' paper */
        worksheet_set_paper(x->ws, paper == PAPER_LETTER ? 1 : 9);
    return x;
}

/*
 * Row r as tall as its longest wrapped text needs (v: its cells). A
 * spreadsheet does not grow a row for wrapped text by itself: LibreOffice
 * printed a long "next week" over the rows below, so one client seemed to
 * hold another's top sets. Lines are counted as for a font a third wider
 * than the widths' (LibreOffice without Calibri), at most 15 of them.
 */
static lxw_error
row_height(lxw_worksheet *ws, lxw_row_t r, const char *const v[NCOLS])
{
    size_t lines = 1;
    for (int c = 0; c < NCOLS; c++) {
        size_t per_line = (size_t) ((cols[c].width - 1) * 0.75);
        size_t need = (utf8_chars(v[c]) + per_line - 1) / (per_line ? per_line : 1);
        if (need > lines)
            lines = need;
    }
    if (lines == 1)
        return LXW_NO_ERROR;
    return worksheet_set_row(ws, r, 15 * (double) (lines < 15 ? lines : 15), NULL);
}

void
index_xlsx_add(struct index_xlsx *x, const struct index_row *row)
{
    if (x->err != LXW_NO_ERROR)
        return;
    const char *v[NCOLS] = {
        [COL_CLIENT] = row->client,     [COL_FILE] = row->file,       [COL_STATUS] = row->status,
        [COL_BLOCK] = row->block,       [COL_WEEK] = row->block_week, [COL_NEXT] = row->next_week,
        [COL_LAST] = row->last_log,     [COL_FLAG] = row->flag,       [COL_ERROR] = row->error,
        [COL_WARNINGS] = row->warnings, [COL_CHANGES] = row->changes,
    };
    enum look look = strcmp(row->status, "failed") == 0 ? LOOK_FAILED
                     : *row->flag != '\0'               ? LOOK_FLAGGED
                                                        : LOOK_OK;
    lxw_format *f = x->st.cell[look];
    lxw_row_t r = (lxw_row_t) (FIRST_ROW + x->n++);
    lxw_error e = row_height(x->ws, r, v);
    for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++) {
        long week;
        /* The block, its week and the warnings are numbers a coach sorts by; the rest text. */
        if ((c == COL_WEEK || c == COL_BLOCK || c == COL_WARNINGS) && parse_int(v[c], &week) == 0)
            e = worksheet_write_number(x->ws, r, c, (double) week, f);
        else if (*v[c] == '\0')
            e = worksheet_write_blank(x->ws, r, c, f);
        else
            e = put_text(x->ws, r, c, v[c], f);
    }
    x->err = e;
}

int
index_xlsx_close(struct index_xlsx *x, const char *name, struct errlist *errs)
{
    lxw_error e = x->err;
    if (e == LXW_NO_ERROR && x->n > 0)
        e = worksheet_autofilter(x->ws, HEADER_ROW, 0, (lxw_row_t) (HEADER_ROW + x->n), NCOLS - 1);
    if (x->wb != NULL) {
        if (e == LXW_NO_ERROR)
            e = workbook_close(x->wb); /* frees the workbook */
        else
            lxw_workbook_free(x->wb); /* nothing half-built reaches the disk */
    }
    free(x);
    if (e != LXW_NO_ERROR) {
        err_at(errs, name, 0, 0, "cannot write workbook: %s", lxw_strerror(e));
        return -1;
    }
    return 0;
}
