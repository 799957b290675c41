/*
 * csvread: the adaptor between libcsv and every topset reader, and the only
 * file that includes <csv.h>.
 *
 * Input is cut into physical lines (LF, CR or CRLF) and fed to libcsv one
 * line at a time, in pieces of at most CHUNK bytes, so that we know the line
 * (and byte column) of every record and of every problem. Before a piece is
 * parsed its bytes are checked: no NUL, valid UTF-8. A field that grows past
 * max_field inside libcsv's own buffer is caught after each piece, so memory
 * stays bounded (about max_fields * max_field) whatever the input; rows
 * past max_rows are refused, and a file that starts like a known binary
 * format (a workbook, an archive, an image) is refused by name. The first
 * syntax problem of a file ends the reading: after it, line and field
 * boundaries are guesses and further messages would mislead.
 */
#include <config.h>

#include <csv.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "utf8.h"
#include "util.h"

#define CHUNK (64 * 1024)

/* libcsv's parser state before any byte of a record (ROW_NOT_BEGUN in
 * libcsv.c); and the state inside a field (FIELD_BEGUN). Public struct
 * members, but undocumented: keep their use in this file. */
#define LIBCSV_ROW_NOT_BEGUN 0
#define LIBCSV_FIELD_BEGUN 2

struct reader {
    const char *name;
    char delim;
    size_t max_field, max_fields;
    unsigned long max_rows;
    csv_row_fn fn;
    void *arg;
    struct errlist *errs;

    struct csv_parser p;
    bool started;             /* BOM and delimiter handled */
    unsigned long lineno;     /* line of the next byte fed */
    size_t col;               /* bytes of that line already fed */
    bool line_ended;          /* the last piece ended a line */
    bool cr_pending;          /* the last piece ended in CR; an LF next belongs to it */
    unsigned long rec_line;   /* line the current record started on */
    unsigned long quote_line; /* line an open quoted field started on, or 0 */
    unsigned long quote_rec;  /* ... in this record */
    size_t quote_field;       /* ... as this field */

    /* UTF-8 decoding state, carried across pieces. */
    int u_need;
    unsigned char u_lo, u_hi;
    unsigned long u_line;
    size_t u_col;

    /* The record being collected: field bytes, each NUL-terminated. */
    char *buf;
    size_t len, cap;
    size_t *offs;
    size_t nf, offcap;
    char **ptrs;
    size_t ptrcap;
    unsigned long records;

    int stop;    /* fn's non-zero return */
    bool failed; /* a problem was reported */
};

static bool
halted(const struct reader *r)
{
    return r->failed || r->stop != 0;
}

static void
on_field(void *field, size_t len, void *data)
{
    struct reader *r = data;
    if (halted(r))
        return;
    if (r->nf >= r->max_fields) {
        err_at(r->errs, r->name, r->rec_line, 0,
               "more than %zu fields in one row (expected at most %zu)", r->max_fields,
               r->max_fields);
        r->failed = true;
        return;
    }
    if (len > r->max_field) {
        err_at(r->errs, r->name, r->rec_line, 0, "field %zu is longer than the limit of %zu bytes",
               r->nf + 1, r->max_field);
        r->failed = true;
        return;
    }
    /* Called for every field of every row: grow() only when it must. */
    if (r->len + len + 1 > r->cap)
        grow(&r->buf, &r->cap, r->len + len + 1, 1);
    if (len > 0)
        memcpy(r->buf + r->len, field, len);
    r->buf[r->len + len] = '\0';
    if (r->nf + 1 > r->offcap)
        grow(&r->offs, &r->offcap, r->nf + 1, sizeof *r->offs);
    r->offs[r->nf++] = r->len;
    r->len += len + 1;
}

static void
on_record(int term, void *data)
{
    struct reader *r = data;
    (void) term;
    if (!halted(r) && r->records > r->max_rows) {
        /* records counts the header too, so this is data row max_rows + 1. */
        err_at(r->errs, r->name, r->rec_line, 0,
               "more than %lu rows (expected at most %lu rows after the header)", r->max_rows,
               r->max_rows);
        r->failed = true;
    }
    if (!halted(r)) {
        if (r->nf + 1 > r->ptrcap)
            grow(&r->ptrs, &r->ptrcap, r->nf + 1, sizeof *r->ptrs);
        for (size_t i = 0; i < r->nf; i++)
            r->ptrs[i] = r->buf + r->offs[i];
        r->ptrs[r->nf] = NULL;
        struct csv_row row = {
            .fields = r->ptrs, .n = r->nf, .line = r->rec_line, .index = r->records};
        r->records++;
        int rc = r->fn(&row, r->arg);
        if (rc != 0)
            r->stop = rc;
    }
    r->nf = 0;
    r->len = 0;
}

/* Check one piece for NUL bytes and invalid UTF-8 before libcsv sees it.
 * Returns false after reporting the first problem. */
static bool
check_bytes(struct reader *r, const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        /* Nearly all text is ASCII: skip 8 bytes at a time while none has
         * its high bit set and none is NUL. With the high bits clear,
         * (byte | 0x80) - 1 keeps its high bit unless the byte was 0, and
         * borrows nothing from its neighbour. */
        if (r->u_need == 0) {
            const uint64_t high = 0x8080808080808080u, ones = 0x0101010101010101u;
            uint64_t w;
            while (n - i >= 8) {
                memcpy(&w, s + i, 8);
                if ((w & high) != 0 || (((w | high) - ones) & high) != high)
                    break;
                i += 8;
            }
            if (i == n)
                break;
        }
        unsigned char c = s[i];
        if (r->u_need > 0) {
            if (c < r->u_lo || c > r->u_hi) {
                err_at(r->errs, r->name, r->u_line, r->u_col,
                       "invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")");
                return false;
            }
            r->u_need--;
            r->u_lo = 0x80;
            r->u_hi = 0xBF;
            continue;
        }
        if (c == 0) {
            err_at(r->errs, r->name, r->lineno, r->col + i + 1,
                   "NUL byte (expected a UTF-8 text file, not UTF-16 or binary)");
            return false;
        }
        if (c < 0x80)
            continue;
        /* A lead byte: the continuation bytes it needs, and the range the
         * first of them may take, by utf8.c's rule. */
        r->u_need = utf8_lead(c, &r->u_lo, &r->u_hi);
        if (r->u_need < 0) {
            r->u_need = 0;
            err_at(r->errs, r->name, r->lineno, r->col + i + 1,
                   "invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")");
            return false;
        }
        r->u_line = r->lineno;
        r->u_col = r->col + i + 1;
    }
    return true;
}

/* libcsv's strict mode stops at a quote inside an unquoted field, or at
 * something other than a delimiter or line end after a closing quote. */
static void
report_strict(struct reader *r, const char *s, size_t n, size_t done)
{
    unsigned long col = (unsigned long) (r->col + done + 1);
    unsigned char c = done < n ? (unsigned char) s[done] : 0;
    if (c == '"')
        err_at(r->errs, r->name, r->lineno, col,
               "stray quote in an unquoted field (expected the whole field in quotes, "
               "with quotes inside doubled: \"5\"\" plate\")");
    else if (c >= 0x20 && c < 0x7f) {
        char delim[3] = {r->delim, '\0', '\0'};
        if (r->delim == '\t')
            memcpy(delim, "\\t", 3);
        err_at(r->errs, r->name, r->lineno, col,
               "'%c' after a closing quote (expected '%s' or the end of the line)", c, delim);
    } else
        err_at(r->errs, r->name, r->lineno, col, "%s", csv_strerror(csv_error(&r->p)));
}

/* Feed one piece of one physical line (it may end with the line's
 * terminator). */
static void
feed_piece(struct reader *r, const char *s, size_t n, bool ends_line)
{
    if (r->line_ended) {
        r->lineno++;
        r->col = 0;
        r->line_ended = false;
    }
    if (!check_bytes(r, (const unsigned char *) s, n)) {
        r->failed = true;
        return;
    }
    /* A record starts on this line if the parser has not begun one yet. */
    if (r->p.pstate == LIBCSV_ROW_NOT_BEGUN)
        r->rec_line = r->lineno;
    size_t done = csv_parse(&r->p, s, n, on_field, on_record, r);
    if (halted(r))
        return;
    if (done != n) {
        report_strict(r, s, n, done);
        r->failed = true;
        return;
    }
    if (r->p.entry_pos > r->max_field) {
        err_at(r->errs, r->name, r->rec_line, 0, "field %zu is longer than the limit of %zu bytes",
               r->nf + 1, r->max_field);
        r->failed = true;
        return;
    }
    if (r->p.pstate == LIBCSV_FIELD_BEGUN && r->p.quoted) {
        if (r->quote_line == 0 || r->quote_rec != r->records || r->quote_field != r->nf) {
            r->quote_line = r->lineno;
            r->quote_rec = r->records;
            r->quote_field = r->nf;
        }
    } else
        r->quote_line = 0;
    r->col += n;
    if (ends_line)
        r->line_ended = true;
}

/* Count ',' ';' and tabs outside quotes in the first non-blank line and
 * take the most frequent; ties and none go to ','. */
static char
sniff(const char *s, size_t n)
{
    size_t i = 0, comma = 0, semi = 0, tab = 0;
    bool quoted = false;
    while (i < n && (s[i] == '\r' || s[i] == '\n'))
        i++;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            comma++;
        else if (!quoted && c == ';')
            semi++;
        else if (!quoted && c == '\t')
            tab++;
    }
    char best = ',';
    size_t most = comma;
    if (semi > most) {
        best = ';';
        most = semi;
    }
    if (tab > most)
        best = '\t';
    return best;
}

/* Files people pass by mistake instead of a CSV, told by their first
 * bytes, so the message can say what the file is rather than point at
 * its first odd byte. */
static const struct {
    const char *magic;
    size_t len;
    const char *what;
} binaries[] = {
    {"PK\x03\x04", 4, "a ZIP file (an .xlsx workbook?): export the sheet as \"CSV UTF-8\""},
    {"\x1F\x8B", 2, "a gzip-compressed file: decompress it first"},
    {"%PDF-", 5, "a PDF document"},
    {"\x89PNG\r\n\x1A\n", 8, "a PNG image"},
    {"\xFF\xD8\xFF", 3, "a JPEG image"},
    {"\xD0\xCF\x11\xE0", 4, "an old Excel (.xls) workbook: export the sheet as \"CSV UTF-8\""},
    {"\xFF\xFE", 2, "UTF-16 text: save it as \"CSV UTF-8\""},
    {"\xFE\xFF", 2, "UTF-16 text: save it as \"CSV UTF-8\""},
};

/* Report a known binary format at the start of s; true if one was found.
 * Only the first block is looked at, and it holds at least the magic
 * unless the whole file is shorter. */
static bool
is_binary(struct reader *r, const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof binaries / sizeof binaries[0]; i++)
        if (n >= binaries[i].len && memcmp(s, binaries[i].magic, binaries[i].len) == 0) {
            err_at(r->errs, r->name, 1, 0, "not a CSV text file: this is %s", binaries[i].what);
            r->failed = true;
            return true;
        }
    return false;
}

/* The index of the first c in s[i..n), or n. */
static size_t
find_byte(const char *s, size_t i, size_t n, char c)
{
    const char *p = i < n ? memchr(s + i, c, n - i) : NULL;
    return p ? (size_t) (p - s) : n;
}

/* Feed a block of input (any size); cuts it into line pieces. */
static void
feed(struct reader *r, const char *s, size_t n)
{
    if (!r->started) {
        r->started = true;
        if (is_binary(r, s, n))
            return;
        if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            n -= 3;
        }
        if (r->delim == 0)
            r->delim = sniff(s, n);
        csv_set_delim(&r->p, (unsigned char) r->delim);
    }
    size_t i = 0;
    if (r->cr_pending && n > 0) {
        r->cr_pending = false;
        if (s[0] == '\n') {
            /* The LF of a CRLF cut between two blocks: same line. */
            r->line_ended = false;
            feed_piece(r, s, 1, true);
            i = 1;
        }
    }
    /* The next LF and CR at or after i, each found by memchr and kept
     * until passed, so a block is searched once whatever its line ends: a
     * byte loop here was a large part of reading a file. */
    size_t lf = find_byte(s, i, n, '\n'), cr = find_byte(s, i, n, '\r');
    while (i < n && !halted(r)) {
        if (lf < i)
            lf = find_byte(s, i, n, '\n');
        if (cr < i)
            cr = find_byte(s, i, n, '\r');
        size_t j = lf < cr ? lf : cr;
        if (j == n) {
            feed_piece(r, s + i, n - i, false);
            break;
        }
        size_t end = j + 1;
        if (s[j] == '\r') {
            if (end < n && s[end] == '\n')
                end++;
            else if (end == n)
                r->cr_pending = true;
        }
        feed_piece(r, s + i, end - i, true);
        i = end;
    }
}

static int
finish(struct reader *r)
{
    if (!halted(r) && r->u_need > 0) {
        err_at(r->errs, r->name, r->u_line, r->u_col,
               "invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")");
        r->failed = true;
    }
    if (!halted(r) && csv_fini(&r->p, on_field, on_record, r) != 0) {
        err_at(r->errs, r->name, r->quote_line ? r->quote_line : r->lineno, 0,
               "unterminated quoted field (expected a closing '\"' before the end of the file)");
        r->failed = true;
    }
    if (!halted(r) && r->records == 0) {
        err_at(r->errs, r->name, 1, 0, "empty file (expected a header row)");
        r->failed = true;
    }
    return r->failed ? -1 : r->stop;
}

static void
reader_init(struct reader *r, const char *name, const struct csvread_opts *opts, csv_row_fn fn,
            void *arg, struct errlist *errs)
{
    memset(r, 0, sizeof *r);
    r->name = name;
    r->delim = opts ? opts->delim : 0;
    r->max_field = opts && opts->max_field ? opts->max_field : CSVREAD_MAX_FIELD;
    r->max_fields = opts && opts->max_fields ? opts->max_fields : CSVREAD_MAX_FIELDS;
    r->max_rows = opts && opts->max_rows ? opts->max_rows : CSVREAD_MAX_ROWS;
    r->fn = fn;
    r->arg = arg;
    r->errs = errs;
    r->lineno = 1;
    if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        abort(); /* only fails on a NULL parser */
}

static void
reader_free(struct reader *r)
{
    csv_free(&r->p);
    free(r->buf);
    free(r->offs);
    free(r->ptrs);
}

int
csvread_buffer(const char *data, size_t len, const char *name, const struct csvread_opts *opts,
               csv_row_fn fn, void *arg, struct errlist *errs)
{
    struct reader r;
    reader_init(&r, name, opts, fn, arg, errs);
    /* In CHUNK pieces, as from a file, so both paths meet the same limits. */
    for (size_t off = 0; off < len && !halted(&r); off += CHUNK)
        feed(&r, data + off, len - off < CHUNK ? len - off : CHUNK);
    int rc = finish(&r);
    reader_free(&r);
    return rc;
}

int
csvread_stream(FILE *fp, const char *name, const struct csvread_opts *opts, csv_row_fn fn,
               void *arg, struct errlist *errs)
{
    struct reader r;
    reader_init(&r, name, opts, fn, arg, errs);
    char *chunk = xmalloc(CHUNK);
    size_t n;
    /* fread fills the whole chunk unless at the end, so the first block
     * holds the BOM and the header line to sniff. */
    while (!halted(&r) && (n = fread(chunk, 1, CHUNK, fp)) > 0)
        feed(&r, chunk, n);
    int rc;
    if (!halted(&r) && ferror(fp)) {
        err_at(errs, name, 0, 0, "%s", strerror(errno));
        rc = -1;
    } else
        rc = finish(&r);
    free(chunk);
    reader_free(&r);
    return rc;
}

int
csvread_file(const char *path, const struct csvread_opts *opts, csv_row_fn fn, void *arg,
             struct errlist *errs)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        err_at(errs, path, 0, 0, "%s", strerror(errno));
        return -1;
    }
    int rc = csvread_stream(fp, path, opts, fn, arg, errs);
    fclose(fp);
    return rc;
}
