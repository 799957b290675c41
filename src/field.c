/*
 * field: the values of every input file and the messages that refuse them
 * (see field.h). Each kind says what it expects in one place, built from
 * the limits in field.h, so a limit and its message change together.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "field.h"
#include "names.h"
#include "util.h"

/* The blanks around a value, as trim() (util.c) takes them off. */
static bool
is_blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* text without its surrounding blanks: returns the start, *len its bytes. */
static const char *
trimmed(const char *text, size_t *len)
{
    while (is_blank_byte((unsigned char) *text))
        text++;
    size_t n = strlen(text);
    while (n > 0 && is_blank_byte((unsigned char) text[n - 1]))
        n--;
    *len = n;
    return text;
}

/* Copy text, trimmed, into buf (size bytes) as a string. Returns buf, or
 * NULL when it does not fit (too long to be the value). */
static char *
copy_trimmed(const char *text, char *buf, size_t size)
{
    size_t n;
    const char *s = trimmed(text, &n);
    if (n >= size)
        return NULL;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

/*
 * text as a message quotes it: trimmed, control characters written as
 * \t, \n, \r or \xNN so the message stays on one line, and cut after
 * FIELD_SHOW_MAX bytes (at the start of a UTF-8 character) with "...".
 * Newly allocated.
 */
static char *
show(const char *text)
{
    size_t n;
    const char *s = trimmed(text, &n);
    bool cut = n > FIELD_SHOW_MAX;
    if (cut) {
        n = FIELD_SHOW_MAX;
        while (n > 0 && ((unsigned char) s[n] & 0xC0) == 0x80)
            n--;
    }
    char *out = xmalloc(n * 4 + 4);
    char *o = out;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char) s[i];
        if (c == '\t' || c == '\n' || c == '\r') {
            *o++ = '\\';
            *o++ = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        } else if (c < 0x20 || c == 0x7f) {
            static const char hex[] = "0123456789abcdef";
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 15];
        } else
            *o++ = (char) c;
    }
    if (cut) {
        memcpy(o, "...", 3);
        o += 3;
    }
    *o = '\0';
    return out;
}

/* The refusal of text: "empty (expected WHAT)" or "expected WHAT, got
 * "TEXT"". Newly allocated. */
static char *
refuse(const char *what, const char *text)
{
    size_t n;
    trimmed(text, &n);
    if (n == 0)
        return xasprintf("empty (expected %s)", what);
    char *shown = show(text);
    char *msg = xasprintf("expected %s, got \"%s\"", what, shown);
    free(shown);
    return msg;
}

/* --- names --------------------------------------------------------------- */

static const struct {
    const char *what;    /* "an exercise name" */
    const char *example; /* "Bench Press" */
    const char *noun;    /* "exercise": one row per ... */
} name_kinds[] = {
    [FIELD_EXERCISE] = {"an exercise name", "Bench Press", "exercise"},
    [FIELD_DAY] = {"a day name", "Upper A", "day"},
    [FIELD_CLIENT] = {"a client's name", "Alex", "client"},
};

/* Whether the n bytes at s hold a control character (tab, line break...). */
static bool
has_control(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char) s[i] < 0x20 || s[i] == 0x7f)
            return true;
    return false;
}

char *
field_name(const char *text, enum field_name kind)
{
    size_t n;
    const char *s = trimmed(text, &n);
    const char *what = name_kinds[kind].what, *example = name_kinds[kind].example;
    char want[96];
    if (n == 0)
        snprintf(want, sizeof want, "%s like %s", what, example);
    else if (name_is_blank(s))
        snprintf(want, sizeof want, "%s with letters or digits like %s", what, example);
    else if (n > FIELD_NAME_MAX)
        snprintf(want, sizeof want, "%s of at most %d bytes", what, FIELD_NAME_MAX);
    else if (has_control(s, n))
        snprintf(want, sizeof want, "%s on one line, without tabs or control characters", what);
    else
        return NULL;
    return refuse(want, text);
}

/* --- numbers ------------------------------------------------------------- */

int
field_number(const char *text, double *out)
{
    char buf[64];
    if (copy_trimmed(text, buf, sizeof buf) == NULL || buf[0] == '\0')
        return -1;
    char *comma = strchr(buf, ',');
    if (comma != NULL) {
        /* "1,000" could be a thousand with a thousands separator or one
         * with a decimal comma: refuse what cannot be told apart. */
        if (strchr(buf, '.') != NULL || strchr(comma + 1, ',') != NULL || strlen(comma + 1) == 3)
            return -1;
        *comma = '.';
    }
    return parse_double(buf, out);
}

/* The number in text after an optional mark before it (prefix, e.g. '@')
 * or after it (suffix, e.g. '%'), blanks allowed between. 0 for none. */
static int
number_marked(const char *text, char prefix, char suffix, double *out)
{
    char buf[64];
    if (copy_trimmed(text, buf, sizeof buf) == NULL)
        return -1;
    char *s = buf;
    size_t n = strlen(s);
    if (prefix != 0 && *s == prefix)
        s++;
    else if (suffix != 0 && n > 0 && s[n - 1] == suffix)
        s[n - 1] = '\0';
    return field_number(s, out);
}

int
field_percent(const char *text, double *out)
{
    return number_marked(text, 0, '%', out);
}

int
field_rpe_number(const char *text, double *out)
{
    return number_marked(text, '@', 0, out);
}

/* Split a unit written after a load ("60kg", "135 lb") off buf: returns
 * UNIT_UNSPECIFIED (no letters at the end), the unit, or -2 (letters that
 * are not a unit). */
static int
split_unit(char *buf)
{
    size_t n = strlen(buf), k = n;
    while (
        k > 0
        && ((buf[k - 1] >= 'a' && buf[k - 1] <= 'z') || (buf[k - 1] >= 'A' && buf[k - 1] <= 'Z')))
        k--;
    if (k == n)
        return UNIT_UNSPECIFIED;
    enum unit u;
    if (k == 0 || unit_parse(buf + k, &u) != 0)
        return -2;
    buf[k] = '\0';
    return (int) u;
}

char *
field_load_unit(const char *text, enum field_load range, double *out, int *unit)
{
    double v;
    bool positive = range == FIELD_LOAD_POSITIVE;
    char buf[64];
    int u = UNIT_UNSPECIFIED;
    bool ok = copy_trimmed(text, buf, sizeof buf) != NULL;
    if (ok && unit != NULL)
        u = split_unit(buf);
    ok = ok && u != -2 && field_number(buf, &v) == 0;
    if (!ok || (positive ? !(v > 0) : v < 0) || v > FIELD_LOAD_MAX) {
        char want[80];
        snprintf(want, sizeof want, "a load %s %d like 62.5",
                 positive ? "above 0 and up to" : "from 0 to", FIELD_LOAD_MAX);
        return refuse(want, text);
    }
    *out = v;
    if (unit != NULL)
        *unit = u;
    return NULL;
}

char *
field_load(const char *text, enum field_load range, double *out)
{
    return field_load_unit(text, range, out, NULL);
}

void
field_load_in_unit(double *load, int written, int *unit)
{
    if (written == UNIT_UNSPECIFIED)
        return;
    if (*unit == UNIT_UNSPECIFIED)
        *unit = written;
    else if (written != *unit)
        *load = unit_convert(*load, (enum unit) written, (enum unit) * unit);
}

char *
field_reps(const char *text, int *out)
{
    double v;
    if (field_number(text, &v) != 0 || v < 0 || v > FIELD_REPS_MAX || v != (double) (long) v) {
        char want[80];
        snprintf(want, sizeof want, "a whole number of reps from 0 to %d like 8", FIELD_REPS_MAX);
        return refuse(want, text);
    }
    *out = (int) v;
    return NULL;
}

char *
field_rpe(const char *text, double *out)
{
    double v;
    if (field_rpe_number(text, &v) != 0 || v < FIELD_RPE_MIN || v > FIELD_RPE_MAX) {
        char want[80];
        snprintf(want, sizeof want, "an RPE from %d to %d like 8.5", FIELD_RPE_MIN, FIELD_RPE_MAX);
        return refuse(want, text);
    }
    *out = v;
    return NULL;
}

char *
field_whole(const char *text, long lo, long hi, long *out)
{
    char buf[32];
    long v;
    if (copy_trimmed(text, buf, sizeof buf) == NULL || parse_int(buf, &v) != 0 || v < lo
        || v > hi) {
        char want[80];
        snprintf(want, sizeof want, "a whole number from %ld to %ld", lo, hi);
        return refuse(want, text);
    }
    *out = v;
    return NULL;
}

/* --- ranges -------------------------------------------------------------- */

/* The dashes people write between two numbers: '-', an en dash and an em
 * dash (a word processor or a phone keyboard makes them), and " to ". */
static const char *const range_dashes[] = {"\xE2\x80\x93", "\xE2\x80\x94", " to ", "-"};

/* The first range dash in s after its first byte (a leading '-' is a
 * sign): true with *at its offset and *len its bytes, or false. */
static bool
find_dash(const char *s, size_t *at, size_t *len)
{
    const char *best = NULL;
    for (size_t i = 0; i < sizeof range_dashes / sizeof range_dashes[0]; i++) {
        const char *p = s[0] != '\0' ? strstr(s + 1, range_dashes[i]) : NULL;
        if (p != NULL && (best == NULL || p < best)) {
            best = p;
            *len = strlen(range_dashes[i]);
        }
    }
    if (best != NULL)
        *at = (size_t) (best - s);
    return best != NULL;
}

int
field_range(const char *text, long *lo, long *hi)
{
    char buf[64];
    if (copy_trimmed(text, buf, sizeof buf) == NULL || buf[0] == '\0')
        return -1;
    size_t at = 0, dl = 0;
    if (!find_dash(buf, &at, &dl)) {
        if (parse_int(buf, lo) != 0)
            return -1;
        *hi = *lo;
        return 0;
    }
    char *dash = buf + at;
    *dash = '\0';
    return parse_int(buf, lo) == 0 && parse_int(dash + dl, hi) == 0 ? 0 : -1;
}

/* Month names as spreadsheets write them in English, German and French
 * (lower case, the start of the word): "May", "Mai", "juin", "Dez". */
static const struct {
    const char *stem;
    int month;
} months[] = {
    {"jan", 1},
    {"j\xC3\xA4n", 1},
    {"feb", 2},
    {"f\xC3\xA9v", 2},
    {"fev", 2},
    {"mar", 3},
    {"m\xC3\xA4r", 3},
    {"mrz", 3},
    {"apr", 4},
    {"avr", 4},
    {"may", 5},
    {"mai", 5},
    {"jun", 6},
    {"juin", 6},
    {"jul", 7},
    {"juil", 7},
    {"aug", 8},
    {"ao\xC3\xBB", 8},
    {"aou", 8},
    {"sep", 9},
    {"oct", 10},
    {"okt", 10},
    {"nov", 11},
    {"dec", 12},
    {"dez", 12},
    {"d\xC3\xA9"
     "c",
     12},
};

/* The month a word names (1-12), or 0. */
static int
month_of(const char *w, size_t n)
{
    char low[16];
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char) w[i];
        if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return 0;
        low[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    low[n] = '\0';
    for (size_t i = 0; i < sizeof months / sizeof months[0]; i++)
        if (strncmp(low, months[i].stem, strlen(months[i].stem)) == 0)
            return months[i].month;
    return 0;
}

/* The day or year a word holds, 1-99 (one or two digits), or 0. */
static int
small_number(const char *w, size_t n)
{
    if (n == 0 || n > 2 || w[0] < '0' || w[0] > '9' || (n == 2 && (w[1] < '0' || w[1] > '9')))
        return 0;
    return n == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
}

bool
field_range_was_date(const char *text, int *lo, int *hi)
{
    /* The words of text between '-', ' ', '.' and '/': a number and a
     * month in either order ("6-May", "May-6", "05. Jun"), then perhaps a
     * year ("6-May-26"), as a spreadsheet shows the date it made of a
     * range typed as month-day or day-month. */
    size_t n;
    const char *s = trimmed(text, &n);
    const char *w[3];
    size_t wl[3], nw = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && strchr("-./ ", s[i]) != NULL)
            i++;
        if (i == n)
            break;
        if (nw == 3)
            return false;
        w[nw] = s + i;
        while (i < n && strchr("-./ ", s[i]) == NULL)
            i++;
        wl[nw] = (size_t) (s + i - w[nw]);
        nw++;
    }
    if (nw < 2 || (nw == 3 && small_number(w[2], wl[2]) == 0 && wl[2] != 4))
        return false;
    int m = month_of(w[0], wl[0]), d = small_number(w[1], wl[1]);
    if (m == 0 || d == 0) {
        m = month_of(w[1], wl[1]);
        d = small_number(w[0], wl[0]);
    }
    if (m == 0 || d == 0)
        return false;
    *lo = m < d ? m : d;
    *hi = m < d ? d : m;
    return true;
}

char *
field_range_date_refusal(const char *text)
{
    int lo, hi;
    if (!field_range_was_date(text, &lo, &hi))
        return NULL;
    char *shown = show(text);
    char *msg = xasprintf("\"%s\" looks like a date a spreadsheet made of \"%d-%d\": format the "
                          "column as text, or write %d-%d as '%d-%d",
                          shown, lo, hi, lo, hi, lo, hi);
    free(shown);
    return msg;
}

/* --- units and dates ----------------------------------------------------- */

char *
field_unit(const char *text, enum unit *out)
{
    char buf[32];
    if (copy_trimmed(text, buf, sizeof buf) == NULL || unit_parse(buf, out) != 0) {
        char want[32];
        snprintf(want, sizeof want, "%s or %s", unit_name(UNIT_KG), unit_name(UNIT_LB));
        return refuse(want, text);
    }
    return NULL;
}

char *
field_yes_no(const char *text, bool *out)
{
    static const char *const yes[] = {"yes", "true", "1"}, *const no[] = {"no", "false", "0"};
    char buf[8];
    if (copy_trimmed(text, buf, sizeof buf) != NULL)
        for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
            if (strcasecmp(buf, yes[i]) == 0 || strcasecmp(buf, no[i]) == 0) {
                *out = strcasecmp(buf, yes[i]) == 0;
                return NULL;
            }
        }
    return refuse("yes or no", text);
}

char *
field_date(const char *text, day_t *out)
{
    char buf[16];
    if (copy_trimmed(text, buf, sizeof buf) == NULL || date_parse(buf, out) != 0)
        return refuse("a date YYYY-MM-DD", text);
    return NULL;
}

/* --- names given once ---------------------------------------------------- */

struct field_seen_entry {
    char *key;
    unsigned long line;
};

void
field_seen_init(struct field_seen *s)
{
    memset(s, 0, sizeof *s);
}

void
field_seen_free(struct field_seen *s)
{
    for (size_t i = 0; i < s->n; i++)
        free(s->v[i].key);
    free(s->v);
    free(s->slots);
    memset(s, 0, sizeof *s);
}

/* A roster runs to thousands of clients: each name is found through a
 * hash table (FNV-1a), not by comparing it with every earlier one. */
static size_t
key_hash(const char *key)
{
    return (size_t) fnv1a64(FNV1A64_BASIS, key, strlen(key));
}

/* The slot holding key, or the empty slot where it would go. nslots > 0. */
static size_t *
key_slot(const struct field_seen *s, const char *key)
{
    size_t mask = s->nslots - 1;
    for (size_t i = key_hash(key) & mask;; i = (i + 1) & mask)
        if (s->slots[i] == 0 || strcmp(s->v[s->slots[i] - 1].key, key) == 0)
            return &s->slots[i];
}

void
field_seen_add(struct field_seen *s, const char *key, unsigned long line)
{
    if ((s->n + 1) * 2 > s->nslots) { /* keep the table at most half full */
        free(s->slots);
        s->nslots = s->nslots ? s->nslots * 2 : 64;
        s->slots = xcalloc(s->nslots, sizeof *s->slots);
        for (size_t i = 0; i < s->n; i++)
            *key_slot(s, s->v[i].key) = i + 1;
    }
    grow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
    s->v[s->n].key = xstrdup(key);
    s->v[s->n].line = line;
    s->n++;
    *key_slot(s, key) = s->n;
}

char *
field_seen_check(const struct field_seen *s, enum field_name kind, const char *name,
                 const char *key)
{
    if (s->nslots == 0)
        return NULL;
    size_t at = *key_slot(s, key);
    if (at == 0)
        return NULL;
    char *shown = show(name);
    char *msg = xasprintf("\"%s\" is already on line %lu (expected one row per %s)", shown,
                          s->v[at - 1].line, name_kinds[kind].noun);
    free(shown);
    return msg;
}
