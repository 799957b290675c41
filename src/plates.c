/*
 * plates: greedy plate loading. Loads are counted in thousandths of the
 * unit, as integers, so 1.25 kg plates and 0.1 kg noise never meet
 * floating-point rounding.
 */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "plates.h"
#include "util.h"

/* Standard plates per unit, heaviest first: in thousandths (small
 * integers, so the (double) casts below are exact), and as
 * plates_text() prints them (fmt_num's form, kept ready because every set
 * of every plan gets its plates). */
struct plate {
    long mass;
    const char *text;
};
static const struct plate kg_plates[] = {{25000, "25"}, {20000, "20"}, {15000, "15"}, {10000, "10"},
                                         {5000, "5"},   {2500, "2.5"}, {1250, "1.25"}};
static const struct plate lb_plates[] = {{45000, "45"}, {35000, "35"}, {25000, "25"},
                                         {10000, "10"}, {5000, "5"},   {2500, "2.5"}};

/* plates_for(), also naming each plate's entry in which[] (PLATES_MAX). */
static int
load_plates(double load, double bar, enum unit u, struct plates *out, const struct plate **which)
{
    memset(out, 0, sizeof *out);
    if (!(bar > 0))
        return -1;
    const struct plate *set = u == UNIT_LB ? lb_plates : kg_plates;
    size_t nset = u == UNIT_LB ? sizeof lb_plates / sizeof *lb_plates
                               : sizeof kg_plates / sizeof *kg_plates;
    long over = lround((load - bar) * 1000);
    if (over < 0) {
        out->under_bar = true;
        return 0;
    }
    long side = over / 2; /* an odd thousandth cannot be split: it stays short */
    for (size_t i = 0; i < nset; i++)
        while (side >= set[i].mass && out->n < PLATES_MAX) {
            which[out->n] = &set[i];
            out->side[out->n++] = (double) set[i].mass / 1000.0;
            side -= set[i].mass;
        }
    out->short_by = (double) (over - 2 * (over / 2 - side)) / 1000.0;
    return 0;
}

int
plates_for(double load, double bar, enum unit u, struct plates *out)
{
    const struct plate *which[PLATES_MAX];
    return load_plates(load, bar, u, out, which);
}

char *
plates_text(char *buf, double load, double bar, enum unit u)
{
    struct plates pl;
    const struct plate *which[PLATES_MAX];
    char n[32];
    buf[0] = '\0';
    if (load_plates(load, bar, u, &pl, which) != 0)
        return buf;
    if (pl.under_bar) {
        memcpy(buf, "under bar", sizeof "under bar");
        return buf;
    }
    size_t len = 0, i;
    for (i = 0; i < pl.n; i++) {
        /* Room for this plate, a '+', and the note that may follow. */
        if (len + 32 + 20 >= PLATES_TEXT_MAX)
            break;
        /* Appended by hand from the table: every set of every plan has
         * plates, and snprintf, then fmt_num, were most of their cost. */
        if (i > 0)
            buf[len++] = '+';
        size_t k = strlen(which[i]->text);
        memcpy(buf + len, which[i]->text, k + 1);
        len += k;
    }
    if (i < pl.n) /* more plates than the text holds: say so */
        len += (size_t) snprintf(buf + len, PLATES_TEXT_MAX - len, "+\xE2\x80\xA6");
    if (pl.n == 0) {
        memcpy(buf, "bar", sizeof "bar");
        len = strlen("bar");
    }
    if (pl.short_by > 0)
        snprintf(buf + len, PLATES_TEXT_MAX - len, " (%s short)", fmt_num(n, pl.short_by));
    return buf;
}
