/*
 * plan_csv: the plan CSV of topset-formats(5) (PLAN CSV), one row per
 * prescribed set in training order. The same file, with its actual_*
 * columns filled in, is read back as a log (log_plan.c), through the same
 * column table (plan_columns.h). Fields are written by csvwrite: minimal,
 * deterministic quoting, and names (user text) guarded against formula
 * injection, which log_plan.c takes off again.
 *
 * The rows are built in memory and written in large blocks. The fields
 * every set of an exercise shares (client, week, date, day, exercise) are
 * encoded once, into a prefix that each of its rows starts with.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvwrite.h"
#include "plan_columns.h"
#include "plan_csv.h"

/* Write the rows out past this many bytes. */
#define FLUSH_AT (64 * 1024)

/* Append an RPE: empty when none. */
static void
line_rpe(struct csv_line *l, double rpe)
{
    if (rpe != 0)
        csv_line_num(l, rpe);
}

/* Append the row of set s: the exercise's prefix (its shared fields),
 * then the set's own fields from "set" on, in the order of plan_columns[]
 * (ending with its exercise e's rest and tempo), and the row's "\n". */
static void
line_set(struct csv_line *l, const struct csv_line *prefix, const struct plan *p,
         const struct plan_exercise *e, const struct plan_set *s)
{
    csv_line_bytes(l, prefix->buf, prefix->len);
    csv_line_int(l, s->number);
    csv_line_char(l, ',');
    csv_line_word(l, set_type_name(s->type));
    csv_line_char(l, ',');
    csv_line_num(l, s->weight);
    csv_line_char(l, ',');
    csv_line_int(l, s->reps);
    if (s->amrap)
        csv_line_char(l, '+'); /* "5+", as coaches write an AMRAP set */
    csv_line_char(l, ',');
    line_rpe(l, s->rpe);
    csv_line_char(l, ',');
    csv_line_word(l, unit_name(p->unit));
    csv_line_char(l, ',');
    csv_line_field(l, s->why); /* ours, and never starts with user text */
    csv_line_char(l, ',');
    if (s->done) {
        csv_line_num(l, s->actual_weight);
        csv_line_char(l, ',');
        csv_line_int(l, s->actual_reps);
        csv_line_char(l, ',');
        line_rpe(l, s->actual_rpe);
    } else {
        csv_line_char(l, ',');
        csv_line_char(l, ',');
    }
    /* The template's rest and tempo, on every set of the exercise. */
    csv_line_char(l, ',');
    csv_line_text(l, e->rest ? e->rest : "");
    csv_line_char(l, ',');
    csv_line_text(l, e->tempo ? e->tempo : "");
    csv_line_char(l, '\n');
}

int
plan_csv_write(const struct plan *p, FILE *fp)
{
    struct csv_line out = {NULL, 0, 0}, prefix = {NULL, 0, 0};
    int rc = 0;
    for (size_t i = 0; i < PLAN_COL_COUNT; i++) {
        if (i > 0)
            csv_line_char(&out, ',');
        csv_line_field(&out, plan_columns[i].name);
    }
    csv_line_char(&out, '\n');
    /* The prefix is cut back to the end of each level's fields in turn. */
    csv_line_text(&prefix, p->client);
    csv_line_char(&prefix, ',');
    size_t client_end = prefix.len;
    for (size_t wi = 0; wi < p->nweeks && rc == 0; wi++) {
        const struct plan_week *w = &p->weeks[wi];
        prefix.len = client_end;
        csv_line_int(&prefix, w->number);
        csv_line_char(&prefix, ',');
        size_t week_end = prefix.len;
        for (size_t di = w->first_day; di < w->first_day + w->ndays && rc == 0; di++) {
            const struct plan_day *d = &p->days[di];
            prefix.len = week_end;
            /* The session's own date (its week's Monday when the template
             * gives the day no weekday). */
            prefix.len += strlen(date_format(csv_line_room(&prefix, 11), d->date));
            csv_line_char(&prefix, ',');
            csv_line_text(&prefix, d->name);
            csv_line_char(&prefix, ',');
            size_t day_end = prefix.len;
            for (size_t ei = d->first_ex; ei < d->first_ex + d->nex && rc == 0; ei++) {
                const struct plan_exercise *e = &p->exs[ei];
                prefix.len = day_end;
                csv_line_text(&prefix, e->name);
                csv_line_char(&prefix, ',');
                for (size_t si = e->first_set; si < e->first_set + e->nsets && rc == 0; si++) {
                    line_set(&out, &prefix, p, e, &p->sets[si]);
                    if (out.len >= FLUSH_AT)
                        rc = csv_line_flush(&out, fp);
                }
            }
        }
    }
    if (rc == 0)
        rc = csv_line_flush(&out, fp);
    free(out.buf);
    free(prefix.buf);
    if (rc != 0)
        return -1;
    return ferror(fp) ? -1 : 0;
}
