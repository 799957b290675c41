/*
 * batch_state: what a run writes is what the next run finds, texts with
 * tabs and newlines included; a run that changes nothing rewrites
 * nothing; a journal left by a dead run takes its clients' lines away; a
 * shard keeps the other shards' lines and a whole run drops strangers';
 * a damaged state file is ignored, not trusted.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "batch_state.h"
#include "tap/basic.h"
#include "util.h"

/* What the test says the run did to each client. */
struct said {
    enum state_fate fate;
    struct state_entry e;
    const char *next;
};

static enum state_fate
said_fate(void *ctx, size_t i, struct state_entry *e, const char **next)
{
    const struct said *s = ctx;
    if (e != NULL && s[i].fate == STATE_PUT) {
        *e = s[i].e;
        *next = s[i].next;
    }
    return s[i].fate;
}

static struct batch_state *
open_state(const char *dir, char *const *names, size_t n, bool keep_others)
{
    struct errlist e;
    errlist_init(&e);
    struct batch_state *s = batch_state_open(dir, names, n, keep_others, &e);
    if (s == NULL)
        bail("batch_state_open %s: %s", dir, e.n ? e.msgs[0] : "?");
    errlist_free(&e);
    return s;
}

static int
save(struct batch_state *s, struct said *said)
{
    struct errlist e;
    errlist_init(&e);
    int rc = batch_state_save(s, said_fate, said, &e);
    if (rc != 0)
        diag("save: %s", e.n ? e.msgs[0] : "?");
    errlist_free(&e);
    return rc;
}

/* Whether client i is found with hash; its next week in *next (freed by
 * the caller) and its entry in *e. */
static bool
find(struct batch_state *s, size_t i, uint64_t hash, struct state_entry *e, char **next)
{
    *next = NULL;
    return batch_state_find(s, i, hash, e, next);
}

static ino_t
inode_of(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_ino : 0;
}

int
main(void)
{
    plan(32);
    char *dir = xasprintf("%s/state", test_tmpdir());
    if (mkdir(dir, 0755) != 0)
        bail("mkdir %s", dir);
    char *state = xasprintf("%s/state", dir), *journal = xasprintf("%s/journal", dir);
    char *names[] = {"ann", "bob", NULL, "cy"};
    const char *tricky = "Squat 100x5; a\ttab, a\nnewline, a \\ backslash";
    struct state_entry e;
    char *next;

    /* A first run: nothing remembered; ann and bob written, cy failed. */
    struct batch_state *s = open_state(dir, names, 4, false);
    ok(!find(s, 0, 0xabc, &e, &next), "an empty folder remembers nothing");
    ok(access(journal, F_OK) == 0, "the journal is opened for the run");
    struct said run1[] = {
        {STATE_PUT, {0xabc, 2, 20000}, tricky},
        {STATE_PUT, {0x1, 1, 0}, ""},
        {STATE_KEEP, {0}, NULL},
        {STATE_DROP, {0}, NULL},
    };
    is_int(0, save(s, run1), "saved");
    batch_state_close(s);
    char *text = test_slurp(state, NULL);
    is_string(
        "topset-state 1\n"
        "ann\t0000000000000abc\t2\t20000\tSquat 100x5; a\\ttab, a\\nnewline, a \\\\ backslash\n"
        "bob\t0000000000000001\t1\t0\t\n",
        text, "one line per written client, texts escaped");
    free(text);
    ok(access(journal, F_OK) != 0, "the journal is removed once the state is in place");

    /* The next run finds them by name and hash. */
    s = open_state(dir, names, 4, false);
    ok(find(s, 0, 0xabc, &e, &next), "ann found with her hash");
    is_string(tricky, next, "her next week, tabs and newlines as they were");
    free(next);
    ok(e.block_week == 2 && e.last_log == 20000 && e.hash == 0xabc, "and her index values");
    ok(!find(s, 0, 0xabd, &e, &next), "not with another hash");
    ok(find(s, 1, 0x1, &e, &next) && strcmp(next, "") == 0, "bob, with an empty next week");
    free(next);
    ok(!find(s, 3, 0, &e, &next) && !find(s, 2, 0, &e, &next), "cy (failed) has no line");

    /* A run that changes nothing rewrites nothing. */
    ino_t before = inode_of(state);
    struct said keep[] = {{STATE_KEEP, {0}, NULL},
                          {STATE_KEEP, {0}, NULL},
                          {STATE_KEEP, {0}, NULL},
                          {STATE_KEEP, {0}, NULL}};
    is_int(0, save(s, keep), "an unchanged run saves");
    batch_state_close(s);
    ok(before != 0 && inode_of(state) == before, "without rewriting the state file");
    ok(access(journal, F_OK) != 0, "and removes its journal");

    /* A failed client loses its line; a dropped one with no line changes nothing. */
    s = open_state(dir, names, 4, false);
    struct said drop_bob[] = {{STATE_KEEP, {0}, NULL},
                              {STATE_DROP, {0}, NULL},
                              {STATE_KEEP, {0}, NULL},
                              {STATE_DROP, {0}, NULL}};
    is_int(0, save(s, drop_bob), "bob failed this time");
    batch_state_close(s);
    s = open_state(dir, names, 4, false);
    ok(!find(s, 1, 0x1, &e, &next), "bob is planned again next time");
    ok(find(s, 0, 0xabc, &e, &next), "ann is still remembered");
    free(next);

    /* A run that dies after naming ann in the journal (her plan may have
     * been replaced): the next run no longer trusts her line. */
    size_t ann = 0;
    struct errlist errs;
    errlist_init(&errs);
    is_int(0, batch_state_void(s, &ann, 1, &errs), "ann named in the journal");
    batch_state_close(s); /* no save: the run died */
    text = test_slurp(journal, NULL);
    is_string("\nann\n", text, "the journal holds her name");
    free(text);
    s = open_state(dir, names, 4, false);
    ok(!find(s, 0, 0xabc, &e, &next), "after a dead run ann is planned again");
    is_int(0, save(s, keep), "saved");
    batch_state_close(s);
    text = test_slurp(state, NULL);
    is_string("topset-state 1\n", text, "her line is gone from the state");
    free(text);
    ok(access(journal, F_OK) != 0, "and the journal with it");

    /* Shards: a run over bob alone keeps ann's line, a whole run does not. */
    s = open_state(dir, names, 4, false);
    is_int(0, save(s, run1), "ann and bob written again");
    batch_state_close(s);
    char *only_bob[] = {NULL, "bob"};
    struct said bob2[] = {{STATE_KEEP, {0}, NULL}, {STATE_PUT, {0x2, 3, 5}, "Bench 80x5"}};
    s = open_state(dir, only_bob, 2, true);
    is_int(0, save(s, bob2), "a shard with bob writes him");
    batch_state_close(s);
    s = open_state(dir, names, 4, false);
    ok(find(s, 0, 0xabc, &e, &next), "ann's line was kept by the shard");
    free(next);
    ok(find(s, 1, 0x2, &e, &next) && strcmp(next, "Bench 80x5") == 0 && e.block_week == 3,
       "bob's is the shard's");
    free(next);
    batch_state_close(s);
    s = open_state(dir, only_bob, 2, false);
    is_int(0, save(s, keep), "a whole run over a roster without ann");
    batch_state_close(s);
    text = test_slurp(state, NULL);
    ok(text != NULL && strstr(text, "ann\t") == NULL && strstr(text, "bob\t") != NULL,
       "drops her line");
    free(text);

    /* Damaged files are not trusted. */
    test_put_file(state, "topset-state 1\nann\t0000000000000abc\t2\t20000\tcut");
    s = open_state(dir, names, 4, false);
    ok(!find(s, 0, 0xabc, &e, &next), "a line cut short is ignored");
    batch_state_close(s);
    test_put_file(state, "something else\nann\t0000000000000abc\t2\t20000\tx\n");
    s = open_state(dir, names, 4, false);
    ok(!find(s, 0, 0xabc, &e, &next), "a file of another kind is ignored");
    batch_state_close(s);

    /* No journal, no run: a plan must not be replaced unrecorded. */
    char *gone = xasprintf("%s/no-such-folder", dir);
    errlist_free(&errs);
    errlist_init(&errs);
    ok(batch_state_open(gone, names, 4, false, &errs) == NULL && errs.n == 1
           && strstr(errs.msgs[0], "no-such-folder/journal: cannot write: ") != NULL,
       "a journal that cannot be opened stops the run, naming it");
    errlist_free(&errs);
    free(gone);
    free(state);
    free(journal);
    free(dir);
    return 0;
}
