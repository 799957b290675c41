/*
 * outfile: write-then-rename for every file topset produces (see outfile.h).
 * The temporary file is ".<basename>.tmp-topset-part" beside the
 * destination: hidden, recognisable as ours, and on the same file system so
 * the final rename is atomic. A destination is replaced only by a file
 * that was flushed, checked and synced in full.
 *
 * The name is fixed rather than random so that a run killed between
 * creating it and renaming it leaves nothing the next run cannot find: the
 * next writer of the same destination takes the stale file over. An
 * exclusive flock() on the temporary file tells a stale one (nobody holds
 * the lock: its writer died, and the kernel dropped the lock) from one a
 * live process is writing (wait for it). The lock is held from creation to
 * rename or removal on a descriptor of our own, as libxlsxwriter opens and
 * closes the file by name.
 */
#define _GNU_SOURCE /* syncfs(), a Linux call; see outfile_set_sync */
#include <config.h>

#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"
#include "util.h"

/* Final files are ordinary documents, readable by others. */
#define OUTFILE_MODE 0644

/* Longest part of the destination's name kept in the temporary name, so
 * the prefix and suffix never push it past NAME_MAX (255). */
#define OUTFILE_BASE_MAX 200

static void
report(struct errlist *errs, const char *path, int err)
{
    err_at(errs, path, 0, 0, "cannot write: %s", strerror(err));
}

static void
release(struct outfile *o)
{
    if (o->locked) {
        close(o->lock_fd);
        o->locked = false;
    }
}

/* Forget the temporary file without touching the destination: removed
 * while still locked, so a waiting writer finds its name gone. */
static void
drop_tmp(struct outfile *o)
{
    if (o->tmp != NULL) {
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
    release(o);
}

/* The temporary name for path: same folder, hidden, with our mark. */
static char *
tmp_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    int dirlen = slash ? (int) (slash - path + 1) : 0;
    size_t baselen = strlen(base);
    if (baselen > OUTFILE_BASE_MAX) {
        baselen = OUTFILE_BASE_MAX;
        /* Do not leave half a UTF-8 sequence in the name. */
        while (baselen > 0 && ((unsigned char) base[baselen] & 0xC0) == 0x80)
            baselen--;
    }
    return xasprintf("%.*s.%.*s%s%s", dirlen, path, (int) baselen, base, OUTFILE_TMP_MARK,
                     OUTFILE_TMP_TAIL);
}

/*
 * Open and lock the temporary file, creating it or taking over a stale one,
 * and empty it. Returns the locked descriptor, or -1 with errno set. The
 * name is in a folder others may write to, so it must not lead us to
 * truncate anything but a plain file of our own: no symbolic links
 * (O_NOFOLLOW), no hard links to something else (st_nlink 1).
 */
static int
lock_tmp(const char *tmp)
{
    for (;;) {
        int fd = open(tmp, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, OUTFILE_MODE);
        if (fd < 0)
            return -1;
        struct stat fst, nst;
        int err = 0;
        while (flock(fd, LOCK_EX) != 0)
            if (errno != EINTR) {
                /* A file system without locks: write unlocked, as a
                 * plain temporary file would be, rather than not at all. */
                if (errno != ENOLCK && errno != EOPNOTSUPP && errno != EINVAL)
                    err = errno;
                break;
            }
        if (err == 0 && fstat(fd, &fst) != 0)
            err = errno;
        if (err != 0) {
            close(fd);
            errno = err;
            return -1;
        }
        /* While we waited, the writer that held the lock may have renamed
         * or removed this file: then the name is someone else's now, and
         * we start again on whatever it is. */
        if (lstat(tmp, &nst) != 0 || nst.st_dev != fst.st_dev || nst.st_ino != fst.st_ino) {
            close(fd);
            continue;
        }
        if (!S_ISREG(fst.st_mode) || fst.st_nlink != 1 || fst.st_uid != geteuid()) {
            close(fd);
            errno = EEXIST;
            return -1;
        }
        /* Only what is needed: a file just made is empty and has its mode
         * (umask permitting), and on ext4 truncating even an empty file
         * makes its close start writing it out at once, one file at a
         * time, where a batch syncs its files together. */
        if ((fst.st_size != 0 && ftruncate(fd, 0) != 0)
            || ((fst.st_mode & 07777) != OUTFILE_MODE && fchmod(fd, OUTFILE_MODE) != 0)) {
            err = errno;
            close(fd);
            errno = err;
            return -1;
        }
        return fd;
    }
}

/* Make the temporary file for path; returns a descriptor open on it for
 * writing, separate from the lock's, or -1 (reported, o left empty). */
static int
make_tmp(struct outfile *o, const char *path, struct errlist *errs)
{
    memset(o, 0, sizeof *o);
    o->path = xstrdup(path);
    char *tmp = tmp_name(path);
    int lock = lock_tmp(tmp);
    if (lock < 0) {
        report(errs, path, errno);
        free(tmp);
        return -1;
    }
    o->tmp = tmp;
    o->lock_fd = lock;
    o->locked = true;
    int fd = fcntl(lock, F_DUPFD_CLOEXEC, 0);
    if (fd < 0) {
        report(errs, path, errno);
        drop_tmp(o);
        return -1;
    }
    return fd;
}

int
outfile_open(struct outfile *o, const char *path, struct errlist *errs)
{
    int fd = make_tmp(o, path, errs);
    if (fd < 0)
        return -1;
    o->fp = fdopen(fd, "wb");
    if (o->fp == NULL) {
        report(errs, path, errno);
        close(fd);
        drop_tmp(o);
        return -1;
    }
    return 0;
}

int
outfile_reserve(struct outfile *o, const char *path, struct errlist *errs)
{
    int fd = make_tmp(o, path, errs);
    if (fd < 0)
        return -1;
    if (close(fd) != 0) {
        report(errs, path, errno);
        drop_tmp(o);
        return -1;
    }
    return 0;
}

int
outfile_close(struct outfile *o, struct errlist *errs)
{
    if (o->tmp == NULL) {
        /* Nothing to finish: never opened, or already failed (reported). */
        return -1;
    }
    int err = 0;
    if (o->fp != NULL) {
        FILE *fp = o->fp;
        o->fp = NULL;
        if (fflush(fp) != 0)
            err = errno;
        else if (ferror(fp))
            err = EIO;
        /* Always close, but the first failure is the one to report. */
        if (fclose(fp) != 0 && err == 0)
            err = errno;
    }
    if (err != 0) {
        report(errs, o->path, err);
        drop_tmp(o);
        return -1;
    }
    return 0;
}

int
outfile_finish(struct outfile *o, struct errlist *errs)
{
    if (outfile_close(o, errs) != 0)
        return -1;
    /* The lock's descriptor is open on the same file, whether we wrote it
     * through our stream or a library wrote it by name. */
    if (fsync(o->lock_fd) != 0) {
        report(errs, o->path, errno);
        drop_tmp(o);
        return -1;
    }
    return 0;
}

int
outfile_commit(struct outfile *o, struct errlist *errs)
{
    if (o->fp != NULL && outfile_finish(o, errs) != 0)
        return -1;
    if (o->tmp == NULL || o->path == NULL)
        return -1;
    if (rename(o->tmp, o->path) != 0) {
        report(errs, o->path, errno);
        drop_tmp(o);
        return -1;
    }
    free(o->tmp);
    o->tmp = NULL;
    release(o);
    return 0;
}

void
outfile_abort(struct outfile *o)
{
    if (o->fp != NULL)
        fclose(o->fp);
    o->fp = NULL;
    drop_tmp(o);
    free(o->path);
    o->path = NULL;
}

/* --- group commit --------------------------------------------------------- */

void
outfile_set_add(struct outfile_set *s, struct outfile *o, size_t tag)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 16;
        s->v = xreallocarray(s->v, s->cap, sizeof *s->v);
        s->tag = xreallocarray(s->tag, s->cap, sizeof *s->tag);
    }
    s->v[s->n] = *o;
    s->tag[s->n++] = tag;
    memset(o, 0, sizeof *o);
}

int
outfile_set_sync(struct outfile_set *s, struct errlist *errs)
{
#ifdef HAVE_SYNCFS
    /* One syncfs() per file system the files are on (almost always one):
     * it writes every dirty page of the file system, ours among them, in
     * one journal commit. Linux reports a write-back error from syncfs()
     * since 5.8; an earlier kernel returns 0 regardless, as fsync() did not
     * always report one either. */
    dev_t done[8];
    size_t ndone = 0;
    for (size_t i = 0; i < s->n; i++) {
        struct stat st;
        if (fstat(s->v[i].lock_fd, &st) != 0) {
            report(errs, s->v[i].path, errno);
            return -1;
        }
        size_t k = 0;
        while (k < ndone && done[k] != st.st_dev)
            k++;
        if (k < ndone)
            continue;
        if (syncfs(s->v[i].lock_fd) != 0) {
            report(errs, s->v[i].path, errno);
            return -1;
        }
        if (ndone < sizeof done / sizeof *done)
            done[ndone++] = st.st_dev;
    }
#else
    for (size_t i = 0; i < s->n; i++)
        if (fsync(s->v[i].lock_fd) != 0) {
            report(errs, s->v[i].path, errno);
            return -1;
        }
#endif
    return 0;
}

int
outfile_set_commit(struct outfile_set *s, size_t tag, struct errlist *errs)
{
    int rc = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (s->tag[i] != tag)
            continue;
        if (rc == 0 && outfile_commit(&s->v[i], errs) != 0)
            rc = -1;
        outfile_abort(&s->v[i]); /* after a commit: only frees */
    }
    return rc;
}

void
outfile_set_clear(struct outfile_set *s)
{
    for (size_t i = 0; i < s->n; i++)
        outfile_abort(&s->v[i]);
    s->n = 0;
}

void
outfile_set_free(struct outfile_set *s)
{
    free(s->v);
    free(s->tag);
    memset(s, 0, sizeof *s);
}

void
outfile_remove_stale(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strstr(e->d_name, OUTFILE_TMP_MARK) == NULL)
            continue;
        char *p = xasprintf("%s/%s", dir, e->d_name);
        int fd = open(p, O_RDWR | O_NOFOLLOW | O_CLOEXEC);
        /* Held by a live writer: not stale. Otherwise removed while we
         * hold the lock, as drop_tmp does, so a writer that waited for it
         * finds the name gone and starts afresh. */
        if (fd < 0 || flock(fd, LOCK_EX | LOCK_NB) == 0 || errno != EWOULDBLOCK)
            unlink(p);
        if (fd >= 0)
            close(fd);
        free(p);
    }
    closedir(d);
}

/* --- inputs an output must not replace ------------------------------------ */

static int
cmp_file_id(const void *a, const void *b)
{
    const struct file_id *x = a, *y = b;
    if (x->dev != y->dev)
        return x->dev < y->dev ? -1 : 1;
    return (x->ino > y->ino) - (x->ino < y->ino);
}

void
file_ids_add(struct file_ids *s, const char *path, const char *what)
{
    struct stat st;
    if (path == NULL || stat(path, &st) != 0)
        return;
    grow(&s->v, &s->cap, s->n + 1, sizeof *s->v);
    s->v[s->n++] = (struct file_id){st.st_dev, st.st_ino, path, what};
    s->sorted = false;
}

const struct file_id *
file_ids_find(struct file_ids *s, const char *path)
{
    struct stat st;
    if (s->n == 0 || stat(path, &st) != 0)
        return NULL;
    /* Sorted once, when first asked: a roster adds thousands, then asks. */
    if (!s->sorted) {
        qsort(s->v, s->n, sizeof *s->v, cmp_file_id);
        s->sorted = true;
    }
    struct file_id key = {.dev = st.st_dev, .ino = st.st_ino};
    return bsearch(&key, s->v, s->n, sizeof *s->v, cmp_file_id);
}

void
file_ids_free(struct file_ids *s)
{
    free(s->v);
    memset(s, 0, sizeof *s);
}

int
file_ids_refuse(struct file_ids *s, const char *out, const char *expected, struct errlist *errs)
{
    const struct file_id *in = file_ids_find(s, out);
    if (in == NULL)
        return 0;
    err_at(errs, out, 0, 0, "the output would overwrite the %s %s (expected %s)", in->what,
           in->path, expected);
    return -1;
}
