/*
 * plan_xlsx: the workbook of the sample plan, read back part by part with
 * unzip: sheet order, print setup, page header escaping, formulas with
 * cached values, styles of top and back-off rows, the lifter's empty
 * boxes, byte-identical reruns, Letter paper, and failures.
 */
#include <config.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_xlsx.h"
#include "tap/basic.h"
#include "util.h"

#include "sample_plan.h"

/* The unzip program (from $TOPSET_UNZIP, else "unzip"), set once in main. */
static char *unzip_prog;

/* A part of an .xlsx file as text, or NULL; caller frees. */
static char *
part(const char *xlsx, const char *name)
{
    char *cmd = xasprintf("'%s' -p '%s' '%s' 2>/dev/null", unzip_prog, xlsx, name);
    FILE *fp = popen(cmd, "r");
    free(cmd);
    if (fp == NULL)
        return NULL;
    size_t cap = 8192, n = 0, got;
    char *buf = xmalloc(cap + 1);
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap)
            buf = xrealloc(buf, (cap *= 2) + 1);
    }
    buf[n] = '\0';
    if (pclose(fp) != 0 || n == 0) {
        free(buf);
        return NULL;
    }
    return buf;
}

static bool
has(const char *xml, const char *needle)
{
    return xml != NULL && strstr(xml, needle) != NULL;
}

/* The XML of cell ref ("E5") in a sheet, or NULL; caller frees. */
static char *
cell(const char *sheet, const char *ref)
{
    if (sheet == NULL)
        return NULL;
    char *open = xasprintf("<c r=\"%s\"", ref);
    const char *at = strstr(sheet, open);
    free(open);
    if (at == NULL)
        return NULL;
    const char *selfclose = strstr(at, "/>");
    const char *close = strstr(at, "</c>");
    const char *gt = strchr(at, '>');
    const char *end;
    if (gt != NULL && gt > at && gt[-1] == '/')
        end = selfclose + 2;
    else
        end = close ? close + 4 : NULL;
    return end ? xstrndup(at, (size_t) (end - at)) : NULL;
}

/* The value of attribute name in an element's text, or -1. */
static long
attr(const char *xml, const char *name)
{
    if (xml == NULL)
        return -1;
    char *key = xasprintf(" %s=\"", name);
    const char *at = strstr(xml, key);
    size_t klen = strlen(key);
    free(key);
    return at ? strtol(at + klen, NULL, 10) : -1;
}

/* Pointer to the n-th (0-based) <tag ...> or <tag> inside the first
 * <section ...>, or NULL. */
static const char *
nth(const char *xml, const char *section, const char *tag, long n)
{
    if (xml == NULL || n < 0)
        return NULL;
    char *open = xasprintf("<%s", section);
    const char *at = strstr(xml, open);
    free(open);
    if (at == NULL)
        return NULL;
    at = strchr(at, '>');
    size_t tlen = strlen(tag);
    for (long i = -1; at != NULL;) {
        at = strchr(at + 1, '<');
        if (at == NULL)
            return NULL;
        if (strncmp(at + 1, tag, tlen) == 0
            && (at[tlen + 1] == ' ' || at[tlen + 1] == '>' || at[tlen + 1] == '/')) {
            if (++i == n)
                return at;
        } else if (at[1] == '/' && strncmp(at + 2, section, strlen(section)) == 0)
            return NULL;
    }
    return NULL;
}

/* The cellXfs entry of style index s, up to its end; caller frees. */
static char *
xf(const char *styles, long s)
{
    const char *at = nth(styles, "cellXfs", "xf", s);
    if (at == NULL)
        return NULL;
    const char *end = strchr(at, '>');
    return xstrndup(at, (size_t) (end - at + 1));
}

/* Whether font number f of styles.xml is bold. */
static bool
font_bold(const char *styles, long f)
{
    const char *at = nth(styles, "fonts", "font", f);
    if (at == NULL)
        return false;
    const char *end = strstr(at, "</font>");
    const char *b = strstr(at, "<b/>");
    return b != NULL && end != NULL && b < end;
}

/* A test that cell ref of sheet holds needle in its XML. */
static void
cell_has(const char *sheet, const char *ref, const char *needle, const char *name)
{
    char *c = cell(sheet, ref);
    ok(has(c, needle), "%s", name);
    free(c);
}

/* Style facts of one cell: its font is bold, its border number, its fill. */
static void
cell_style(const char *sheet, const char *styles, const char *ref, long *s, bool *bold,
           long *border, long *fill)
{
    char *c = cell(sheet, ref);
    *s = attr(c, "s");
    free(c);
    char *x = xf(styles, *s);
    *bold = x ? font_bold(styles, attr(x, "fontId")) : false;
    *border = attr(x, "borderId");
    *fill = attr(x, "fillId");
    free(x);
}

static bool
same_file(const char *a, const char *b)
{
    size_t na = 0, nb = 0;
    char *x = test_slurp(a, &na), *y = test_slurp(b, &nb);
    bool same = x != NULL && y != NULL && na == nb && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

/* The oddHeader text of a sheet with &amp; turned back into &; caller frees. */
static char *
odd_header(const char *sheet)
{
    const char *at = sheet ? strstr(sheet, "<oddHeader>") : NULL;
    const char *end = at ? strstr(at, "</oddHeader>") : NULL;
    if (end == NULL)
        return NULL;
    at += strlen("<oddHeader>");
    char *out = xmalloc((size_t) (end - at) + 1), *o = out;
    while (at < end) {
        if (strncmp(at, "&amp;", 5) == 0) {
            *o++ = '&';
            at += 5;
        } else
            *o++ = *at++;
    }
    *o = '\0';
    return out;
}

static bool
valid_utf8(const char *s)
{
    const unsigned char *u = (const unsigned char *) s;
    while (*u) {
        int n = *u < 0x80 ? 0 : *u >= 0xF0 ? 3 : *u >= 0xE0 ? 2 : *u >= 0xC0 ? 1 : -1;
        if (n < 0)
            return false;
        for (int i = 1; i <= n; i++)
            if ((u[i] & 0xC0) != 0x80)
                return false;
        u += n + 1;
    }
    return true;
}

int
main(void)
{
    const char *env = getenv("TOPSET_UNZIP");
    unzip_prog = xstrdup(env && *env ? env : "unzip");
    /* Info-ZIP unzip reads $UNZIP as default options: hide ours from it. */
    unsetenv("UNZIP");
    char *probe = xasprintf("'%s' -v >/dev/null 2>&1", unzip_prog);
    int found = system(probe);
    free(probe);
    if (found != 0) {
        free(unzip_prog);
        skip_all("unzip (%s) is needed to read workbooks back", env && *env ? env : "unzip");
    }

    const char *dir = test_tmpdir();
    struct plan p;
    struct errlist errs;
    errlist_init(&errs);
    char *path = xasprintf("%s/plan.xlsx", dir);
    char *again = xasprintf("%s/again.xlsx", dir);
    char *letter = xasprintf("%s/letter.xlsx", dir);

    plan(102);

    sample_plan(&p, PAPER_A4);
    ok(plan_xlsx_write_as(&p, path, path, &errs) == 0, "write the sample plan");
    is_int(0, (long) errlist_count(&errs), "without messages");

    /* Sheets and defined names. */
    char *wb = part(path, "xl/workbook.xml");
    ok(wb != NULL, "xl/workbook.xml is in the file");
    const char *s1 = wb ? strstr(wb, "<sheet name=\"Overview\" sheetId=\"1\"") : NULL;
    const char *s2 = wb ? strstr(wb, "<sheet name=\"Week 1\" sheetId=\"2\"") : NULL;
    const char *s3 = wb ? strstr(wb, "<sheet name=\"Week 2\" sheetId=\"3\"") : NULL;
    ok(s1 != NULL && s2 != NULL && s3 != NULL && s1 < s2 && s2 < s3,
       "sheets Overview, Week 1, Week 2 in that order");
    ok(!has(wb, "name=\"Week 3\""), "and no more");
    ok(has(wb, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Week "
               "1'!$2:$2</definedName>"),
       "Week 1 repeats its header row on every page");
    ok(has(wb, "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"2\">'Week "
               "2'!$2:$2</definedName>"),
       "so does Week 2");
    free(wb);

    /* Week 1: formulas, values, actuals. */
    char *w1 = part(path, "xl/worksheets/sheet2.xml");
    char *w2 = part(path, "xl/worksheets/sheet3.xml");
    char *ov = part(path, "xl/worksheets/sheet1.xml");
    char *styles = part(path, "xl/styles.xml");
    char *strings = part(path, "xl/sharedStrings.xml");
    ok(w1 && w2 && ov && styles && strings, "every part is there");

    char *c = cell(w1, "E5");
    is_string("<c r=\"E5\" s=\"10\"><v>102.5</v></c>", c, "the top set's load is a plain number");
    free(c);
    c = cell(w1, "E6");
    ok(has(c, "<f>ROUNDUP(ROUND((E5*90/100)/2.5-0.5,6),0)*2.5</f>"),
       "a back-off load is a formula on the top set's cell, rounded to the step");
    ok(has(c, "<v>92.5</v>"), "with our value cached");
    free(c);
    cell_has(w1, "E7", "<f>ROUNDUP(ROUND((E5*90/100)/2.5-0.5,6),0)*2.5</f><v>92.5</v>",
             "the second back-off too");
    cell_has(w1, "E4", "<f>ROUNDUP(ROUND((E5*50/100)/2.5-0.5,6),0)*2.5</f><v>50</v>",
             "the warm-up above refers down to the top set");
    cell_has(w1, "E8", "<f>ROUNDUP(ROUND((E5*60/100)/2.5-0.5,6),0)*2.5</f><v>62.5</v>",
             "the drop set as well");
    c = cell(w1, "E10");
    is_string("<c r=\"E10\" s=\"10\"><v>140</v></c>", c, "the squat's top set stands alone");
    free(c);
    cell_has(w1, "G5", "<v>5</v>", "reps are numbers");
    cell_has(w1, "H5", "<v>8</v>", "so is the target RPE");
    c = cell(w1, "H6");
    ok(c != NULL && !has(c, "<v>"), "no RPE target: an empty cell");
    free(c);
    cell_has(w1, "I5", "<v>102.5</v>", "logged load of the top set");
    cell_has(w1, "K5", "<v>8.5</v>", "logged RPE of the top set");
    cell_has(w1, "J7", "<v>7</v>", "logged reps of the second back-off");
    c = cell(w1, "I8");
    ok(c != NULL && !has(c, "<v>"), "the drop set was not logged: an empty box");
    free(c);
    ok(!has(w1, "<f>1+1</f>") && has(strings, "<t>=1+1</t>"),
       "a note that looks like a formula is written as text");
    ok(has(strings, "<t>Upper A</t>") && has(w1, "<c r=\"A3\" s=\"5\" t=\"s\">"),
       "a day band row names the day");

    /* Styles: top bold, back-off filled, warm-up different, boxes bordered. */
    long s_top, s_back, s_warm, s_drop, s_box, s_box2, b_top, b_back, b_box, b_box2, f_top, f_back,
        f_drop, dummy;
    bool bold_top, bold_back, bold_warm, bold_drop, bold_box, bold_box2;
    cell_style(w1, styles, "B5", &s_top, &bold_top, &b_top, &f_top);
    cell_style(w1, styles, "B6", &s_back, &bold_back, &b_back, &f_back);
    cell_style(w1, styles, "B4", &s_warm, &bold_warm, &dummy, &dummy);
    cell_style(w1, styles, "B8", &s_drop, &bold_drop, &dummy, &f_drop);
    cell_style(w1, styles, "I8", &s_box, &bold_box, &b_box, &dummy);
    cell_style(w2, styles, "J6", &s_box2, &bold_box2, &b_box2, &dummy);
    ok(s_top >= 0 && s_back >= 0 && s_top != s_back, "top and back-off rows have different styles");
    ok(bold_top, "the top-set row is bold");
    ok(!bold_back, "the back-off row is not");
    ok(f_back > 0 && f_back != f_top, "the back-off row has a fill of its own");
    ok(s_warm != s_top && s_warm != s_back && !bold_warm, "warm-up rows look different again");
    ok(has(styles, "<font><i/><sz val=\"11\"/><color rgb=\"FF808080\"/>"),
       "warm-ups are gray italic");
    ok(s_drop != s_back && f_drop > 0 && f_drop != f_back, "drop rows are distinct");
    ok(b_box > 0, "an empty box has a border");
    ok(b_box2 == b_box && b_box2 > 0, "the boxes of an unstarted week have the same border");
    {
        const char *border = nth(styles, "borders", "border", b_box);
        const char *thin = "<border><left style=\"thin\"><color auto=\"1\"/></left>"
                           "<right style=\"thin\"><color auto=\"1\"/></right>"
                           "<top style=\"thin\"><color auto=\"1\"/></top>"
                           "<bottom style=\"thin\">";
        ok(border != NULL && strncmp(border, thin, strlen(thin)) == 0, "a thin border all around");
    }

    /* Print setup. */
    ok(has(w1, "<pageSetup paperSize=\"9\" scale=\"88\" orientation=\"landscape\"/>"),
       "A4 landscape at 88%%: 11 pt type prints at 9.7 pt");
    ok(!has(w1, "fitToPage"), "never shrunk to fit the page's width");
    ok(has(w1, "<rowBreaks count=\"1\" manualBreakCount=\"1\"><brk id=\"8\""),
       "a page break above Lower A's band (row 9): a page per training day");
    ok(has(w1, "<pageMargins left=\"0.3\" right=\"0.3\" top=\"0.65\" bottom=\"0.6\""),
       "narrow side margins");
    {
        char *wbx = part(path, "xl/workbook.xml");
        ok(has(wbx, "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"1\">'Week "
                    "1'!$A$1:$L$10</definedName>"),
           "Week 1 prints from Day to Notes (Why stays on screen)");
        free(wbx);
    }
    cell_has(w1, "L2", "t=\"s\"", "the header row has Notes in column L");
    ok(has(strings, "<t>Notes</t>") && has(strings, "<t>Why</t>"), "and Why after it");
    {
        char *n4 = cell(w1, "L4"), *n5 = cell(w1, "L5");
        ok(n4 != NULL && !has(n4, "<v>"), "no note on the warm-up row");
        ok(has(n5, "t=\"s\""), "the bench notes are on its top-set row (5)");
        free(n4);
        free(n5);
        long s_note, b_note, f_note;
        bool bold_note;
        cell_style(w1, styles, "L5", &s_note, &bold_note, &b_note, &f_note);
        const char *xa = nth(styles, "cellXfs", "xf", s_note);
        const char *xe = xa ? strstr(xa, "</xf>") : NULL;
        char *x = xe ? xstrndup(xa, (size_t) (xe - xa)) : NULL;
        ok(s_note >= 0 && !bold_note && has(x, "wrapText=\"1\""),
           "in plain type (not the top set's bold), wrapped");
        free(x);
    }
    ok(has(w1, "<sheetView showGridLines=\"0\""), "gridlines hidden");
    ok(has(w1,
           "<pane ySplit=\"2\" topLeftCell=\"A3\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
       "panes frozen below the header");
    ok(has(w1, "<oddHeader>&amp;LAlex&amp;CPush &amp;&amp; Pull \xE2\x80\x94 Week 1 "
               "(2026-11-23 to 2026-11-29)&amp;Rkg</oddHeader>"),
       "page header: client, block with & escaped as &&, week and dates, unit");
    ok(has(w1, "<oddFooter>&amp;CPage &amp;P of &amp;N</oddFooter>"), "footer with page numbers");
    ok(has(w2, "Week 2 (2026-11-30 to 2026-12-06)"), "week 2's header has its own dates");
    ok(has(ov, "<pageSetup paperSize=\"9\" orientation=\"landscape\"/>") && has(ov, "<oddFooter>"),
       "the Overview is set up for print too");

    /* Week 2 and the Overview. */
    cell_has(w2, "E6", "<f>ROUNDUP(ROUND((E5*90/100)/2.5-0.5,6),0)*2.5</f><v>95</v>",
             "week 2's back-off follows its own top set");
    cell_has(ov, "C8", "<f>'Week 1'!E5</f><v>102.5</v>",
             "Overview: bench week 1 refers to its top set");
    cell_has(ov, "D8", "<f>'Week 1'!G5</f><v>5</v>", "and to its reps");
    cell_has(ov, "E8", "<f>'Week 2'!E5</f><v>105</v>", "bench week 2");
    c = cell(ov, "E9");
    ok(c != NULL && !has(c, "<v>") && !has(c, "<f>"), "no squat in week 2: an empty cell");
    free(c);
    cell_has(ov, "E10", "<f>'Week 2'!E10</f><v>180</v>", "the deadlift appears in week 2");
    ok(has(strings, ">Week 1\n2026-11-23</t>"), "week columns are titled with their Monday");

    char *core = part(path, "docProps/core.xml");
    ok(has(core,
           "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-11-26T00:00:00Z</dcterms:created>"),
       "created is the as-of date");
    free(core);

    /* Determinism and paper. */
    ok(plan_xlsx_write_as(&p, again, again, &errs) == 0, "write it again");
    ok(same_file(path, again), "the same plan gives a byte-identical file");
    ok(plan_xlsx_write_as(&p, again, again, &errs) == 0 && same_file(path, again),
       "overwriting an existing file gives the same bytes");
    struct plan pl;
    sample_plan(&pl, PAPER_LETTER);
    ok(plan_xlsx_write_as(&pl, letter, letter, &errs) == 0, "a Letter plan");
    char *lw = part(letter, "xl/worksheets/sheet2.xml");
    ok(has(lw, "paperSize=\"1\""), "has paperSize 1");
    free(lw);
    plan_free(&pl);

    /* A long client name: header cut at a character, within 255 bytes. */
    struct plan lp;
    sample_plan(&lp, PAPER_A4);
    char *longname = xmalloc(400 * 2 + 1);
    for (int i = 0; i < 400; i++)
        memcpy(longname + 2 * i, i % 7 == 0 ? "&&" : "\xC3\xA9", 2);
    longname[800] = '\0';
    lp.client = longname;
    char *longpath = xasprintf("%s/long.xlsx", dir);
    ok(plan_xlsx_write_as(&lp, longpath, longpath, &errs) == 0,
       "a very long client name still writes");
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    char *lsheet = part(longpath, "xl/worksheets/sheet2.xml");
    char *hdr = odd_header(lsheet);
    ok(hdr != NULL && strlen(hdr) <= 255, "the page header is at most 255 bytes (%zu)",
       hdr ? strlen(hdr) : 0);
    ok(hdr != NULL && valid_utf8(hdr), "and cut between characters");
    ok(has(hdr, "&CPush && Pull \xE2\x80\x94 Week 1 (2026-11-23 to 2026-11-29)&Rkg"),
       "the block, week and unit survive");
    free(hdr);
    free(lsheet);
    free(longpath);
    free(longname);
    plan_free(&lp);

    /* '&' before G or [ would read as an image placeholder to libxlsxwriter. */
    struct plan gp;
    sample_plan(&gp, PAPER_A4);
    gp.client = "R&G &[Picture]";
    char *gpath = xasprintf("%s/amp.xlsx", dir);
    ok(plan_xlsx_write_as(&gp, gpath, gpath, &errs) == 0, "a client named R&G &[Picture] writes");
    char *gsheet = part(gpath, "xl/worksheets/sheet2.xml");
    hdr = odd_header(gsheet);
    ok(has(hdr, "&LR&&\xE2\x80\x8BG &&\xE2\x80\x8B[Picture]&C"),
       "its '&' is escaped, with a zero-width space before G and [");
    ok(!has(hdr, "&&G") && !has(hdr, "&&[Picture]"), "so no image placeholder is seen");
    free(hdr);
    free(gsheet);
    free(gpath);
    plan_free(&gp);

    /* Bytes that are not UTF-8 and control characters would corrupt the XML. */
    struct plan bp;
    sample_plan(&bp, PAPER_A4);
    bp.client = "bad\xff byte\x01";
    char *bpath = xasprintf("%s/bytes.xlsx", dir);
    ok(plan_xlsx_write_as(&bp, bpath, bpath, &errs) == 0, "a client name with a bad byte writes");
    char *bsheet = part(bpath, "xl/worksheets/sheet2.xml");
    char *bstrings = part(bpath, "xl/sharedStrings.xml");
    ok(has(bsheet, "<oddHeader>&amp;Lbad\xEF\xBF\xBD byte &amp;C"),
       "the header has U+FFFD for the bad byte and a space for the control character");
    ok(has(bstrings, "<t>bad\xEF\xBF\xBD byte_x0001_ \xE2\x80\x94 Push"),
       "the title cell too (libxlsxwriter escapes the control character)");
    ok(bsheet && bstrings && !strchr(bsheet, 0xff) && !strchr(bstrings, 0xff)
           && !strchr(bsheet, '\x01') && !strchr(bstrings, '\x01'),
       "no raw bad byte reaches the XML");
    free(bsheet);
    free(bstrings);
    free(bpath);
    plan_free(&bp);

    /* Plates, and the overview's charts for the main lifts. */
    struct plan cp;
    sample_plan(&cp, PAPER_A4);
    cp.lifts[0].main = cp.lifts[1].main = true; /* bench and squat; not the deadlift */
    cp.sets[1].plates = "25+10+5+1.25";         /* week 1's bench top set, 102.5 kg */
    plan_add_point(&cp, 0, date_from_ymd(2026, 11, 9), 118.3);
    plan_add_point(&cp, 0, date_from_ymd(2026, 11, 16), 120.5);
    plan_add_point(&cp, 1, date_from_ymd(2026, 11, 17), 160);
    char *cpath = xasprintf("%s/charts.xlsx", dir);
    char *cagain = xasprintf("%s/charts2.xlsx", dir);
    ok(plan_xlsx_write_as(&cp, cpath, cpath, &errs) == 0,
       "a plan with main lifts and e1RM points writes");
    char *cw1 = part(cpath, "xl/worksheets/sheet2.xml");
    char *cov = part(cpath, "xl/worksheets/sheet1.xml");
    char *cstr = part(cpath, "xl/sharedStrings.xml");
    char *ch1 = part(cpath, "xl/charts/chart1.xml");
    char *ch2 = part(cpath, "xl/charts/chart2.xml");
    ok(has(cstr, "<t>Plates</t>") && has(cstr, "<t>25+10+5+1.25</t>"),
       "week sheets have a Plates column with the top set's plates");
    cell_has(cw1, "F5", "t=\"s\"", "in F, beside the load");
    c = cell(cw1, "F6");
    ok(c != NULL && !has(c, "<v>"), "a set without plates text: an empty cell");
    free(c);
    /* Charts under the table (row 12), side by side; the tables they
     * read below them, off the printed page. Planned table: title at row
     * 31, weeks in row 32, bench 33, squat 34, deadlift 35. */
    cell_has(cov, "C33", "<f>C8</f><v>102.5</v>",
             "the planned table's bench week 1 reads the overview's cell");
    cell_has(cov, "D33", "<f>E8</f><v>105</v>", "and week 2 the next load column");
    c = cell(cov, "D34");
    ok(c != NULL && !has(c, "<f>"), "no squat in week 2: blank");
    free(c);
    cell_has(cov, "D35", "<f>E10</f><v>180</v>",
             "the deadlift, not a barbell lift here, has a row too: it has a load");
    ok(has(ch1, "<c:lineChart>"), "chart 1 is a line chart");
    ok(has(ch1, "<c:f>Overview!$B$33</c:f>") && has(ch1, "<c:f>Overview!$C$32:$D$32</c:f>")
           && has(ch1, "<c:f>Overview!$C$33:$D$33</c:f>"),
       "its bench series: name, weeks and loads from the planned table");
    ok(has(ch1, "<c:f>Overview!$C$34:$D$34</c:f>") && has(ch1, "<c:f>Overview!$C$35:$D$35</c:f>")
           && !has(ch1, "$36"),
       "a squat and a deadlift series too, and nothing more");
    /* e1RM table: title row 37, names 38, headers 39, points from 40. */
    cell_has(cov, "A40", "<v>46335</v>",
             "the first bench point's date as a date serial (2026-11-09)");
    cell_has(cov, "B41", "<v>120.5</v>", "the second bench e1RM");
    cell_has(cov, "D40", "<v>160</v>", "the squat's point in the next pair of columns");
    ok(has(ch2, "<c:scatterChart>"), "chart 2 is a scatter chart over dates");
    ok(has(ch2, "<c:f>Overview!$A$40:$A$41</c:f>") && has(ch2, "<c:f>Overview!$B$40:$B$41</c:f>")
           && has(ch2, "<c:f>Overview!$A$38</c:f>"),
       "its bench series: dates, e1RMs and name from the table");
    {
        char *cdraw = part(cpath, "xl/drawings/drawing1.xml");
        ok(has(cdraw,
               "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>11</xdr:row>"),
           "the first chart two rows under the table, at the left edge");
        ok(cdraw != NULL && strstr(cdraw, "<xdr:row>11</xdr:row>") != NULL
               && strstr(strstr(cdraw, "<xdr:row>11</xdr:row>") + 1, "<xdr:row>11</xdr:row>")
                      != NULL,
           "the second chart beside it, on the same row");
        free(cdraw);
        char *cwb = part(cpath, "xl/workbook.xml");
        ok(has(cwb, "localSheetId=\"0\">Overview!$A$1:$R$29</definedName>"),
           "the Overview prints the table and the charts, not the tables under them");
        ok(!has(cwb, "Overview!$6:$7"), "and repeats no heading");
        free(cwb);
    }
    ok(!has(cov, "<rowBreaks"), "no page breaks on the Overview");
    ok(has(cov, "<pageSetup paperSize=\"9\" orientation=\"landscape\"/>")
           && has(cov, "<pageSetUpPr fitToPage=\"1\"/>"),
       "fit to one page, wide and tall");
    ok(plan_xlsx_write_as(&cp, cagain, cagain, &errs) == 0 && same_file(cpath, cagain),
       "with charts, the same plan still gives a byte-identical file");
    free(cw1);
    free(cov);
    free(cstr);
    free(ch1);
    free(ch2);
    free(cpath);
    free(cagain);
    plan_free(&cp);

    /* Failures. */
    errlist_free(&errs);
    char *missing = xasprintf("%s/no/such/folder/plan.xlsx", dir);
    ok(plan_xlsx_write_as(&p, missing, missing, &errs) == -1, "a missing folder fails");
    char *want = xasprintf("%s: cannot write workbook: No such file or directory", missing);
    is_string(want, errs.n > 0 ? errs.msgs[0] : NULL, "with a message naming the file");
    is_int(1, (long) errlist_count(&errs), "just one");
    free(want);
    ok(plan_xlsx_write_as(&p, missing, "out/plan.xlsx", &errs) == -1 && errs.n == 2
           && strcmp(errs.msgs[1], "out/plan.xlsx: cannot write workbook: "
                                   "No such file or directory")
                  == 0,
       "plan_xlsx_write_as names the destination it was given");
    free(missing);
    errlist_free(&errs);

    /* libxlsxwriter's staging files (in the output's folder) are all gone. */
    DIR *d = opendir(dir);
    int others = 0;
    struct dirent *de;
    while (d != NULL && (de = readdir(d)) != NULL)
        if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0
            && strstr(de->d_name, ".xlsx") == NULL) {
            diag("left behind: %s", de->d_name);
            others++;
        }
    if (d != NULL)
        closedir(d);
    is_int(0, others, "nothing but the workbooks is left in the folder");

    free(ov);
    free(w1);
    free(w2);
    free(styles);
    free(strings);
    plan_free(&p);
    free(path);
    free(again);
    free(letter);
    free(unzip_prog);
    return 0;
}
