/*
 * batch_state: what a batch remembers in its output folder between runs,
 * so that a client whose inputs did not change is not planned again. Two
 * files in DIR/.topset-state:
 *
 *   state    one line per client whose plan is in place: its file name, the
 *            hash of the inputs that made the plan, and the index's values.
 *            Written once at the end of a run, aside and renamed.
 *   journal  the names of clients whose plans a run is about to replace,
 *            appended (and made durable with the plans) before they are
 *            renamed. A run that ends removes it once the new state is in
 *            place; one found at the start means a run died, and the state
 *            lines of the clients it names no longer describe their plans.
 *
 * One file for the whole roster, not one per client: on a journalled file
 * system every file created and renamed is metadata the journal commits,
 * and a state file per client would add that for every client on top of
 * its plans.
 */
#ifndef TOPSET_BATCH_STATE_H
#define TOPSET_BATCH_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "errors.h"

/* A client's remembered plan. */
struct state_entry {
    uint64_t hash; /* of the inputs that made the plan */
    int block_week;
    day_t last_log;
};

struct batch_state;

/*
 * Read the state in dir (a folder that exists) for a run over clients
 * names[0..n) (a NULL name: not in this run; names must outlive the
 * state). Lines of clients not in the run are kept at the save when
 * keep_others (a shard's run leaves the other shards' lines), else
 * dropped. A missing, unreadable or unknown state file is no error: every
 * client is planned. Returns NULL, with a message, only when the journal
 * cannot be opened: without it no plan may be replaced.
 */
struct batch_state *batch_state_open(const char *dir, char *const *names, size_t n,
                                     bool keep_others, struct errlist *errs);

/* Whether client i's plan was made from inputs that hash to hash; if so
 * *e and *next (the index's next week, allocated) are filled. Safe in
 * forked workers: it reads with pread(). */
bool batch_state_find(const struct batch_state *s, size_t i, uint64_t hash, struct state_entry *e,
                      char **next);

/* Append the names of clients idx[0..k) to the journal, before their plans
 * are renamed. Where syncfs() exists the caller's group sync makes it
 * durable (the journal is on the plans' file system); elsewhere it is
 * synced here. Returns 0, or -1 with a message. */
int batch_state_void(struct batch_state *s, const size_t *idx, size_t k, struct errlist *errs);

/* What became of client i in the run, asked at the save. For STATE_PUT
 * the callback fills *e and *next (valid until the next call). */
enum state_fate { STATE_KEEP, STATE_PUT, STATE_DROP };
typedef enum state_fate (*state_fate_fn)(void *ctx, size_t i, struct state_entry *e,
                                         const char **next);

/*
 * Write the new state: each client's line kept, replaced or dropped as
 * fate says (it is called with e == NULL first, to learn whether anything
 * changed: a run that changed nothing rewrites nothing). Then remove the
 * journal. Returns 0, or -1 with a message; then the journal stays, and
 * the next run plans this run's clients again.
 */
int batch_state_save(struct batch_state *s, state_fate_fn fate, void *ctx, struct errlist *errs);

void batch_state_close(struct batch_state *s);

#endif
