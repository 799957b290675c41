/*
 * log_xlsx: a plan workbook that topset wrote (plan_xlsx.c) and the lifter
 * filled in, read back as a log. Like a filled-in plan CSV (log_plan.c):
 * every set row whose "Done load" and "Done reps" are both empty was not
 * done (or not yet) and is skipped; the others are sets with the done
 * values, on the week's Monday (from the sheet's title), under the day of
 * the band row above them, in the plan's set order.
 *
 * Columns are found by their header titles, not their positions, so a
 * workbook saved again by Excel, LibreOffice or a script still reads: a
 * week sheet is any sheet with a header row holding "Exercise", "Type",
 * "Done load" and "Done reps" among its first rows. Cells may be shared
 * strings, inline strings, formula results or numbers written as text.
 *
 * An .xlsx is a zip of XML parts (libzip, expat). Its bytes are hostile
 * input like any CSV: the file, each part, the cells, the rows and the
 * strings have limits, and the XML's depth is capped.
 */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <expat.h>
#include <zip.h>

#include "field.h"
#include "log.h"
#include "log_dialect.h"
#include "util.h"

#define XLSX_MAX_FILE (32L << 20)       /* bytes of the .xlsx itself */
#define XLSX_MAX_PART (64L << 20)       /* bytes of one XML part, unpacked */
#define XLSX_MAX_TOTAL (256L << 20)     /* bytes of every part read, unpacked */
#define XLSX_MAX_SHEETS 256             /* sheets in the workbook */
#define XLSX_MAX_STRINGS 1000000        /* shared strings */
#define XLSX_MAX_TEXT CSVREAD_MAX_FIELD /* bytes of one cell's or string's text */
#define XLSX_MAX_ROWS CSVREAD_MAX_ROWS  /* rows of one sheet */
#define XLSX_MAX_DEPTH 64               /* XML elements inside each other */
#define XLSX_COLS 64                    /* columns read (A to BL) */
#define XLSX_HEAD_ROWS 20               /* the header row is among these */
#define XLSX_CHUNK 65536

/* The week sheet's columns, by their titles in plan_xlsx.c. */
enum xcol { X_DAY, X_EXERCISE, X_SET, X_TYPE, X_LOAD, X_DONE_LOAD, X_DONE_REPS, X_DONE_RPE, X_N };

static const struct column_spec xcols[X_N] = {
    [X_DAY] = {"Day", false},
    [X_EXERCISE] = {"Exercise", true},
    [X_SET] = {"Set", false},
    [X_TYPE] = {"Type", true},
    [X_LOAD] = {"Load", false}, /* "Load (kg)": its unit */
    [X_DONE_LOAD] = {"Done load", true},
    [X_DONE_REPS] = {"Done reps", true},
    [X_DONE_RPE] = {"Done RPE", false},
};

#define MAX_SET 1000

struct xsheet {
    char *name, *rid, *part; /* part: "xl/worksheets/sheet1.xml" */
};

struct xbook {
    const char *path;
    zip_t *zip;
    struct errlist *errs;
    struct log *log;
    struct xsheet *sheets;
    size_t nsheets, cap_sheets;
    char **strings; /* shared strings, in arena */
    size_t nstrings, cap_strings;
    struct arena arena;
    long total;         /* unpacked bytes read so far */
    size_t week_sheets; /* sheets with the header row */
    char *sst;          /* the shared strings' part, when the workbook has one */
};

/* One XML part being parsed: expat, the depth, the text being collected. */
struct xparse {
    struct xbook *b;
    XML_Parser p;
    const char *part;
    int depth;
    bool failed; /* reported; stop */
    bool collect;
    char *text;
    size_t len, cap;
    void *ud; /* the part's own state */
};

/* --- XML helpers ------------------------------------------------------ */

/* An element or attribute name without its namespace prefix ("x:c" is "c"). */
static const char *
local(const char *name)
{
    const char *colon = strrchr(name, ':');
    return colon ? colon + 1 : name;
}

static const char *
attr(const char **atts, const char *name)
{
    for (size_t i = 0; atts[i] != NULL; i += 2)
        if (strcmp(local(atts[i]), name) == 0)
            return atts[i + 1];
    return NULL;
}

/* Report a problem of part x at expat's position, and stop parsing. */
static void xfail(struct xparse *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
xfail(struct xparse *x, const char *fmt, ...)
{
    if (!x->failed) {
        va_list ap;
        va_start(ap, fmt);
        char *what = xvasprintf(fmt, ap);
        va_end(ap);
        err_at(x->b->errs, x->b->path, 0, 0,
               "workbook part \"%s\", XML line %lu: %s (expected a workbook saved by a "
               "spreadsheet program)",
               x->part, (unsigned long) XML_GetCurrentLineNumber(x->p), what);
        free(what);
    }
    x->failed = true;
    XML_StopParser(x->p, XML_FALSE);
}

static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
    struct xparse *x = ud;
    if (!x->collect || x->failed || len <= 0)
        return;
    if (x->len + (size_t) len > XLSX_MAX_TEXT) {
        xfail(x, "a text over %s bytes", "65536");
        return;
    }
    if (x->len + (size_t) len + 1 > x->cap)
        grow(&x->text, &x->cap, x->len + (size_t) len + 1, 1);
    memcpy(x->text + x->len, s, (size_t) len);
    x->len += (size_t) len;
    x->text[x->len] = '\0';
}

static void
text_reset(struct xparse *x)
{
    x->len = 0;
    if (x->text != NULL)
        x->text[0] = '\0';
}

/* Depth bookkeeping shared by every start handler; false when too deep. */
static bool
enter(struct xparse *x)
{
    if (++x->depth > XLSX_MAX_DEPTH) {
        xfail(x, "elements nested over %s deep", "64");
        return false;
    }
    return !x->failed;
}

/*
 * Parse the part named name with these handlers (each starts with enter()
 * and its end handler decrements depth). Returns 0, 1 when the part is
 * absent, -1 after reporting.
 */
static int
read_part(struct xbook *b, const char *name, XML_StartElementHandler start,
          XML_EndElementHandler end, void *ud)
{
    zip_int64_t i = zip_name_locate(b->zip, name, 0);
    if (i < 0)
        return 1;
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(b->zip, (zip_uint64_t) i, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)
        || st.size > (zip_uint64_t) XLSX_MAX_PART || (long) st.size > XLSX_MAX_TOTAL - b->total) {
        err_at(b->errs, b->path, 0, 0,
               "workbook part \"%s\" is over %ld MiB unpacked (expected a plan workbook, a few "
               "hundred KiB)",
               name, XLSX_MAX_PART >> 20);
        return -1;
    }
    zip_file_t *zf = zip_fopen_index(b->zip, (zip_uint64_t) i, 0);
    if (zf == NULL) {
        err_at(b->errs, b->path, 0, 0, "workbook part \"%s\": %s", name, zip_strerror(b->zip));
        return -1;
    }
    struct xparse x = {.b = b, .part = name, .ud = ud};
    x.p = XML_ParserCreate(NULL);
    if (x.p == NULL)
        abort(); /* out of memory, like xmalloc */
    XML_SetUserData(x.p, &x);
    XML_SetElementHandler(x.p, start, end);
    XML_SetCharacterDataHandler(x.p, on_text);
    char *buf = xmalloc(XLSX_CHUNK);
    zip_int64_t n = 0;
    while (!x.failed && (n = zip_fread(zf, buf, XLSX_CHUNK)) > 0) {
        b->total += (long) n;
        if (b->total > XLSX_MAX_TOTAL || XML_Parse(x.p, buf, (int) n, 0) != XML_STATUS_OK)
            break;
    }
    if (!x.failed && n < 0)
        err_at(b->errs, b->path, 0, 0, "workbook part \"%s\": %s", name, zip_file_strerror(zf));
    else if (!x.failed && (b->total > XLSX_MAX_TOTAL || XML_Parse(x.p, buf, 0, 1) != XML_STATUS_OK))
        xfail(&x, "%s",
              b->total > XLSX_MAX_TOTAL ? "parts over the size limit"
                                        : XML_ErrorString(XML_GetErrorCode(x.p)));
    bool ok = !x.failed && n >= 0;
    free(buf);
    free(x.text);
    XML_ParserFree(x.p);
    zip_fclose(zf);
    return ok ? 0 : -1;
}

static void XMLCALL
on_end(void *ud, const XML_Char *name)
{
    (void) name;
    struct xparse *x = ud;
    x->depth--;
}

/* --- xl/workbook.xml and its relationships ------------------------------ */

static void XMLCALL
wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xparse *x = ud;
    struct xbook *b = x->b;
    if (!enter(x) || strcmp(local(name), "sheet") != 0)
        return;
    const char *sname = attr(atts, "name"), *rid = attr(atts, "id");
    if (sname == NULL || rid == NULL)
        return;
    if (b->nsheets == XLSX_MAX_SHEETS) {
        xfail(x, "over %s sheets", "256");
        return;
    }
    grow(&b->sheets, &b->cap_sheets, b->nsheets + 1, sizeof *b->sheets);
    b->sheets[b->nsheets++] = (struct xsheet){arena_strdup(&b->arena, sname),
                                              arena_strdup(&b->arena, rid), NULL};
}

/* A relationship's target: relative to xl/, or absolute from the zip's root. */
static char *
part_path(struct arena *a, const char *target)
{
    return target[0] == '/' ? arena_strdup(a, target + 1) : arena_printf(a, "xl/%s", target);
}

static void XMLCALL
rels_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xparse *x = ud;
    struct xbook *b = x->b;
    if (!enter(x) || strcmp(local(name), "Relationship") != 0)
        return;
    const char *id = attr(atts, "Id"), *target = attr(atts, "Target"), *type = attr(atts, "Type");
    if (id == NULL || target == NULL)
        return;
    size_t tl = type ? strlen(type) : 0;
    if (tl >= 14 && strcmp(type + tl - 14, "/sharedStrings") == 0 && b->sst == NULL)
        b->sst = part_path(&b->arena, target);
    for (size_t i = 0; i < b->nsheets; i++)
        if (b->sheets[i].part == NULL && strcmp(b->sheets[i].rid, id) == 0)
            b->sheets[i].part = part_path(&b->arena, target);
}

/* --- xl/sharedStrings.xml ------------------------------------------------ */

struct sst {
    int phonetic; /* inside <rPh>: a reading aid, not the text */
};

static void XMLCALL
sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    (void) atts;
    struct xparse *x = ud;
    struct sst *s = x->ud;
    if (!enter(x))
        return;
    const char *n = local(name);
    if (strcmp(n, "si") == 0)
        text_reset(x);
    else if (strcmp(n, "rPh") == 0)
        s->phonetic++;
    else if (strcmp(n, "t") == 0 && s->phonetic == 0)
        x->collect = true;
}

static void XMLCALL
sst_end(void *ud, const XML_Char *name)
{
    struct xparse *x = ud;
    struct sst *s = x->ud;
    struct xbook *b = x->b;
    x->depth--;
    const char *n = local(name);
    if (strcmp(n, "t") == 0)
        x->collect = false;
    else if (strcmp(n, "rPh") == 0)
        s->phonetic--;
    else if (strcmp(n, "si") == 0 && !x->failed) {
        if (b->nstrings == XLSX_MAX_STRINGS) {
            xfail(x, "over %s shared strings", "1000000");
            return;
        }
        grow(&b->strings, &b->cap_strings, b->nstrings + 1, sizeof *b->strings);
        b->strings[b->nstrings++] = arena_strdup(&b->arena, x->text ? x->text : "");
    }
}

/* --- a sheet's cells ------------------------------------------------------- */

struct wsheet {
    struct xbook *b;
    const struct log_opts *opts;
    char *label; /* "plan.xlsx[Week 1]", for messages */
    unsigned long row, rows;
    unsigned col;  /* the current cell's column (0-based) */
    char type[12]; /* its t attribute */
    bool in_cell, in_inline;
    int phonetic;
    char *cells[XLSX_COLS]; /* the current row's texts, NULL when empty */
    char empty[1];          /* "" that header_text may trim in place */
    bool header, gave_up;   /* found the header row; none in the first rows */
    struct log_reader r;
    day_t monday;
    char *day;      /* the band row above: the day's name */
    day_t day_date; /* and its date ("Sat 2026-12-12"), or 0: the Monday */
};

/* "BC12" -> column 54 (0-based); -1 without letters. */
static long
ref_col(const char *ref)
{
    long col = 0;
    int n = 0;
    for (; *ref >= 'A' && *ref <= 'Z' && n < 4; ref++, n++)
        col = col * 26 + (*ref - 'A' + 1);
    return n == 0 || n == 4 ? -1 : col - 1;
}

static void
row_clear(struct wsheet *w)
{
    for (size_t i = 0; i < XLSX_COLS; i++) {
        free(w->cells[i]);
        w->cells[i] = NULL;
    }
}

/* The text of a finished cell: a shared string, inline or formula text, or
 * a number as fmt_num writes it (Excel writes 102.49999999999999). */
static char *
cell_text(struct xparse *x, struct wsheet *w)
{
    const char *t = x->text ? x->text : "";
    if (strcmp(w->type, "s") == 0) {
        long i;
        if (parse_int(t, &i) != 0 || i < 0 || (size_t) i >= w->b->nstrings) {
            xfail(x, "a cell names shared string \"%s\", which does not exist", t);
            return NULL;
        }
        return xstrdup(w->b->strings[i]);
    }
    if (w->type[0] == '\0' || strcmp(w->type, "n") == 0) {
        double v;
        char buf[32];
        if (*t != '\0' && parse_double(t, &v) == 0)
            return xstrdup(fmt_num(buf, v));
    }
    if (strcmp(w->type, "b") == 0)
        return xstrdup(strcmp(t, "1") == 0 ? "TRUE" : "FALSE");
    return xstrdup(t);
}

static void row_done(struct xparse *x, struct wsheet *w);

static void XMLCALL
ws_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xparse *x = ud;
    struct wsheet *w = x->ud;
    if (!enter(x) || w->gave_up)
        return;
    const char *n = local(name);
    if (strcmp(n, "row") == 0) {
        const char *r = attr(atts, "r");
        long num;
        w->row = r != NULL && parse_int(r, &num) == 0 && num > 0 ? (unsigned long) num : w->row + 1;
        if (++w->rows > XLSX_MAX_ROWS)
            xfail(x, "a sheet of over %s rows", "1000000");
        row_clear(w);
        w->col = (unsigned) -1;
    } else if (strcmp(n, "c") == 0) {
        const char *r = attr(atts, "r"), *t = attr(atts, "t");
        long col = r != NULL ? ref_col(r) : -1;
        w->col = col >= 0 ? (unsigned) col : w->col + 1;
        snprintf(w->type, sizeof w->type, "%s", t ? t : "");
        w->in_cell = true;
        text_reset(x);
    } else if (w->in_cell && strcmp(n, "is") == 0)
        w->in_inline = true;
    else if (w->in_cell && strcmp(n, "rPh") == 0)
        w->phonetic++;
    else if (w->in_cell && w->phonetic == 0
             && ((strcmp(n, "v") == 0 && !w->in_inline) || (strcmp(n, "t") == 0 && w->in_inline)))
        x->collect = true;
}

static void XMLCALL
ws_end(void *ud, const XML_Char *name)
{
    struct xparse *x = ud;
    struct wsheet *w = x->ud;
    x->depth--;
    if (x->failed || w->gave_up)
        return;
    const char *n = local(name);
    if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0)
        x->collect = false;
    else if (strcmp(n, "is") == 0)
        w->in_inline = false;
    else if (strcmp(n, "rPh") == 0)
        w->phonetic--;
    else if (strcmp(n, "c") == 0) {
        w->in_cell = w->in_inline = false;
        if (w->col >= XLSX_COLS)
            return;
        char *t = cell_text(x, w);
        free(w->cells[w->col]);
        w->cells[w->col] = t != NULL && *t != '\0' ? t : NULL;
        if (t != NULL && *t == '\0')
            free(t);
    } else if (strcmp(n, "row") == 0)
        row_done(x, w);
}

/* --- a sheet's rows -------------------------------------------------------- */

static bool
title_is(const char *cell, const char *title, bool prefix)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", cell);
    const char *t = trim(buf);
    size_t n = strlen(title);
    return prefix ? ascii_ncasecmp(t, title, n) == 0 : ascii_casecmp(t, title) == 0;
}

/* A week's dates in a title: "... Week 1 (2026-12-07 to 2026-12-13)". */
static bool
title_monday(const char *cell, day_t *out)
{
    for (const char *p = strchr(cell, '('); p != NULL; p = strchr(p + 1, '(')) {
        char date[11];
        if (strlen(p + 1) >= 10) {
            memcpy(date, p + 1, 10);
            date[10] = '\0';
            char *why = field_date(date, out);
            if (why == NULL)
                return true;
            free(why);
        }
    }
    return false;
}

/* Is this row the header? Maps the columns by title when it is. */
static bool
find_header(struct wsheet *w)
{
    int idx[X_N];
    for (size_t i = 0; i < X_N; i++)
        idx[i] = -1;
    for (size_t c = 0; c < XLSX_COLS; c++)
        for (size_t i = 0; w->cells[c] != NULL && i < X_N; i++)
            if (idx[i] < 0 && title_is(w->cells[c], xcols[i].name, i == X_LOAD)) {
                idx[i] = (int) c;
                break;
            }
    for (size_t i = 0; i < X_N; i++)
        if (xcols[i].required && idx[i] < 0)
            return false;
    memcpy(w->r.idx, idx, sizeof idx);
    /* "Load (kg)": the unit of every load of the sheet. */
    const char *load = idx[X_LOAD] >= 0 ? w->cells[idx[X_LOAD]] : "";
    const char *open = strchr(load, '(');
    char unit[16];
    enum unit u;
    w->r.unit = UNIT_UNSPECIFIED;
    if (open != NULL && sscanf(open + 1, "%15[a-zA-Z]", unit) == 1 && unit_parse(unit, &u) == 0)
        w->r.unit = (int) u;
    return true;
}

static void
row_head(struct xparse *x, struct wsheet *w)
{
    for (size_t c = 0; c < XLSX_COLS; c++)
        if (w->cells[c] != NULL && w->monday == 0 && title_monday(w->cells[c], &w->monday))
            break;
    if (!find_header(w)) {
        w->gave_up = w->row >= XLSX_HEAD_ROWS;
        return;
    }
    w->header = true;
    w->b->week_sheets++;
    if (w->monday == 0) {
        err_at(w->b->errs, w->label, w->row, 0,
               "no week dates above the header (expected a title such as \"Week 1 (2026-12-07 "
               "to 2026-12-13)\", as topset writes it)");
        xfail(x, "%s", "a week sheet without its dates");
    }
}

/* "warm-up" or "warmup" -> SET_WARMUP. */
static int
xlsx_set_type(struct wsheet *w, const struct csv_row *row, enum set_type *out)
{
    const char *text = header_text(row, w->r.idx, X_TYPE);
    char buf[16];
    size_t n = 0;
    for (const char *s = text; *s != '\0' && n + 1 < sizeof buf; s++)
        if (*s != '-')
            buf[n++] = *s;
    buf[n] = '\0';
    if (*text == '\0')
        *out = SET_WORK;
    else if (strlen(text) >= sizeof buf || set_type_parse(buf, out) != 0) {
        header_err(w->b->errs, w->label, row, w->r.idx, xcols, X_TYPE,
                   "unknown set type \"%s\" (expected warm-up, top, back-off, drop or work)", text);
        return -1;
    }
    return 0;
}

/* A set row with its done boxes filled in: one logged set. */
static void
row_set(struct wsheet *w, const struct csv_row *row, const char *exercise)
{
    struct log_reader *r = &w->r;
    struct log_row s;
    memset(&s, 0, sizeof s);
    long order = 0;
    int bad = 0, written = UNIT_UNSPECIFIED;
    s.date = w->day_date != 0 ? w->day_date : w->monday;
    bad |= log_field_name(r, row, xcols, X_EXERCISE, FIELD_EXERCISE, &exercise);
    bad |= log_field_whole(r, row, xcols, X_SET, 1, MAX_SET, &order);
    bad |= xlsx_set_type(w, row, &s.type);
    bad |= log_field_weight(r, row, xcols, X_DONE_LOAD, &s.weight, &written);
    bad |= log_field_reps(r, row, xcols, X_DONE_REPS, &s.reps);
    bad |= log_field_rpe(r, row, xcols, X_DONE_RPE, &s.rpe);
    if (bad != 0)
        return;
    s.exercise = exercise;
    s.day = w->day;
    s.unit = r->unit;
    field_load_in_unit(&s.weight, written, &s.unit);
    s.order = (int) order;
    s.notes = "";
    s.file = w->label;
    s.line = row->line;
    log_add(r->log, &s);
}

/* The session date a band row gives ("Sat 2026-12-12", from a template's
 * weekday), when it falls in the sheet's week; else 0 (the Monday). */
static day_t
band_date(const struct wsheet *w)
{
    for (size_t c = 0; c < XLSX_COLS; c++) {
        const char *cell = w->cells[c];
        size_t n = cell != NULL ? strlen(cell) : 0;
        day_t d;
        if (n < 10 || n > 20 || date_parse(cell + n - 10, &d) != 0)
            continue;
        if (w->monday != 0 && d >= w->monday && d <= w->monday + 6)
            return d;
    }
    return 0;
}

static void
row_data(struct wsheet *w)
{
    char *fields[XLSX_COLS];
    for (size_t c = 0; c < XLSX_COLS; c++)
        fields[c] = w->cells[c] ? w->cells[c] : (w->empty[0] = '\0', w->empty);
    struct csv_row row = {.fields = fields, .n = XLSX_COLS, .line = w->row, .index = w->rows};
    const char *exercise = header_text(&row, w->r.idx, X_EXERCISE);
    const char *day = header_text(&row, w->r.idx, X_DAY);
    if (*exercise == '\0') {
        if (*day != '\0') { /* a day's band row */
            free(w->day);
            w->day = xstrdup(day);
            w->day_date = band_date(w);
        }
        return;
    }
    bool done_w = *header_text(&row, w->r.idx, X_DONE_LOAD) != '\0';
    bool done_r = *header_text(&row, w->r.idx, X_DONE_REPS) != '\0';
    if (!done_w && !done_r)
        return; /* not done (yet) */
    if (!done_w || !done_r) {
        size_t which = done_w ? X_DONE_REPS : X_DONE_LOAD;
        header_err(w->b->errs, w->label, &row, w->r.idx, xcols, which,
                   "empty (expected the %s, or both done boxes empty to skip the set)",
                   done_w ? "reps done" : "load lifted");
        return;
    }
    row_set(w, &row, exercise);
}

static void
row_done(struct xparse *x, struct wsheet *w)
{
    if (!w->header)
        row_head(x, w);
    else
        row_data(w);
    row_clear(w);
}

/* --- the workbook -------------------------------------------------------- */

static int
read_sheet(struct xbook *b, const struct xsheet *sh, const struct log_opts *opts)
{
    struct wsheet w;
    memset(&w, 0, sizeof w);
    w.b = b;
    w.opts = opts;
    w.label = xasprintf("%s[%s]", b->path, sh->name);
    w.r.file = w.label;
    w.r.log = b->log;
    w.r.opts = opts;
    w.r.errs = b->errs;
    int rc = read_part(b, sh->part, ws_start, ws_end, &w);
    row_clear(&w);
    free(w.day);
    free(w.label);
    return rc < 0 ? -1 : 0;
}

static int
read_book(struct xbook *b, const struct log_opts *opts)
{
    if (read_part(b, "xl/workbook.xml", wb_start, on_end, NULL) != 0 || b->nsheets == 0
        || read_part(b, "xl/_rels/workbook.xml.rels", rels_start, on_end, NULL) != 0) {
        if (errlist_count(b->errs) == 0)
            err_at(b->errs, b->path, 0, 0,
                   "a zip file but not a spreadsheet workbook (expected a plan workbook topset "
                   "wrote, or a CSV log)");
        return -1;
    }
    struct sst sst = {0};
    if (b->sst != NULL && read_part(b, b->sst, sst_start, sst_end, &sst) < 0)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < b->nsheets; i++)
        if (b->sheets[i].part != NULL && read_sheet(b, &b->sheets[i], opts) != 0)
            rc = -1;
    if (rc == 0 && b->week_sheets == 0) {
        err_at(b->errs, b->path, 0, 0,
               "not a topset plan workbook: no sheet has the columns \"Exercise\", \"Type\", "
               "\"Done load\" and \"Done reps\" (expected a workbook written by topset plan, "
               "with its week sheets)");
        rc = -1;
    }
    return rc;
}

bool
log_xlsx_is_workbook(const char *data, size_t len)
{
    return len >= 4 && memcmp(data, "PK\x03\x04", 4) == 0;
}

/* The file's bytes, within the size limit; NULL after reporting. */
static char *
slurp(const char *path, size_t *len, struct errlist *errs)
{
    FILE *fp = fopen(path, "rb");
    struct stat st;
    if (fp == NULL || fstat(fileno(fp), &st) != 0) {
        err_at(errs, path, 0, 0, "cannot read log: %s", strerror(errno));
        if (fp != NULL)
            fclose(fp);
        return NULL;
    }
    if (st.st_size > XLSX_MAX_FILE) {
        err_at(errs, path, 0, 0, "workbook of %lld bytes is over the limit of %ld MiB",
               (long long) st.st_size, XLSX_MAX_FILE >> 20);
        fclose(fp);
        return NULL;
    }
    char *data = xmalloc((size_t) st.st_size + 1);
    *len = fread(data, 1, (size_t) st.st_size, fp);
    if (ferror(fp)) {
        err_at(errs, path, 0, 0, "cannot read log: %s", strerror(errno));
        free(data);
        data = NULL;
    }
    fclose(fp);
    return data;
}

int
log_xlsx_read(const char *path, const struct log_opts *opts, struct log *log, struct errlist *errs)
{
    size_t len = opts->len;
    char *own = NULL;
    const char *data = opts->data;
    if (data == NULL && (data = own = slurp(path, &len, errs)) == NULL)
        return -1;
    if (len > (size_t) XLSX_MAX_FILE) {
        err_at(errs, path, 0, 0, "workbook of %zu bytes is over the limit of %ld MiB", len,
               XLSX_MAX_FILE >> 20);
        free(own);
        return -1;
    }
    struct xbook b = {.path = path, .errs = errs, .log = log};
    arena_init(&b.arena);
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src = zip_source_buffer_create(data, len, 0, &zerr);
    if (src != NULL && (b.zip = zip_open_from_source(src, ZIP_RDONLY, &zerr)) == NULL)
        zip_source_free(src);
    size_t before = errlist_count(errs), n0 = log->n;
    int rc = -1;
    if (b.zip == NULL)
        err_at(errs, path, 0, 0,
               "not a readable workbook: %s (expected an .xlsx file or a CSV log)",
               zip_error_strerror(&zerr));
    else {
        rc = read_book(&b, opts);
        zip_discard(b.zip);
    }
    zip_error_fini(&zerr);
    free(b.sheets);
    free(b.strings);
    arena_free(&b.arena);
    free(own);
    if (rc != 0 || errlist_count(errs) != before) {
        log->n = n0; /* nothing of a bad file is kept */
        return -1;
    }
    return 0;
}
