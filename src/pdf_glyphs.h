/*
 * pdf_glyphs: texts laid out by pango, kept as cairo glyphs and drawn a
 * page at a time, one glyph run per font (for plan_pdf). Cairo's PDF
 * surface records, analyses and replays every drawing operation on its
 * own: with the texts drawn cell by cell by pango (some three hundred
 * operations a day page), the PDF took half as long again.
 */
#ifndef TOPSET_PDF_GLYPHS_H
#define TOPSET_PDF_GLYPHS_H

#include <cairo.h>
#include <pango/pangocairo.h>

/* A laid-out text as glyphs, clusters and text per font. */
struct glyph_text;

/* The glyphs of layout l, placed as pango_cairo_show_layout() would draw it
 * at 0, 0; NULL when l holds something else than left-to-right glyphs
 * (right-to-left text, a missing glyph drawn as a hex box): draw it with
 * pango. */
struct glyph_text *glyph_text_new(PangoLayout *l);
void glyph_text_free(struct glyph_text *t);

/* A page's texts, gathered by font until glyph_page_draw(). */
struct glyph_page;

struct glyph_page *glyph_page_new(void);
void glyph_page_free(struct glyph_page *pg);

/* Add t to the page with its top left at x, y. */
void glyph_page_add(struct glyph_page *pg, const struct glyph_text *t, double x, double y);

/* Draw the page's texts on cr in its current source, one
 * cairo_show_text_glyphs() per font, and empty the page. */
void glyph_page_draw(struct glyph_page *pg, cairo_t *cr);

#endif
