/*
 * plan_pdf: the plan as a PDF to hand to a lifter, drawn with cairo and
 * pango from the same plan model as the CSV and the workbook, so the three
 * always agree. The only user of cairo and pango, with its helper
 * pdf_glyphs (a page's texts drawn as one glyph run per font).
 *
 * Pages (portrait, A4 or Letter as the plan's paper): a cover with the
 * Overview table (each lift's top set week by week) and a chart of the
 * planned top-set loads; then one page per training day with the client,
 * block, week and date on top and every exercise with its sets (its name
 * wrapped beside them, so a long name prints whole): type,
 * load, plates per side, reps (AMRAP as "5+"), target RPE, and empty
 * boxes for the load, reps and RPE done. A day too long for a page goes on
 * to the next with its header repeated. Fonts (DejaVu Sans) are embedded
 * and subset by cairo; the creation date is the plan's as-of day, so the
 * same plan gives the same bytes.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "pdf_glyphs.h"
#include "plan_pdf.h"
#include "util.h"

/* Page geometry, in points. */
#define A4_W 595.276
#define A4_H 841.89
#define LETTER_W 612.0
#define LETTER_H 792.0
#define MARGIN 40.0

/* Type sizes: body text at least 10 pt so a sheet reads at arm's length. */
#define FONT "DejaVu Sans"
#define SIZE_TITLE 16
#define SIZE_SUB 11
#define SIZE_BODY 10
#define SIZE_SMALL 9
#define ROW_H 17.0   /* one set row */
#define NAME_LINES 6 /* an exercise's name wraps onto this many lines at most */

/* The day page's columns: title, width share, right-aligned, a box to write in. */
enum pcol {
    P_EXERCISE,
    P_SET,
    P_TYPE,
    P_LOAD,
    P_PLATES,
    P_REPS,
    P_RPE,
    P_DLOAD,
    P_DREPS,
    P_DRPE,
    P_N
};

static const struct {
    const char *title;
    double width; /* points on a 515 pt line; scaled to the page */
    bool right, box;
} pcols[P_N] = {
    [P_EXERCISE] = {"Exercise", 100, false, false}, /* names wrap (exercise_name) */
    [P_SET] = {"Set", 22, true, false},
    /* Type, Plates: a point wider than "warm-up" and "25+15+2.5+1.25" with
     * their glyphs where the font puts them (laid_get) */
    [P_TYPE] = {"Type", 49, false, false},
    [P_LOAD] = {"Load", 39, true, false}, /* "117.5" bold, "BW+22.5" */
    [P_PLATES] = {"Plates", 93, false, false},
    [P_REPS] = {"Reps", 28, true, false},
    [P_RPE] = {"RPE", 25, true, false},
    [P_DLOAD] = {"Done load", 53, false, true}, /* the titles whole at 9 pt bold */
    [P_DREPS] = {"Done reps", 53, false, true},
    [P_DRPE] = {"Done RPE", 53, false, true},
};

static const char *const type_label[SET_TYPE_COUNT] = {
    [SET_WARMUP] = "warm-up", [SET_TOP] = "top",   [SET_BACKOFF] = "back-off",
    [SET_DROP] = "drop",      [SET_WORK] = "work",
};

/* Series colours of the chart, in turn. */
static const double palette[][3] = {
    {0.12, 0.47, 0.71}, {1.00, 0.50, 0.05}, {0.17, 0.63, 0.17}, {0.84, 0.15, 0.16},
    {0.58, 0.40, 0.74}, {0.55, 0.34, 0.29}, {0.89, 0.47, 0.76}, {0.50, 0.50, 0.50},
};
#define NPALETTE (sizeof palette / sizeof palette[0])

/* The darker rules under the exercises of a page, drawn as one path when
 * the page is done: one operation for cairo to analyse and write instead
 * of one per line. */
struct lines {
    double (*v)[4]; /* x0, y, x1, 0 of a rule */
    size_t n, cap;
};

struct pdf {
    const struct plan *p;
    cairo_surface_t *surface;
    cairo_t *cr;
    PangoContext *whole, *exact; /* glyphs placed on whole points, or not (laid_get) */
    GHashTable *laid;            /* struct laid by struct text_key (laid_get) */
    struct glyph_page *texts;    /* the page's texts, drawn with it */
    struct lines seps;           /* under each exercise, over its last row's rule */
    cairo_surface_t **forms;     /* by a run's count of rows (rows_form) */
    size_t nforms;
    double rows_y;                 /* the top of the set rows not yet drawn, */
    size_t rows_n;                 /* and how many */
    PangoFontDescription *font[4]; /* title, sub, body, small */
    double w, h;                   /* the page */
    double scale;                  /* pcols' widths to the page */
    double colw[P_N];              /* the columns on this page (columns_fit) */
};

enum font_kind { F_TITLE, F_SUB, F_BODY, F_SMALL };

/* --- text ----------------------------------------------------------------- */

/* What a laid-out text is looked up by. */
struct text_key {
    int font;  /* enum font_kind */
    int width; /* pango units; -1: no limit */
    int lines; /* 0: one line, cut with an ellipsis; else wrapped onto this many */
    bool bold, right;
    const char *s;
};

/* A text laid out once per document, and its glyphs (pdf_glyphs). */
struct laid {
    struct text_key key; /* key.s is s */
    char *s;
    PangoLayout *layout;
    struct glyph_text *glyphs; /* NULL: drawn by pango */
};

static guint
key_hash(gconstpointer p)
{
    const struct text_key *k = p;
    uint64_t h = fnv1a64(FNV1A64_BASIS, k->s, strlen(k->s));
    int n[4] = {k->font * 4 + k->bold * 2 + k->right, k->width, k->lines, 0};
    h = fnv1a64(h, n, sizeof n);
    return (guint) (h ^ (h >> 32));
}

static gboolean
key_equal(gconstpointer pa, gconstpointer pb)
{
    const struct text_key *a = pa, *b = pb;
    return a->font == b->font && a->width == b->width && a->lines == b->lines && a->bold == b->bold
           && a->right == b->right && strcmp(a->s, b->s) == 0;
}

static void
laid_free(gpointer p)
{
    struct laid *t = p;
    free(t->s);
    g_object_unref(t->layout);
    glyph_text_free(t->glyphs);
    free(t);
}

/* Text k laid out in context c. */
static PangoLayout *
layout_new(struct pdf *d, PangoContext *c, const struct text_key *k)
{
    PangoLayout *l = pango_layout_new(c);
    PangoFontDescription *fd = d->font[k->font];
    pango_font_description_set_weight(fd, k->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l, fd);
    pango_layout_set_width(l, k->width);
    if (k->lines > 0) {
        pango_layout_set_height(l, -k->lines); /* negative: a count of lines */
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_ellipsize(l, k->width >= 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
    pango_layout_set_alignment(l, k->right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    pango_layout_set_text(l, k->s, -1);
    return l;
}

/* Whether a and b break their text into the same lines. */
static bool
same_lines(PangoLayout *a, PangoLayout *b)
{
    int n = pango_layout_get_line_count(a);
    if (n != pango_layout_get_line_count(b))
        return false;
    for (int i = 0; i < n; i++) {
        PangoLayoutLine *la = pango_layout_get_line_readonly(a, i);
        PangoLayoutLine *lb = pango_layout_get_line_readonly(b, i);
        if (la->start_index != lb->start_index || la->length != lb->length)
            return false;
    }
    return true;
}

/* Whether exact, text k with its glyphs where the font puts them, prints
 * it as whole and on the same lines as glyphs on whole points would. */
static bool
exact_fits(struct pdf *d, PangoLayout *exact, const struct text_key *k)
{
    if (pango_layout_is_ellipsized(exact))
        return false;
    if (k->lines == 0)
        return true;
    PangoLayout *whole = layout_new(d, d->whole, k);
    bool same = same_lines(exact, whole);
    g_object_unref(whole);
    return same;
}

/*
 * Text k laid out, from d->laid or new: the same words ("warm-up", "8", a
 * header, an exercise's name) recur on every page and are shaped once.
 * The key is a struct, not a formatted string: printing a key for every
 * cell cost a twentieth of the PDF time.
 *
 * The glyphs are placed where the font puts them (d->exact) when the text
 * fits so (exact_fits): cairo then writes a word as one string, where it
 * wrote a correction between every two glyphs pango had placed on whole
 * points (a tenth of the PDF time). A text that is a little wider so (a
 * column title) is placed on whole points as before, and so never cut
 * where it was not.
 */
static struct laid *
laid_get(struct pdf *d, const struct text_key *k)
{
    struct laid *t = g_hash_table_lookup(d->laid, k);
    if (t != NULL)
        return t;
    t = xcalloc(1, sizeof *t);
    t->key = *k;
    t->key.s = t->s = xstrdup(k->s);
    t->layout = layout_new(d, d->exact, k);
    if (!exact_fits(d, t->layout, k)) {
        g_object_unref(t->layout);
        t->layout = layout_new(d, d->whole, k);
    }
    t->glyphs = glyph_text_new(t->layout);
    g_hash_table_insert(d->laid, &t->key, t); /* the table owns t */
    return t;
}

/* Draw t with its top left at x, y: with the page's other texts when it is
 * glyphs, else by pango now. */
static void
laid_draw(struct pdf *d, const struct laid *t, double x, double y)
{
    if (t->glyphs != NULL) {
        glyph_page_add(d->texts, t->glyphs, x, y);
        return;
    }
    cairo_move_to(d->cr, x, y);
    pango_cairo_show_layout(d->cr, t->layout);
}

/*
 * Draw text at x, y (top left) within width (0: no limit), in font f,
 * bold or not, right-aligned or not; cut with an ellipsis when too wide,
 * so nothing runs into the next cell.
 */
static void
text_at(struct pdf *d, double x, double y, double width, enum font_kind f, bool bold, bool right,
        const char *s)
{
    struct text_key k = {f, width > 0 ? (int) (width * PANGO_SCALE) : -1, 0, bold, right, s};
    laid_draw(d, laid_get(d, &k), x, y);
}

/* Add a box or a rule to lines, to be drawn with the page. */
static void
lines_add(struct lines *ls, double a, double b, double c, double e)
{
    grow(&ls->v, &ls->cap, ls->n + 1, sizeof *ls->v);
    ls->v[ls->n][0] = a;
    ls->v[ls->n][1] = b;
    ls->v[ls->n][2] = c;
    ls->v[ls->n][3] = e;
    ls->n++;
}

/* The left edge of the set rows' rules: beside the exercise's name. */
static double
rows_x(const struct pdf *d)
{
    return MARGIN + d->colw[P_EXERCISE];
}

/*
 * The boxes to write in and the rules under n set rows, from 2 pt above
 * the first row's top: drawn once per document for each n (a form the PDF
 * holds once) and placed on the page for every run of n rows
 * (rows_flush). Cairo measures a stroked path by stroking it, and writes
 * its every point with printf: drawn box by box on every page, the boxes
 * and rules were a fifth of the PDF time.
 */
static cairo_surface_t *
rows_form(struct pdf *d, size_t n)
{
    if (n < d->nforms && d->forms[n] != NULL)
        return d->forms[n];
    double x0 = rows_x(d);
    cairo_rectangle_t ext = {0, 0, d->w - MARGIN - x0, (double) n * ROW_H};
    cairo_surface_t *s = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &ext);
    cairo_t *cr = cairo_create(s);
    for (size_t i = 0; i < n; i++) {
        double y = 2 + (double) i * ROW_H, x = MARGIN;
        for (int c = 0; c < P_N; c++) {
            double w = d->colw[c];
            if (pcols[c].box)
                cairo_rectangle(cr, x + 3 - x0, y - 1, w - 6, ROW_H - 3);
            x += w;
        }
    }
    cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
    cairo_set_line_width(cr, 0.6);
    cairo_stroke(cr);
    for (size_t i = 0; i < n; i++) { /* between the sets, not across the name */
        double y = 2 + (double) i * ROW_H + ROW_H - 3;
        cairo_move_to(cr, 0, y);
        cairo_line_to(cr, ext.width, y);
    }
    cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
    cairo_set_line_width(cr, 0.4);
    cairo_stroke(cr);
    cairo_destroy(cr);
    if (n >= d->nforms) {
        size_t old = d->nforms;
        grow(&d->forms, &d->nforms, n + 1, sizeof *d->forms);
        memset(d->forms + old, 0, (d->nforms - old) * sizeof *d->forms);
    }
    d->forms[n] = s;
    return s;
}

/* Draw the boxes and rules of the set rows counted since the last call. */
static void
rows_flush(struct pdf *d)
{
    if (d->rows_n == 0)
        return;
    cairo_set_source_surface(d->cr, rows_form(d, d->rows_n), rows_x(d), d->rows_y - 2);
    cairo_paint(d->cr);
    cairo_set_source_rgb(d->cr, 0, 0, 0);
    d->rows_n = 0;
}

/* Count a set row at y, drawn with the others (rows_flush). */
static void
rows_add(struct pdf *d, double y)
{
    if (d->rows_n == 0)
        d->rows_y = y;
    d->rows_n++;
}

/* Draw the page's set rows and exercise rules, and end the page. */
static void
page_end(struct pdf *d)
{
    rows_flush(d);
    cairo_new_path(d->cr);
    for (size_t i = 0; i < d->seps.n; i++) {
        cairo_move_to(d->cr, d->seps.v[i][0], d->seps.v[i][1]);
        cairo_line_to(d->cr, d->seps.v[i][2], d->seps.v[i][1]);
    }
    cairo_set_source_rgb(d->cr, 0.6, 0.6, 0.6);
    cairo_set_line_width(d->cr, 0.5);
    cairo_stroke(d->cr);
    cairo_set_source_rgb(d->cr, 0, 0, 0);
    d->seps.n = 0;
    glyph_page_draw(d->texts, d->cr);
    cairo_show_page(d->cr);
}

/*
 * Text s laid out in width, bold in font f, wrapped at words onto at most
 * lines lines (the last cut with an ellipsis only past them). Kept in
 * d->laid like text_at()'s: an exercise's name is measured and drawn on
 * every day page it appears on.
 */
static struct laid *
text_wrap(struct pdf *d, double width, enum font_kind f, int lines, const char *s)
{
    struct text_key k = {f, (int) (width * PANGO_SCALE), lines, true, false, s};
    return laid_get(d, &k);
}

static void
rule(struct pdf *d, double x0, double y, double x1, double grey, double width)
{
    cairo_set_source_rgb(d->cr, grey, grey, grey);
    cairo_set_line_width(d->cr, width);
    cairo_move_to(d->cr, x0, y);
    cairo_line_to(d->cr, x1, y);
    cairo_stroke(d->cr);
    cairo_set_source_rgb(d->cr, 0, 0, 0);
}

/* The page's top lines: who, which block, and what this page is. */
static double
page_head(struct pdf *d, const char *what)
{
    const struct plan *p = d->p;
    char *line = xasprintf("%s%s%s", p->client && *p->client ? p->client : "Training plan",
                           p->block && *p->block ? " \xE2\x80\x94 " : "", p->block ? p->block : "");
    double y = MARGIN;
    text_at(d, MARGIN, y, d->w - 2 * MARGIN, F_TITLE, true, false, line);
    free(line);
    y += SIZE_TITLE * 1.6;
    text_at(d, MARGIN, y, d->w - 2 * MARGIN, F_SUB, false, false, what);
    y += SIZE_SUB * 1.8;
    rule(d, MARGIN, y, d->w - MARGIN, 0.2, 1.0);
    return y + 6;
}

/* --- the cover ------------------------------------------------------------- */

/* "102.5 x 5+" */
static void
set_text(char *buf, size_t n, const struct plan_set *s, bool bodyweight)
{
    char load[40];
    snprintf(buf, n, "%s \xC3\x97 %d%s", plan_load_text(load, bodyweight, s->weight), s->reps,
             s->amrap ? "+" : "");
}

/* The Overview table at y; returns the y below it. */
static double
cover_table(struct pdf *d, double y)
{
    const struct plan *p = d->p;
    double left = MARGIN, avail = d->w - 2 * MARGIN;
    double wday = 70, wex = 120, wweek = p->nweeks ? (avail - wday - wex) / (double) p->nweeks : 0;
    enum font_kind f = wweek >= 60 ? F_BODY : F_SMALL;
    char buf[64];
    text_at(d, left, y, wday, f, true, false, "Day");
    text_at(d, left + wday, y, wex, f, true, false, "Exercise");
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        snprintf(buf, sizeof buf, "Week %d", p->weeks[wi].number);
        text_at(d, left + wday + wex + wweek * (double) wi, y, wweek - 4, f, true, true, buf);
    }
    y += ROW_H;
    rule(d, left, y - 2, left + avail, 0.4, 0.6);
    for (size_t li = 0; li < p->nlifts; li++) {
        text_at(d, left, y, wday - 4, f, false, false, p->lifts[li].day);
        text_at(d, left + wday, y, wex - 4, f, false, false, p->lifts[li].exercise);
        for (size_t wi = 0; wi < p->nweeks; wi++) {
            long top = plan_week_top(p, wi, li);
            if (top < 0)
                continue;
            set_text(buf, sizeof buf, &p->sets[top], p->lifts[li].bodyweight);
            text_at(d, left + wday + wex + wweek * (double) wi, y, wweek - 4, f, false, true, buf);
        }
        y += ROW_H;
        rule(d, left, y - 2, left + avail, 0.8, 0.4);
    }
    return y + 10;
}

/* The lowest and highest planned top-set load of any lift; false when none. */
static bool
load_range(const struct plan *p, double *lo, double *hi)
{
    bool any = false;
    for (size_t li = 0; li < p->nlifts; li++)
        for (size_t wi = 0; wi < p->nweeks; wi++) {
            long top = plan_week_top(p, wi, li);
            if (top < 0 || p->sets[top].weight <= 0)
                continue;
            double v = p->sets[top].weight;
            if (!any || v < *lo)
                *lo = v;
            if (!any || v > *hi)
                *hi = v;
            any = true;
        }
    return any;
}

/* The chart's frame, y ticks and week labels. */
static void
chart_axes(struct pdf *d, double x0, double y0, double cw, double ch, double lo, double hi)
{
    const struct plan *p = d->p;
    char buf[32];
    cairo_set_source_rgb(d->cr, 0.3, 0.3, 0.3);
    cairo_set_line_width(d->cr, 0.8);
    cairo_rectangle(d->cr, x0, y0, cw, ch);
    cairo_stroke(d->cr);
    for (int i = 0; i <= 4; i++) {
        double v = lo + (hi - lo) * i / 4.0, y = y0 + ch - ch * i / 4.0;
        rule(d, x0, y, x0 + cw, 0.85, 0.4);
        text_at(d, x0 - 50, y - SIZE_SMALL * 0.7, 46, F_SMALL, false, true, fmt_num(buf, v));
    }
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        double x = p->nweeks > 1 ? x0 + cw * (double) wi / (double) (p->nweeks - 1) : x0 + cw / 2;
        snprintf(buf, sizeof buf, "Wk %d", p->weeks[wi].number);
        text_at(d, x - 20, y0 + ch + 4, 40, F_SMALL, false, false, buf);
    }
}

/* One lift's line, its points and its legend entry k. */
static void
chart_series(struct pdf *d, size_t li, size_t k, const double box[4], double lo, double hi,
             double legend_y)
{
    const struct plan *p = d->p;
    const double *c = palette[k % NPALETTE];
    double x0 = box[0], y0 = box[1], cw = box[2], ch = box[3];
    cairo_set_source_rgb(d->cr, c[0], c[1], c[2]);
    cairo_set_line_width(d->cr, 1.6);
    bool started = false;
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        long top = plan_week_top(p, wi, li);
        if (top < 0 || p->sets[top].weight <= 0)
            continue;
        double x = p->nweeks > 1 ? x0 + cw * (double) wi / (double) (p->nweeks - 1) : x0 + cw / 2;
        double y = y0 + ch - ch * (p->sets[top].weight - lo) / (hi - lo);
        if (started)
            cairo_line_to(d->cr, x, y);
        else
            cairo_move_to(d->cr, x, y);
        started = true;
    }
    cairo_stroke(d->cr);
    double lx = MARGIN + (double) (k % 3) * (d->w - 2 * MARGIN) / 3.0;
    double ly = legend_y + (double) (k / 3) * (SIZE_SMALL * 1.6);
    cairo_rectangle(d->cr, lx, ly + 3, 10, 6);
    cairo_fill(d->cr);
    cairo_set_source_rgb(d->cr, 0, 0, 0);
    char *name = xasprintf("%s (%s)", p->lifts[li].exercise, p->lifts[li].day);
    text_at(d, lx + 14, ly, (d->w - 2 * MARGIN) / 3.0 - 18, F_SMALL, false, false, name);
    free(name);
}

/* The chart of planned top-set loads, every lift with a load, below y. */
static void
cover_chart(struct pdf *d, double y)
{
    const struct plan *p = d->p;
    double lo = 0, hi = 0;
    if (p->nweeks == 0 || !load_range(p, &lo, &hi))
        return;
    /* Round ticks: the axis runs between multiples of 4 x a round step. */
    double step = hi - lo > 200 ? 50 : hi - lo > 80 ? 25 : hi - lo > 20 ? 10 : 5;
    lo = floor(lo / step) * step;
    hi = lo + ceil((hi - lo) / (4 * step) + 0.01) * 4 * step;
    char title[64];
    snprintf(title, sizeof title, "Planned top set per week (%s)", unit_name(p->unit));
    text_at(d, MARGIN, y, 0, F_SUB, true, false, title);
    y += SIZE_SUB * 2;
    double box[4] = {MARGIN + 54, y, d->w - 2 * MARGIN - 60, 0};
    size_t nlines = 0;
    for (size_t li = 0; li < p->nlifts; li++)
        nlines += plan_lift_charted(p, li);
    double legend_h = (double) ((nlines + 2) / 3) * SIZE_SMALL * 1.6;
    box[3] = d->h - MARGIN - legend_h - 24 - y;
    if (box[3] < 80)
        return; /* no room left under a long table */
    chart_axes(d, box[0], box[1], box[2], box[3], lo, hi);
    size_t k = 0;
    for (size_t li = 0; li < p->nlifts; li++)
        if (plan_lift_charted(p, li))
            chart_series(d, li, k++, box, lo, hi, box[1] + box[3] + 20);
}

static void
cover(struct pdf *d)
{
    const struct plan *p = d->p;
    char what[128], from[11], to[11];
    if (p->nweeks > 0)
        snprintf(what, sizeof what, "Overview: %zu weeks, %s to %s, loads in %s", p->nweeks,
                 date_format(from, p->weeks[0].monday),
                 date_format(to, p->weeks[p->nweeks - 1].monday + 6), unit_name(p->unit));
    else
        snprintf(what, sizeof what, "Overview");
    double y = page_head(d, what);
    y = cover_table(d, y + 4);
    cover_chart(d, y + 8);
    page_end(d);
}

/* --- day pages -------------------------------------------------------------- */

/* Width of s in the font f (bold or not) on one line. */
static double
text_width(struct pdf *d, enum font_kind f, bool bold, const char *s)
{
    struct text_key k = {f, -1, 0, bold, false, s};
    int w;
    pango_layout_get_pixel_size(laid_get(d, &k)->layout, &w, NULL);
    return w;
}

/* Plates texts up to this long fit the Plates column as it is (the widest
 * of them, "25+15+2.5+1.25"): the longer ones only are measured. */
#define PLATES_FIT 14

/* The font for plates text s in width w: the small one when the body's is
 * too wide even in the widened column (columns_fit). */
static enum font_kind
plates_font(struct pdf *d, const char *s, double w)
{
    return strlen(s) > PLATES_FIT && text_width(d, F_BODY, false, s) > w ? F_SMALL : F_BODY;
}

/*
 * The day page's columns on this page: pcols' shares, then the Plates
 * column widened for the plan's longest plates text (a 235 kg deadlift is
 * "25+25+25+25+5+2.5" a side) with what the Exercise column (its names
 * wrap) and the boxes (their titles whole) can spare. Beyond that a text
 * is cut, with an ellipsis.
 */
static void
columns_fit(struct pdf *d)
{
    for (int c = 0; c < P_N; c++)
        d->colw[c] = pcols[c].width * d->scale;
    double need = 0;
    for (size_t i = 0; i < d->p->nsets; i++)
        if (d->p->sets[i].plates != NULL && strlen(d->p->sets[i].plates) > PLATES_FIT)
            need = fmax(need,
                        text_width(d, F_BODY, false, d->p->sets[i].plates) + 6 - d->colw[P_PLATES]);
    for (int c = 0; c < P_N && need > 0; c++) {
        double least = c == P_EXERCISE ? 64 * d->scale
                       : pcols[c].box  ? text_width(d, F_SMALL, true, pcols[c].title) + 6
                                       : d->colw[c];
        double take = fmin(need, fmax(0, d->colw[c] - least));
        d->colw[c] -= take;
        d->colw[P_PLATES] += take;
        need -= take;
    }
}

/* The column header row at y; returns the first row's y. */
static double
day_columns(struct pdf *d, double y)
{
    double x = MARGIN;
    for (int c = 0; c < P_N; c++) {
        double w = d->colw[c];
        text_at(d, x + 2, y, w - 4, F_SMALL, true, pcols[c].right, pcols[c].title);
        x += w;
    }
    y += ROW_H;
    rule(d, MARGIN, y - 3, d->w - MARGIN, 0.2, 0.8);
    return y;
}

/* One set's row at y. */
static void
set_row(struct pdf *d, const struct plan_exercise *e, size_t si, double y)
{
    const struct plan_set *s = &d->p->sets[si];
    char cell[P_N][64];
    memset(cell, 0, sizeof cell);
    snprintf(cell[P_SET], 64, "%d", s->number);
    snprintf(cell[P_TYPE], 64, "%s",
             (unsigned) s->type < SET_TYPE_COUNT ? type_label[s->type] : "");
    plan_load_text(cell[P_LOAD], e->bodyweight, s->weight);
    snprintf(cell[P_PLATES], 64, "%s", s->plates ? s->plates : "");
    snprintf(cell[P_REPS], 64, "%d%s", s->reps, s->amrap ? "+" : "");
    plan_rpe_text(cell[P_RPE], s);
    bool top = s->type == SET_TOP;
    double x = MARGIN;
    for (int c = 0; c < P_N; c++) {
        double w = d->colw[c];
        /* The name is drawn over the rows (exercise_name), the boxes with
         * them (rows_flush). */
        if (!pcols[c].box && c != P_EXERCISE)
            text_at(d, x + 2, y, w - 4, c == P_PLATES ? plates_font(d, cell[c], w - 4) : F_BODY,
                    top && c != P_PLATES, pcols[c].right, cell[c]);
        x += w;
    }
    rows_add(d, y);
}

/*
 * The exercise's name in its column, wrapped at words over the rows beside
 * it (NAME_LINES at most, so a name of 30 characters or more prints whole,
 * even in the column columns_fit narrows for long plates);
 * drawn at y when draw, else only measured. Returns the height the name
 * needs below y.
 */
static double
exercise_name(struct pdf *d, const struct plan_exercise *e, double y, bool draw)
{
    double w = d->colw[P_EXERCISE] - 4;
    struct laid *t = text_wrap(d, w, F_BODY, NAME_LINES, e->name);
    int h;
    pango_layout_get_pixel_size(t->layout, NULL, &h);
    if (draw)
        laid_draw(d, t, MARGIN + 2, y);
    return h + 6;
}

/* The page header of a training day (again on a page it runs on to). */
static double
day_head(struct pdf *d, size_t wi, size_t di, bool more)
{
    const struct plan *p = d->p;
    const struct plan_day *day = &p->days[di];
    char date[11];
    /* A dated day shows its own date; others the week they fall in. */
    char *what = xasprintf("Week %d \xC2\xB7 %s \xC2\xB7 %s %s%s", p->weeks[wi].number, day->name,
                           day->dated ? date_weekday_abbr(date_weekday(day->date)) : "week of",
                           date_format(date, day->date), more ? " (continued)" : "");
    double y = day_columns(d, page_head(d, what));
    free(what);
    return y;
}

static void
day_page(struct pdf *d, size_t wi, size_t di)
{
    const struct plan *p = d->p;
    const struct plan_day *day = &p->days[di];
    double y = day_head(d, wi, di, false), bottom = d->h - MARGIN;
    for (size_t ei = day->first_ex; ei < day->first_ex + day->nex; ei++) {
        const struct plan_exercise *e = &p->exs[ei];
        char *note = plan_exercise_note(e);
        bool notes = *note != '\0';
        double name_h = exercise_name(d, e, y, false);
        double rows = fmax(ROW_H * (double) e->nsets, name_h);
        double need = rows + (notes ? ROW_H : 0) + 6;
        /* An exercise stays on one page when it fits on one. */
        if (y + need > bottom && need <= bottom - MARGIN - 120) {
            page_end(d);
            y = day_head(d, wi, di, true);
        }
        /* The name again at the top of a page the exercise runs on to. */
        double name_end = y + exercise_name(d, e, y, true);
        for (size_t si = e->first_set; si < e->first_set + e->nsets; si++) {
            if (y + ROW_H > bottom) {
                page_end(d);
                y = day_head(d, wi, di, true);
                name_end = y + exercise_name(d, e, y, true);
            }
            set_row(d, e, si, y);
            y += ROW_H;
        }
        rows_flush(d);
        y = fmax(y, name_end); /* a long name under a few sets */
        lines_add(&d->seps, MARGIN, y - 3, d->w - MARGIN, 0);
        if (notes) {
            text_at(d, MARGIN + 8, y, d->w - 2 * MARGIN - 8, F_SMALL, false, false, note);
            y += ROW_H;
        }
        free(note);
        y += 6;
    }
    page_end(d);
}

/* --- the document ------------------------------------------------------------ */

static void
fonts_new(struct pdf *d)
{
    static const int sizes[4] = {SIZE_TITLE, SIZE_SUB, SIZE_BODY, SIZE_SMALL};
    for (int i = 0; i < 4; i++) {
        d->font[i] = pango_font_description_from_string(FONT);
        pango_font_description_set_absolute_size(d->font[i], sizes[i] * PANGO_SCALE);
    }
}

static void
draw(struct pdf *d)
{
    const struct plan *p = d->p;
    char created[32], from[11];
    snprintf(created, sizeof created, "%sT00:00:00Z", date_format(from, p->as_of));
    cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);
    cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_TITLE, "topset plan");
    cairo_pdf_surface_set_metadata(d->surface, CAIRO_PDF_METADATA_CREATOR, "topset");
    cover(d);
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        const struct plan_week *w = &p->weeks[wi];
        for (size_t di = w->first_day; di < w->first_day + w->ndays; di++)
            day_page(d, wi, di);
    }
}

int
plan_pdf_write_as(const struct plan *p, const char *path, const char *name, struct errlist *errs)
{
    struct pdf d = {.p = p};
    d.w = p->paper == PAPER_LETTER ? LETTER_W : A4_W;
    d.h = p->paper == PAPER_LETTER ? LETTER_H : A4_H;
    double line = 0;
    for (int c = 0; c < P_N; c++)
        line += pcols[c].width;
    d.scale = (d.w - 2 * MARGIN) / line;
    d.surface = cairo_pdf_surface_create(path, d.w, d.h);
    d.cr = cairo_create(d.surface);
    d.whole = pango_cairo_create_context(d.cr);
    d.exact = pango_cairo_create_context(d.cr);
    pango_context_set_round_glyph_positions(d.exact, FALSE);
    d.laid = g_hash_table_new_full(key_hash, key_equal, NULL, laid_free);
    d.texts = glyph_page_new();
    fonts_new(&d);
    if (cairo_surface_status(d.surface) == CAIRO_STATUS_SUCCESS) {
        columns_fit(&d);
        draw(&d);
    }
    for (int i = 0; i < 4; i++)
        pango_font_description_free(d.font[i]);
    glyph_page_free(d.texts);
    g_hash_table_destroy(d.laid);
    free(d.seps.v);
    for (size_t i = 0; i < d.nforms; i++)
        if (d.forms[i] != NULL)
            cairo_surface_destroy(d.forms[i]);
    free(d.forms);
    g_object_unref(d.whole);
    g_object_unref(d.exact);
    /* A drawing error stops the context, not the surface: the pages after
     * it would be missing. */
    cairo_status_t st = cairo_status(d.cr);
    cairo_destroy(d.cr);
    cairo_surface_finish(d.surface);
    /* Errors are sticky: a full disk shows here, after the last write. */
    if (st == CAIRO_STATUS_SUCCESS)
        st = cairo_surface_status(d.surface);
    cairo_surface_destroy(d.surface);
    if (st != CAIRO_STATUS_SUCCESS) {
        err_at(errs, name, 0, 0, "cannot write PDF: %s", cairo_status_to_string(st));
        return -1;
    }
    return 0;
}
