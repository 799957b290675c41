/*
 * csvwrite: minimal quoting of single fields, the formula guard on user
 * text and its undo, the row builder, and a round trip: fields written
 * here and read back by csvread (libcsv) are the text that went in.
 */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "csvwrite.h"
#include "tap/basic.h"
#include "util.h"

/* What put(fp, s) writes for s, in *rc its result; caller frees. */
static char *
written(int (*put)(FILE *, const char *), const char *s, int *rc)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    if (fp == NULL)
        bail("open_memstream failed");
    *rc = put(fp, s);
    if (fclose(fp) != 0)
        bail("closing a memory stream failed");
    return buf;
}

static void
check_field(const char *in, const char *want, const char *what)
{
    int rc;
    char *out = written(csv_put_field, in, &rc);
    ok(rc == 0, "csv_put_field succeeds: %s", what);
    is_string(want, out, "%s", what);
    free(out);
}

/* Single fields: quoted only when they must be. */
static void
test_fields(void)
{
    check_field("Bench Press", "Bench Press", "plain text is not quoted");
    check_field("", "", "an empty field is empty");
    check_field(NULL, "", "NULL writes an empty field");
    check_field("a,b", "\"a,b\"", "a comma is quoted");
    check_field("say \"hi\"", "\"say \"\"hi\"\"\"", "a quote is doubled and quoted");
    check_field("two\nlines", "\"two\nlines\"", "a newline is quoted");
    check_field("cr\rhere", "\"cr\rhere\"", "a carriage return is quoted");
    check_field(" lead", "\" lead\"", "a leading space is quoted (libcsv would trim it)");
    check_field("trail\t", "\"trail\t\"", "a trailing tab is quoted too");
    check_field("in side", "in side", "an inner space is not");
    check_field("7, \"ugly\"\nnext,", "\"7, \"\"ugly\"\"\nnext,\"",
                "quotes, a newline and commas in one field");
}

/* User text a spreadsheet would run as a formula gets a leading '
 * (OWASP); csv_text_unguard takes exactly that ' off again. */
static void
test_guard(void)
{
    static const struct {
        const char *in, *out, *what;
    } guard[] = {
        {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
         "= is guarded (and quoted for its quotes)"},
        {"+1 Squat", "'+1 Squat", "+ is guarded"},
        {"-x", "'-x", "- before text is guarded"},
        {"-5", "-5", "- before a number is not"},
        {"-2.5e1", "-2.5e1", "nor before any number"},
        {"- 5", "'- 5", "but a lone - is"},
        {"@SUM(A1)", "'@SUM(A1)", "@ is guarded"},
        {"\tcmd", "'\tcmd", "a leading tab is guarded"},
        {"\r=1", "\"'\r=1\"", "a leading CR is guarded"},
        {"'=1", "''=1", "a quote before = gets one more"},
        {"'plain", "'plain", "a quote before plain text stays as it is"},
        {"Bench = Press", "Bench = Press", "= inside is harmless"},
        {"", "", "empty stays empty"},
    };
    for (size_t i = 0; i < sizeof guard / sizeof guard[0]; i++) {
        int rc;
        char *buf = written(csv_put_text, guard[i].in, &rc);
        ok(rc == 0, "csv_put_text succeeds: %s", guard[i].what);
        is_string(guard[i].out, buf, "%s", guard[i].what);
        char *plain = csv_text_needs_guard(guard[i].in) ? xasprintf("'%s", guard[i].in)
                                                        : xstrdup(guard[i].in);
        is_string(guard[i].in, csv_text_unguard(plain), "round trip: %s", guard[i].what);
        free(plain);
        free(buf);
    }
    ok(!csv_text_needs_guard(NULL), "NULL needs no guard");
    is_string("'x", csv_text_unguard("'x"), "unguard keeps a quote it did not add");
    is_string("''=1", csv_text_unguard("'''=1"), "unguard takes one quote only");
    is_string("", csv_text_unguard(""), "unguard of empty text is empty");
}

/* The row builder: the bytes of one row, then written out. */
static void
test_line(void)
{
    struct csv_line l = {0};
    csv_line_text(&l, "=cmd");
    csv_line_char(&l, ',');
    csv_line_int(&l, -42);
    csv_line_char(&l, ',');
    csv_line_int(&l, INT_MIN);
    csv_line_char(&l, ',');
    csv_line_int(&l, 0);
    csv_line_char(&l, ',');
    csv_line_num(&l, 102.5);
    csv_line_char(&l, ',');
    csv_line_num(&l, 1.0 / 3);
    csv_line_char(&l, ',');
    csv_line_word(&l, "top");
    csv_line_char(&l, ',');
    csv_line_bytes(&l, "", 0);
    csv_line_field(&l, NULL);
    csv_line_char(&l, ',');
    csv_line_field(&l, "a \"b\"");
    csv_line_char(&l, '\n');
    char *row = xstrndup(l.buf, l.len);
    is_string("'=cmd,-42,-2147483648,0,102.5,0.333,top,,\"a \"\"b\"\"\"\n", row,
              "a row as it is built");
    free(row);

    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    if (fp == NULL)
        bail("open_memstream failed");
    size_t had = l.len;
    ok(csv_line_flush(&l, fp) == 0, "the row is written");
    is_int(0, (long) l.len, "and the line is empty again");
    ok(csv_line_flush(&l, fp) == 0, "an empty line writes nothing, and succeeds");
    fclose(fp);
    is_int((long) had, (long) len, "every byte reached the stream");
    free(buf);

    FILE *full = fopen("/dev/full", "wb");
    if (full != NULL) {
        setvbuf(full, NULL, _IONBF, 0);
        csv_line_word(&l, "x");
        ok(csv_line_flush(&l, full) == -1, "a failed write is reported (/dev/full)");
        ok(csv_put_field(full, "x") == -1, "by csv_put_field too");
        fclose(full);
    } else {
        skip("no /dev/full");
        skip("no /dev/full");
    }
    free(l.buf);
}

/* Fields written here and read back by the CSV reader. */
struct readback {
    char *fields[8];
    size_t n;
};

static int
on_row(const struct csv_row *row, void *arg)
{
    struct readback *rb = arg;
    for (size_t i = 0; i < row->n && rb->n < 8; i++)
        rb->fields[rb->n++] = xstrdup(row->fields[i]);
    return 0;
}

static void
test_round_trip(void)
{
    static const char *const texts[] = {
        "=1+1", "a, \"b\"\nc", " edge ", "'@x", "-5", "plain",
    };
    size_t n = sizeof texts / sizeof texts[0];
    struct csv_line l = {0};
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            csv_line_char(&l, ',');
        csv_line_text(&l, texts[i]);
    }
    csv_line_char(&l, '\n');
    struct readback rb = {{NULL}, 0};
    struct errlist errs;
    errlist_init(&errs);
    struct csvread_opts opts = {.delim = ','};
    ok(csvread_buffer(l.buf, l.len, "round-trip.csv", &opts, on_row, &rb, &errs) == 0,
       "the row reads back");
    is_int((long) n, (long) rb.n, "as many fields as were written");
    for (size_t i = 0; i < n; i++) {
        const char *back = i < rb.n ? csv_text_unguard(rb.fields[i]) : NULL;
        is_string(texts[i], back, "read back and unguarded: field %zu", i + 1);
    }
    for (size_t i = 0; i < rb.n; i++)
        free(rb.fields[i]);
    errlist_free(&errs);
    free(l.buf);
}

int
main(void)
{
    plan_lazy();
    test_fields();
    test_guard();
    test_line();
    test_round_trip();
    return 0;
}
