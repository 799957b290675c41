/*
 * outfile: write-then-rename for every file topset produces (see outfile.h).
 * The temporary file is ".<basename>.tmp-topset-XXXXXX" beside the
 * destination: hidden, recognisable as ours, and on the same file system so
 * the final rename is atomic. A destination is replaced only by a file
 * that was flushed, checked and synced in full.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outfile.h"
#include "util.h"

/* Final files are ordinary documents, readable by others (mkstemp makes
 * them 0600). */
#define OUTFILE_MODE 0644

/* Longest part of the destination's name kept in the temporary name, so
 * the prefix and suffix never push it past NAME_MAX (255). */
#define OUTFILE_BASE_MAX 200

static void
report(struct errlist *errs, const char *path, int err)
{
    err_at(errs, path, 0, 0, "cannot write: %s", strerror(err));
}

/* Forget the temporary file without touching the destination. */
static void
drop_tmp(struct outfile *o)
{
    if (o->tmp != NULL) {
        unlink(o->tmp);
        free(o->tmp);
        o->tmp = NULL;
    }
}

/* The temporary name for path: same folder, hidden, with our mark. */
static char *
tmp_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    size_t baselen = strlen(base);
    if (baselen > OUTFILE_BASE_MAX) {
        baselen = OUTFILE_BASE_MAX;
        /* Do not leave half a UTF-8 sequence in the name. */
        while (baselen > 0 && ((unsigned char)base[baselen] & 0xC0) == 0x80)
            baselen--;
    }
    return xasprintf("%.*s.%.*s%sXXXXXX", dirlen, path, (int)baselen, base, OUTFILE_TMP_MARK);
}

/* Make the temporary file for path; returns its descriptor or -1 (reported,
 * o left empty). */
static int
make_tmp(struct outfile *o, const char *path, struct errlist *errs)
{
    memset(o, 0, sizeof *o);
    o->path = xstrdup(path);
    o->tmp = tmp_name(path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        report(errs, path, errno);
        free(o->tmp);
        o->tmp = NULL;
        return -1;
    }
    if (fchmod(fd, OUTFILE_MODE) != 0) {
        report(errs, path, errno);
        close(fd);
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

/* fsync a file written by someone else (a reserved one), by name. */
static int
sync_by_name(const char *name)
{
    int fd = open(name, O_RDONLY);
    if (fd < 0)
        return -1;
    if (fsync(fd) != 0) {
        int e = errno;
        close(fd);
        errno = e;
        return -1;
    }
    return close(fd);
}

int
outfile_finish(struct outfile *o, struct errlist *errs)
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
        else if (fsync(fileno(fp)) != 0)
            err = errno;
        /* Always close, but the first failure is the one to report. */
        if (fclose(fp) != 0 && err == 0)
            err = errno;
    } else if (sync_by_name(o->tmp) != 0)
        err = errno;
    if (err != 0) {
        report(errs, o->path, err);
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
