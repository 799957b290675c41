/*
 * plan_xlsx: the plan as a printable workbook (PLAN WORKBOOK in
 * topset-formats(5)). With index_xlsx.c, the only files that include
 * <xlsxwriter.h>, so the library's quirks (1.1.4 signatures, stderr
 * chatter, close() freeing the workbook) stay in the writers.
 *
 * Sheets: "Overview" (lift x week top sets, as formulas on the week
 * sheets), then "Week 1" ... "Week N". A week sheet is a title row, a
 * header row, then per day a bold band row followed by one row per set in
 * training order. Loads that follow a top set are formulas on the top
 * set's load cell with our value cached, so a spreadsheet shows the right
 * number without recalculating and moves with an edited top set.
 *
 * User text (names, notes, reasons) is only ever written as a string
 * cell, never as a formula. The document's creation time comes from the
 * plan's as-of date, so the same plan gives the same bytes.
 */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "plan_xlsx.h"
#include "utf8.h"
#include "util.h"

/* --- layout ----------------------------------------------------------- */

/* Week sheet rows (zero-based): a title, the column header, then data. */
#define WEEK_TITLE_ROW 0
#define WEEK_HEADER_ROW 1
#define WEEK_FIRST_ROW 2

/* Overview rows: a title, three facts, a gap, two header rows, then data. */
#define OV_TITLE_ROW 0
#define OV_FACTS_ROW 1
#define OV_HEAD_ROW 5
#define OV_SUBHEAD_ROW 6
#define OV_FIRST_ROW 7
#define OV_FIRST_WEEK_COL 2

/* A cell holds at most this many characters; longer user text is cut. */
#define TEXT_MAX 32767

/* Excel paper codes. */
#define PAPER_CODE_LETTER 1
#define PAPER_CODE_A4 9

enum week_col {
    COL_DAY,
    COL_EXERCISE,
    COL_SET,
    COL_TYPE,
    COL_LOAD,
    COL_PLATES,
    COL_REPS,
    COL_RPE,
    COL_DONE_LOAD,
    COL_DONE_REPS,
    COL_DONE_RPE,
    COL_NOTES,
    COL_WHY, /* last: on screen, not printed (the gym sheet ends at Notes) */
    NCOLS
};

/* The week sheet's columns: header text, whether the plan's unit follows
 * it ("Load (kg)"), and width in characters (the least, for those sized
 * from the plan: exercise, plates, notes). Headers wrap onto two lines, so
 * "Done load" needs no more room than the "102.5" written under it. */
static const struct {
    const char *title;
    bool unit;
    double width;
} week_cols[NCOLS] = {
    [COL_DAY] = {"Day", false, 4}, /* the band's day name runs on over blank cells */
    [COL_EXERCISE] = {"Exercise", false, 10},
    [COL_SET] = {"Set", false, 4},
    [COL_TYPE] = {"Type", false, 9},
    [COL_LOAD] = {"Load", true, 7},
    [COL_PLATES] = {"Plates", false, 7},
    [COL_REPS] = {"Reps", false, 5},
    [COL_RPE] = {"RPE", false, 5},
    [COL_DONE_LOAD] = {"Done load", false, 7},
    [COL_DONE_REPS] = {"Done reps", false, 7},
    [COL_DONE_RPE] = {"Done RPE", false, 7},
    [COL_NOTES] = {"Notes", false, 12},
    [COL_WHY] = {"Why", false, 40},
};

/*
 * Printing a week sheet: every training day starts a page; the scale is
 * fixed so 11 pt type prints at 9.7 pt (never fit-to-width, which shrank
 * it to 6.5 pt), and the columns are sized so the sheet up to Notes is one
 * page wide at that scale, Notes taking the room left. A width counts in
 * digits of the sheet's font: Calibri's are 7 pixels, but LibreOffice
 * without Calibri prints in DejaVu Sans, whose are 9.4; the page is
 * planned for the wider one, so it fits both. Landscape pages.
 */
#define PRINT_SCALE 88
#define MARGIN_SIDE 0.3 /* inches */
#define MARGIN_TOP 0.65
#define MARGIN_BOTTOM 0.6
#define DIGIT_PX 9.5 /* the widest digit we plan for, in pixels */
#define PAD_PX 8     /* a column's padding in that font, in pixels */
#define EXERCISE_MAX_WIDTH 24
#define PLATES_MAX_WIDTH 26
#define NOTES_MAX_WIDTH 60
#define HEADER_HEIGHT 30 /* points: two lines */
#define ROW_HEIGHT 15    /* points: a line of 11 pt type */

/* How each kind of set row looks. */
static const struct {
    const char *label; /* the Type column */
    bool bold, italic;
    lxw_color_t color; /* font colour; 0: default */
    lxw_color_t fill;  /* background; 0: none */
} kinds[SET_TYPE_COUNT] = {
    [SET_WARMUP] = {"warm-up", false, true, 0x808080, 0},
    [SET_TOP] = {"top", true, false, 0, 0},
    [SET_BACKOFF] = {"back-off", false, false, 0, 0xE2EFDA},
    [SET_DROP] = {"drop", false, true, 0, 0xFCE4D6},
    [SET_WORK] = {"work", false, false, 0, 0},
};

#define COLOR_RULE 0xBFBFBF /* the thin line under each set row */
#define COLOR_HEADER 0xD9D9D9
#define COLOR_BAND 0xDDEBF7

struct styles {
    lxw_format *title, *header, *band, *label;
    lxw_format *cell[SET_TYPE_COUNT];   /* a set row's cells */
    lxw_format *done[SET_TYPE_COUNT];   /* the lifter's boxes on that row */
    lxw_format *plates[SET_TYPE_COUNT]; /* its plates, centred off the load */
    lxw_format *amrap[SET_TYPE_COUNT];  /* the reps of an AMRAP set: 5 shown "5+" */
    lxw_format *bw[SET_TYPE_COUNT];     /* a bodyweight load: 0 shown "BW", 5 "BW+5" */
    lxw_format *notes[SET_TYPE_COUNT];  /* notes: the row's fill, plain wrapped type */
    lxw_format *ov_cell;                /* overview values */
    lxw_format *ov_date;                /* overview dates */
    lxw_format *ov_bw;                  /* overview loads of a bodyweight lift: "BW", "BW+5" */
    lxw_format *ov_amrap;               /* overview reps of an AMRAP top set: "5+" */
};

/* Where a set's row is: which week sheet and which row on it. */
struct pos {
    size_t week;
    lxw_row_t row;
};

struct ctx {
    const struct plan *p;
    lxw_workbook *wb;
    lxw_worksheet *overview;
    lxw_worksheet **weeks; /* one per plan week */
    char **week_names;     /* "Week 1", ... */
    struct pos *pos;       /* one per plan set */
    double width[NCOLS];   /* the week sheets' column widths (chars) */
    struct styles st;
    lxw_error err; /* the first failure */
};

/* Record a failed call and leave the function. */
#define TRY(c, call)                                                                               \
    do {                                                                                           \
        lxw_error try_err_ = (call);                                                               \
        if (try_err_ != LXW_NO_ERROR) {                                                            \
            (c)->err = try_err_;                                                                   \
            return -1;                                                                             \
        }                                                                                          \
    } while (0)

/* --- text helpers ----------------------------------------------------- */

/* A number in a formula, as fmt_num writes it (32 bytes). */
#define NUM_MAX 32

/* A number as a formula literal in buf: short ("92.5") when that reads
 * back as v, else every digit, so the spreadsheet computes what we did.
 * Returns buf. */
static char *
num_literal(char buf[NUM_MAX], double v)
{
    fmt_num(buf, v);
    if (strtod(buf, NULL) != v)
        snprintf(buf, NUM_MAX, "%.17g", v);
    return buf;
}

/*
 * The page-header form of the character at s: '&' doubled (Excel's
 * escape), anything else as is, a UTF-8 sequence whole. libxlsxwriter
 * 1.1.4 counts every "&G" and "&[Picture]" in a header as an image
 * placeholder, and on a mismatch prints a warning, fails and leaves a
 * freed pointer that the workbook frees again. So a user '&' before 'G' or
 * '[' gets a zero-width space after its "&&": same look, no placeholder.
 * Control characters become spaces and bytes that are not UTF-8 U+FFFD.
 * Writes at most 5 bytes to out; returns their number and sets *used to the
 * bytes of s taken.
 */
static size_t
hf_char(const unsigned char *s, char out[5], size_t *used)
{
    static const char zwsp[] = "\xE2\x80\x8B";
    if (*s == '&') {
        *used = 1;
        out[0] = out[1] = '&';
        if (s[1] != 'G' && s[1] != '[')
            return 2;
        memcpy(out + 2, zwsp, 3);
        return 5;
    }
    if (*s < 0x20 || *s == 0x7F) {
        /* Written raw, a control character would break the XML. */
        *used = 1;
        out[0] = ' ';
        return 1;
    }
    return utf8_char(s, out, used);
}

/* Bytes src takes in a page header. */
static size_t
hf_len(const char *src)
{
    const unsigned char *s = (const unsigned char *) src;
    size_t total = 0, used;
    char buf[5];
    for (; *s != '\0'; s += used)
        total += hf_char(s, buf, &used);
    return total;
}

/*
 * Append src in its page-header form to dst (which holds *len bytes, room
 * for cap), whole characters only, at most max bytes.
 */
static void
put_hf_text(char *dst, size_t *len, size_t cap, const char *src, size_t max)
{
    const unsigned char *s = (const unsigned char *) src;
    size_t added = 0, used;
    char buf[5];
    for (; *s != '\0'; s += used) {
        size_t n = hf_char(s, buf, &used);
        if (added + n > max || *len + n >= cap)
            break;
        memcpy(dst + *len, buf, n);
        *len += n;
        added += n;
    }
    dst[*len] = '\0';
}

/*
 * The page header: "&L<client>&C<block> — <what>&R<unit>", within Excel's
 * 255 bytes. When client and block do not both fit, each gets half of the
 * room (a short one lends the other what it does not use).
 */
static void
page_header(char out[LXW_HEADER_FOOTER_MAX + 1], const struct plan *p, const char *what)
{
    static const char sep[] = " \xE2\x80\x94 "; /* " — " */
    const char *client = p->client ? p->client : "";
    const char *block = p->block ? p->block : "";
    size_t fixed = strlen("&C") + strlen(what) + strlen("&R") + strlen(unit_name(p->unit));
    if (*client != '\0')
        fixed += strlen("&L");
    if (*block != '\0')
        fixed += strlen(sep);
    size_t room = LXW_HEADER_FOOTER_MAX > fixed ? LXW_HEADER_FOOTER_MAX - fixed : 0;
    size_t want_c = hf_len(client), want_b = hf_len(block);
    size_t max_c = want_c, max_b = want_b;
    if (want_c + want_b > room) {
        size_t half = room / 2;
        if (want_c <= half)
            max_b = room - want_c;
        else if (want_b <= half)
            max_c = room - want_b;
        else {
            max_c = half;
            max_b = room - half;
        }
    }
    size_t len = 0, cap = LXW_HEADER_FOOTER_MAX + 1;
    out[0] = '\0';
    if (*client != '\0') {
        memcpy(out, "&L", 3);
        len = 2;
        put_hf_text(out, &len, cap, client, max_c);
    }
    len += (size_t) snprintf(out + len, cap - len, "&C");
    if (*block != '\0') {
        put_hf_text(out, &len, cap, block, max_b);
        len += (size_t) snprintf(out + len, cap - len, "%s", sep);
    }
    snprintf(out + len, cap - len, "%s&R%s", what, unit_name(p->unit));
}

/* --- cells ------------------------------------------------------------ */

/* User or generated text, always as a string cell (never a formula), made
 * valid UTF-8 and cut to what a cell holds. */
static lxw_error
put_text(lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s, lxw_format *f)
{
    /* libxlsxwriter writes an empty string with a format as a blank cell;
     * asking for the blank directly skips its string path (and ours). */
    if (*s == '\0' && f != NULL)
        return worksheet_write_blank(ws, r, c, f);
    char *fit = utf8_fit(s, TEXT_MAX);
    lxw_error e = worksheet_write_string(ws, r, c, fit ? fit : s, f);
    free(fit);
    return e;
}

/* A reference to a cell, on another sheet or not: "'Week 1'!E5". A
 * sheet name is quoted (with the quotes and the NUL,
 * LXW_MAX_SHEETNAME_LENGTH bytes) and followed by '!'. */
#define CELL_REF_MAX (LXW_MAX_SHEETNAME_LENGTH + 1 + LXW_MAX_CELL_NAME_LENGTH)
/* A formula that is a reference: "=" and one. */
#define REF_FORMULA_MAX (1 + CELL_REF_MAX)

/* The relative reference to the cell at r, c, in buf: "E5", or
 * "'Week 1'!E5" when sheet is not NULL (always quoted). Returns buf. */
static char *
cell_ref(char buf[CELL_REF_MAX], const char *sheet, lxw_row_t r, lxw_col_t c)
{
    char cell[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(cell, r, c);
    if (sheet == NULL)
        snprintf(buf, CELL_REF_MAX, "%s", cell);
    else
        snprintf(buf, CELL_REF_MAX, "'%s'!%s", sheet, cell);
    return buf;
}

/* --- formats ---------------------------------------------------------- */

static lxw_format *
new_format(struct ctx *c)
{
    lxw_format *f = workbook_add_format(c->wb);
    if (f == NULL)
        c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
    return f;
}

/* The background of a set row of kind k and the thin rule under it; its
 * text at the top, level with the first line of a wrapped note. */
static void
row_fill(lxw_format *f, int k)
{
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    if (kinds[k].fill != 0) {
        format_set_pattern(f, LXW_PATTERN_SOLID);
        format_set_bg_color(f, kinds[k].fill);
    }
    format_set_bottom(f, LXW_BORDER_THIN);
    format_set_bottom_color(f, COLOR_RULE);
}

/* The font of a set row of kind k, and with fill its row_fill. */
static void
row_look(lxw_format *f, int k, bool fill)
{
    if (kinds[k].bold)
        format_set_bold(f);
    if (kinds[k].italic)
        format_set_italic(f);
    if (kinds[k].color != 0)
        format_set_font_color(f, kinds[k].color);
    if (fill)
        row_fill(f, k);
}

/* An Overview cell that stays a number (for the formulas and the chart)
 * shown as the week sheets show it: a bodyweight lift's load "BW",
 * "BW+5"; an AMRAP top set's reps "5+". Made after the other formats, so
 * those keep their style numbers. */
static lxw_format *
make_ov_number(struct ctx *c, const char *num_format)
{
    lxw_format *f = new_format(c);
    if (f == NULL)
        return NULL;
    format_set_border(f, LXW_BORDER_THIN);
    format_set_border_color(f, COLOR_RULE);
    format_set_num_format(f, num_format);
    return f;
}

static int
make_styles(struct ctx *c)
{
    struct styles *st = &c->st;
    if ((st->title = new_format(c)) == NULL || (st->header = new_format(c)) == NULL
        || (st->band = new_format(c)) == NULL || (st->label = new_format(c)) == NULL
        || (st->ov_cell = new_format(c)) == NULL || (st->ov_date = new_format(c)) == NULL)
        return -1;
    format_set_bold(st->title);
    format_set_font_size(st->title, 14);

    format_set_bold(st->header);
    format_set_pattern(st->header, LXW_PATTERN_SOLID);
    format_set_bg_color(st->header, COLOR_HEADER);
    format_set_border(st->header, LXW_BORDER_THIN);
    format_set_align(st->header, LXW_ALIGN_CENTER);
    format_set_align(st->header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(st->header);

    format_set_bold(st->band);
    format_set_pattern(st->band, LXW_PATTERN_SOLID);
    format_set_bg_color(st->band, COLOR_BAND);
    format_set_top(st->band, LXW_BORDER_MEDIUM);
    format_set_bottom(st->band, LXW_BORDER_THIN);

    format_set_bold(st->label);

    format_set_border(st->ov_cell, LXW_BORDER_THIN);
    format_set_border_color(st->ov_cell, COLOR_RULE);
    format_set_border(st->ov_date, LXW_BORDER_THIN);
    format_set_border_color(st->ov_date, COLOR_RULE);
    /* "19 Oct 26": fits the Overview's narrow columns (the chart's axis
     * shows the dates in full). */
    format_set_num_format(st->ov_date, "d mmm yy");

    for (int k = 0; k < SET_TYPE_COUNT; k++) {
        lxw_format *cell = st->cell[k] = new_format(c);
        lxw_format *done = st->done[k] = new_format(c);
        if (cell == NULL || done == NULL)
            return -1;
        row_look(cell, k, true);
        row_look(done, k, false);
        /* The lifter's boxes stay white with a full border: room to write. */
        format_set_border(done, LXW_BORDER_THIN);
        format_set_align(done, LXW_ALIGN_CENTER);
        format_set_align(done, LXW_ALIGN_VERTICAL_TOP);
    }
    /* The plates text looks like its row, centred so it does not run into
     * the right-aligned load beside it. Made after the others, which keep
     * their style numbers. */
    for (int k = 0; k < SET_TYPE_COUNT; k++) {
        if ((st->plates[k] = new_format(c)) == NULL)
            return -1;
        row_look(st->plates[k], k, true);
        format_set_align(st->plates[k], LXW_ALIGN_CENTER);
    }
    /* An AMRAP set's reps stay a number (formulas and the overview read
     * it) shown as coaches write it, "5+". */
    for (int k = 0; k < SET_TYPE_COUNT; k++) {
        if ((st->amrap[k] = new_format(c)) == NULL)
            return -1;
        row_look(st->amrap[k], k, true);
        format_set_num_format(st->amrap[k], "0\"+\"");
    }
    /* A bodyweight lift's load stays a number (formulas read it), shown
     * as coaches write it: "BW", "BW+5". Only used formats are written. */
    for (int k = 0; k < SET_TYPE_COUNT; k++) {
        if ((st->bw[k] = new_format(c)) == NULL)
            return -1;
        row_look(st->bw[k], k, true);
        format_set_num_format(st->bw[k], "\"BW+\"General;-General;\"BW\"");
    }
    /* Notes print in plain type (a warm-up's grey italic was missed),
     * wrapped within their column rather than cut. */
    for (int k = 0; k < SET_TYPE_COUNT; k++) {
        if ((st->notes[k] = new_format(c)) == NULL)
            return -1;
        row_fill(st->notes[k], k);
        format_set_text_wrap(st->notes[k]);
    }
    if ((st->ov_bw = make_ov_number(c, "\"BW+\"General;-General;\"BW\"")) == NULL
        || (st->ov_amrap = make_ov_number(c, "0\"+\"")) == NULL)
        return -1;
    return 0;
}

/* --- print setup ------------------------------------------------------ */

static int
print_setup(struct ctx *c, lxw_worksheet *ws, const char *what, bool repeat, lxw_row_t head_first,
            lxw_row_t head_last, lxw_col_t freeze_col)
{
    char header[LXW_HEADER_FOOTER_MAX + 1];
    page_header(header, c->p, what);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, c->p->paper == PAPER_LETTER ? PAPER_CODE_LETTER : PAPER_CODE_A4);
    worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
    if (repeat)
        TRY(c, worksheet_repeat_rows(ws, head_first, head_last));
    TRY(c, worksheet_set_header(ws, header));
    TRY(c, worksheet_set_footer(ws, "&CPage &P of &N"));
    worksheet_freeze_panes(ws, head_last + 1, freeze_col);
    return 0;
}

/* The column width (characters) that shows n characters of text, at
 * least least and at most most: a width counts digits, and a plates
 * text's '+' is wider than a digit; two to spare, so centred plates keep
 * clear of the load beside them. */
static double
fit_width(size_t n, double least, double most)
{
    double w = (double) n * 1.1 + 1.5;
    return w < least ? least : w > most ? most : w;
}

/* A column of w characters in points at 100%, in the wider font: w
 * digits and its padding, 0.75 pt a pixel. */
static double
col_points(double w)
{
    return (DIGIT_PX * w + PAD_PX) * 0.75;
}

/* Size the week sheets' columns for this plan: exercise and plates as
 * wide as their longest text (the plates of the heaviest load never cut),
 * then Notes whatever is left of a page's width at PRINT_SCALE. */
static void
size_columns(struct ctx *c)
{
    const struct plan *p = c->p;
    size_t ex = 0, plates = 0;
    for (int col = 0; col < NCOLS; col++)
        c->width[col] = week_cols[col].width;
    for (size_t ei = 0; ei < p->nexs; ei++)
        if (utf8_chars(p->exs[ei].name) > ex)
            ex = utf8_chars(p->exs[ei].name);
    for (size_t si = 0; si < p->nsets; si++)
        if (p->sets[si].plates && utf8_chars(p->sets[si].plates) > plates)
            plates = utf8_chars(p->sets[si].plates);
    /* Names are letters, narrower than the digits a width counts. */
    c->width[COL_EXERCISE] = fit_width(ex * 10 / 11, week_cols[COL_EXERCISE].width,
                                       EXERCISE_MAX_WIDTH);
    c->width[COL_PLATES] = fit_width(plates, week_cols[COL_PLATES].width, PLATES_MAX_WIDTH);

    double paper_in = p->paper == PAPER_LETTER ? 11.0 : 11.69; /* landscape width */
    double room = (paper_in - 2 * MARGIN_SIDE) * 72 * 100 / PRINT_SCALE;
    for (int col = 0; col < COL_NOTES; col++)
        room -= col_points(c->width[col]);
    double notes = (room / 0.75 - PAD_PX) / DIGIT_PX - 1; /* a digit to spare */
    c->width[COL_NOTES] = notes < week_cols[COL_NOTES].width ? week_cols[COL_NOTES].width
                          : notes > NOTES_MAX_WIDTH          ? NOTES_MAX_WIDTH
                                                             : (double) (long) notes;
}

/* A week sheet's print setup: its scale and margins, a page per training
 * day (a break above every band but the first) and the print area from
 * the first column to Notes. last is the sheet's last row. */
static int
week_print(struct ctx *c, lxw_worksheet *ws, size_t wi, lxw_row_t last)
{
    const struct plan_week *w = &c->p->weeks[wi];
    lxw_row_t breaks[LXW_BREAKS_MAX + 1];
    size_t nb = 0;
    lxw_row_t r = WEEK_FIRST_ROW;
    for (size_t di = w->first_day; di < w->first_day + w->ndays; di++) {
        const struct plan_day *d = &c->p->days[di];
        if (di > w->first_day && nb < LXW_BREAKS_MAX)
            breaks[nb++] = r;
        r++;
        for (size_t ei = d->first_ex; ei < d->first_ex + d->nex; ei++)
            r += (lxw_row_t) c->p->exs[ei].nsets;
    }
    breaks[nb] = 0;
    worksheet_set_print_scale(ws, PRINT_SCALE);
    worksheet_set_margins(ws, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    if (nb > 0)
        TRY(c, worksheet_set_h_pagebreaks(ws, breaks));
    TRY(c, worksheet_print_area(ws, 0, 0, last, COL_NOTES));
    return 0;
}

/* --- week sheets ------------------------------------------------------ */

/* Give every set its sheet and row; warm-ups refer to the top set below
 * them, so all rows must be known before any formula is written. */
static void
layout(struct ctx *c)
{
    const struct plan *p = c->p;
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        const struct plan_week *w = &p->weeks[wi];
        lxw_row_t r = WEEK_FIRST_ROW;
        for (size_t di = w->first_day; di < w->first_day + w->ndays; di++) {
            const struct plan_day *d = &p->days[di];
            r++; /* the day's band */
            for (size_t ei = d->first_ex; ei < d->first_ex + d->nex; ei++) {
                const struct plan_exercise *e = &p->exs[ei];
                for (size_t si = e->first_set; si < e->first_set + e->nsets; si++)
                    c->pos[si] = (struct pos){wi, r++};
            }
        }
    }
}

/* A load on its top set's load cell: "REF*NUM/DEN", and that in
 * load_round_formula()'s rounding, after "=". */
#define LOAD_EXPR_MAX (CELL_REF_MAX + 1 + NUM_MAX + 1 + NUM_MAX)
#define LOAD_FORMULA_MAX (1 + LOAD_EXPR_MAX + LOAD_ROUND_EXTRA)

/* The load cell of set si: a number, or a formula on its top set. */
static int
put_load(struct ctx *c, lxw_worksheet *ws, size_t wi, const struct plan_exercise *e, size_t si,
         lxw_format *f)
{
    const struct plan *p = c->p;
    const struct plan_set *s = &p->sets[si];
    lxw_row_t r = c->pos[si].row;
    if (s->from_top < 0 || (size_t) s->from_top >= p->nsets || s->den == 0) {
        TRY(c, worksheet_write_number(ws, r, COL_LOAD, s->weight, f));
        return 0;
    }
    const struct pos *top = &c->pos[s->from_top];
    const char *sheet = top->week == wi ? NULL : c->week_names[top->week];
    char ref[CELL_REF_MAX], formula[LOAD_FORMULA_MAX];
    cell_ref(ref, sheet, top->row, COL_LOAD);
    if (s->num == s->den) {
        snprintf(formula, sizeof formula, "=%s", ref);
    } else {
        char num[NUM_MAX], den[NUM_MAX], expr[LOAD_EXPR_MAX];
        snprintf(expr, sizeof expr, "%s*%s/%s", ref, num_literal(num, s->num),
                 num_literal(den, s->den));
        /* Rounded to the step as load_round() rounds the value we cache. */
        formula[0] = '=';
        if (e->step > 0)
            load_round_formula_mode(formula + 1, sizeof formula - 1, expr, e->step, e->round);
        else
            snprintf(formula + 1, sizeof formula - 1, "%s", expr);
    }
    TRY(c, worksheet_write_formula_num(ws, r, COL_LOAD, formula, f, s->weight));
    return 0;
}

/* A number cell, or a blank one (same look) when v is 0 and zero_blank. */
static lxw_error
put_num(lxw_worksheet *ws, lxw_row_t r, lxw_col_t col, double v, bool zero_blank, lxw_format *f)
{
    if (zero_blank && v == 0)
        return worksheet_write_blank(ws, r, col, f);
    return worksheet_write_number(ws, r, col, v, f);
}

/* An exercise's notes in row r, wrapped, and the row as tall as they
 * need: spreadsheets do not grow a row for wrapped text by themselves
 * (LibreOffice printed a long note over the row above). Lines are counted
 * for the page's width, a tenth of each wasted at word breaks. */
static int
put_notes(struct ctx *c, lxw_worksheet *ws, lxw_row_t r, const char *notes, lxw_format *f)
{
    TRY(c, put_text(ws, r, COL_NOTES, notes, f));
    size_t per_line = (size_t) ((c->width[COL_NOTES] - 1) * 0.9);
    size_t lines = (utf8_chars(notes) + per_line - 1) / (per_line ? per_line : 1);
    if (lines > 1)
        TRY(c, worksheet_set_row(ws, r, ROW_HEIGHT * (double) (lines < 15 ? lines : 15), NULL));
    return 0;
}

/* Set si's row; name is the exercise's name as put_text would write it
 * (made once per exercise, not once per set), notes_at the set that
 * carries the exercise's notes. */
static int
put_set_row(struct ctx *c, lxw_worksheet *ws, size_t wi, const struct plan_exercise *e,
            const char *name, size_t notes_at, size_t si)
{
    const struct plan_set *s = &c->p->sets[si];
    int k = (unsigned) s->type < SET_TYPE_COUNT ? (int) s->type : SET_WORK;
    lxw_format *f = c->st.cell[k], *box = c->st.done[k];
    lxw_row_t r = c->pos[si].row;

    TRY(c, worksheet_write_blank(ws, r, COL_DAY, f));
    TRY(c, worksheet_write_string(ws, r, COL_EXERCISE, name, f));
    TRY(c, worksheet_write_number(ws, r, COL_SET, s->number, f));
    TRY(c, worksheet_write_string(ws, r, COL_TYPE, kinds[k].label, f)); /* ours: clean */
    if (put_load(c, ws, wi, e, si, e->bodyweight ? c->st.bw[k] : f) != 0)
        return -1;
    /* Per side, for the load we computed: a coach who overwrites a top set
     * gets live loads, but this text stays as planned. */
    TRY(c, put_text(ws, r, COL_PLATES, s->plates ? s->plates : "", c->st.plates[k]));
    TRY(c, worksheet_write_number(ws, r, COL_REPS, s->reps, s->amrap ? c->st.amrap[k] : f));
    if (s->rpe_cap > 0) { /* "\u22648": stop at RPE 8, as the PDF prints it */
        char rpe[40];
        TRY(c, worksheet_write_string(ws, r, COL_RPE, plan_rpe_text(rpe, s), f));
    } else
        TRY(c, put_num(ws, r, COL_RPE, s->rpe, true, f));
    if (s->done) {
        TRY(c, put_num(ws, r, COL_DONE_LOAD, s->actual_weight, false, box));
        TRY(c, put_num(ws, r, COL_DONE_REPS, s->actual_reps, false, box));
        TRY(c, put_num(ws, r, COL_DONE_RPE, s->actual_rpe, true, box));
    } else {
        TRY(c, worksheet_write_blank(ws, r, COL_DONE_LOAD, box));
        TRY(c, worksheet_write_blank(ws, r, COL_DONE_REPS, box));
        TRY(c, worksheet_write_blank(ws, r, COL_DONE_RPE, box));
    }
    TRY(c, put_text(ws, r, COL_WHY, s->why ? s->why : "", f));
    /* Notes belong to the exercise: once, on the row the lifter reads
     * first, its top set (the first row when it has none). */
    if (si != notes_at)
        return put_notes(c, ws, r, "", c->st.notes[k]);
    /* Its rest and tempo lead the notes, so they print with its sets. */
    char *note = plan_exercise_note(e);
    int rc = put_notes(c, ws, r, note, c->st.notes[k]);
    free(note);
    return rc;
}

static int
write_week(struct ctx *c, size_t wi)
{
    const struct plan *p = c->p;
    const struct plan_week *w = &p->weeks[wi];
    lxw_worksheet *ws = c->weeks[wi];
    char from[11], to[11], what[96], unit_title[32];

    date_format(from, w->monday);
    date_format(to, w->monday + 6);
    snprintf(what, sizeof what, "%s (%s to %s)", c->week_names[wi], from, to);

    /* Title: who, which block, which week; the page header repeats it. */
    char *title = xasprintf(
        "%s%s%s%s%s", p->client ? p->client : "", p->client && *p->client ? " \xE2\x80\x94 " : "",
        p->block ? p->block : "", p->block && *p->block ? " \xE2\x80\x94 " : "", what);
    lxw_error e = put_text(ws, WEEK_TITLE_ROW, 0, title, c->st.title);
    free(title);
    TRY(c, e);

    for (int col = 0; col < NCOLS; col++) {
        const char *head = week_cols[col].title;
        if (week_cols[col].unit) {
            snprintf(unit_title, sizeof unit_title, "%s (%s)", head, unit_name(p->unit));
            head = unit_title;
        }
        TRY(c, worksheet_write_string(ws, WEEK_HEADER_ROW, (lxw_col_t) col, head, c->st.header));
        TRY(c, worksheet_set_column(ws, (lxw_col_t) col, (lxw_col_t) col, c->width[col], NULL));
    }
    TRY(c, worksheet_set_row(ws, WEEK_HEADER_ROW, HEADER_HEIGHT, NULL));

    lxw_row_t r = WEEK_FIRST_ROW;
    for (size_t di = w->first_day; di < w->first_day + w->ndays; di++) {
        const struct plan_day *d = &p->days[di];
        TRY(c, put_text(ws, r, COL_DAY, d->name, c->st.band));
        for (int col = COL_DAY + 1; col < NCOLS; col++)
            TRY(c, worksheet_write_blank(ws, r, (lxw_col_t) col, c->st.band));
        if (d->dated) {
            /* The session's date, right of the day's name (which runs on
             * over the blank cells before it); log_xlsx.c reads it back. */
            char date[11], text[16];
            snprintf(text, sizeof text, "%s %s", date_weekday_abbr(date_weekday(d->date)),
                     date_format(date, d->date));
            TRY(c, worksheet_write_string(ws, r, COL_LOAD, text, c->st.band));
        }
        r++;
        for (size_t ei = d->first_ex; ei < d->first_ex + d->nex; ei++) {
            const struct plan_exercise *ex = &p->exs[ei];
            char *fit = utf8_fit(ex->name, TEXT_MAX);
            long top = plan_exercise_top(p, ex);
            size_t notes_at = top >= 0 ? (size_t) top : ex->first_set;
            int rc = 0;
            for (size_t si = ex->first_set; rc == 0 && si < ex->first_set + ex->nsets; si++, r++)
                rc = put_set_row(c, ws, wi, ex, fit ? fit : ex->name, notes_at, si);
            free(fit);
            if (rc != 0)
                return -1;
        }
    }
    if (week_print(c, ws, wi, r > WEEK_FIRST_ROW ? r - 1 : WEEK_HEADER_ROW) != 0)
        return -1;
    return print_setup(c, ws, what, true, WEEK_HEADER_ROW, WEEK_HEADER_ROW, 0);
}

/* --- overview --------------------------------------------------------- */

/* The format of lift li's loads on the Overview: "BW+5" for a
 * bodyweight lift, a plain number for the rest. */
static lxw_format *
ov_load_format(const struct ctx *c, size_t li)
{
    return c->p->lifts[li].bodyweight ? c->st.ov_bw : c->st.ov_cell;
}

/*
 * The Overview's width of column col (characters): Day, Exercise, then
 * Load and Reps per week, then Date and e1RM pairs. Narrow enough that
 * the table of 6 weeks (and the two charts under it) fit a landscape page
 * at 85% or more, so its 11 pt type prints at 9 pt or more: the week's
 * heading wraps onto two lines ("Week 1" over its date).
 */
static double
ov_width(const struct plan *p, lxw_col_t col)
{
    if (col < OV_FIRST_WEEK_COL)
        return col == 0 ? 11 : 22;
    if (col < OV_FIRST_WEEK_COL + 2 * p->nweeks)
        return (col - OV_FIRST_WEEK_COL) % 2 == 0 ? 8 : 5;
    return col % 2 == 0 ? 8 : 5;
}

static int
write_overview_head(struct ctx *c)
{
    const struct plan *p = c->p;
    lxw_worksheet *ws = c->overview;
    char date[11], load_title[32], label[64];
    static const char *const facts[] = {"Block", "Start", "Unit"};
    const char *values[3] = {p->block ? p->block : "", date_format(date, p->start),
                             unit_name(p->unit)};

    TRY(c, put_text(ws, OV_TITLE_ROW, 0, p->client && *p->client ? p->client : "Training plan",
                    c->st.title));
    for (lxw_row_t i = 0; i < 3; i++) {
        TRY(c, worksheet_write_string(ws, OV_FACTS_ROW + i, 0, facts[i], c->st.label));
        TRY(c, put_text(ws, OV_FACTS_ROW + i, 1, values[i], NULL));
    }

    TRY(c, worksheet_write_blank(ws, OV_HEAD_ROW, 0, c->st.header));
    TRY(c, worksheet_write_blank(ws, OV_HEAD_ROW, 1, c->st.header));
    /* Two lines: "Week 1" over "2026-11-23". */
    TRY(c, worksheet_set_row(ws, OV_HEAD_ROW, HEADER_HEIGHT, NULL));
    TRY(c, worksheet_write_string(ws, OV_SUBHEAD_ROW, 0, "Day", c->st.header));
    TRY(c, worksheet_write_string(ws, OV_SUBHEAD_ROW, 1, "Exercise", c->st.header));
    TRY(c, worksheet_set_column(ws, 0, 0, ov_width(p, 0), NULL));
    TRY(c, worksheet_set_column(ws, 1, 1, ov_width(p, 1), NULL));
    snprintf(load_title, sizeof load_title, "Load (%s)", unit_name(p->unit));
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        lxw_col_t col = (lxw_col_t) (OV_FIRST_WEEK_COL + 2 * wi);
        /* "Week 1" over its Monday: two lines in the week's two columns. */
        snprintf(label, sizeof label, "%s\n%s", c->week_names[wi],
                 date_format(date, p->weeks[wi].monday));
        TRY(c,
            worksheet_merge_range(ws, OV_HEAD_ROW, col, OV_HEAD_ROW, col + 1, label, c->st.header));
        TRY(c, worksheet_write_string(ws, OV_SUBHEAD_ROW, col, load_title, c->st.header));
        TRY(c, worksheet_write_string(ws, OV_SUBHEAD_ROW, col + 1, "Reps", c->st.header));
        TRY(c, worksheet_set_column(ws, col, col, ov_width(p, col), NULL));
        TRY(c, worksheet_set_column(ws, col + 1, col + 1, ov_width(p, col + 1), NULL));
    }
    return 0;
}

/* --- overview charts -------------------------------------------------- */

/*
 * Under the overview table, side by side: a line chart of the planned top
 * set per week and a chart of the estimated 1RM of each logged session,
 * for every lift with a load (not only barbell lifts). The Overview prints
 * on one page down to the charts; the tables they read sit below, off the
 * print area: the planned top sets as formulas on the overview's own load
 * cells (an edited top set moves its line too), then the e1RM points.
 */

#define OV_CHART_ROWS 18      /* rows a chart covers at the scale below */
#define OV_CHART_W 504        /* pixels: 480 at 1.05 */
#define OV_CHART_GAP 16       /* pixels between the two charts */
#define EXCEL_EPOCH_DAY 25569 /* 1970-01-01 as an Excel date serial */

/* The first column past the charts, one or two side by side (Excel's 7
 * pixels a character and 5 of padding). */
static lxw_col_t
ov_charts_end(const struct plan *p, bool two)
{
    double px = 0, want = two ? 2 * OV_CHART_W + OV_CHART_GAP : OV_CHART_W;
    lxw_col_t col = 0;
    while (px < want && col < LXW_COL_MAX - 1)
        px += 7 * ov_width(p, col++) + 5;
    return col;
}

/* A chart titled title, its y axis named y_name (set once: libxlsxwriter
 * 1.1.4 leaks a name set twice). */
static lxw_chart *
new_chart(struct ctx *c, uint8_t type, const char *title, const char *y_name)
{
    lxw_chart *ch = workbook_add_chart(c->wb, type);
    if (ch == NULL) {
        c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return NULL;
    }
    /* The chart's type as large as the cells' (11 pt), so that it too
     * prints at 9 pt or more at the Overview's scale; fonts are set once,
     * like the names. */
    lxw_chart_font title_font = {.size = 12};
    lxw_chart_font font = {.size = 11};
    chart_title_set_name(ch, title);
    chart_title_set_name_font(ch, &title_font);
    chart_axis_set_name(ch->y_axis, y_name);
    chart_axis_set_name_font(ch->y_axis, &font);
    chart_axis_set_num_font(ch->x_axis, &font);
    chart_axis_set_num_font(ch->y_axis, &font);
    chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
    chart_legend_set_font(ch, &font);
    return ch;
}

/* Chart ch at row row, in the first (right false) or second place. */
static int
insert_chart(struct ctx *c, lxw_row_t row, lxw_chart *ch, bool right)
{
    lxw_chart_options opt = {.x_scale = 1.05, .y_scale = 1.15};
    if (right)
        opt.x_offset = OV_CHART_W + OV_CHART_GAP;
    TRY(c, worksheet_insert_chart_opt(c->overview, row, 0, ch, &opt));
    return 0;
}

/* The planned top-set table at row r (its chart at chart_row); returns
 * the next free row through *next. */
static int
write_load_chart(struct ctx *c, lxw_row_t r, lxw_row_t chart_row, lxw_row_t *next)
{
    const struct plan *p = c->p;
    lxw_worksheet *ws = c->overview;
    char title[64], formula[REF_FORMULA_MAX], ref[CELL_REF_MAX];
    snprintf(title, sizeof title, "Planned top set (%s)", unit_name(p->unit));
    TRY(c, worksheet_write_string(ws, r, 0, title, c->st.label));
    lxw_row_t head = r + 1;
    TRY(c, worksheet_write_string(ws, head, 0, "Day", c->st.header));
    TRY(c, worksheet_write_string(ws, head, 1, "Exercise", c->st.header));
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        snprintf(title, sizeof title, "Week %d", p->weeks[wi].number);
        TRY(c, worksheet_write_string(ws, head, (lxw_col_t) (OV_FIRST_WEEK_COL + wi), title,
                                      c->st.header));
    }
    snprintf(title, sizeof title, "Load (%s)", unit_name(p->unit));
    lxw_chart *ch = new_chart(c, LXW_CHART_LINE, "Planned top set per week", title);
    if (ch == NULL)
        return -1;
    lxw_row_t row = head + 1;
    lxw_col_t last = (lxw_col_t) (OV_FIRST_WEEK_COL + p->nweeks - 1);
    for (size_t li = 0; li < p->nlifts; li++) {
        if (!plan_lift_charted(p, li))
            continue;
        TRY(c, put_text(ws, row, 0, p->lifts[li].day, c->st.ov_cell));
        TRY(c, put_text(ws, row, 1, p->lifts[li].exercise, c->st.ov_cell));
        for (size_t wi = 0; wi < p->nweeks; wi++) {
            lxw_col_t col = (lxw_col_t) (OV_FIRST_WEEK_COL + wi);
            long top = plan_week_top(p, wi, li);
            if (top < 0) {
                TRY(c, worksheet_write_blank(ws, row, col, c->st.ov_cell));
                continue;
            }
            cell_ref(ref, NULL, (lxw_row_t) (OV_FIRST_ROW + li),
                     (lxw_col_t) (OV_FIRST_WEEK_COL + 2 * wi));
            snprintf(formula, sizeof formula, "=%s", ref);
            TRY(c, worksheet_write_formula_num(ws, row, col, formula, ov_load_format(c, li),
                                               p->sets[top].weight));
        }
        lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
        if (ser == NULL) {
            c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
            return -1;
        }
        chart_series_set_categories(ser, "Overview", head, OV_FIRST_WEEK_COL, head, last);
        chart_series_set_values(ser, "Overview", row, OV_FIRST_WEEK_COL, row, last);
        chart_series_set_name_range(ser, "Overview", row, 1);
        chart_series_set_marker_type(ser, LXW_CHART_MARKER_CIRCLE);
        row++;
    }
    if (insert_chart(c, chart_row, ch, false) != 0)
        return -1;
    *next = row + 1;
    return 0;
}

/* The estimated-1RM table at row r: per lift with points, a Date and an
 * e1RM column under the lift's name; its chart at chart_row, on the
 * right. */
static int
write_e1rm_chart(struct ctx *c, lxw_row_t r, lxw_row_t chart_row)
{
    const struct plan *p = c->p;
    lxw_worksheet *ws = c->overview;
    char title[64];
    size_t most = 0;
    for (size_t li = 0; li < p->nlifts; li++)
        if (p->lifts[li].npoints > most)
            most = p->lifts[li].npoints;
    if (most == 0)
        return 0; /* nothing logged: no table, no chart */

    snprintf(title, sizeof title, "Estimated 1RM from the log (%s)", unit_name(p->unit));
    TRY(c, worksheet_write_string(ws, r, 0, title, c->st.label));
    snprintf(title, sizeof title, "e1RM (%s)", unit_name(p->unit));
    lxw_chart *ch = new_chart(c, LXW_CHART_SCATTER_STRAIGHT_WITH_MARKERS,
                              "Estimated 1RM per session", title);
    if (ch == NULL)
        return -1;
    chart_axis_set_num_format(ch->x_axis, "yyyy-mm-dd");
    lxw_row_t name_row = r + 1, head = r + 2, first = r + 3;
    lxw_col_t col = 0;
    for (size_t li = 0; li < p->nlifts; li++) {
        const struct plan_lift *l = &p->lifts[li];
        if (l->npoints == 0)
            continue;
        TRY(c, worksheet_merge_range(ws, name_row, col, name_row, col + 1, "", c->st.header));
        TRY(c, put_text(ws, name_row, col, l->exercise, c->st.header));
        TRY(c, worksheet_write_string(ws, head, col, "Date", c->st.header));
        TRY(c, worksheet_write_string(ws, head, col + 1, "e1RM", c->st.header));
        for (size_t i = 0; i < l->npoints; i++) {
            const struct plan_point *pt = &p->points[l->first_point + i];
            lxw_row_t row = (lxw_row_t) (first + i);
            TRY(c, worksheet_write_number(ws, row, col, (double) (pt->date + EXCEL_EPOCH_DAY),
                                          c->st.ov_date));
            TRY(c, worksheet_write_number(ws, row, col + 1, pt->e1rm, c->st.ov_cell));
        }
        lxw_row_t last = (lxw_row_t) (first + l->npoints - 1);
        lxw_chart_series *ser = chart_add_series(ch, NULL, NULL);
        if (ser == NULL) {
            c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
            return -1;
        }
        chart_series_set_categories(ser, "Overview", first, col, last, col);
        chart_series_set_values(ser, "Overview", first, col + 1, last, col + 1);
        chart_series_set_name_range(ser, "Overview", name_row, col);
        col += 2;
    }
    return insert_chart(c, chart_row, ch, true);
}

/* The charts and their tables; sets *print_last to the last row and
 * column the Overview prints. */
static int
write_charts(struct ctx *c, lxw_row_t *print_row, lxw_col_t *print_col)
{
    const struct plan *p = c->p;
    size_t ncharted = 0, npointed = 0;
    for (size_t li = 0; li < p->nlifts; li++) {
        ncharted += plan_lift_charted(p, li);
        npointed += p->lifts[li].npoints > 0;
    }
    lxw_col_t table_end = (lxw_col_t) (OV_FIRST_WEEK_COL + 2 * p->nweeks);
    *print_row = (lxw_row_t) (OV_FIRST_ROW + p->nlifts - (p->nlifts > 0));
    *print_col = (lxw_col_t) (table_end - 1);
    if (ncharted == 0 || p->nweeks == 0)
        return 0;
    lxw_row_t chart_row = *print_row + 2, next;
    lxw_col_t end = ov_charts_end(p, npointed > 0);
    if (2 * npointed > end)
        end = (lxw_col_t) (2 * npointed);
    for (lxw_col_t col = table_end; col < end; col++)
        TRY(c, worksheet_set_column(c->overview, col, col, ov_width(p, col), NULL));
    lxw_row_t tables = chart_row + OV_CHART_ROWS + 1;
    if (write_load_chart(c, tables, chart_row, &next) != 0
        || write_e1rm_chart(c, next, chart_row) != 0)
        return -1;
    *print_row = chart_row + OV_CHART_ROWS - 1;
    lxw_col_t charts_last = ov_charts_end(p, npointed > 0) - 1;
    if (charts_last > *print_col)
        *print_col = charts_last;
    return 0;
}

static int
write_overview(struct ctx *c)
{
    const struct plan *p = c->p;
    lxw_worksheet *ws = c->overview;
    char from[11], to[11], what[64], formula[REF_FORMULA_MAX], ref[CELL_REF_MAX];

    if (write_overview_head(c) != 0)
        return -1;
    for (size_t li = 0; li < p->nlifts; li++) {
        lxw_row_t r = (lxw_row_t) (OV_FIRST_ROW + li);
        TRY(c, put_text(ws, r, 0, p->lifts[li].day, c->st.ov_cell));
        TRY(c, put_text(ws, r, 1, p->lifts[li].exercise, c->st.ov_cell));
        for (size_t wi = 0; wi < p->nweeks; wi++) {
            lxw_col_t col = (lxw_col_t) (OV_FIRST_WEEK_COL + 2 * wi);
            long top = plan_week_top(p, wi, li);
            if (top < 0) {
                TRY(c, worksheet_write_blank(ws, r, col, c->st.ov_cell));
                TRY(c, worksheet_write_blank(ws, r, col + 1, c->st.ov_cell));
                continue;
            }
            const struct plan_set *s = &p->sets[top];
            const struct pos *at = &c->pos[top];
            cell_ref(ref, c->week_names[at->week], at->row, COL_LOAD);
            snprintf(formula, sizeof formula, "=%s", ref);
            TRY(c,
                worksheet_write_formula_num(ws, r, col, formula, ov_load_format(c, li), s->weight));
            cell_ref(ref, c->week_names[at->week], at->row, COL_REPS);
            snprintf(formula, sizeof formula, "=%s", ref);
            lxw_format *reps_format = s->amrap ? c->st.ov_amrap : c->st.ov_cell;
            TRY(c, worksheet_write_formula_num(ws, r, col + 1, formula, reps_format, s->reps));
        }
    }
    lxw_row_t print_row;
    lxw_col_t print_col;
    if (write_charts(c, &print_row, &print_col) != 0)
        return -1;
    TRY(c, worksheet_print_area(ws, 0, 0, print_row, print_col));
    if (p->nweeks > 0)
        snprintf(what, sizeof what, "Overview (%s to %s)", date_format(from, p->weeks[0].monday),
                 date_format(to, p->weeks[p->nweeks - 1].monday + 6));
    else
        snprintf(what, sizeof what, "Overview");
    /* One page: the table and the charts, no heading repeated above
     * anything else. */
    worksheet_fit_to_pages(ws, 1, 1);
    worksheet_set_margins(ws, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    return print_setup(c, ws, what, false, OV_HEAD_ROW, OV_SUBHEAD_ROW, 2);
}

/* --- the workbook ----------------------------------------------------- */

/* Can path be created or replaced in dir? Checked first because
 * libxlsxwriter only opens the file at close, and then complains on stderr
 * by itself. Returns 0, or -1 with errno set. */
static int
check_writable(const char *path, const char *dir)
{
    if (access(path, F_OK) == 0)
        return access(path, W_OK);
    return access(dir, W_OK | X_OK);
}

/* Build every sheet; returns 0 or -1 with c->err set. */
static int
build(struct ctx *c)
{
    const struct plan *p = c->p;
    char title[] = "topset plan", author[] = "topset";
    long long created = date_to_epoch(p->as_of);
    lxw_doc_properties props = {
        .title = title,
        .author = author,
        /* 0 would mean "now" to libxlsxwriter: keep the file reproducible. */
        .created = (time_t) (created != 0 ? created : 86400),
    };
    TRY(c, workbook_set_properties(c->wb, &props));
    if (make_styles(c) != 0)
        return -1;
    size_columns(c);

    /* Sheets in their final order: Overview first. */
    if ((c->overview = workbook_add_worksheet(c->wb, "Overview")) == NULL) {
        c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return -1;
    }
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        c->week_names[wi] = xasprintf("Week %d", p->weeks[wi].number);
        TRY(c, workbook_validate_sheet_name(c->wb, c->week_names[wi]));
        if ((c->weeks[wi] = workbook_add_worksheet(c->wb, c->week_names[wi])) == NULL) {
            c->err = LXW_ERROR_MEMORY_MALLOC_FAILED;
            return -1;
        }
    }

    layout(c);
    for (size_t wi = 0; wi < p->nweeks; wi++)
        if (write_week(c, wi) != 0)
            return -1;
    return write_overview(c);
}

int
plan_xlsx_write_as(const struct plan *p, const char *path, const char *name, struct errlist *errs)
{
    char *dir = path_folder(path);
    if (check_writable(path, dir) != 0) {
        err_at(errs, name, 0, 0, "cannot write workbook: %s", strerror(errno));
        free(dir);
        return -1;
    }

    struct ctx c = {.p = p};
    /* libxlsxwriter stages every part of the workbook in a temporary file.
     * By default it asks tmpfile(), which makes them without a name
     * (Linux's O_TMPFILE); given a folder, it creates and removes a named
     * file there for each part, a directory update each time in a batch's
     * output folder that already holds thousands of files. So: tmpfile()
     * when it works here, the output's own folder (known writable) when it
     * does not. */
    FILE *probe = tmpfile();
    lxw_workbook_options opts = {.constant_memory = LXW_FALSE, .tmpdir = probe ? NULL : dir};
    if (probe != NULL)
        fclose(probe);
    c.wb = workbook_new_opt(path, &opts);
    if (c.wb == NULL) {
        err_at(errs, name, 0, 0, "cannot write workbook: %s",
               lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));
        free(dir);
        return -1;
    }
    c.weeks = xcalloc(p->nweeks + 1, sizeof *c.weeks);
    c.week_names = xcalloc(p->nweeks + 1, sizeof *c.week_names);
    c.pos = xcalloc(p->nsets + 1, sizeof *c.pos);

    if (build(&c) == 0)
        c.err = workbook_close(c.wb); /* frees the workbook, also on error */
    else
        lxw_workbook_free(c.wb); /* nothing half-built reaches the disk */

    for (size_t wi = 0; wi < p->nweeks; wi++)
        free(c.week_names[wi]);
    free(c.week_names);
    free(c.weeks);
    free(c.pos);
    free(dir);

    if (c.err != LXW_NO_ERROR) {
        err_at(errs, name, 0, 0, "cannot write workbook: %s", lxw_strerror(c.err));
        return -1;
    }
    return 0;
}
