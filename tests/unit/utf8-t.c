/* utf8: sequence lengths, cutting without splitting a character, repair,
 * and fitting text into a spreadsheet cell. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "tap/basic.h"
#include "utf8.h"

int
main(void)
{
    plan(28);
    is_int(1, (int) utf8_seq_len((const unsigned char *) "a"), "ASCII: one byte");
    is_int(2, (int) utf8_seq_len((const unsigned char *) "\xC3\xA9"), "é: two bytes");
    is_int(4, (int) utf8_seq_len((const unsigned char *) "\xF0\x9F\x92\xAA"), "an emoji: four");
    is_int(0, (int) utf8_seq_len((const unsigned char *) "\xC0\xAF"),
           "an overlong form is not one");
    is_int(0, (int) utf8_seq_len((const unsigned char *) "\xED\xA0\x80"), "nor a surrogate");
    is_int(0, (int) utf8_seq_len((const unsigned char *) "\xE9t"), "nor Latin-1 é");
    is_int(4, (int) utf8_seq_len((const unsigned char *) "\xF4\x8F\xBF\xBF"), "U+10FFFF is one");
    is_int(0, (int) utf8_seq_len((const unsigned char *) "\xF4\x90\x80\x80"), "past it is not");
    is_int(0, (int) utf8_seq_len((const unsigned char *) "\xE0\x9F\xBF"), "nor a 3-byte overlong");

    unsigned char lo, hi;
    ok(utf8_lead(0xF0, &lo, &hi) == 3 && lo == 0x90 && hi == 0xBF, "lead F0: 3 more, 90-BF next");
    ok(utf8_lead(0x80, &lo, &hi) == -1 && utf8_lead(0xF5, &lo, &hi) == -1,
       "a continuation byte or F5 starts nothing");

    char out[4];
    size_t used = 0;
    size_t n = utf8_char((const unsigned char *) "\xC3\xA9t", out, &used);
    ok(n == 2 && used == 2 && memcmp(out, "\xC3\xA9", 2) == 0, "char: é copied whole");
    n = utf8_char((const unsigned char *) "\xE9t", out, &used);
    ok(n == 3 && used == 1 && memcmp(out, UTF8_REPLACEMENT_CHAR, 3) == 0,
       "char: a bad byte alone becomes U+FFFD");
    n = utf8_char((const unsigned char *) "\xF0\x9F\x92\xAA", out, &used);
    ok(n == 4 && used == 4 && memcmp(out, "\xF0\x9F\x92\xAA", 4) == 0, "char: an emoji whole");
    n = utf8_char((const unsigned char *) "\xF0\x9F\x92", out, &used);
    ok(n == 3 && used == 1, "char: a cut-off sequence is a bad byte");
    n = utf8_char((const unsigned char *) "a", out, &used);
    ok(n == 1 && used == 1 && out[0] == 'a', "char: ASCII");
    is_string("\xEF\xBF\xBD", UTF8_REPLACEMENT_CHAR, "the replacement is U+FFFD");

    const char *s = "ab\xC3\xA9";
    is_int(2, (int) utf8_cut(s, 4, 3), "a cut inside é backs off to before it");
    is_int(4, (int) utf8_cut(s, 4, 10), "no cut when it fits");

    ok(utf8_clean("Développé") == NULL, "valid text needs no repair");
    char *c = utf8_clean("D\xE9velopp\xE9");
    is_string("D\xEF\xBF\xBDvelopp\xEF\xBF\xBD", c, "each bad byte becomes U+FFFD");
    free(c);

    ok(utf8_fit("Bench Press", 32767) == NULL, "fit: valid and short, nothing to do");
    c = utf8_fit("abc\xC3\xA9", 4);
    is_string("abc", c, "fit: cut to the limit without half a character");
    free(c);
    c = utf8_fit("a\xE9", 10);
    is_string("a\xEF\xBF\xBD", c, "fit: repaired");
    free(c);
    c = utf8_fit("\xE9\xE9", 4);
    is_string("\xEF\xBF\xBD", c, "fit: repaired first, then cut to whole characters");
    free(c);
    c = utf8_fit("abcdef", 4);
    is_string("abcd", c, "fit: valid ASCII cut to the limit");
    free(c);
    c = utf8_fit("ab\xC3\xA9\x01"
                 "cd\xFF",
                 100);
    is_string("ab\xC3\xA9\x01"
              "cd\xEF\xBF\xBD",
              c, "fit: a bad byte after valid text");
    free(c);
    ok(utf8_fit("", 0) == NULL, "fit: empty text");
    return 0;
}
