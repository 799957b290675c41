/*
 * outfile: write-then-rename, so a failed or interrupted run never leaves a
 * half-written plan where a good one was. A temporary file is made in the
 * destination's folder (same file system, so rename is atomic), written,
 * checked, and renamed over the destination only when everything succeeded.
 *
 * The temporary file has one fixed name per destination and is locked
 * while it is written, so a file left by a run that was killed (kill -9,
 * power loss) is taken over and reused by the next run writing the same
 * destination: no stray temporary files pile up. Two runs writing the same
 * destination at once take turns.
 */
#ifndef TOPSET_OUTFILE_H
#define TOPSET_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

#include "errors.h"

#define OUTFILE_TMP_MARK ".tmp-topset-"   /* every temporary name holds this */
#define OUTFILE_TMP_TAIL "part"           /* ... followed by this */

struct outfile {
    char *path;        /* the destination */
    char *tmp;         /* the temporary file ".NAME.tmp-topset-part", same folder */
    FILE *fp;          /* open on tmp for writing, or NULL (see outfile_reserve) */
    int lock_fd;       /* holds tmp's lock until commit or abort ... */
    bool locked;       /* ... when true (so that {0} is an empty outfile) */
};

/*
 * Create (or take over a stale) temporary file for path, lock it, and open
 * it for writing in fp. Waits while another process writes the same path.
 * Returns 0, or -1 with "path: cannot write: reason" in errs.
 */
int outfile_open(struct outfile *o, const char *path, struct errlist *errs);
/* As outfile_open, but close the stream: for writers that open by name
 * (libxlsxwriter). The temporary file exists, empty. */
int outfile_reserve(struct outfile *o, const char *path, struct errlist *errs);
/* Flush and close the stream (if open), checking every step. Returns 0 or
 * -1 with a message; on -1 the temporary file is removed. */
int outfile_finish(struct outfile *o, struct errlist *errs);
/* Rename the temporary file over the destination. Returns 0 or -1. */
int outfile_commit(struct outfile *o, struct errlist *errs);
/* Close and remove the temporary file; frees o's strings. Safe after
 * commit (then it only frees). */
void outfile_abort(struct outfile *o);

/* Remove the temporary files in dir that no live writer holds: leftovers
 * of runs that were killed, for outputs no run may write again. A file a
 * live process is writing (its lock is held) is left alone. */
void outfile_remove_stale(const char *dir);

#endif
