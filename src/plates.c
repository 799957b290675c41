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

/* Standard plates per unit, heaviest first, in thousandths. */
static const long kg_plates[] = {25000, 20000, 15000, 10000, 5000, 2500, 1250};
static const long lb_plates[] = {45000, 35000, 25000, 10000, 5000, 2500};

int
plates_for(double load, double bar, enum unit u, struct plates *out)
{
    memset(out, 0, sizeof *out);
    if (!(bar > 0))
        return -1;
    const long *set = u == UNIT_LB ? lb_plates : kg_plates;
    size_t nset = u == UNIT_LB ? sizeof lb_plates / sizeof *lb_plates
                               : sizeof kg_plates / sizeof *kg_plates;
    long over = lround((load - bar) * 1000);
    if (over < 0) {
        out->under_bar = true;
        return 0;
    }
    long side = over / 2; /* an odd thousandth cannot be split: it stays short */
    for (size_t i = 0; i < nset; i++)
        while (side >= set[i] && out->n < PLATES_MAX) {
            out->side[out->n++] = set[i] / 1000.0;
            side -= set[i];
        }
    out->short_by = (over - 2 * (over / 2 - side)) / 1000.0;
    return 0;
}

char *
plates_text(char *buf, double load, double bar, enum unit u)
{
    struct plates pl;
    char n[32];
    buf[0] = '\0';
    if (plates_for(load, bar, u, &pl) != 0)
        return buf;
    if (pl.under_bar) {
        snprintf(buf, PLATES_TEXT_MAX, "under bar");
        return buf;
    }
    size_t len = 0, i;
    for (i = 0; i < pl.n; i++) {
        /* Room for this plate, a '+', and the note that may follow. */
        if (len + 32 + 20 >= PLATES_TEXT_MAX)
            break;
        /* Appended by hand: every set of every plan has plates, and
         * snprintf made them a tenth of a plan's cost. */
        if (i > 0)
            buf[len++] = '+';
        size_t k = strlen(fmt_num(n, pl.side[i]));
        memcpy(buf + len, n, k + 1);
        len += k;
    }
    if (i < pl.n) /* more plates than the text holds: say so */
        len += (size_t)snprintf(buf + len, PLATES_TEXT_MAX - len, "+\xE2\x80\xA6");
    if (pl.n == 0)
        len = (size_t)snprintf(buf, PLATES_TEXT_MAX, "bar");
    if (pl.short_by > 0)
        snprintf(buf + len, PLATES_TEXT_MAX - len, " (%s short)", fmt_num(n, pl.short_by));
    return buf;
}
