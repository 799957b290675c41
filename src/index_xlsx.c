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

enum { COL_CLIENT, COL_STATUS, COL_WEEK, COL_NEXT, COL_LAST, COL_FLAG, COL_ERROR, NCOLS };

static const struct {
    const char *title;
    double width;
} cols[NCOLS] = {
    [COL_CLIENT] = {"Client", 22}, [COL_STATUS] = {"Status", 11},
    [COL_WEEK] = {"Block week", 11}, [COL_NEXT] = {"Next week's top sets", 44},
    [COL_LAST] = {"Last log", 11},   [COL_FLAG] = {"Flag", 24},
    [COL_ERROR] = {"Error", 60},
};

#define TITLE_ROW 0
#define HEADER_ROW 1
#define FIRST_ROW 2

#define FILL_FAILED 0xF8CBAD /* a client whose plan failed */
#define FILL_FLAGGED 0xFFF2CC /* a client to chase: no log lately */
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
    char *clean = utf8_clean(s);
    const char *text = clean ? clean : s;
    size_t len = strlen(text);
    char *cut = len > TEXT_MAX ? xstrndup(text, utf8_cut(text, len, TEXT_MAX)) : NULL;
    lxw_error e = worksheet_write_string(ws, r, c, cut ? cut : text, f);
    free(cut);
    free(clean);
    return e;
}

static lxw_error
write_sheet(lxw_workbook *wb, const struct index_row *rows, size_t n, day_t as_of)
{
    struct styles st;
    make_styles(wb, &st);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Index");
    if (ws == NULL)
        return LXW_ERROR_MEMORY_MALLOC_FAILED;

    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_footer(ws, "&CPage &P of &N");
    worksheet_freeze_panes(ws, FIRST_ROW, 1);
    lxw_error e = worksheet_repeat_rows(ws, HEADER_ROW, HEADER_ROW);
    for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++)
        e = worksheet_set_column(ws, c, c, cols[c].width, NULL);

    char title[64], day[11];
    snprintf(title, sizeof title, "topset batch index, as of %s", date_format(day, as_of));
    if (e == LXW_NO_ERROR)
        e = worksheet_write_string(ws, TITLE_ROW, 0, title, st.title);
    for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++)
        e = worksheet_write_string(ws, HEADER_ROW, c, cols[c].title, st.header);

    for (size_t i = 0; i < n && e == LXW_NO_ERROR; i++) {
        const struct index_row *x = &rows[i];
        const char *v[NCOLS] = {
            [COL_CLIENT] = x->client, [COL_STATUS] = x->status, [COL_WEEK] = x->block_week,
            [COL_NEXT] = x->next_week, [COL_LAST] = x->last_log, [COL_FLAG] = x->flag,
            [COL_ERROR] = x->error,
        };
        enum look look = strcmp(x->status, "failed") == 0 ? LOOK_FAILED
                         : *x->flag != '\0'               ? LOOK_FLAGGED
                                                          : LOOK_OK;
        lxw_row_t r = (lxw_row_t)(FIRST_ROW + i);
        for (lxw_col_t c = 0; c < NCOLS && e == LXW_NO_ERROR; c++) {
            long week;
            /* The block week is a number a coach sorts by; the rest text. */
            if (c == COL_WEEK && parse_int(v[c], &week) == 0)
                e = worksheet_write_number(ws, r, c, (double)week, st.cell[look]);
            else if (*v[c] == '\0')
                e = worksheet_write_blank(ws, r, c, st.cell[look]);
            else
                e = put_text(ws, r, c, v[c], st.cell[look]);
        }
    }
    if (e == LXW_NO_ERROR && n > 0)
        e = worksheet_autofilter(ws, HEADER_ROW, 0, (lxw_row_t)(HEADER_ROW + n), NCOLS - 1);
    return e;
}

int
index_xlsx_write(const struct index_row *rows, size_t n, day_t as_of, const char *path,
                 const char *name, struct errlist *errs)
{
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash == NULL)
        strcpy(dir, ".");
    else if (slash == dir)
        slash[1] = '\0';
    else
        *slash = '\0';

    /* Rows go out in order, so each is flushed as the next begins
     * (constant_memory): an index of 10,000 clients costs no more memory
     * than one of 10. Its parts are staged beside the output, not in /tmp. */
    lxw_workbook_options opts = {.constant_memory = LXW_TRUE, .tmpdir = dir};
    lxw_workbook *wb = workbook_new_opt(path, &opts);
    lxw_error e = LXW_ERROR_MEMORY_MALLOC_FAILED;
    if (wb != NULL) {
        char title[] = "topset batch index", author[] = "topset";
        long long created = date_to_epoch(as_of);
        lxw_doc_properties props = {
            .title = title,
            .author = author,
            /* 0 would mean "now": keep the same run's file the same. */
            .created = (time_t)(created != 0 ? created : 86400),
        };
        e = workbook_set_properties(wb, &props);
        if (e == LXW_NO_ERROR)
            e = write_sheet(wb, rows, n, as_of);
        if (e == LXW_NO_ERROR)
            e = workbook_close(wb); /* frees the workbook */
        else
            lxw_workbook_free(wb); /* nothing half-built reaches the disk */
    }
    free(dir);
    if (e != LXW_NO_ERROR) {
        err_at(errs, name, 0, 0, "cannot write workbook: %s", lxw_strerror(e));
        return -1;
    }
    return 0;
}
