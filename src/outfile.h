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
#include <sys/types.h>

#include "errors.h"

#define OUTFILE_TMP_MARK ".tmp-topset-" /* every temporary name holds this */
#define OUTFILE_TMP_TAIL "part"         /* ... followed by this */

struct outfile {
    char *path;  /* the destination */
    char *tmp;   /* the temporary file ".NAME.tmp-topset-part", same folder */
    FILE *fp;    /* open on tmp for writing, or NULL (see outfile_reserve) */
    int lock_fd; /* holds tmp's lock until commit or abort ... */
    bool locked; /* ... when true (so that {0} is an empty outfile) */
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
/* Flush and close the stream (if open), checking every step, and sync the
 * file to disk. Returns 0 or -1 with a message; on -1 the temporary file is
 * removed. */
int outfile_finish(struct outfile *o, struct errlist *errs);
/* As outfile_finish, but without the sync: for a file that joins an
 * outfile_set, synced later together with the others. */
int outfile_close(struct outfile *o, struct errlist *errs);
/* Rename the temporary file over the destination. Returns 0 or -1. */
int outfile_commit(struct outfile *o, struct errlist *errs);
/* Close and remove the temporary file; frees o's strings. Safe after
 * commit (then it only frees). */
void outfile_abort(struct outfile *o);

/*
 * A group commit: finished but unsynced temporary files, made durable
 * together (one syncfs() per file system instead of one fsync() per file,
 * which on a journalled file system is one journal commit each) and then
 * renamed in the order they were added. Each file carries a tag (a batch's
 * client), and a tag's files are committed together, in order.
 */
struct outfile_set {
    struct outfile *v;
    size_t *tag;
    size_t n, cap;
};

/* Move o (closed with outfile_close) into s; o is left empty. */
void outfile_set_add(struct outfile_set *s, struct outfile *o, size_t tag);
/* Sync every file of s to disk. Returns 0, or -1 with a message naming
 * the first file's destination; then no file of s may be committed. */
int outfile_set_sync(struct outfile_set *s, struct errlist *errs);
/* Rename tag's files over their destinations, in the order they were
 * added, stopping at the first failure (its message in errs; the rest of
 * tag's files are removed). Call after outfile_set_sync. Returns 0 or -1. */
int outfile_set_commit(struct outfile_set *s, size_t tag, struct errlist *errs);
/* Remove every temporary file still in s and empty it (it can be reused). */
void outfile_set_clear(struct outfile_set *s);
/* Free s's storage; call after outfile_set_clear. */
void outfile_set_free(struct outfile_set *s);

/* Remove the temporary files in dir that no live writer holds: leftovers
 * of runs that were killed, for outputs no run may write again. A file a
 * live process is writing (its lock is held) is left alone. */
void outfile_remove_stale(const char *dir);

/*
 * The inputs an output must never replace, known by device and inode (not
 * by name: "./a.csv", a symbolic or a hard link to a.csv are all a.csv).
 * Add the inputs, then ask of each output path before writing it.
 */
struct file_id {
    dev_t dev;
    ino_t ino;
    const char *path; /* as the caller gave it: the caller's to keep */
    const char *what; /* "template", "log", ...: the caller's to keep */
};
struct file_ids {
    struct file_id *v;
    size_t n, cap;
    bool sorted;
};

/* Add the file at path (nothing when it does not exist: nothing to
 * overwrite). path and what must outlive s. */
void file_ids_add(struct file_ids *s, const char *path, const char *what);
/* The input that path is, or NULL (also when path does not exist). */
const struct file_id *file_ids_find(struct file_ids *s, const char *path);
void file_ids_free(struct file_ids *s);
/* The refusal, in one place for plan and batch: when out is one of s's
 * inputs, "OUT: the output would overwrite the WHAT PATH (expected
 * EXPECTED)" in errs and -1; else 0. */
int file_ids_refuse(struct file_ids *s, const char *out, const char *expected,
                    struct errlist *errs);

#endif
