/*
 * slot_refs: template_link (template.h), for template_read: the slots
 * that load_from and tm_from name (Texas Method's Volume day from its
 * Intensity day, nSuns' T2 lifts from a T1 lift's training max), no loop
 * among them, and the template-wide rotation (rows for alternate weeks).
 * A slot is a day and an exercise; rows of one slot (a wave by weeks, or letters
 * of a rotation) are one node here, named by its first row.
 */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "template.h"
#include "util.h"

struct linker {
    struct slot *slots;
    size_t n;
    const char *file;
    const struct slot_ref_cols *cols;
    struct errlist *errs;
    size_t *node; /* each row's slot: the index of its first row */
    int *color;   /* per row: 0 not seen, 1 on the path, 2 done */
    size_t *path; /* the slots on the depth-first path */
    size_t depth;
    bool looped; /* one loop is reported, not each of its rows */
};

static bool
same_slot(const struct slot *a, const struct slot *b)
{
    return strcmp(a->day_key, b->day_key) == 0 && strcmp(a->exercise_key, b->exercise_key) == 0;
}

/* "a, b or c": the distinct days, or the distinct exercises of day_key. */
static char *
names_list(const struct linker *lk, const char *day_key)
{
    const char **seen = xcalloc(lk->n, sizeof *seen);
    size_t k = 0;
    for (size_t i = 0; i < lk->n; i++) {
        const struct slot *s = &lk->slots[i];
        const char *name = day_key != NULL ? s->exercise : s->day;
        if (day_key != NULL && strcmp(s->day_key, day_key) != 0)
            continue;
        bool dup = false;
        for (size_t j = 0; j < k && !dup; j++)
            dup = strcmp(seen[j], name) == 0;
        if (!dup)
            seen[k++] = name;
    }
    char *list = NULL;
    for (size_t j = 0; j < k; j++)
        list_append(&list, j, k, seen[j], ", ", " or ");
    free(seen);
    return list;
}

/* The first row of the slot that ref ("DAY: EXERCISE", checked by the
 * reader) names, or -1 reported at row s's column col (named name). */
static long
find_slot(const struct linker *lk, const struct slot *s, const char *name, unsigned long col,
          const char *ref)
{
    const char *colon = strchr(ref, ':');
    char *day = xstrndup(ref, (size_t) (colon - ref)), *ex = xstrdup(colon + 1);
    char *day_key = name_fold(day), *ex_key = name_fold(colon + 1);
    long found = -1;
    bool day_seen = false;
    for (size_t i = 0; i < lk->n && found < 0; i++) {
        const struct slot *o = &lk->slots[i];
        if (strcmp(o->day_key, day_key) != 0)
            continue;
        day_seen = true;
        if (slot_matches_exercise(o, ex_key))
            found = (long) lk->node[i];
    }
    if (found < 0) {
        char *list = names_list(lk, day_seen ? day_key : NULL);
        if (day_seen)
            err_at(lk->errs, lk->file, s->line, col,
                   "column \"%s\": day \"%s\" has no exercise \"%s\" (expected one of its "
                   "exercises: %s)",
                   name, trim(day), trim(ex), list);
        else
            err_at(lk->errs, lk->file, s->line, col,
                   "column \"%s\": no day \"%s\" in the template (expected one of its days, %s, "
                   "then a colon and the exercise)",
                   name, trim(day), list);
        free(list);
    }
    free(day);
    free(ex);
    free(day_key);
    free(ex_key);
    return found;
}

/* Report the loop that closes at slot back, from row s's reference in
 * column name (col): the slots on the path from back, then back again. */
static void
report_loop(struct linker *lk, const struct slot *s, const char *name, unsigned long col,
            size_t back)
{
    char *chain = NULL;
    size_t from = 0;
    while (lk->path[from] != back)
        from++;
    for (size_t k = from; k <= lk->depth; k++) {
        const struct slot *o = &lk->slots[k < lk->depth ? lk->path[k] : back];
        char *step = xasprintf("%s%s: %s", k > from ? " -> " : "", o->day, o->exercise);
        char *next = xasprintf("%s%s", chain ? chain : "", step);
        free(chain);
        free(step);
        chain = next;
    }
    err_at(lk->errs, lk->file, s->line, col,
           "column \"%s\": slots loaded from each other in a loop, %s (expected a chain that "
           "ends at a slot with a load of its own: a rule, a start_weight or a training max)",
           name, chain);
    free(chain);
    lk->looped = true;
}

/* Depth-first from slot v along load_ref and tm_ref of its rows. */
static void
visit(struct linker *lk, size_t v)
{
    lk->color[v] = 1;
    lk->path[lk->depth++] = v;
    for (size_t i = 0; i < lk->n && !lk->looped; i++) {
        const struct slot *s = &lk->slots[i];
        if (lk->node[i] != v)
            continue;
        const long refs[2] = {s->load_ref, s->tm_ref};
        static const char *const names[2] = {"load_from", "tm_from"};
        const unsigned long cols[2] = {lk->cols->load_from, lk->cols->tm_from};
        for (int k = 0; k < 2 && !lk->looped; k++) {
            if (refs[k] < 0)
                continue;
            size_t w = (size_t) refs[k];
            if (lk->color[w] == 1)
                report_loop(lk, s, names[k], cols[k], w);
            else if (lk->color[w] == 0)
                visit(lk, w);
        }
    }
    lk->depth--;
    lk->color[v] = 2;
}

/* The rotation cycle: the last letter used, every letter before it used
 * too; -1 reported when one is missing. */
static int
rotation_cycle(const struct linker *lk)
{
    int last = 0;
    size_t at = 0;
    bool used[27] = {false};
    for (size_t i = 0; i < lk->n; i++) {
        int r = lk->slots[i].rotation;
        used[r] = true;
        if (r > last) {
            last = r;
            at = i;
        }
    }
    for (int r = 1; r < last; r++)
        if (!used[r]) {
            err_at(lk->errs, lk->file, lk->slots[at].line, lk->cols->rotation,
                   "column \"rotation\": %c without a row of %c (expected letters from A on, "
                   "one for each week of the cycle, e.g. A and B for alternate weeks)",
                   'A' + last - 1, 'A' + r - 1);
            return -1;
        }
    return last;
}

int
template_link(struct slot *slots, size_t n, const char *file, const struct slot_ref_cols *cols,
              struct errlist *errs)
{
    struct linker lk = {.slots = slots, .n = n, .file = file, .cols = cols, .errs = errs};
    size_t before = errlist_count(errs);
    lk.node = xcalloc(n ? n : 1, sizeof *lk.node);
    lk.color = xcalloc(n ? n : 1, sizeof *lk.color);
    lk.path = xcalloc(n ? n : 1, sizeof *lk.path);
    for (size_t i = 0; i < n; i++) {
        size_t j = 0;
        while (!same_slot(&slots[j], &slots[i]))
            j++;
        lk.node[i] = j;
    }
    for (size_t i = 0; i < n; i++) {
        struct slot *s = &slots[i];
        if (s->load_from != NULL)
            s->load_ref = find_slot(&lk, s, "load_from", cols->load_from, s->load_from);
        if (s->tm_from != NULL)
            s->tm_ref = find_slot(&lk, s, "tm_from", cols->tm_from, s->tm_from);
    }
    for (size_t i = 0; i < n && !lk.looped && errlist_count(errs) == before; i++)
        if (lk.color[lk.node[i]] == 0)
            visit(&lk, lk.node[i]);
    int rotations = rotation_cycle(&lk);
    free(lk.node);
    free(lk.color);
    free(lk.path);
    return errlist_count(errs) == before ? rotations : -1;
}
