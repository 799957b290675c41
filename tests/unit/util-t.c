/* util: number parsing and formatting, strings, arena. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"
#include "util.h"

/* FNV-1a's published 64-bit values, and a hash continued in pieces. */
static void
test_fnv(void)
{
    ok(fnv1a64(FNV1A64_BASIS, "", 0) == 0xcbf29ce484222325ULL, "fnv1a64 of nothing is the basis");
    ok(fnv1a64(FNV1A64_BASIS, "a", 1) == 0xaf63dc4c8601ec8cULL, "fnv1a64 of \"a\"");
    ok(fnv1a64(FNV1A64_BASIS, "foobar", 6) == 0x85944171f73967e8ULL, "fnv1a64 of \"foobar\"");
    ok(fnv1a64(fnv1a64(FNV1A64_BASIS, "foo", 3), "bar", 3) == 0x85944171f73967e8ULL,
       "fnv1a64 continues from h");
}

/* Characters, not bytes: accents take two bytes, a CJK letter three. */
static void
test_utf8_chars(void)
{
    is_int(0, (long) utf8_chars(""), "utf8_chars of nothing");
    is_int(5, (long) utf8_chars("Squat"), "utf8_chars of ASCII");
    is_int(11, (long) utf8_chars("Zo\xc3\xab O'Brien"), "utf8_chars: \"\xc3\xab\" is one");
    is_int(2, (long) utf8_chars("\xe6\xb7\xb1\xe8\xb9\xb2"), "utf8_chars: three-byte letters");
}

int
main(void)
{
    char buf[32];
    double d;
    long n;

    plan(50);
    test_fnv();
    test_utf8_chars();
    is_string("100", fmt_num(buf, 100.0), "fmt_num whole");
    is_string("102.5", fmt_num(buf, 102.5), "fmt_num half");
    is_string("1.25", fmt_num(buf, 1.25), "fmt_num quarter");
    is_string("0", fmt_num(buf, -0.0), "fmt_num negative zero");
    is_string("45.359", fmt_num(buf, 45.359237), "fmt_num three decimals");
    is_string("92.5", fmt_num(buf, 92.50000000001), "fmt_num float noise");
    char *f = path_folder("plans/alex.xlsx");
    is_string("plans", f, "path_folder: the leading part");
    free(f);
    f = path_folder("alex.xlsx");
    is_string(".", f, "path_folder: no folder is the current one");
    free(f);
    f = path_folder("/alex.xlsx");
    is_string("/", f, "path_folder: the root");
    free(f);
    is_string("-7.05", fmt_num(buf, -7.05), "fmt_num negative");
    is_string("0", fmt_num(buf, -0.0004), "fmt_num rounds a tiny negative to 0");
    is_string("0.001", fmt_num(buf, 0.0005), "fmt_num half a thousandth rounds away");
    is_string("10000.02", fmt_num(buf, 10000.02), "fmt_num a leading zero in the thousandths");
    is_string("1000000000000", fmt_num(buf, 1e12), "fmt_num the huge, through printf");

    ok(parse_double(" 60.0 ", &d) == 0 && d == 60.0, "parse_double with spaces");
    ok(parse_double("1e2", &d) == 0 && d == 100.0, "parse_double exponent");
    ok(parse_double("five", &d) != 0, "parse_double rejects words");
    ok(parse_double("nan", &d) != 0, "parse_double rejects nan");
    ok(parse_double("inf", &d) != 0, "parse_double rejects inf");
    ok(parse_double("1e400", &d) != 0, "parse_double rejects overflow");
    ok(parse_double("", &d) != 0, "parse_double rejects empty");
    ok(parse_double("60,5", &d) != 0, "parse_double rejects a decimal comma");
    ok(parse_double("0x10", &d) != 0, "parse_double rejects hex");
    {
        /* Plain decimals skip strtod: they must still be strtod's double,
         * to the bit, and "." alone still rejected. */
        static const char *const plain[] = {"102.5",
                                            "0.1",
                                            "5.",
                                            ".5",
                                            "007.25",
                                            "2.675",
                                            "9999.99999999999",
                                            "1.23456789012345",
                                            "0.00000000000001",
                                            "1.234567890123456"};
        bool same = true;
        for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++)
            same = same && parse_double(plain[i], &d) == 0 && d == strtod(plain[i], NULL);
        ok(same, "parse_double: plain decimals give strtod's double");
        ok(parse_double(".", &d) != 0, "parse_double rejects a lone point");
        ok(parse_int("123456789", &n) == 0 && n == 123456789, "parse_int: nine plain digits");
        ok(parse_int("1234567890", &n) == 0 && n == 1234567890, "parse_int: ten, through strtol");
        ok(parse_int("-7", &n) == 0 && n == -7, "parse_int: a sign, through strtol");
    }
    ok(parse_int("12", &n) == 0 && n == 12, "parse_int");
    ok(parse_int("12.5", &n) != 0, "parse_int rejects decimals");
    ok(parse_int("-3", &n) == 0 && n == -3, "parse_int negative");

    is_int(0, ascii_casecmp("Top_Reps", "top_reps"), "ascii_casecmp folds case");
    ok(ascii_casecmp("a", "b") < 0, "ascii_casecmp orders");
    char s[] = "  hi there \t";
    is_string("hi there", trim(s), "trim");

    char *x = xasprintf("%s:%d", "f", 3);
    is_string("f:3", x, "xasprintf");
    free(x);

    struct arena a;
    arena_init(&a);
    char *p1 = arena_strdup(&a, "bench");
    char *big = arena_alloc(&a, 100000);
    char *p2 = arena_printf(&a, "%s %d", "squat", 5);
    is_string("bench", p1, "arena_strdup survives later allocations");
    is_string("squat 5", p2, "arena_printf");
    ok(big[99999] == 0, "arena_alloc zeroes large blocks");
    char *longs = arena_printf(&a, "%0300d", 7);
    is_int(300, (long) strlen(longs), "arena_printf longer than its stack buffer");
    ok(((uintptr_t) arena_alloc(&a, 3) & 7) == 0, "arena_alloc aligned");
    arena_free(&a);
    ok(a.head == NULL, "arena_free empties");

    int *v = NULL;
    size_t cap = 0;
    grow(&v, &cap, 100, sizeof *v);
    ok(cap >= 100, "grow reaches the need");
    free(v);
    return 0;
}
