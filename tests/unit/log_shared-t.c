/*
 * log_shared: a log a roster shares, read once and split by client. Each
 * client gets its own rows, in the order read (then by date), from rows of
 * every client interleaved; a bad row costs its client alone; a client's
 * fingerprint does not depend on the other clients' rows, not even on
 * which names of theirs share a copy with its own.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log_shared.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

#define HEADER "client,date,exercise,set_type,weight,reps,rpe,unit,notes\n"

/* Client's sets as "weight@line ...", with its count of problems. */
static char *
sets_of(const struct log_shared *s, const char *path, const char *client, size_t *problems)
{
    struct log log;
    struct errlist errs;
    log_init(&log);
    errlist_init(&errs);
    char *out = xstrdup("");
    if (log_shared_get(s, path, client, false, &log, &errs) != 0) {
        free(out);
        out = xstrdup("(failed)");
    }
    for (size_t i = 0; i < log.n; i++) {
        char *more = xasprintf("%s%s%g@%lu", out, i > 0 ? " " : "", log.sets[i].weight,
                               (unsigned long) log.sets[i].line);
        free(out);
        out = more;
    }
    *problems = errlist_count(&errs) + errlist_warnings(&errs);
    errlist_free(&errs);
    log_free(&log);
    return out;
}

/* Which slot of log_add's name table (log.c) a name takes. */
static size_t
slot_of(const char *name)
{
    return (size_t) (fnv1a64(FNV1A64_BASIS, name, strlen(name)) % LOG_NAME_SLOTS);
}

static uint64_t
hash_of(const char *name, const char *text, const char *client)
{
    char *path = test_tmp_file(name, text);
    struct log_shared *s = log_shared_new();
    log_shared_read(s, path, false, DATE_ORDER_AUTO);
    uint64_t h = 0;
    if (!log_shared_hash(s, path, client, false, &h))
        diag("%s: not held", name);
    log_shared_free(s);
    free(path);
    return h;
}

int
main(void)
{
    plan(8);
    char *path = test_tmp_file("gym.csv", HEADER "a,2026-11-02,Squat,top,100,5,,kg,\n"
                                                 "b,2026-11-02,Squat,top,60,5,,kg,\n"
                                                 "a,2026-11-02,Squat,backoff,90,8,,kg,\n"
                                                 "A ,2026-11-03,Squat,top,heavy,5,,kg,\n"
                                                 "b,2026-11-04,Bench Press,top,50,5,,kg,\n"
                                                 "a,2026-11-05,Bench Press,top,70,5,,kg,\n"
                                                 "b,2026-11-05,Squat,top,62.5,5,,kg,\n"
                                                 "c,2026-11-09,Squat,top,50,5,,kg,\n"
                                                 "c,2026-11-02,Squat,top,40,5,,kg,\n");
    struct log_shared *s = log_shared_new();
    log_shared_read(s, path, false, DATE_ORDER_AUTO);
    size_t problems;
    char *got = sets_of(s, path, "a", &problems);
    is_string("100@2 90@4 70@7", got, "a's rows, read among b's and c's");
    is_int(1, (long) problems, "a's bad row (line 5, client \"A \") is a's problem");
    free(got);
    got = sets_of(s, path, "b", &problems);
    is_string("60@3 50@6 62.5@8", got, "b's rows");
    is_int(0, (long) problems, "b is not told of a's bad row");
    free(got);
    got = sets_of(s, path, "c", &problems);
    is_string("40@10 50@9", got, "c's rows, out of order in the file, by date");
    free(got);
    log_shared_free(s);
    free(path);

    /* b's row between a's two squats takes Squat's name slot, or not: a's
     * fingerprint is the same either way. */
    char other[32];
    int k = 0;
    do
        snprintf(other, sizeof other, "Lift %d", k++);
    while (slot_of(other) != slot_of("Squat"));
    ok(slot_of("Bench Press") != slot_of("Squat"), "\"%s\" shares Squat's slot, Bench Press not",
       other);
    char *with = xasprintf(HEADER "a,2026-11-02,Squat,top,100,5,,kg,\n"
                                  "b,2026-11-02,%s,top,60,5,,kg,\n"
                                  "a,2026-11-02,Squat,backoff,90,8,,kg,\n",
                           other);
    const char *without = HEADER "a,2026-11-02,Squat,top,100,5,,kg,\n"
                                 "b,2026-11-02,Bench Press,top,60,5,,kg,\n"
                                 "a,2026-11-02,Squat,backoff,90,8,,kg,\n";
    is_int((long) hash_of("fp.csv", with, "a"), (long) hash_of("fp.csv", without, "a"),
           "a's fingerprint is the same whatever name b's row has");
    ok(hash_of("fp.csv", with, "b") != hash_of("fp.csv", without, "b"),
       "b's is not (its row changed)");
    free(with);
    return 0;
}
