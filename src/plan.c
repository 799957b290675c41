/*
 * plan: building the plan model. Only planner.c calls the builders; the
 * writers only read.
 */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "plan.h"

void
plan_init(struct plan *p)
{
    memset(p, 0, sizeof *p);
    p->client = "";
    p->block = "";
    arena_init(&p->arena);
}

void
plan_free(struct plan *p)
{
    free(p->weeks);
    free(p->days);
    free(p->exs);
    free(p->sets);
    free(p->lifts);
    free(p->points);
    arena_free(&p->arena);
    plan_init(p);
}

struct plan_week *
plan_add_week(struct plan *p, int number, day_t monday, bool started)
{
    grow(&p->weeks, &p->cap_weeks, p->nweeks + 1, sizeof *p->weeks);
    struct plan_week *w = &p->weeks[p->nweeks++];
    memset(w, 0, sizeof *w);
    w->number = number;
    w->monday = monday;
    w->started = started;
    w->first_day = p->ndays;
    return w;
}

struct plan_day *
plan_add_day(struct plan *p, const char *name)
{
    grow(&p->days, &p->cap_days, p->ndays + 1, sizeof *p->days);
    struct plan_day *d = &p->days[p->ndays++];
    d->name = arena_strdup(&p->arena, name);
    d->first_ex = p->nexs;
    d->nex = 0;
    d->date = p->nweeks > 0 ? p->weeks[p->nweeks - 1].monday : p->start;
    d->dated = false;
    if (p->nweeks > 0)
        p->weeks[p->nweeks - 1].ndays++;
    return d;
}

struct plan_exercise *
plan_add_exercise(struct plan *p, const char *name, const char *notes, size_t lift, double step)
{
    grow(&p->exs, &p->cap_exs, p->nexs + 1, sizeof *p->exs);
    struct plan_exercise *e = &p->exs[p->nexs++];
    *e = (struct plan_exercise){0};
    e->name = arena_strdup(&p->arena, name);
    e->notes = arena_strdup(&p->arena, notes ? notes : "");
    e->rest = e->tempo = "";
    e->lift = lift;
    e->step = step;
    e->round = ROUND_NEAREST;
    e->first_set = p->nsets;
    if (p->ndays > 0)
        p->days[p->ndays - 1].nex++;
    return e;
}

size_t
plan_add_set(struct plan *p, enum set_type type, double weight, int reps, double rpe,
             const char *why)
{
    grow(&p->sets, &p->cap_sets, p->nsets + 1, sizeof *p->sets);
    size_t i = p->nsets++;
    struct plan_set *s = &p->sets[i];
    memset(s, 0, sizeof *s);
    s->type = type;
    s->weight = weight;
    s->reps = reps;
    s->rpe = rpe;
    s->why = arena_strdup(&p->arena, why ? why : "");
    s->plates = "";
    s->from_top = -1;
    s->num = s->den = 1;
    if (p->nexs > 0) {
        struct plan_exercise *e = &p->exs[p->nexs - 1];
        e->nsets++;
        s->number = (int) e->nsets;
    }
    return i;
}

void
plan_set_follows(struct plan *p, size_t set, size_t top, double num, double den)
{
    p->sets[set].from_top = (long) top;
    p->sets[set].num = num;
    p->sets[set].den = den;
}

void
plan_set_amrap(struct plan *p, size_t set)
{
    p->sets[set].amrap = true;
}

void
plan_set_plates(struct plan *p, size_t set, const char *plates)
{
    p->sets[set].plates = arena_strdup(&p->arena, plates);
}

size_t
plan_add_lift(struct plan *p, const char *day, const char *exercise)
{
    grow(&p->lifts, &p->cap_lifts, p->nlifts + 1, sizeof *p->lifts);
    struct plan_lift *l = &p->lifts[p->nlifts];
    /* Zeroed first: a field added later starts false or 0, not as grow()
     * left it (the bodyweight flag was once read uninitialised). */
    *l = (struct plan_lift){0};
    l->day = arena_strdup(&p->arena, day);
    l->exercise = arena_strdup(&p->arena, exercise);
    l->first_point = p->npoints;
    return p->nlifts++;
}

void
plan_add_point(struct plan *p, size_t li, day_t date, double e1rm)
{
    struct plan_lift *l = &p->lifts[li];
    if (l->npoints == 0)
        l->first_point = p->npoints;
    grow(&p->points, &p->cap_points, p->npoints + 1, sizeof *p->points);
    p->points[p->npoints++] = (struct plan_point){date, e1rm};
    l->npoints++;
}

long
plan_exercise_top(const struct plan *p, const struct plan_exercise *e)
{
    for (size_t i = e->first_set; i < e->first_set + e->nsets; i++)
        if (p->sets[i].type == SET_TOP)
            return (long) i;
    return -1;
}

char *
plan_load_text(char buf[40], bool bodyweight, double weight)
{
    char num[32];
    fmt_num(num, weight);
    if (!bodyweight)
        snprintf(buf, 40, "%s", num);
    else if (weight > 0)
        snprintf(buf, 40, "BW+%s", num);
    else
        snprintf(buf, 40, "BW");
    return buf;
}

char *
plan_rpe_text(char buf[40], const struct plan_set *s)
{
    char rpe[32] = "", cap[32];
    if (s->rpe > 0)
        fmt_num(rpe, s->rpe);
    if (!(s->rpe_cap > 0))
        snprintf(buf, 40, "%s", rpe);
    else /* U+2264, less-than or equal to */
        snprintf(buf, 40, "%s%s\xE2\x89\xA4%s", rpe, *rpe ? " " : "", fmt_num(cap, s->rpe_cap));
    return buf;
}

long
plan_week_top(const struct plan *p, size_t wi, size_t li)
{
    const struct plan_week *w = &p->weeks[wi];
    for (size_t di = w->first_day; di < w->first_day + w->ndays; di++) {
        const struct plan_day *d = &p->days[di];
        for (size_t ei = d->first_ex; ei < d->first_ex + d->nex; ei++) {
            if (p->exs[ei].lift != li)
                continue;
            long top = plan_exercise_top(p, &p->exs[ei]);
            if (top >= 0)
                return top;
        }
    }
    return -1;
}

bool
plan_lift_charted(const struct plan *p, size_t li)
{
    for (size_t wi = 0; wi < p->nweeks; wi++) {
        long top = plan_week_top(p, wi, li);
        if (top >= 0 && p->sets[top].weight > 0)
            return true;
    }
    return false;
}

char *
plan_exercise_note(const struct plan_exercise *e)
{
    const char *rest = e->rest ? e->rest : "", *tempo = e->tempo ? e->tempo : "";
    const char *notes = e->notes ? e->notes : "";
    return xasprintf("%s%s%s%s%s%s%s", *rest ? "rest " : "", rest, *rest && *tempo ? ", " : "",
                     *tempo ? "tempo " : "", tempo, (*rest || *tempo) && *notes ? ": " : "", notes);
}
