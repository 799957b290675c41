/*
 * outfile: write-then-rename. A committed file replaces the old one with
 * mode 0644; an aborted or failed one leaves the old file as it was and no
 * temporary file behind; every failure names the destination. A stale
 * temporary file is taken over; two writers of one destination take turns.
 * A group commit renames nothing before it is synced, and each tag's files
 * in order, stopping at a tag's first failure.
 */
#include <config.h>

#include <dirent.h>
#include <signal.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "outfile.h"
#include "tap/basic.h"
#include "util.h"

/* How many temporary files of ours are in dir. */
static int
count_tmp(const char *dir)
{
    DIR *d = opendir(dir);
    if (d == NULL)
        return -1;
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL)
        if (strstr(de->d_name, OUTFILE_TMP_MARK) != NULL)
            n++;
    closedir(d);
    return n;
}

/* The file's text, or "(missing)"; caller frees. */
static char *
slurp(const char *path)
{
    char *s = test_slurp(path, NULL);
    return s ? s : xstrdup("(missing)");
}

static const char *
msg0(const struct errlist *e)
{
    return e->n > 0 ? e->msgs[0] : "(none)";
}

int
main(void)
{
    const char *dir = test_tmpdir();
    struct errlist errs;
    struct outfile o;
    struct stat st;
    char *text;

    plan_lazy();
    errlist_init(&errs);

    /* A new file. */
    char *path = xasprintf("%s/plan.csv", dir);
    ok(outfile_open(&o, path, &errs) == 0, "open a new destination");
    ok(o.fp != NULL, "a stream is open");
    is_string(path, o.path, "the destination is kept");
    char *prefix = xasprintf("%s/.plan.csv" OUTFILE_TMP_MARK, dir);
    char *tmpname = xasprintf("%s" OUTFILE_TMP_TAIL, prefix);
    is_string(tmpname, o.tmp, "the temporary file is .plan.csv.tmp-topset-part beside it");
    ok(stat(o.tmp, &st) == 0 && S_ISREG(st.st_mode), "the temporary file exists");
    ok(stat(path, &st) != 0 && errno == ENOENT, "the destination does not, yet");
    ok(fputs("one\n", o.fp) != EOF, "write to it");
    ok(outfile_finish(&o, &errs) == 0, "finish");
    ok(o.fp == NULL, "the stream is closed");
    ok(outfile_commit(&o, &errs) == 0, "commit");
    text = slurp(path);
    is_string("one\n", text, "the destination holds what was written");
    free(text);
    ok(stat(path, &st) == 0 && (st.st_mode & 07777) == 0644, "mode 0644");
    is_int(0, count_tmp(dir), "no temporary file is left");
    outfile_abort(&o);
    ok(o.path == NULL && o.tmp == NULL && o.fp == NULL, "abort after commit only frees");
    text = slurp(path);
    is_string("one\n", text, "and leaves the committed file");
    free(text);
    is_int(0, (long) errlist_count(&errs), "no messages so far");

    /* Replacing an existing file. */
    ok(outfile_open(&o, path, &errs) == 0 && fputs("two\n", o.fp) != EOF, "write a second version");
    text = slurp(path);
    is_string("one\n", text, "before commit the old file is untouched");
    free(text);
    ok(outfile_finish(&o, &errs) == 0 && outfile_commit(&o, &errs) == 0, "commit it");
    text = slurp(path);
    is_string("two\n", text, "commit replaces the old file");
    free(text);
    outfile_abort(&o);

    /* Abort. */
    ok(outfile_open(&o, path, &errs) == 0 && fputs("three\n", o.fp) != EOF, "write a third");
    outfile_abort(&o);
    text = slurp(path);
    is_string("two\n", text, "abort leaves the old file untouched");
    free(text);
    is_int(0, count_tmp(dir), "and no temporary file behind");
    ok(outfile_open(&o, path, &errs) == 0 && outfile_finish(&o, &errs) == 0,
       "a finished but uncommitted file");
    outfile_abort(&o);
    is_int(0, count_tmp(dir), "is removed by abort too");

    /* Reserve: for writers that open by name. */
    char *xpath = xasprintf("%s/plan.xlsx", dir);
    ok(outfile_reserve(&o, xpath, &errs) == 0, "reserve a temporary file");
    ok(o.fp == NULL, "no stream is left open");
    ok(o.tmp != NULL && stat(o.tmp, &st) == 0 && st.st_size == 0,
       "the temporary file exists, empty");
    ok((st.st_mode & 07777) == 0644, "already with mode 0644");
    test_put_file(o.tmp, "zip");
    ok(outfile_finish(&o, &errs) == 0, "finish syncs a file written by name");
    ok(outfile_commit(&o, &errs) == 0, "commit it");
    text = slurp(xpath);
    is_string("zip", text, "the destination holds what was written by name");
    free(text);
    outfile_abort(&o);

    /* Failures. */
    char *notdir = xasprintf("%s/plan.csv/out.csv", dir);
    ok(outfile_open(&o, notdir, &errs) == -1, "a folder that is a file: open fails");
    char *want = xasprintf("%s: cannot write: Not a directory", notdir);
    is_string(want, msg0(&errs), "with a message naming the destination");
    free(want);
    ok(o.fp == NULL && o.tmp == NULL, "nothing is left open");
    outfile_abort(&o);
    errlist_free(&errs);

    char *missing = xasprintf("%s/no/such/folder/out.csv", dir);
    ok(outfile_reserve(&o, missing, &errs) == -1, "a missing folder: reserve fails");
    want = xasprintf("%s: cannot write: No such file or directory", missing);
    is_string(want, msg0(&errs), "with the reason");
    free(want);
    outfile_abort(&o);
    errlist_free(&errs);

    /* A write that fails when flushed: the stream's descriptor is gone. */
    ok(outfile_open(&o, path, &errs) == 0 && fputs("four\n", o.fp) != EOF, "buffer a write");
    close(fileno(o.fp));
    ok(outfile_finish(&o, &errs) == -1, "finish reports the failed flush");
    want = xasprintf("%s: cannot write: Bad file descriptor", path);
    is_string(want, msg0(&errs), "naming the destination");
    free(want);
    is_int(0, count_tmp(dir), "the temporary file is removed at once");
    ok(outfile_commit(&o, &errs) == -1, "a failed file cannot be committed");
    outfile_abort(&o);
    text = slurp(path);
    is_string("two\n", text, "the old file is still there");
    free(text);
    errlist_free(&errs);

    /* Rename fails: the destination is a folder that is not empty. */
    char *folder = xasprintf("%s/taken", dir);
    char *inside = xasprintf("%s/taken/x", dir);
    if (mkdir(folder, 0755) != 0)
        bail("cannot make %s", folder);
    test_put_file(inside, "x");
    ok(outfile_open(&o, folder, &errs) == 0 && outfile_finish(&o, &errs) == 0,
       "write a file meant to replace a folder");
    ok(outfile_commit(&o, &errs) == -1, "commit fails");
    want = xasprintf("%s: cannot write: Is a directory", folder);
    is_string(want, msg0(&errs), "with the reason");
    free(want);
    outfile_abort(&o);
    is_int(0, count_tmp(dir), "no temporary file is left after a failed commit");
    errlist_free(&errs);

    /* A run killed between temporary file and rename (kill -9) leaves
     * the temporary file; the next writer of the same destination takes
     * it over, so nothing is left behind. */
    test_put_file(tmpname, "half a plan from a killed run");
    is_int(1, count_tmp(dir), "a stale temporary file is there");
    ok(outfile_open(&o, path, &errs) == 0 && fputs("five\n", o.fp) != EOF,
       "the next writer opens over it");
    ok(outfile_commit(&o, &errs) == 0, "and commits");
    outfile_abort(&o);
    text = slurp(path);
    is_string("five\n", text, "with only its own bytes");
    free(text);
    is_int(0, count_tmp(dir), "and no temporary file is left");

    /* A symbolic link planted at the temporary name is not followed. */
    char *victim = xasprintf("%s/victim", dir);
    test_put_file(victim, "precious");
    if (symlink(victim, tmpname) != 0)
        bail("cannot make a symbolic link");
    ok(outfile_open(&o, path, &errs) == -1, "a symbolic link at the temporary name: open fails");
    want = xasprintf("%s: cannot write: Too many levels of symbolic links", path);
    is_string(want, msg0(&errs), "with the reason");
    free(want);
    outfile_abort(&o);
    errlist_free(&errs);
    text = slurp(victim);
    is_string("precious", text, "and the link's target is untouched");
    free(text);
    unlink(tmpname);
    unlink(victim);
    free(victim);

    /* Two writers of one destination take turns: the second waits for the
     * first's lock and starts on a fresh file after its rename. The first
     * is a child that reports on a pipe and then kills itself, so that no
     * exit-time check (a leak checker) runs in its copy of this program. */
    {
        int ready[2];
        if (pipe(ready) != 0)
            bail("pipe");
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0)
            bail("fork");
        if (pid == 0) {
            struct outfile c;
            struct errlist ce;
            errlist_init(&ce);
            close(ready[0]);
            char done = 'n';
            if (outfile_open(&c, path, &ce) == 0 && fputs("first\n", c.fp) != EOF
                && write(ready[1], "r", 1) == 1) {
                sleep(1);
                if (outfile_commit(&c, &ce) == 0)
                    done = 'y';
            }
            if (write(ready[1], &done, 1) != 1)
                done = 'n';
            raise(SIGKILL);
        }
        close(ready[1]);
        char c = 0;
        ok(read(ready[0], &c, 1) == 1 && c == 'r', "the first writer holds the temporary file");
        ok(outfile_open(&o, path, &errs) == 0, "the second writer's open returns");
        text = slurp(path);
        is_string("first\n", text, "only after the first writer's commit");
        free(text);
        ok(read(ready[0], &c, 1) == 1 && c == 'y', "the first writer succeeded");
        close(ready[0]);
        fputs("second\n", o.fp);
        ok(outfile_commit(&o, &errs) == 0, "the second commits");
        outfile_abort(&o);
        waitpid(pid, NULL, 0);
        text = slurp(path);
        is_string("second\n", text, "the last commit wins, whole");
        free(text);
        is_int(0, count_tmp(dir), "and no temporary file is left");
    }

    /* A group commit: files closed unsynced, synced together, then each
     * tag's files renamed in the order they were added. */
    {
        struct outfile_set set = {0};
        char *a = xasprintf("%s/a.csv", dir), *b = xasprintf("%s/b.csv", dir);
        char *a2 = xasprintf("%s/a.state", dir);
        test_put_file(a, "old a");
        test_put_file(b, "old b");
        ok(outfile_open(&o, a, &errs) == 0 && fputs("new a", o.fp) != EOF
               && outfile_close(&o, &errs) == 0,
           "close a file without syncing it");
        outfile_set_add(&set, &o, 7);
        ok(o.tmp == NULL && o.path == NULL && !o.locked, "adding it to a set empties the outfile");
        ok(outfile_open(&o, a2, &errs) == 0 && fputs("a's state", o.fp) != EOF
               && outfile_close(&o, &errs) == 0,
           "a second file of the same tag");
        outfile_set_add(&set, &o, 7);
        ok(outfile_open(&o, b, &errs) == 0 && fputs("new b", o.fp) != EOF
               && outfile_close(&o, &errs) == 0,
           "a file of another tag");
        outfile_set_add(&set, &o, 9);
        is_int(3, (long) set.n, "the set holds three files");
        is_int(3, count_tmp(dir), "all three wait as temporary files");
        text = slurp(a);
        is_string("old a", text, "the destinations are untouched until the commit");
        free(text);
        ok(outfile_set_sync(&set, &errs) == 0, "sync the set");
        ok(outfile_set_commit(&set, 7, &errs) == 0, "commit tag 7");
        text = slurp(a);
        is_string("new a", text, "tag 7's first file is in place");
        free(text);
        text = slurp(a2);
        is_string("a's state", text, "and its second");
        free(text);
        text = slurp(b);
        is_string("old b", text, "tag 9's file is not, yet");
        free(text);
        is_int(1, count_tmp(dir), "one temporary file is left, tag 9's");
        outfile_set_clear(&set);
        is_int(0, count_tmp(dir), "clearing the set removes it");
        text = slurp(b);
        is_string("old b", text, "and leaves its destination as it was");
        free(text);
        is_int(0, (long) set.n, "the set is empty");
        is_int(0, (long) errlist_count(&errs), "no messages");

        /* A tag's first rename fails: the rest of that tag is dropped. */
        ok(outfile_open(&o, folder, &errs) == 0 && outfile_close(&o, &errs) == 0,
           "a file meant to replace a folder");
        outfile_set_add(&set, &o, 1);
        ok(outfile_open(&o, a2, &errs) == 0 && fputs("must not land", o.fp) != EOF
               && outfile_close(&o, &errs) == 0,
           "and a file after it, same tag");
        outfile_set_add(&set, &o, 1);
        ok(outfile_set_sync(&set, &errs) == 0, "sync");
        ok(outfile_set_commit(&set, 1, &errs) == -1, "the commit fails");
        want = xasprintf("%s: cannot write: Is a directory", folder);
        is_string(want, msg0(&errs), "with the first failure's reason");
        free(want);
        text = slurp(a2);
        is_string("a's state", text, "the file after the failure is not renamed");
        free(text);
        is_int(0, count_tmp(dir), "and no temporary file is left");
        outfile_set_clear(&set);
        outfile_set_free(&set);
        ok(set.v == NULL && set.n == 0, "free empties the set");
        errlist_free(&errs);
        unlink(a);
        unlink(a2);
        unlink(b);
        free(a);
        free(a2);
        free(b);
    }

    free(tmpname);
    unlink(inside);
    rmdir(folder);
    free(inside);
    free(folder);
    free(missing);
    free(notdir);
    free(xpath);
    free(prefix);
    free(path);
    return 0;
}
