/*
 * file_name: names made of ASCII letters, digits, '-', '_' and '.' only,
 * accents taken off by the table, quotes dropped, separators one '_';
 * nothing hidden, taken for an option or reserved by Windows; and names
 * made unique ignoring case, in roster order.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "file_name.h"
#include "tap/basic.h"
#include "util.h"

static void
name_is(const char *want, const char *client)
{
    char *s = file_name_of(client);
    is_string(want, s, "file_name_of(\"%s\")", client);
    free(s);
}

/* Every byte of name is one a portable name may hold. */
static bool
portable(const char *name)
{
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
              || *p == '-' || *p == '_' || *p == '.'))
            return false;
    return true;
}

static void
unique_is(const char *want, const char *const *in, size_t n)
{
    struct arena a;
    arena_init(&a);
    char **v = xcalloc(n, sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = in[i] ? arena_strdup(&a, in[i]) : NULL;
    file_names_unique(v, n, &a);
    char got[512] = "";
    for (size_t i = 0; i < n; i++) {
        strcat(got, i ? " " : "");
        strcat(got, v[i] ? v[i] : "(null)");
    }
    is_string(want, got, "file_names_unique: %s", want);
    free(v);
    arena_free(&a);
}

int
main(void)
{
    plan_lazy();
    name_is("Zoe_OBrien_2", "Zo\xC3\xAB O'Brien/2");
    name_is("Maria_Gomez", "Maria G\xC3\xB3mez");
    name_is("Zoe_OBrien", "Zo\xC3\xAB O\xE2\x80\x99"
                          "Brien"); /* a typographic apostrophe */
    name_is("evil", "../evil");
    name_is("hidden", ".hidden");
    name_is("x", "-x");
    name_is("a_b", "a\\b");
    name_is("Jo_1", "Jo_1");
    name_is("Jo_1", "Jo / 1");
    name_is("Anne-Marie", "Anne-Marie");
    name_is("J.R", "J.R.");
    name_is("Strasse", "Stra\xC3\x9F"
                       "e");
    name_is("Lukasz_Swiatek", "\xC5\x81ukasz \xC5\x9Awi\xC4\x85tek");
    name_is("AEro_oe", "\xC3\x86ro \xC5\x93");
    name_is("Stefan_Turcanu", "\xC8\x98tefan \xC8\x9Aurcanu");
    name_is("Bjorn_Thor", "Bj\xC3\xB8rn \xC3\x9E\xC3\xB3r");
    name_is("a_b", "a\tb\x7f");
    name_is("Li", "\xE6\x9D\x8E Li"); /* another script: a separator */
    name_is("client", "\xE6\x9D\x8E\xE9\x9B\xB7");
    name_is("client", "...");
    name_is("_con", "con");
    name_is("_COM1.x", "COM1.x");
    name_is("CONSTANCE", "CONSTANCE");
    name_is("client", "./");
    name_is("a_.._b", "a/../b");
    name_is("tab_and_newline", "tab\tand\nnewline\x7f");

    char *longname = xmalloc(301);
    memset(longname, 'a', 300);
    longname[300] = '\0';
    char *s = file_name_of(longname);
    is_int(FILE_NAME_MAX, (long) strlen(s), "a long name is cut to FILE_NAME_MAX bytes");
    free(s);
    free(longname);

    /* Every byte from 1 to 255, alone and between letters: always portable. */
    bool all = true;
    for (int c = 1; c < 256; c++) {
        char in[4] = {'a', (char) c, 'b', '\0'};
        s = file_name_of(in);
        all &= portable(s) && *s != '\0';
        free(s);
    }
    ok(all, "any byte gives a portable, non-empty name");

    const char *same[] = {"Zoe", "zoe", "Sam", "ZOE", NULL, "Zoe-2"};
    unique_is("Zoe zoe-2 Sam ZOE-3 (null) Zoe-2-2", same, 6);
    const char *two[] = {"Ann", "Bob"};
    unique_is("Ann Bob", two, 2);
    char big[FILE_NAME_MAX + 1];
    memset(big, 'b', FILE_NAME_MAX);
    big[FILE_NAME_MAX] = '\0';
    struct arena a;
    arena_init(&a);
    char *v[2] = {big, big};
    file_names_unique(v, 2, &a);
    ok(strlen(v[1]) == FILE_NAME_MAX && strcmp(v[1] + FILE_NAME_MAX - 2, "-2") == 0
           && strncmp(v[1], big, FILE_NAME_MAX - 2) == 0,
       "a full-length name's \"-2\" replaces its end");
    arena_free(&a);
    return 0;
}
