/* csvread: records, their lines, and every syntax problem with its exact message. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "tap/basic.h"
#include "util.h"

/* Every record as "LINE:f1|f2|..." lines, so a whole file is one string. */
struct seen {
    char *text;
    unsigned long records;
    unsigned long stop_at; /* stop (return 7) at this record index, or 0 */
};

static int
collect(const struct csv_row *row, void *arg)
{
    struct seen *s = arg;
    char *line = xasprintf("%lu:", row->line);
    for (size_t i = 0; i < row->n; i++) {
        char *next = xasprintf("%s%s%s", line, i ? "|" : "", row->fields[i]);
        free(line);
        line = next;
    }
    char *all = xasprintf("%s%s%s", s->text ? s->text : "", s->text ? "\n" : "", line);
    free(line);
    free(s->text);
    s->text = all;
    if (row->index != s->records)
        diag("record index %lu, expected %lu", row->index, s->records);
    s->records++;
    return s->stop_at != 0 && row->index == s->stop_at ? 7 : 0;
}

/* Parse data; return the records as text (caller frees) and the errors
 * joined by newlines in *errors (caller frees; NULL when none). */
static char *
parse(const char *data, size_t len, const struct csvread_opts *opts, int *rc, char **errors)
{
    struct seen s = {0};
    struct errlist e;
    errlist_init(&e);
    *rc = csvread_buffer(data, len, "t.csv", opts, collect, &s, &e);
    *errors = e.n > 0 ? errlist_text(&e) : NULL;
    errlist_free(&e);
    return s.text;
}

/* A file that parses: compare records and return code. */
static void
good(const char *data, size_t len, const struct csvread_opts *opts, const char *want,
     const char *name)
{
    int rc;
    char *errors;
    char *got = parse(data, len, opts, &rc, &errors);
    is_string(want, got, "%s: records", name);
    if (errors != NULL)
        diag("unexpected: %s", errors);
    ok(rc == 0 && errors == NULL, "%s: no error", name);
    free(got);
    free(errors);
}

/* A file with a problem: compare the message and that -1 came back. */
static void
bad(const char *data, size_t len, const struct csvread_opts *opts, const char *want,
    const char *name)
{
    int rc;
    char *errors;
    char *got = parse(data, len, opts, &rc, &errors);
    is_string(want, errors, "%s: message", name);
    is_int(-1, rc, "%s: returns -1", name);
    free(got);
    free(errors);
}

#define S(lit) lit, sizeof(lit) - 1

int
main(void)
{
    plan_lazy();

    good(S("a,b\n1,2\n"), NULL, "1:a|b\n2:1|2", "plain");
    good(S("a,b\n1,2"), NULL, "1:a|b\n2:1|2", "no final newline");
    good(S("\xEF\xBB\xBFname,x\n1,2\n"), NULL, "1:name|x\n2:1|2", "BOM stripped");
    good(S("a,b\r\n1,2\r\n\r\n3,4\r\n"), NULL, "1:a|b\n2:1|2\n4:3|4", "CRLF and a blank line");
    good(S("a,b\r1,2\r\r3,4"), NULL, "1:a|b\n2:1|2\n4:3|4", "CR only");
    good(S("a,b\n\"x\ny\",z\nc,d\n"), NULL, "1:a|b\n2:x\ny|z\n4:c|d",
         "quoted newline in the first field");
    good(S("a,b\n1,\"two\r\nlines\"\n\n3,4\n"), NULL, "1:a|b\n2:1|two\r\nlines\n5:3|4",
         "quoted CRLF in a later field");
    good(S("a,b,\n1,,3\n"), NULL, "1:a|b|\n2:1||3", "empty and trailing fields");
    good(S("a,\"say \"\"hi\"\"\",\" kept \"\n"), NULL, "1:a|say \"hi\"| kept ",
         "doubled quotes, quoted spaces kept");
    good(S("\n\n a , b \n"), NULL, "3:a|b", "leading blank lines; unquoted spaces trimmed");
    good(S("Dévelopé,😀,日本\n"), NULL, "1:Dévelopé|😀|日本", "multi-byte UTF-8");

    /* Delimiters. */
    good(S("a;b;c\n1;2,5;3\n"), NULL, "1:a|b|c\n2:1|2,5|3", "';' sniffed");
    good(S("a\tb\n1\t\t3\n"), NULL, "1:a|b\n2:1||3", "tab sniffed, empty field kept");
    good(S("a;b,c\n"), NULL, "1:a;b|c", "a tie goes to ','");
    good(S("\"x;y;z\",b\n"), NULL, "1:x;y;z|b", "quoted ';' not counted");
    good(S("\n\na;b\n"), NULL, "3:a|b", "sniffs the first non-blank line");
    struct csvread_opts semi = {.delim = ';'};
    good(S("a,b;c\n"), &semi, "1:a,b|c", "delimiter given");

    /* Lines when the input crosses read chunks (64 KiB): a CRLF cut in
     * two must still be one line end. */
    {
        size_t n = 65536 + 10;
        char *big = xmalloc(n);
        memset(big, 'x', n);
        memcpy(big, "h\n", 2);
        big[65535] = '\r';
        big[65536] = '\n';
        memcpy(big + 65537, "a,b\n1,2\n", 8);
        size_t len = 65537 + 8;
        int rc;
        char *errors;
        char *got = parse(big, len, NULL, &rc, &errors);
        ok(rc == 0 && errors == NULL, "CRLF across a chunk boundary: read");
        const char *tail = got ? strrchr(got, '\n') : NULL;
        is_string("\n4:1|2", tail, "CRLF across a chunk boundary: one line end");
        free(got);
        free(errors);
        free(big);
    }

    /* Problems, with their exact messages. */
    bad(S(""), NULL, "t.csv:1: empty file (expected a header row)", "empty file");
    bad(S("\n\r\n\n"), NULL, "t.csv:1: empty file (expected a header row)", "only blank lines");
    bad(S("\xEF\xBB\xBF"), NULL, "t.csv:1: empty file (expected a header row)", "only a BOM");
    bad(S("a,b\n1,\"open\n2,3\n"), NULL,
        "t.csv:2: unterminated quoted field (expected a closing '\"' before the end of the file)",
        "unterminated quote: the line it opened on");
    bad(S("a,b\n1,b\"c\n"), NULL,
        "t.csv:2:4: stray quote in an unquoted field (expected the whole field in quotes, with "
        "quotes inside doubled: \"5\"\" plate\")",
        "stray quote");
    bad(S("a,b\n\"x\ny\"z,1\n"), NULL,
        "t.csv:3:3: 'z' after a closing quote (expected ',' or the end of the line)",
        "character after a closing quote, on a continuation line");
    bad(S("a;b\n\"x\"z;1\n"), NULL,
        "t.csv:2:4: 'z' after a closing quote (expected ';' or the end of the line)",
        "after a closing quote: names the sniffed delimiter");
    bad(S("a,b\n1,2\0\n"), NULL,
        "t.csv:2:4: NUL byte (expected a UTF-8 text file, not UTF-16 or binary)", "NUL byte");
    bad(S("\xFF\xFE"
          "a\0,\0"),
        NULL, "t.csv:1: not a CSV text file: this is UTF-16 text: save it as \"CSV UTF-8\"",
        "UTF-16 with its BOM");
    bad(S("PK\x03\x04\x14\0\0\0"), NULL,
        "t.csv:1: not a CSV text file: this is a ZIP file (an .xlsx workbook?): export the sheet "
        "as \"CSV UTF-8\"",
        "an xlsx workbook");
    bad(S("\x1F\x8B\x08\0"), NULL,
        "t.csv:1: not a CSV text file: this is a gzip-compressed file: decompress it first",
        "a gzip file");
    bad(S("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"), NULL,
        "t.csv:1: not a CSV text file: this is a PNG image", "a PNG image");
    bad(S("%PDF-1.7\n"), NULL, "t.csv:1: not a CSV text file: this is a PDF document", "a PDF");
    good(S("\x1F"), NULL, "1:\x1F", "half a magic number is not a match");
    good(S("PK,x\n1,2\n"), NULL, "1:PK|x\n2:1|2", "a text header that starts like a magic");
    bad(S("a,b\nD\xE9velop,1\n"), NULL,
        "t.csv:2:2: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "Latin-1 byte");
    bad(S("a,\xC0\x80\n"), NULL,
        "t.csv:1:3: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "overlong NUL");
    bad(S("a,\xED\xA0\x80\n"), NULL,
        "t.csv:1:3: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "UTF-16 surrogate");
    bad(S("a,\xF4\x90\x80\x80\n"), NULL,
        "t.csv:1:3: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "past U+10FFFF");
    bad(S("a,b\nx,\xE2\x82"), NULL,
        "t.csv:2:3: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "sequence cut by the end of the file");
    bad(S("a,\xE2\x82,b\n"), NULL,
        "t.csv:1:3: invalid UTF-8 (expected a UTF-8 text file; save it as \"CSV UTF-8\")",
        "sequence cut by a delimiter");

    struct csvread_opts few = {.max_fields = 3};
    bad(S("a,b,c\n1,2,3,4\n"), &few, "t.csv:2: more than 3 fields in one row (expected at most 3)",
        "too many fields");
    good(S("a,b,c\n1,2,3\n"), &few, "1:a|b|c\n2:1|2|3", "exactly max_fields");
    struct csvread_opts shortf = {.max_field = 4};
    bad(S("a,b\n1,12345\n"), &shortf, "t.csv:2: field 2 is longer than the limit of 4 bytes",
        "field too long");
    good(S("a,b\n1,1234\n"), &shortf, "1:a|b\n2:1|1234", "field of exactly max_field");
    struct csvread_opts rows = {.max_rows = 2};
    good(S("h\n1\n\n2\n"), &rows, "1:h\n2:1\n4:2", "exactly max_rows (blank lines free)");
    bad(S("h\n1\n2\n3\n4\n"), &rows,
        "t.csv:4: more than 2 rows (expected at most 2 rows after the header)",
        "too many rows: stops at the first one over");

    /* A hostile open quote: the field is cut off at the limit, not read to
     * the end of a huge file. */
    {
        size_t n = 3 * 65536;
        char *big = xmalloc(n);
        memset(big, 'x', n);
        memcpy(big, "a\n\"", 3);
        int rc;
        char *errors;
        char *got = parse(big, n, NULL, &rc, &errors);
        is_string("t.csv:2: field 1 is longer than the limit of 65536 bytes", errors,
                  "a field growing past 64 KiB stops the reading");
        is_int(-1, rc, "and returns -1");
        free(got);
        free(errors);
        free(big);
    }

    /* The callback's stop value comes back, and nothing after it is read. */
    {
        struct seen s = {.stop_at = 1};
        struct errlist e;
        errlist_init(&e);
        int rc = csvread_buffer(S("h\n1\n2\n3\n"), "t.csv", NULL, collect, &s, &e);
        is_int(7, rc, "callback's stop value returned");
        is_int(2, (long) s.records, "no record after the stop");
        is_int(0, (long) errlist_count(&e), "stopping is not an error");
        free(s.text);
        errlist_free(&e);
    }

    /* Files: a missing one, and a real one read through the stream path. */
    {
        struct seen s = {0};
        struct errlist e;
        errlist_init(&e);
        char *missing = xasprintf("%s/nope.csv", test_tmpdir());
        is_int(-1, csvread_file(missing, NULL, collect, &s, &e), "missing file: -1");
        char *want = xasprintf("%s: No such file or directory", missing);
        is_string(want, e.n ? e.msgs[0] : NULL, "missing file: message");
        free(want);
        free(missing);
        errlist_free(&e);

        char *path = xasprintf("%s/x.csv", test_tmpdir());
        FILE *fp = fopen(path, "wb");
        fputs("\xEF\xBB\xBF"
              "a;b\r\n\"1\r\n1\";2\r\n3;4",
              fp);
        fclose(fp);
        is_int(0, csvread_file(path, NULL, collect, &s, &e), "file: read");
        is_string("1:a|b\n2:1\r\n1|2\n4:3|4", s.text, "file: records and lines");
        free(s.text);
        free(path);
        errlist_free(&e);
    }
    return 0;
}
