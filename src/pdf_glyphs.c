/*
 * pdf_glyphs: texts laid out by pango, kept as cairo glyphs and drawn a
 * page at a time, one cairo_show_text_glyphs() per font. The glyphs,
 * their places and their clusters (which glyphs spell which bytes, for the
 * PDF's text layer) are taken from the layout as pango's cairo renderer
 * takes them, so the page prints and copies as if pango had drawn it.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "pdf_glyphs.h"
#include "util.h"

/* Glyphs of one font with the text they spell. */
struct run {
    cairo_scaled_font_t *font;
    cairo_glyph_t *glyphs;
    size_t nglyphs, capglyphs;
    char *utf8;
    size_t nbytes, capbytes;
    cairo_text_cluster_t *clusters;
    size_t nclusters, capclusters;
};

struct glyph_text {
    struct run *runs; /* one per pango run */
    size_t n, cap;
};

struct glyph_page {
    struct run *runs; /* one per font */
    size_t n, cap;
};

static void
run_free(struct run *r)
{
    if (r->font)
        cairo_scaled_font_destroy(r->font);
    free(r->glyphs);
    free(r->utf8);
    free(r->clusters);
}

/* Append n glyphs of g moved by dx, dy, the nbytes of text they spell at
 * utf8 and its nclusters clusters to r. */
static void
run_append(struct run *r, const cairo_glyph_t *g, size_t n, double dx, double dy, const char *utf8,
           size_t nbytes, const cairo_text_cluster_t *c, size_t nclusters)
{
    if (n > 0) {
        grow(&r->glyphs, &r->capglyphs, r->nglyphs + n, sizeof *r->glyphs);
        for (size_t i = 0; i < n; i++)
            r->glyphs[r->nglyphs + i] = (cairo_glyph_t){g[i].index, g[i].x + dx, g[i].y + dy};
        r->nglyphs += n;
    }
    if (nbytes > 0) {
        grow(&r->utf8, &r->capbytes, r->nbytes + nbytes, 1);
        memcpy(r->utf8 + r->nbytes, utf8, nbytes);
        r->nbytes += nbytes;
    }
    if (nclusters > 0) {
        grow(&r->clusters, &r->capclusters, r->nclusters + nclusters, sizeof *r->clusters);
        memcpy(r->clusters + r->nclusters, c, nclusters * sizeof *c);
        r->nclusters += nclusters;
    }
}

/*
 * The glyphs of pango run pr, its left edge at x and its baseline at y (in
 * pango units), into r: empty glyphs (a zero-width character) are skipped
 * as pango skips them. False for what pango draws otherwise: a missing
 * glyph (a hex box) or right-to-left text.
 */
static bool
run_from_pango(struct run *r, PangoLayoutRun *pr, const char *text, int x, int y)
{
    const PangoGlyphString *gs = pr->glyphs;
    if (pr->item->analysis.level % 2 != 0)
        return false;
    r->font = cairo_scaled_font_reference(
        pango_cairo_font_get_scaled_font((PangoCairoFont *) pr->item->analysis.font));
    if (r->font == NULL)
        return false;
    for (int i = 0; i < gs->num_glyphs; i++) {
        const PangoGlyphInfo *gi = &gs->glyphs[i];
        if (gi->glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            return false;
        if (gi->glyph != PANGO_GLYPH_EMPTY) {
            cairo_glyph_t g = {gi->glyph, (double) (x + gi->geometry.x_offset) / PANGO_SCALE,
                               (double) (y + gi->geometry.y_offset) / PANGO_SCALE};
            run_append(r, &g, 1, 0, 0, "", 0, NULL, 0);
        }
        x += gi->geometry.width;
    }
    if (pr->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS) {
        /* A cut text copies as it prints, "Single-Arm Half-Kneel…": pango
         * maps the ellipsis to the words it hides, and a test of the text
         * layer could then never see a cut. */
        static const char ellipsis[] = "\xE2\x80\xA6";
        cairo_text_cluster_t c = {(int) strlen(ellipsis), (int) r->nglyphs};
        run_append(r, NULL, 0, 0, 0, ellipsis, strlen(ellipsis), &c, 1);
        return true;
    }
    PangoGlyphItemIter it;
    for (bool more = pango_glyph_item_iter_init_start(&it, pr, text); more;
         more = pango_glyph_item_iter_next_cluster(&it)) {
        cairo_text_cluster_t c = {it.end_index - it.start_index, 0};
        for (int i = it.start_glyph; i < it.end_glyph; i++)
            c.num_glyphs += gs->glyphs[i].glyph != PANGO_GLYPH_EMPTY;
        run_append(r, NULL, 0, 0, 0, "", 0, &c, 1);
    }
    run_append(r, NULL, 0, 0, 0, text + pr->item->offset, (size_t) pr->item->length, NULL, 0);
    return true;
}

struct glyph_text *
glyph_text_new(PangoLayout *l)
{
    struct glyph_text *t = xcalloc(1, sizeof *t);
    const char *text = pango_layout_get_text(l);
    PangoLayoutIter *it = pango_layout_get_iter(l);
    bool ok = true;
    do {
        PangoLayoutRun *pr = pango_layout_iter_get_run_readonly(it);
        if (pr == NULL)
            continue; /* the end of a line */
        PangoRectangle logical;
        pango_layout_iter_get_run_extents(it, NULL, &logical);
        grow(&t->runs, &t->cap, t->n + 1, sizeof *t->runs);
        memset(&t->runs[t->n], 0, sizeof t->runs[t->n]);
        ok = run_from_pango(&t->runs[t->n++], pr, text, logical.x,
                            pango_layout_iter_get_baseline(it));
    } while (ok && pango_layout_iter_next_run(it));
    pango_layout_iter_free(it);
    if (!ok) {
        glyph_text_free(t);
        return NULL;
    }
    return t;
}

void
glyph_text_free(struct glyph_text *t)
{
    if (t == NULL)
        return;
    for (size_t i = 0; i < t->n; i++)
        run_free(&t->runs[i]);
    free(t->runs);
    free(t);
}

struct glyph_page *
glyph_page_new(void)
{
    return xcalloc(1, sizeof(struct glyph_page));
}

void
glyph_page_free(struct glyph_page *pg)
{
    if (pg == NULL)
        return;
    for (size_t i = 0; i < pg->n; i++)
        run_free(&pg->runs[i]);
    free(pg->runs);
    free(pg);
}

/* The page's run of font f, new if it has none. */
static struct run *
page_run(struct glyph_page *pg, cairo_scaled_font_t *f)
{
    for (size_t i = 0; i < pg->n; i++)
        if (pg->runs[i].font == f)
            return &pg->runs[i];
    grow(&pg->runs, &pg->cap, pg->n + 1, sizeof *pg->runs);
    struct run *r = &pg->runs[pg->n++];
    memset(r, 0, sizeof *r);
    r->font = cairo_scaled_font_reference(f);
    return r;
}

void
glyph_page_add(struct glyph_page *pg, const struct glyph_text *t, double x, double y)
{
    for (size_t i = 0; i < t->n; i++) {
        const struct run *s = &t->runs[i];
        run_append(page_run(pg, s->font), s->glyphs, s->nglyphs, x, y, s->utf8, s->nbytes,
                   s->clusters, s->nclusters);
    }
}

void
glyph_page_draw(struct glyph_page *pg, cairo_t *cr)
{
    for (size_t i = 0; i < pg->n; i++) {
        struct run *r = &pg->runs[i];
        if (r->nglyphs == 0 && r->nbytes == 0)
            continue;
        cairo_set_scaled_font(cr, r->font);
        cairo_show_text_glyphs(cr, r->utf8, (int) r->nbytes, r->glyphs, (int) r->nglyphs,
                               r->clusters, (int) r->nclusters, 0);
        r->nglyphs = r->nbytes = r->nclusters = 0;
    }
}
