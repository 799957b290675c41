/*
 * maxes: known 1RMs and training maxes per exercise:
 * exercise,one_rm,training_max,unit (either max may be empty, not both).
 */
#ifndef TOPSET_MAXES_H
#define TOPSET_MAXES_H

#include <stddef.h>

#include "errors.h"
#include "load.h"

struct max_entry {
    char *exercise;
    char *key;           /* name_fold(exercise) */
    double one_rm;       /* as written, in .unit; 0: not given */
    double training_max; /* as written, in .unit; 0: not given */
    int unit;            /* enum unit, or -1: the plan's unit */
    unsigned long line;
};

struct maxes {
    char *path;
    struct max_entry *v;
    size_t n;
};

/* Returns 0, or -1 with every problem reported (and nothing kept). */
int maxes_read(const char *path, struct maxes *m, struct errlist *errs);
void maxes_free(struct maxes *m);
/* The entry for a folded exercise key, or NULL. */
const struct max_entry *maxes_find(const struct maxes *m, const char *key);

#endif
