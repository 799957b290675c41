/*
 * template: reads and validates the program template CSV (topset-formats(5),
 * TEMPLATE): one row per exercise slot.
 *
 * Every column is one row of the table `columns` below: its name, whether
 * it is required, the function that parses it into struct slot, its range
 * and default, and the words that describe it. Messages ("expected ...")
 * are built from that table, so a range changes in one place. Rows are
 * checked one by one, then across rows (rules' needs, overlapping weeks);
 * every problem of the file is reported before the template is given up.
 */
#include <config.h>

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "date.h"
#include "field.h"
#include "header.h"
#include "names.h"
#include "rpe.h"
#include "template.h"
#include "util.h"

/* --- the column table ---------------------------------------------------- */

struct tread;
struct tcol;

/* A field's parser: text is trimmed, "" when empty or absent. Stores into
 * s, or reports through col_err() and returns -1. */
typedef int (*tparse_fn)(struct tread *tr, const struct tcol *c, const char *text, struct slot *s);

enum {
    OPEN_LO = 1, /* lo itself is not allowed */
    HALVES = 2,  /* in steps of 0.5 */
    PERCENT = 4, /* a '%' may follow ("12%") */
    AT = 8,      /* an '@' may come first ("@8", an RPE) */
};

struct tcol {
    const char *name;
    bool required;
    tparse_fn parse;
    size_t off;    /* offsetof the field in struct slot */
    double lo, hi; /* the accepted range */
    unsigned flags;
    double def;       /* an empty number field */
    long given_off;   /* offsetof a bool set when the field is given, or -1;
                         for a set list, of the int count of its lines */
    const char *what; /* "an RPE", "a % drop": what the field holds (NULL
                             where field.c words the message: names, loads,
                             whole numbers) */
    const char *example;
};

#define TCOLS_MAX 48 /* room for every column of the table */

struct tread {
    const char *file;
    struct errlist *errs;
    const struct csv_row *row; /* the row being parsed */
    int idx[TCOLS_MAX];
    struct column_spec specs[TCOLS_MAX];
    size_t width;            /* header_width() of the header */
    size_t order[TCOLS_MAX]; /* table indexes in the file's column order */
    bool header_ok;
    struct slot *slots;
    size_t n, cap;
    size_t rows; /* non-blank data rows */
    unsigned long header_line;
};

static int p_day(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_exercise(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_load(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_text(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_reps(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_int(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_num(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_rule(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_week(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_warmup(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_aliases(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_bar(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_sets(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_round(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_amrap_table(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_unit(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_stages(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_stage_reset(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_slot_ref(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_rotation(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_start_weight(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_weekday(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_rest(struct tread *, const struct tcol *, const char *, struct slot *);
static int p_tempo(struct tread *, const struct tcol *, const char *, struct slot *);

#define OFF(field) offsetof(struct slot, field)
#define NOFLAG (-1)

/* The template's columns, in the order messages list them. */
static const struct tcol columns[] = {
    {"day", true, p_day, OFF(day), 0, 0, 0, 0, NOFLAG, NULL, NULL},
    {"exercise", true, p_exercise, OFF(exercise), 0, 0, 0, 0, NOFLAG, NULL, NULL},
    {"top_reps", true, p_reps, OFF(top_reps), 1, TEMPLATE_MAX_REPS, 0, 0, NOFLAG, "reps", "5-6"},
    {"top_sets", false, p_int, OFF(top_sets), 1, TEMPLATE_MAX_SETS, 0, 1, NOFLAG, NULL, NULL},
    {"top_rpe", false, p_num, OFF(top_rpe), FIELD_RPE_MIN, FIELD_RPE_MAX, HALVES | AT, 0, NOFLAG,
     "an RPE", "8"},
    {"top_pct", false, p_num, OFF(top_pct), 0, 110, OPEN_LO | PERCENT, 0, NOFLAG, "a % of 1RM",
     "85"},
    {"tm_pct", false, p_num, OFF(tm_pct), 50, 100, PERCENT, 0, NOFLAG,
     "a training max as a % of 1RM", "90"},
    {"start_weight", false, p_start_weight, OFF(start_weight), 0, 0, 0, 0, NOFLAG, NULL, NULL},
    {"work_sets", false, p_sets, OFF(work), 0, 110, OPEN_LO, 0, OFF(nwork), "a set list",
     "65%x5; 75%x5"},
    {"backoff_sets", false, p_int, OFF(backoff_sets), 0, TEMPLATE_MAX_SETS, 0, 2,
     OFF(backoff_sets_set), NULL, NULL},
    {"backoff_reps", false, p_reps, OFF(backoff_reps), 1, TEMPLATE_MAX_REPS, 0, 0, NOFLAG, "reps",
     "8"},
    {"backoff_drop", false, p_num, OFF(backoff_drop), 0, 50, PERCENT, 10, OFF(backoff_drop_set),
     "a % drop", "10"},
    {"backoff_pct", false, p_num, OFF(backoff_pct), 0, 100, OPEN_LO | PERCENT, 0, NOFLAG,
     "a % of 1RM", "80"},
    /* Issue 14: RTS back-offs at an RPE, and "stop at RPE X". */
    {"backoff_rpe", false, p_num, OFF(backoff_rpe), FIELD_RPE_MIN, FIELD_RPE_MAX, HALVES | AT, 0,
     NOFLAG, "an RPE", "7"},
    {"backoff_cap", false, p_num, OFF(backoff_cap), FIELD_RPE_MIN, FIELD_RPE_MAX, HALVES | AT, 0,
     NOFLAG, "an RPE", "8"},
    {"backoff_list", false, p_sets, OFF(backoff_list), 0, 110, OPEN_LO, 0, OFF(nbackoff_list),
     "a set list", "90%x3; 85%x3; 65%x5+"},
    {"drop_sets", false, p_int, OFF(drop_sets), 0, TEMPLATE_MAX_SETS, 0, 0, NOFLAG, NULL, NULL},
    {"drop_reps", false, p_reps, OFF(drop_reps), 1, TEMPLATE_MAX_REPS, 0, 0, NOFLAG, "reps", "15"},
    {"drop_pct", false, p_num, OFF(drop_pct), 0, 100, OPEN_LO | PERCENT, 0, NOFLAG,
     "a % of the top-set load", "60"},
    {"increment", false, p_load, OFF(increment), 0, 0, 0, 0, OFF(increment_set), NULL, NULL},
    {"step", false, p_load, OFF(step), 0, 0, 0, 0, OFF(step_set), NULL, NULL},
    {"unit", false, p_unit, OFF(unit), 0, 0, 0, 0, NOFLAG, "a unit", "kg"},
    {"round", false, p_round, OFF(round), 0, 0, 0, 0, NOFLAG, "a rounding", "up"},
    {"amrap_table", false, p_amrap_table, OFF(amrap_n), 0, TEMPLATE_MAX_REPS, 0, 0, NOFLAG,
     "an AMRAP table", "2:5; 4:10; 6:15"},
    /* Issue 14 part A: 5/3/1's reset, GZCLP's stages. */
    {"amrap_reset", false, p_num, OFF(amrap_reset), 0, 50, OPEN_LO | PERCENT, 0, NOFLAG,
     "a % cut of the training max", "10"},
    {"stages", false, p_stages, OFF(stages), 1, TEMPLATE_MAX_SETS, 0, 0, NOFLAG, "a stage list",
     "5x3+; 6x2+; 10x1+"},
    {"stage_reset", false, p_stage_reset, OFF(stage_reset_pct), 50, 100, 0, 0, NOFLAG,
     "a stage reset", "85%"},
    {"load_from", false, p_slot_ref, OFF(load_from), 0, 0, 0, 0, NOFLAG, "a slot",
     "Intensity: Squat"},
    {"load_pct", false, p_num, OFF(load_pct), 0, 200, OPEN_LO | PERCENT, 0, NOFLAG,
     "a % of that slot's top set", "90"},
    {"tm_from", false, p_slot_ref, OFF(tm_from), 0, 0, 0, 0, NOFLAG, "a slot", "Day 4: Deadlift"},
    {"rotation", false, p_rotation, OFF(rotation), 0, 0, 0, 0, NOFLAG, "a rotation", "A"},
    {"rule", false, p_rule, OFF(rule), 0, 0, 0, 0, NOFLAG, "a rule", "double"},
    {"week", false, p_week, OFF(week_lo), 1, 52, 0, 0, NOFLAG, "a week", "1-3"},
    {"warmup", false, p_warmup, OFF(warmup), 0, 0, 0, 0, NOFLAG, "a warm-up", "40%x5; 60%x3"},
    {"bar", false, p_bar, OFF(bar), 0, 0, 0, 0, NOFLAG, "a bar weight", "20"},
    {"aliases", false, p_aliases, OFF(aliases), 0, 0, 0, 0, NOFLAG, "other names",
     "Squat (Barbell); Barbell Squat"},
    /* Issue 16: the sheets' session dates. */
    {"weekday", false, p_weekday, OFF(weekday), 0, 0, 0, 0, NOFLAG, "a weekday", "mon"},
    {"rest", false, p_rest, OFF(rest), 1, 3600, 0, 0, NOFLAG, "a rest", "3 min"},
    {"tempo", false, p_tempo, OFF(tempo), 0, 0, 0, 0, NOFLAG, "a tempo", "3-1-X-0"},
    {"notes", false, p_text, OFF(notes), 0, 0, 0, 0, NOFLAG, "notes", "pause 1s"},
};

#define NCOLS (sizeof columns / sizeof columns[0])

_Static_assert(NCOLS <= TCOLS_MAX, "struct tread holds TCOLS_MAX columns");

/* A column by name, for the checks that join fields. */
static const struct tcol *
column(const char *name)
{
    for (size_t i = 0; i < NCOLS; i++)
        if (strcmp(columns[i].name, name) == 0)
            return &columns[i];
    abort(); /* a name below is not in the table: a programming error */
}

static void *
field_at(struct slot *s, size_t off)
{
    return (char *) s + off;
}

/* "a % of 1RM above 0 and up to 110", "an RPE from 6 to 10 in steps of 0.5". */
static void
describe(const struct tcol *c, char *buf, size_t size)
{
    char lo[32], hi[32];
    fmt_num(lo, c->lo);
    fmt_num(hi, c->hi);
    if (c->flags & OPEN_LO)
        snprintf(buf, size, "%s above %s and up to %s", c->what, lo, hi);
    else
        snprintf(buf, size, "%s from %s to %s%s", c->what, lo, hi,
                 (c->flags & HALVES) ? " in steps of 0.5" : "");
}

static void col_err(struct tread *tr, const struct tcol *c, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
col_err(struct tread *tr, const struct tcol *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *text = xvasprintf(fmt, ap);
    va_end(ap);
    header_err(tr->errs, tr->file, tr->row, tr->idx, tr->specs, (size_t) (c - columns), "%s", text);
    free(text);
}

/* --- field parsers ------------------------------------------------------- */

/* Report why (field.c's refusal of column c's text, or NULL) and free it.
 * Returns 0 when why is NULL, else -1. */
static int
col_refuse(struct tread *tr, const struct tcol *c, char *why)
{
    if (why == NULL)
        return 0;
    col_err(tr, c, "%s", why);
    free(why);
    return -1;
}

static int
p_day(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (col_refuse(tr, c, field_name(text, FIELD_DAY)) != 0)
        return -1;
    s->day = xstrdup(text);
    return 0;
}

static int
p_exercise(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (col_refuse(tr, c, field_name(text, FIELD_EXERCISE)) != 0)
        return -1;
    s->exercise = xstrdup(text);
    return 0;
}

/* Where a load column keeps the unit written after its value. */
static int *
load_unit(struct slot *s, size_t off)
{
    return off == OFF(increment) ? &s->increment_unit
           : off == OFF(step)    ? &s->step_unit
                                 : &s->start_weight_unit;
}

/* A load above 0 (start_weight, increment, step), perhaps with its unit
 * ("60kg"; template_resolve converts); empty keeps the default. */
static int
p_load(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    double *out = field_at(s, c->off);
    if (*text == '\0') {
        *out = c->def;
        return 0;
    }
    if (col_refuse(tr, c, field_load_unit(text, FIELD_LOAD_POSITIVE, out, load_unit(s, c->off)))
        != 0)
        return -1;
    if (c->given_off >= 0)
        *(bool *) field_at(s, (size_t) c->given_off) = true;
    return 0;
}

/* A start_weight: a load (p_load), or a bodyweight lift written "BW",
 * "BW+5" (5 added, perhaps "BW+5kg") or "0", as a coach writes chin-ups
 * and dips. */
static int
p_start_weight(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (strcmp(text, "0") == 0) {
        s->bodyweight = true;
        return 0;
    }
    if (ascii_ncasecmp(text, "bw", 2) != 0)
        return p_load(tr, c, text, s);
    s->bodyweight = true;
    const char *rest = text + 2;
    while (*rest == ' ')
        rest++;
    if (*rest == '\0')
        return 0;
    if (*rest != '+') {
        col_err(tr, c, "expected BW, BW and a load added (BW+5) or a load like 62.5, got \"%s\"",
                text);
        return -1;
    }
    rest++;
    while (*rest == ' ')
        rest++;
    return p_load(tr, c, rest, s);
}

static int
p_text(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    (void) tr;
    *(char **) field_at(s, c->off) = xstrdup(text);
    return 0;
}

/* weekday: the day of the week the template's day is trained, "mon" ...
 * "sun" or the full name, any case; blank: none. */
static int
p_weekday(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (*text == '\0')
        return 0;
    int wd = date_weekday_parse(text);
    if (wd >= 0) {
        s->weekday = wd + 1;
        return 0;
    }
    const char *near = closest_name(text, date_weekday_words, DATE_WEEKDAY_WORDS);
    if (near != NULL)
        col_err(tr, c,
                "unknown weekday \"%s\": did you mean \"%s\"? (expected mon, tue, wed, "
                "thu, fri, sat or sun, or the full name)",
                text, near);
    else
        col_err(tr, c,
                "unknown weekday \"%s\" (expected mon, tue, wed, thu, fri, sat or sun, or "
                "the full name)",
                text);
    return -1;
}

/* rest: the rest between sets, "90 s", "3 min" or "2-3 min" (s, sec,
 * seconds, min, minutes), at most an hour; kept tidy for the sheets. */
static int
p_rest(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    static const struct {
        const char *word;
        const char *unit;
        double secs;
    } units[] = {{"s", "s", 1},       {"sec", "s", 1},       {"secs", "s", 1},
                 {"second", "s", 1},  {"seconds", "s", 1},   {"min", "min", 60},
                 {"mins", "min", 60}, {"minute", "min", 60}, {"minutes", "min", 60}};
    if (*text == '\0')
        return 0;
    char num[32], word[16], extra;
    int n = sscanf(text, "%31[0-9.-] %15[a-zA-Z]%c", num, word, &extra);
    double lo = 0, hi = 0;
    for (size_t i = 0; n == 2 && i < sizeof units / sizeof units[0]; i++) {
        if (ascii_casecmp(word, units[i].word) != 0)
            continue;
        char *dash = strchr(num + 1, '-');
        if (dash != NULL)
            *dash = '\0';
        if (field_number(num, &lo) != 0 || (dash != NULL && field_number(dash + 1, &hi) != 0))
            break;
        if (dash == NULL)
            hi = lo;
        if (!(lo > 0) || hi < lo || hi * units[i].secs > c->hi)
            break;
        char a[32], b[32];
        s->rest = dash == NULL
                      ? xasprintf("%s %s", fmt_num(a, lo), units[i].unit)
                      : xasprintf("%s-%s %s", fmt_num(a, lo), fmt_num(b, hi), units[i].unit);
        return 0;
    }
    col_err(tr, c, "expected a rest like 90 s, 3 min or 2-3 min, up to an hour, got \"%s\"", text);
    return -1;
}

/* tempo: four parts, each a digit or X (as fast as possible): eccentric,
 * pause, concentric, pause, "3-1-X-0" or "31X0"; kept as "3-1-X-0". */
static int
p_tempo(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (*text == '\0')
        return 0;
    char parts[4];
    int n = 0;
    bool ok = true;
    for (const char *p = text; *p != '\0' && ok; p++) {
        if (*p == '-' && n > 0 && p[1] != '\0' && p[-1] != '-')
            continue;
        ok = n < 4 && ((*p >= '0' && *p <= '9') || *p == 'x' || *p == 'X');
        if (ok)
            parts[n++] = (char) (*p == 'x' ? 'X' : *p);
    }
    if (!ok || n != 4) {
        col_err(tr, c,
                "expected a tempo of four digits or X like 3-1-X-0 (down, pause, up, pause), "
                "got \"%s\"",
                text);
        return -1;
    }
    s->tempo = xasprintf("%c-%c-%c-%c", parts[0], parts[1], parts[2], parts[3]);
    return 0;
}

enum range_result { RANGE_OK, RANGE_SYNTAX, RANGE_OUT, RANGE_REVERSED };

/* "5" or "5-6" as field_range reads it, each in lo..hi. */
static enum range_result
parse_range(const char *text, long lo, long hi, int *out_lo, int *out_hi)
{
    long a, b;
    if (field_range(text, &a, &b) != 0)
        return RANGE_SYNTAX;
    if (a < lo || a > hi || b < lo || b > hi)
        return RANGE_OUT;
    if (a > b)
        return RANGE_REVERSED;
    *out_lo = (int) a;
    *out_hi = (int) b;
    return RANGE_OK;
}

/* Reps as a template writes them: "5", "5-6" or "5+" (an AMRAP set: as
 * many as possible, 5 at least), each in lo..hi. */
static enum range_result
parse_reps(const char *text, long lo, long hi, struct reps *r)
{
    size_t len = strlen(text);
    r->amrap = len > 1 && text[len - 1] == '+';
    if (!r->amrap)
        return parse_range(text, lo, hi, &r->lo, &r->hi);
    char *n = xstrndup(text, len - 1);
    trim(n);
    long v;
    int bad = parse_int(n, &v);
    free(n);
    if (bad != 0)
        return RANGE_SYNTAX;
    if (v < lo || v > hi)
        return RANGE_OUT;
    r->lo = r->hi = (int) v;
    return RANGE_OK;
}

#define REPS_WANT "a number, a range like 5-6 or an AMRAP like 5+"

static int
p_reps(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    struct reps *r = field_at(s, c->off);
    if (*text == '\0') {
        if (c->required) {
            col_err(tr, c, "empty (expected " REPS_WANT ")");
            return -1;
        }
        return 0; /* lo == 0: the default, filled in after the row */
    }
    switch (parse_reps(text, (long) c->lo, (long) c->hi, r)) {
    case RANGE_OK: return 0;
    case RANGE_SYNTAX:
        if (col_refuse(tr, c, field_range_date_refusal(text)) == 0)
            col_err(tr, c, "expected " REPS_WANT ", got \"%s\"", text);
        return -1;
    case RANGE_OUT:
        col_err(tr, c, "expected reps from %g to %g, got \"%s\"", c->lo, c->hi, text);
        return -1;
    case RANGE_REVERSED:
        col_err(tr, c, "reversed range \"%s\" (expected low-high, e.g. 5-6)", text);
        return -1;
    }
    return -1;
}

static int
p_week(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (*text == '\0')
        return 0; /* 0,0: every week */
    switch (parse_range(text, (long) c->lo, (long) c->hi, &s->week_lo, &s->week_hi)) {
    case RANGE_OK: return 0;
    case RANGE_SYNTAX:
        if (col_refuse(tr, c, field_range_date_refusal(text)) != 0)
            return -1;
        /* fall through */
    case RANGE_OUT:
        col_err(tr, c, "expected a week from %g to %g or a range like 1-3, got \"%s\"", c->lo,
                c->hi, text);
        return -1;
    case RANGE_REVERSED:
        col_err(tr, c, "reversed range \"%s\" (expected low-high, e.g. 1-3)", text);
        return -1;
    }
    return -1;
}

static int
p_int(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    int *out = field_at(s, c->off);
    long v;
    if (*text == '\0') {
        *out = (int) c->def;
        return 0;
    }
    if (col_refuse(tr, c, field_whole(text, (long) c->lo, (long) c->hi, &v)) != 0)
        return -1;
    *out = (int) v;
    if (c->given_off >= 0)
        *(bool *) field_at(s, (size_t) c->given_off) = true;
    return 0;
}

static int
p_num(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    double *out = field_at(s, c->off);
    double v;
    if (*text == '\0') {
        *out = c->def;
        return 0;
    }
    bool ok = ((c->flags & PERCENT) ? field_percent(text, &v)
               : (c->flags & AT)    ? field_rpe_number(text, &v)
                                    : field_number(text, &v))
              == 0;
    if (ok)
        ok = ((c->flags & OPEN_LO) ? v > c->lo : v >= c->lo) && v <= c->hi
             && (!(c->flags & HALVES) || fabs(v * 2 - round(v * 2)) < 1e-9);
    if (!ok) {
        char want[96];
        describe(c, want, sizeof want);
        col_err(tr, c, "expected %s, got \"%s\"", want, text);
        return -1;
    }
    *out = v;
    if (c->given_off >= 0)
        *(bool *) field_at(s, (size_t) c->given_off) = true;
    return 0;
}

static int
p_rule(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    s->rule = *text == '\0' ? rule_default() : rule_find(text);
    s->rule_set = *text != '\0';
    if (s->rule == NULL) {
        char *names = rule_names_list();
        col_err(tr, c, "unknown rule \"%s\" (expected %s)", text, names);
        free(names);
        return -1;
    }
    return 0;
}

static char *step_text(const char *tok);

/* One warm-up step, "40", "40%" or "40%x5" (reps given), into *pct and
 * *reps (0: not given). Returns 0, or -1 when it is neither. */
static int
parse_warmup_step(const char *tok, double *pct, int *reps)
{
    char *t = step_text(tok), *x = strchr(t, 'x');
    long n = 0;
    int rc = 0;
    if (x != NULL) {
        *x = '\0';
        rc = parse_int(x + 1, &n) != 0 || n < 1 || n > TEMPLATE_MAX_REPS ? -1 : 0;
    }
    if (rc == 0 && field_percent(t, pct) != 0)
        rc = -1;
    *reps = (int) n;
    free(t);
    return rc;
}

#define WARMUP_WANT "auto, none, percentages like 40;60;80 or steps like 40%x5; 60%x3; 80%x1"

static int
p_warmup(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    static const char want[] = WARMUP_WANT;
    if (*text == '\0' || ascii_casecmp(text, "auto") == 0) {
        s->warmup = WARMUP_AUTO;
        return 0;
    }
    if (ascii_casecmp(text, "none") == 0) {
        s->warmup = WARMUP_NONE;
        return 0;
    }
    char *copy = xstrdup(text);
    char *save = NULL;
    int n = 0, rc = 0;
    double prev = 0;
    for (char *tok = strtok_r(copy, ";", &save); tok != NULL && rc == 0;
         tok = strtok_r(NULL, ";", &save)) {
        trim(tok);
        if (*tok == '\0')
            continue;
        double v;
        int reps;
        if (parse_warmup_step(tok, &v, &reps) != 0) {
            col_err(tr, c, "expected %s, got \"%s\"", want, text);
            rc = -1;
        } else if (!(v > 0 && v < 100)) {
            col_err(tr, c, "warm-up step \"%s\" is not above 0 and below 100 (expected %s)", tok,
                    want);
            rc = -1;
        } else if (n > 0 && v <= prev) {
            col_err(tr, c, "warm-up steps \"%s\" do not increase (expected %s)", text, want);
            rc = -1;
        } else if (n == WARMUP_MAX_STEPS) {
            col_err(tr, c, "more than %d warm-up steps in \"%s\" (expected at most %d)",
                    WARMUP_MAX_STEPS, text, WARMUP_MAX_STEPS);
            rc = -1;
        } else {
            s->warmup_reps[n] = reps;
            s->warmup_pct[n++] = v;
            prev = v;
        }
    }
    free(copy);
    if (rc == 0 && n == 0) {
        col_err(tr, c, "expected %s, got \"%s\"", want, text);
        rc = -1;
    }
    if (rc != 0)
        return -1;
    s->warmup = WARMUP_LIST;
    s->warmup_n = n;
    return 0;
}

/* bar: blank (by name), "none" or 0 (no plates), or the bar's weight. */
static int
p_bar(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    if (*text == '\0' || ascii_casecmp(text, "auto") == 0) {
        s->bar_kind = BAR_AUTO;
        return 0;
    }
    double v;
    if (ascii_casecmp(text, "none") == 0 || (field_number(text, &v) == 0 && v == 0)) {
        s->bar_kind = BAR_NONE;
        return 0;
    }
    if (field_number(text, &v) != 0 || !(v > 0) || v > FIELD_LOAD_MAX) {
        col_err(tr, c, "expected a bar weight above 0 and at most %d, or none, got \"%s\"",
                FIELD_LOAD_MAX, text);
        return -1;
    }
    s->bar_kind = BAR_SET;
    s->bar = v;
    return 0;
}

/* round: nearest (the default), up or down. */
static int
p_round(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    static const enum round_mode modes[] = {ROUND_NEAREST, ROUND_UP, ROUND_DOWN};
    if (*text == '\0') {
        s->round = ROUND_NEAREST;
        return 0;
    }
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++)
        if (ascii_casecmp(text, round_mode_name(modes[i])) == 0) {
            s->round = modes[i];
            return 0;
        }
    col_err(tr, c, "expected nearest, up or down, got \"%s\"", text);
    return -1;
}

#define AMRAP_WANT                                                                                 \
    "an AMRAP table like 2:5; 4:10; 6:15 (reps reached on the AMRAP set: what the training max, "  \
    "or a linear row's load, gains; both rising; fewer reps than the first line gain 0)"

/* One line "REPS[+]:[+]GAIN" of an amrap_table; 0 or -1 (not that). */
static int
parse_amrap_line(char *tok, long max_reps, int *reps, double *gain)
{
    char *colon = strchr(tok, ':');
    if (colon == NULL)
        return -1;
    *colon = '\0';
    char *r = trim(tok), *g = trim(colon + 1);
    size_t rl = strlen(r);
    if (rl > 1 && r[rl - 1] == '+')
        r[rl - 1] = '\0';
    if (*g == '+')
        g++;
    long v;
    if (parse_int(trim(r), &v) != 0 || v < 0 || v > max_reps || field_number(g, gain) != 0
        || !(*gain >= 0) || *gain > FIELD_LOAD_MAX)
        return -1;
    *reps = (int) v;
    return 0;
}

/* amrap_table: lines "REPS:GAIN" separated by ";", reps and gains rising. */
static int
p_amrap_table(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    char *copy = xstrdup(text), *save = NULL;
    int n = 0, rc = 0;
    for (char *tok = strtok_r(copy, ";", &save); tok != NULL && rc == 0;
         tok = strtok_r(NULL, ";", &save)) {
        if (*trim(tok) == '\0')
            continue;
        char *line = xstrdup(tok);
        if (n == AMRAP_TABLE_MAX) {
            col_err(tr, c, "more than %d lines in \"%s\" (expected at most %d)", AMRAP_TABLE_MAX,
                    text, AMRAP_TABLE_MAX);
            rc = -1;
        } else if (parse_amrap_line(tok, (long) c->hi, &s->amrap_reps[n], &s->amrap_gain[n]) != 0) {
            col_err(tr, c, "\"%s\": expected %s", line, AMRAP_WANT);
            rc = -1;
        } else if (n > 0
                   && (s->amrap_reps[n] <= s->amrap_reps[n - 1]
                       || s->amrap_gain[n] < s->amrap_gain[n - 1])) {
            col_err(tr, c, "\"%s\" does not rise after \"%d:%g\" (expected %s)", line,
                    s->amrap_reps[n - 1], s->amrap_gain[n - 1], AMRAP_WANT);
            rc = -1;
        }
        free(line);
        n++;
    }
    free(copy);
    if (rc != 0)
        return -1;
    s->amrap_n = n;
    return 0;
}

/* unit: the unit the row's loads are written in; empty, the plan's. */
static int
p_unit(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    enum unit u = UNIT_KG;
    s->unit = UNIT_UNSPECIFIED;
    if (*text == '\0')
        return 0;
    if (col_refuse(tr, c, field_unit(text, &u)) != 0)
        return -1;
    s->unit = (int) u;
    return 0;
}

/* --- loads from another slot, rotation ----------------------------------- */

#define SLOT_REF_WANT "a slot like Intensity: Squat (its day, a colon, its exercise)"

/* load_from and tm_from: "DAY: EXERCISE", both parts named; the slot is
 * looked up once every row is read (resolve_refs). */
static int
p_slot_ref(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    char **out = field_at(s, c->off);
    if (*text == '\0')
        return 0;
    const char *colon = strchr(text, ':');
    char *day = colon != NULL ? xstrndup(text, (size_t) (colon - text)) : NULL;
    bool ok = colon != NULL && !name_is_blank(trim(day)) && !name_is_blank(colon + 1);
    free(day);
    if (!ok) {
        col_err(tr, c, "expected %s, got \"%s\"", SLOT_REF_WANT, text);
        return -1;
    }
    *out = xstrdup(text);
    return 0;
}

/* rotation: blank (every week) or a letter A..Z; the template's weeks go
 * round the letters it uses, A in its first week. */
static int
p_rotation(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    s->rotation = 0;
    if (*text == '\0')
        return 0;
    char l = text[0];
    if (text[1] != '\0' || !((l >= 'A' && l <= 'Z') || (l >= 'a' && l <= 'z'))) {
        col_err(tr, c,
                "expected a letter like A or B (rows of one letter are done in the same weeks; "
                "A first, then B, ...), got \"%s\"",
                text);
        return -1;
    }
    s->rotation = (l | 0x20) - 'a' + 1;
    return 0;
}

/* --- set lists ----------------------------------------------------------- */

#define SETS_WANT                                                                                  \
    "a set list like 65%x5; 75%x5; 85%x5+ (PCT%xREPS of the training max or 1RM, PCT%topxREPS "    \
    "of the top set, xSETS after the reps to repeat a line)"

/* A set-list line as compared: spaces out, "×" as x, ASCII lower case. */
static char *
step_text(const char *tok)
{
    char *t = xstrdup(tok), *o = t;
    for (const char *i = tok; *i != '\0'; i++) {
        if (*i == ' ' || *i == '\t')
            continue;
        if ((unsigned char) i[0] == 0xC3 && (unsigned char) i[1] == 0x97) {
            *o++ = 'x';
            i++;
        } else
            *o++ = (*i >= 'A' && *i <= 'Z') ? (char) (*i | 0x20) : *i;
    }
    *o = '\0';
    return t;
}

/* One line "PCT%[top]xREPS[xSETS]" into st. Returns NULL, or the refusal
 * (without the column's name; the caller frees it). */
static char *
parse_step(const struct tcol *c, const char *tok, struct set_step *st)
{
    char *t = step_text(tok), *why = NULL;
    char *pct = t, *mark = strchr(t, '%');
    char *reps = mark != NULL ? mark + 1 : NULL;
    if (reps != NULL && strncmp(reps, "top", 3) == 0) {
        st->of_top = true;
        reps += 3;
    }
    if (mark == NULL || *reps != 'x' || mark == t) {
        why = xasprintf("expected %s, got \"%s\"", SETS_WANT, tok);
        goto out;
    }
    *mark = '\0';
    reps++;
    char *count = strchr(reps, 'x');
    if (count != NULL)
        *count++ = '\0';
    long n = 1;
    if (field_number(pct, &st->pct) != 0 || !(st->pct > c->lo && st->pct <= c->hi))
        why = xasprintf("\"%s\": expected a %% above %g and up to %g before the %%", tok, c->lo,
                        c->hi);
    else if (parse_reps(reps, 1, TEMPLATE_MAX_REPS, &st->reps) != RANGE_OK)
        why = xasprintf("\"%s\": expected reps from 1 to %d (or a range like 8-10, or 5+) after "
                        "the x",
                        tok, TEMPLATE_MAX_REPS);
    else if (count != NULL && (parse_int(count, &n) != 0 || n < 1 || n > TEMPLATE_MAX_SETS))
        why = xasprintf("\"%s\": expected a number of sets from 1 to %d after the reps", tok,
                        TEMPLATE_MAX_SETS);
    st->count = (int) n;
out:
    free(t);
    return why;
}

/* work_sets and backoff_list: set-list lines separated by ";". The count
 * of lines goes where given_off points. */
static int
p_sets(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    struct set_step *out = field_at(s, c->off);
    int *nout = field_at(s, (size_t) c->given_off);
    char *copy = xstrdup(text), *save = NULL, *why = NULL;
    int n = 0, sets = 0;
    for (char *tok = strtok_r(copy, ";", &save); tok != NULL && why == NULL;
         tok = strtok_r(NULL, ";", &save)) {
        trim(tok);
        if (*tok == '\0')
            continue;
        if (n == TEMPLATE_MAX_STEPS) {
            why = xasprintf("more than %d lines in \"%s\" (expected at most %d)",
                            TEMPLATE_MAX_STEPS, text, TEMPLATE_MAX_STEPS);
            break;
        }
        struct set_step st = {0};
        why = parse_step(c, tok, &st);
        sets += st.count;
        if (why == NULL && sets > TEMPLATE_MAX_SETS)
            why = xasprintf("more than %d sets in \"%s\" (expected at most %d)", TEMPLATE_MAX_SETS,
                            text, TEMPLATE_MAX_SETS);
        out[n++] = st;
    }
    free(copy);
    if (col_refuse(tr, c, why) != 0)
        return -1;
    *nout = n;
    return 0;
}

/* --- stages (GZCLP) ------------------------------------------------------ */

#define STAGES_WANT                                                                                \
    "a stage list like 5x3+; 6x2+; 10x1+ (SETSxREPS, tried in turn at one load when a session "    \
    "falls short)"

/* One scheme "SETSxREPS[+]" into st. Returns NULL, or the refusal. */
static char *
parse_stage(const struct tcol *c, const char *tok, struct stage *st)
{
    char *t = step_text(tok), *why = NULL;
    char *x = strchr(t, 'x');
    long n;
    if (x == NULL || x == t)
        why = xasprintf("\"%s\": expected %s", tok, STAGES_WANT);
    else {
        *x = '\0';
        if (parse_int(t, &n) != 0 || n < (long) c->lo || n > (long) c->hi)
            why = xasprintf("\"%s\": expected a number of sets from %g to %g before the x", tok,
                            c->lo, c->hi);
        else if (parse_reps(x + 1, 1, TEMPLATE_MAX_REPS, &st->reps) != RANGE_OK
                 || st->reps.lo != st->reps.hi)
            why = xasprintf("\"%s\": expected reps from 1 to %d (or an AMRAP like 3+) after the x",
                            tok, TEMPLATE_MAX_REPS);
        else
            st->sets = (int) n;
    }
    free(t);
    return why;
}

/* stages: schemes separated by ";", each with fewer reps than the last
 * (a failed session moves on to an easier one). */
static int
p_stages(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    char *copy = xstrdup(text), *save = NULL, *why = NULL;
    int n = 0;
    for (char *tok = strtok_r(copy, ";", &save); tok != NULL && why == NULL;
         tok = strtok_r(NULL, ";", &save)) {
        if (*trim(tok) == '\0')
            continue;
        if (n == TEMPLATE_MAX_STAGES)
            why = xasprintf("more than %d stages in \"%s\" (expected at most %d)",
                            TEMPLATE_MAX_STAGES, text, TEMPLATE_MAX_STAGES);
        else if ((why = parse_stage(c, tok, &s->stages[n])) == NULL && n > 0
                 && s->stages[n].reps.lo >= s->stages[n - 1].reps.lo)
            why = xasprintf("\"%s\" has no fewer reps than the stage before it (expected %s)", tok,
                            STAGES_WANT);
        n++;
    }
    free(copy);
    if (why == NULL && n == 0 && *text != '\0')
        why = xasprintf("no stages in \"%s\" (expected %s, or an empty cell)", text, STAGES_WANT);
    if (col_refuse(tr, c, why) != 0)
        return -1;
    s->nstages = n;
    return 0;
}

/* stage_reset: "85%" of the load, or "+15" on the load of the last
 * session at stage 1 (perhaps with its unit, "+10lb"). */
static int
p_stage_reset(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    double v;
    if (*text == '\0')
        return 0;
    if (*text == '+') {
        char *why = field_load_unit(text + 1, FIELD_LOAD_POSITIVE, &s->stage_reset_add,
                                    &s->stage_reset_unit);
        if (why == NULL)
            return 0;
        free(why);
    } else if (strchr(text, '%') != NULL && field_percent(text, &v) == 0 && v >= c->lo
               && v <= c->hi) {
        s->stage_reset_pct = v;
        return 0;
    }
    col_err(tr, c,
            "expected a %% of the failed load from %g%% to %g%% (e.g. 85%%) or a load to add to "
            "the last load at stage 1 (e.g. +15), got \"%s\"",
            c->lo, c->hi, text);
    return -1;
}

static int
p_aliases(struct tread *tr, const struct tcol *c, const char *text, struct slot *s)
{
    (void) tr;
    (void) c;
    char *copy = xstrdup(text);
    char *save = NULL;
    for (char *tok = strtok_r(copy, ";", &save); tok != NULL; tok = strtok_r(NULL, ";", &save)) {
        trim(tok);
        char *key = name_fold(tok);
        if (*key == '\0') { /* nothing to match on */
            free(key);
            continue;
        }
        s->aliases = xreallocarray(s->aliases, s->naliases + 1, sizeof *s->aliases);
        s->alias_keys = xreallocarray(s->alias_keys, s->naliases + 1, sizeof *s->alias_keys);
        s->aliases[s->naliases] = xstrdup(tok);
        s->alias_keys[s->naliases] = key;
        s->naliases++;
    }
    free(copy);
    return 0;
}

/* --- rows ---------------------------------------------------------------- */

static void
slot_free(struct slot *s)
{
    free(s->day);
    free(s->exercise);
    free(s->day_key);
    free(s->exercise_key);
    for (size_t i = 0; i < s->naliases; i++) {
        free(s->aliases[i]);
        free(s->alias_keys[i]);
    }
    free(s->aliases);
    free(s->alias_keys);
    free(s->notes);
    free(s->load_from);
    free(s->tm_from);
    free(s->rest);
    free(s->tempo);
}

/* load_from and load_pct go together, and a row loaded from another slot
 * has no rule of its own. */
static int
check_load_from(struct tread *tr, const struct slot *s)
{
    if (s->load_from != NULL && s->load_pct == 0) {
        col_err(tr, column("load_pct"),
                "required beside load_from (expected the %% of that slot's latest top set this "
                "row's top set is, e.g. 90)");
        return -1;
    }
    if (s->load_from == NULL && s->load_pct > 0) {
        col_err(tr, column("load_pct"),
                "given without load_from (expected load_from beside it: %s whose top set "
                "load_pct takes)",
                SLOT_REF_WANT);
        return -1;
    }
    if (s->load_from != NULL && s->rule_set) {
        col_err(tr, column("rule"),
                "\"%s\" beside load_from (expected the rule blank: the top set is load_pct of "
                "the slot load_from names)",
                s->rule->name);
        return -1;
    }
    return 0;
}

/* A row with stages: its top sets and reps are the first stage's, under
 * rule linear, and it says how to start again after the last. */
static int
finish_stages(struct tread *tr, struct slot *s)
{
    bool reset = s->stage_reset_pct > 0 || s->stage_reset_add > 0;
    if (s->nstages == 0) {
        if (!reset)
            return 0;
        col_err(tr, column("stage_reset"),
                "given without stages (expected a stage list in stages, e.g. 5x3+; 6x2+; 10x1+, "
                "or an empty stage_reset)");
        return -1;
    }
    const struct stage *first = &s->stages[0];
    int rc = 0;
    if (strcmp(s->rule->name, "linear") != 0) {
        col_err(tr, column("rule"),
                "rule \"%s\" with stages (expected rule linear: a stage adds the increment "
                "after each session it completes)",
                s->rule->name);
        rc = -1;
    }
    if (s->top_reps.lo != first->reps.lo || s->top_reps.hi != first->reps.hi
        || s->top_reps.amrap != first->reps.amrap) {
        col_err(tr, column("top_reps"), "does not match the first stage (expected top_reps %d%s)",
                first->reps.lo, first->reps.amrap ? "+" : "");
        rc = -1;
    }
    if (!reset) {
        col_err(tr, column("stage_reset"),
                "required with stages (expected how to start again after the last stage fails: "
                "a %% of the failed load like 85%%, or a load to add like +15)");
        rc = -1;
    }
    s->top_sets = first->sets;
    return rc;
}

/* backoff_rpe loads the back-offs from the top set's e1RM: the top set
 * needs its RPE, both reps must be on the chart, and no other way of
 * loading back-offs may be given beside it. */
static int
check_backoff_rpe(struct tread *tr, const struct slot *s)
{
    const struct tcol *c = column("backoff_rpe");
    const char *why = NULL;
    if (s->backoff_pct > 0)
        why = "given beside backoff_pct (expected one of them: backoff_pct loads back-offs from "
              "the 1RM, backoff_rpe from the top set's e1RM)";
    else if (s->backoff_drop_set)
        why = "given beside backoff_drop (expected one of them: backoff_drop takes a % off the "
              "top set, backoff_rpe loads back-offs for an RPE)";
    else if (s->backoff_sets == 0)
        why = "needs back-off sets (expected backoff_sets above 0, with backoff_reps)";
    else if (!(s->top_rpe > 0))
        why = "needs top_rpe (expected the top set's RPE, e.g. 8: the back-off load comes from "
              "the e1RM of the top set at that RPE)";
    else if (s->top_reps.hi > RPE_CHART_MAX_REPS || s->backoff_reps.hi > RPE_CHART_MAX_REPS)
        why = "needs top_reps and backoff_reps on the RPE chart (expected 1 to 12 reps each)";
    if (why == NULL)
        return 0;
    col_err(tr, c, "%s", why);
    return -1;
}

/* backoff_cap stops the back-offs at an RPE: it needs back-offs. */
static int
check_backoff_cap(struct tread *tr, const struct slot *s)
{
    if (!(s->backoff_cap > 0) || s->backoff_sets > 0 || s->nbackoff_list > 0)
        return 0;
    col_err(tr, column("backoff_cap"),
            "needs back-off sets (expected backoff_sets above 0 or a backoff_list, whose sets "
            "stop at that RPE)");
    return -1;
}

/* Checks that join fields of one row, and the defaults that follow other
 * fields. */
static int
finish_slot(struct tread *tr, struct slot *s)
{
    int rc = 0;
    if (s->backoff_reps.lo == 0)
        s->backoff_reps = s->top_reps;
    if (s->drop_reps.lo == 0)
        s->drop_reps = s->backoff_reps;
    char want[96];
    if (s->nbackoff_list > 0 && s->backoff_sets_set) {
        col_err(tr, column("backoff_sets"),
                "given beside backoff_list (expected one of them: backoff_sets with "
                "backoff_reps, or the sets listed in backoff_list)");
        rc = -1;
    } else if (s->nbackoff_list > 0)
        s->backoff_sets = 0; /* the list replaces the default 2 */
    if (s->amrap_n > 0 && !s->top_reps.amrap) {
        col_err(tr, column("amrap_table"),
                "needs an AMRAP top set (expected top_reps like 1+, whose reps the table reads)");
        rc = -1;
    }
    if (s->amrap_n > 0 && s->rule->prescribe != rule_percent && s->rule->prescribe != rule_linear) {
        col_err(tr, column("amrap_table"),
                "moves the training max of a percent row or the load of a linear row, not a %s"
                " row (expected rule percent or linear, or an empty amrap_table)",
                s->rule->name);
        rc = -1;
    }
    if (s->amrap_reset > 0 && !s->top_reps.amrap) {
        col_err(tr, column("amrap_reset"),
                "needs an AMRAP top set (expected top_reps like 5+, whose minimum it checks)");
        rc = -1;
    }
    if (finish_stages(tr, s) != 0)
        rc = -1;
    if (s->backoff_rpe > 0 && check_backoff_rpe(tr, s) != 0)
        rc = -1;
    if (check_backoff_cap(tr, s) != 0)
        rc = -1;
    if (check_load_from(tr, s) != 0)
        rc = -1;
    if (s->drop_sets > 0 && s->drop_pct == 0) {
        const struct tcol *c = column("drop_pct");
        describe(c, want, sizeof want);
        col_err(tr, c, "required when drop_sets is above 0 (expected %s, e.g. %s)", want,
                c->example);
        rc = -1;
    }
    /* A rule that computes the top load needs its input on the row: a
     * number column, 0 when blank. */
    const char *needs = s->rule->needs;
    if (needs != NULL && *(double *) field_at(s, column(needs)->off) == 0) {
        const struct tcol *c = column(needs);
        describe(c, want, sizeof want);
        col_err(tr, c, "required by rule \"%s\" (expected %s, e.g. %s)", s->rule->name, want,
                c->example);
        rc = -1;
    }
    return rc;
}

static int
on_row(const struct csv_row *row, void *arg)
{
    struct tread *tr = arg;
    tr->row = row;
    if (row->index == 0) {
        tr->width = header_width(row);
        tr->header_line = row->line;
        tr->header_ok = header_map(row, tr->file, tr->specs, NCOLS, false, tr->idx, tr->errs) == 0;
        /* Parse fields left to right, so a row's messages read that way;
         * absent columns (defaults only) last. */
        size_t n = 0;
        for (size_t f = 0; f < row->n; f++)
            for (size_t i = 0; i < NCOLS; i++)
                if (tr->idx[i] == (int) f)
                    tr->order[n++] = i;
        for (size_t i = 0; i < NCOLS; i++)
            if (tr->idx[i] < 0)
                tr->order[n++] = i;
        return tr->header_ok ? 0 : 1; /* without columns, rows mean nothing */
    }
    if (row_is_blank(row))
        return 0;
    if (tr->rows == TEMPLATE_MAX_ROWS) {
        err_at(tr->errs, tr->file, row->line, 0, "more than %d exercise rows (expected at most %d)",
               TEMPLATE_MAX_ROWS, TEMPLATE_MAX_ROWS);
        return 1;
    }
    tr->rows++;
    if (row_check_width(row, tr->width, tr->file, tr->errs) != 0)
        return 0;

    struct slot s;
    memset(&s, 0, sizeof s);
    s.start_weight_unit = s.increment_unit = s.step_unit = s.stage_reset_unit = UNIT_UNSPECIFIED;
    s.load_ref = s.tm_ref = -1;
    int rc = 0;
    for (size_t k = 0; k < NCOLS; k++) {
        size_t i = tr->order[k];
        const char *text = header_text(row, tr->idx, i);
        if (columns[i].parse(tr, &columns[i], text, &s) != 0)
            rc = -1;
    }
    if (rc == 0)
        rc = finish_slot(tr, &s);
    if (rc != 0) {
        slot_free(&s);
        return 0;
    }
    s.line = row->line;
    s.day_key = name_fold(s.day);
    s.exercise_key = name_fold(s.exercise);
    grow(&tr->slots, &tr->cap, tr->n + 1, sizeof *tr->slots);
    tr->slots[tr->n++] = s;
    return 0;
}

/* Rows of one day and exercise must not share a week: the plan would not
 * know which to follow. 0,0 means every week. */
static void
check_overlaps(struct tread *tr)
{
    for (size_t j = 1; j < tr->n; j++) {
        const struct slot *b = &tr->slots[j];
        for (size_t i = 0; i < j; i++) {
            const struct slot *a = &tr->slots[i];
            if (strcmp(a->day_key, b->day_key) != 0 || strcmp(a->exercise_key, b->exercise_key) != 0
                || (a->rotation != 0 && b->rotation != 0 && a->rotation != b->rotation))
                continue;
            int alo = a->week_lo ? a->week_lo : 1, ahi = a->week_hi ? a->week_hi : 52;
            int blo = b->week_lo ? b->week_lo : 1, bhi = b->week_hi ? b->week_hi : 52;
            if (alo > bhi || blo > ahi)
                continue;
            char when[48];
            if (a->week_lo == 0 && b->week_lo == 0)
                snprintf(when, sizeof when, "every week");
            else
                snprintf(when, sizeof when, "week %d", alo > blo ? alo : blo);
            err_at(tr->errs, tr->file, b->line, 0,
                   "day \"%s\" has \"%s\" twice for %s (also line %lu; expected rows of one day "
                   "and exercise to cover different weeks, e.g. week 1-3 and 4)",
                   b->day, b->exercise, when, a->line);
            break;
        }
    }
}

/* The 1-based column of the template's column name, or 0 when absent. */
static unsigned long
column_number(const struct tread *tr, const char *name)
{
    int f = tr->idx[column(name) - columns];
    return f >= 0 ? (unsigned long) f + 1 : 0;
}

/* A day is trained on one weekday: rows of it that give one must agree
 * (rows that leave it blank follow the others). */
static void
check_weekdays(struct tread *tr)
{
    for (size_t j = 1; j < tr->n; j++) {
        const struct slot *b = &tr->slots[j];
        for (size_t i = 0; i < j && b->weekday != 0; i++) {
            const struct slot *a = &tr->slots[i];
            if (a->weekday == 0 || a->weekday == b->weekday || strcmp(a->day_key, b->day_key) != 0)
                continue;
            const char *was = date_weekday_words[a->weekday - 1];
            err_at(tr->errs, tr->file, b->line, column_number(tr, "weekday"),
                   "day \"%s\" on %s here but on %s at line %lu (expected one weekday per day: "
                   "write %s, or leave it blank to follow line %lu)",
                   b->day, date_weekday_words[b->weekday - 1], was, a->line, was, a->line);
            break;
        }
    }
}

/* load_from, tm_from and rotation across rows (template_link): the
 * rotation cycle, or -1 (reported). */
static int
link_slots(struct tread *tr)
{
    struct slot_ref_cols cols = {column_number(tr, "load_from"), column_number(tr, "tm_from"),
                                 column_number(tr, "rotation")};
    return template_link(tr->slots, tr->n, tr->file, &cols, tr->errs);
}

/* Days in order of first appearance; slots get their index. */
static void
collect_days(struct template *t)
{
    for (size_t i = 0; i < t->n; i++) {
        struct slot *s = &t->slots[i];
        size_t d = 0;
        while (d < t->ndays && strcmp(t->day_keys[d], s->day_key) != 0)
            d++;
        if (d == t->ndays) {
            t->days = xreallocarray(t->days, t->ndays + 1, sizeof *t->days);
            t->day_keys = xreallocarray(t->day_keys, t->ndays + 1, sizeof *t->day_keys);
            t->day_weekdays = xreallocarray(t->day_weekdays, t->ndays + 1, sizeof *t->day_weekdays);
            t->days[d] = xstrdup(s->day);
            t->day_keys[d] = xstrdup(s->day_key);
            t->day_weekdays[d] = 0;
            t->ndays++;
        }
        s->day_index = d;
        if (s->weekday != 0) /* check_weekdays: all rows that give one agree */
            t->day_weekdays[d] = s->weekday;
    }
}

int
template_read(const char *path, struct template *t, struct errlist *errs)
{
    memset(t, 0, sizeof *t);
    struct tread tr;
    memset(&tr, 0, sizeof tr);
    tr.file = path;
    tr.errs = errs;
    for (size_t i = 0; i < NCOLS; i++) {
        tr.specs[i].name = columns[i].name;
        tr.specs[i].required = columns[i].required;
    }
    size_t before = errlist_count(errs);
    struct csvread_opts opts = {0};
    int rc = csvread_file(path, &opts, on_row, &tr, errs);
    if (rc >= 0 && tr.header_ok) {
        if (tr.rows == 0) {
            err_at(errs, path, tr.header_line, 0,
                   "no exercises (expected a row per exercise slot after the header)");
        }
        check_overlaps(&tr);
        check_weekdays(&tr);
    }
    int rotations = 0;
    if (rc == 0 && tr.header_ok && errlist_count(errs) == before)
        rotations = link_slots(&tr);
    t->path = xstrdup(path);
    t->slots = tr.slots;
    t->n = tr.n;
    for (size_t i = 0; i < NCOLS && tr.header_ok; i++) {
        unsigned long col = tr.idx[i] >= 0 ? (unsigned long) tr.idx[i] + 1 : 0;
        if (strcmp(columns[i].name, "start_weight") == 0)
            t->col_start_weight = col;
        else if (strcmp(columns[i].name, "increment") == 0)
            t->col_increment = col;
    }
    for (size_t i = 0; i < t->n; i++)
        t->slots[i].file = t->path;
    if (rc != 0 || errlist_count(errs) != before) {
        template_free(t);
        return -1;
    }
    collect_days(t);
    t->rotations = rotations;
    return 0;
}

void
template_free(struct template *t)
{
    for (size_t i = 0; i < t->n; i++)
        slot_free(&t->slots[i]);
    free(t->slots);
    for (size_t d = 0; d < t->ndays; d++) {
        free(t->days[d]);
        free(t->day_keys[d]);
    }
    free(t->days);
    free(t->day_keys);
    free(t->day_weekdays);
    free(t->path);
    memset(t, 0, sizeof *t);
}

/* A row written in another unit than the plan's: its loads converted. A
 * step or increment of that unit's plates means nothing in the other: the
 * step becomes the plan unit's, the increment the nearest whole steps (at
 * least one): 2.5 kg -> 5 lb, 5 kg -> 10 lb. */
static void
convert_slot(struct slot *s, enum unit unit)
{
    enum unit from = (enum unit) s->unit;
    s->start_weight = unit_convert(s->start_weight, from, unit);
    if (s->bar_kind == BAR_SET)
        s->bar = unit_convert(s->bar, from, unit);
    for (int i = 0; i < s->amrap_n; i++)
        s->amrap_gain[i] = unit_convert(s->amrap_gain[i], from, unit);
    s->stage_reset_add = unit_convert(s->stage_reset_add, from, unit);
    s->step = unit_default_step(unit);
    s->step_set = true;
    if (s->increment_set) {
        double inc = load_round(unit_convert(s->increment, from, unit), s->step);
        s->increment = inc > 0 ? inc : s->step;
    }
}

enum unit
template_unit(const struct template *t, enum unit fallback)
{
    for (size_t i = 0; i < t->n; i++)
        if (t->slots[i].unit != UNIT_UNSPECIFIED)
            return (enum unit) t->slots[i].unit;
    return fallback;
}

void
template_resolve(struct template *t, enum unit unit)
{
    for (size_t i = 0; i < t->n; i++) {
        struct slot *s = &t->slots[i];
        /* A load written with its unit ("60kg") is put in the row's unit
         * first (its unit column, else the plan's). */
        int u = s->unit != UNIT_UNSPECIFIED ? s->unit : (int) unit;
        field_load_in_unit(&s->start_weight, s->start_weight_unit, &u);
        field_load_in_unit(&s->increment, s->increment_unit, &u);
        field_load_in_unit(&s->step, s->step_unit, &u);
        field_load_in_unit(&s->stage_reset_add, s->stage_reset_unit, &u);
        if (s->unit != UNIT_UNSPECIFIED && s->unit != (int) unit)
            convert_slot(s, unit);
        if (!s->increment_set)
            s->increment = unit_default_increment(unit);
        if (!s->step_set)
            s->step = unit_default_step(unit);
        if (s->bar_kind == BAR_NONE)
            s->bar = 0;
        else if (s->bar_kind == BAR_AUTO)
            s->bar = template_is_barbell(s) ? unit_default_bar(unit) : 0;
    }
}

/* The largest usual step below step that divides v, or 0 when none. */
static double
step_keeping(double v, double step)
{
    static const double usual[] = {5, 2.5, 2, 1.25, 1, 0.5, 0.25};
    for (size_t i = 0; i < sizeof usual / sizeof *usual; i++) {
        double k = v / usual[i];
        if (usual[i] < step && fabs(k - round(k)) < 1e-9)
            return usual[i];
    }
    return 0;
}

/* Warn that v, column name (col) of row s, is not on its step. */
static void
off_step(const struct slot *s, const char *name, unsigned long col, double v, enum unit unit,
         struct errlist *errs)
{
    double r = load_round_mode(v, s->step, s->round), keep = step_keeping(v, s->step);
    char a[32], b[32], c[32], d[32];
    char *how = keep > 0 ? xasprintf("a step of %s in the row's step column", fmt_num(d, keep))
                         : xstrdup("a step column that divides it");
    warn_at(errs, s->file, s->line, col,
            "column \"%s\": %s is not on the step of %s %s, so it is rounded to %s; write %s, or "
            "%s to keep %s",
            name, fmt_num(a, v), fmt_num(b, s->step), unit_name(unit), fmt_num(c, r), r > 0 ? c : b,
            how, a);
    free(how);
}

/* Whether a load of row s, written with unit written, is in unit as
 * written: neither the row nor the value says another unit. */
static bool
as_written(const struct slot *s, int written, enum unit unit)
{
    return (s->unit == UNIT_UNSPECIFIED || s->unit == (int) unit)
           && (written == UNIT_UNSPECIFIED || written == (int) unit);
}

void
template_step_warnings(const struct template *t, enum unit unit, struct errlist *errs)
{
    for (size_t i = 0; i < t->n; i++) {
        const struct slot *s = &t->slots[i];
        if (s->step <= 0)
            continue;
        if (s->start_weight > 0 && as_written(s, s->start_weight_unit, unit)
            && fabs(load_round_mode(s->start_weight, s->step, s->round) - s->start_weight) > 1e-9)
            off_step(s, "start_weight", t->col_start_weight, s->start_weight, unit, errs);
        if (s->increment_set && s->increment > 0 && as_written(s, s->increment_unit, unit)
            && fabs(load_round_mode(s->increment, s->step, s->round) - s->increment) > 1e-9)
            off_step(s, "increment", t->col_increment, s->increment, unit, errs);
    }
}

bool
template_is_barbell(const struct slot *s)
{
    static const char *const other_kit[] = {
        "dumbbell", "dumbbells", "db",       "cable",         "machine", "kettlebell",
        "kb",       "smith",     "sled",     "band",          "banded",  "goblet",
        "hack",     "leg press", "leg curl", "leg extension", NULL};
    static const char *const barbell[] = {"barbell", NULL};
    static const char *const lifts[] = {"squat",      "bench",          "deadlift",
                                        "rdl",        "overhead press", "military press",
                                        "push press", "strict press",   NULL};
    if (name_has_phrase(s->exercise, other_kit))
        return false;
    if (name_has_phrase(s->exercise, barbell) || name_has_phrase(s->exercise, lifts))
        return true;
    for (size_t i = 0; i < s->naliases; i++)
        if (name_has_phrase(s->aliases[i], barbell))
            return true;
    return false;
}

double
slot_amrap_gain(const struct slot *s, int reps)
{
    double gain = 0;
    for (int i = 0; i < s->amrap_n && reps >= s->amrap_reps[i]; i++)
        gain = s->amrap_gain[i];
    return gain;
}

int
slot_max_top_sets(const struct slot *s)
{
    int n = s->top_sets;
    for (int i = 0; i < s->nstages; i++)
        if (s->stages[i].sets > n)
            n = s->stages[i].sets;
    return n;
}

bool
slot_in_rotation(const struct slot *s, int rotations, int w)
{
    return s->rotation == 0 || rotations <= 0 || (w - 1) % rotations + 1 == s->rotation;
}

bool
slot_matches_exercise(const struct slot *s, const char *key)
{
    if (strcmp(s->exercise_key, key) == 0)
        return true;
    for (size_t i = 0; i < s->naliases; i++)
        if (strcmp(s->alias_keys[i], key) == 0)
            return true;
    return false;
}
