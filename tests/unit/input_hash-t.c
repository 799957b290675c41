/*
 * input_hash: the same inputs give the same hash; a change to any input
 * file, the client, the as-of day (even within its week: the planner
 * reads the log up to that day) or an option gives another. A small log's
 * bytes come back for the
 * planner; a big one's, and an unreadable one's, do not. An edited
 * template is noticed by a worker that has hashed it before.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>

#include "date.h"
#include "input_hash.h"
#include "tap/basic.h"
#include "tap/topset.h"
#include "util.h"

/* The hash of j with a fresh hasher (nothing kept from before). */
static uint64_t
fresh_hash(const struct job_opts *j)
{
    struct input_hasher *h = input_hasher_new();
    const char *data;
    size_t len;
    uint64_t v = input_hash(h, j, &data, &len);
    input_hasher_free(h);
    return v;
}

int
main(void)
{
    plan(20);
    char *tpl = test_tmp_file("t.csv", "day,exercise,top_reps,start_weight\nA,Squat,5,100\n");
    const char *log_text = "date,exercise,set_type,weight,reps\n2026-11-16,Squat,top,100,5\n";
    char *log = test_tmp_file("l.csv", log_text);
    struct job_opts j = {
        .template_path = tpl,
        .log_path = log,
        .client = "ann",
        .weeks = 4,
        .start = test_date("2026-11-23"),
        .as_of = test_date("2026-11-22"),
        .unit = UNIT_KG,
        .formats = FORMAT_CSV | FORMAT_XLSX,
    };

    struct input_hasher *h = input_hasher_new();
    const char *data;
    size_t len;
    uint64_t base = input_hash(h, &j, &data, &len);
    ok(data != NULL && len == strlen(log_text) && memcmp(data, log_text, len) == 0,
       "a small log's bytes come back for the planner");
    ok(input_hash(h, &j, &data, &len) == base, "the same inputs, the same hash");
    is_int((long) base, (long) fresh_hash(&j), "with a hasher that kept nothing, too");

    struct job_opts k = j;
    k.as_of = test_date("2026-11-18"); /* the Wednesday of the same week */
    ok(fresh_hash(&k) != base, "another day of the as-of week: another hash");
    k.as_of = test_date("2026-11-23");
    ok(fresh_hash(&k) != base, "the next week: another hash");
    k = j;
    k.start = test_date("2026-11-30");
    ok(fresh_hash(&k) != base, "another start: another hash");
    k = j;
    k.unit = UNIT_LB;
    ok(fresh_hash(&k) != base, "another unit: another hash");
    k = j;
    k.paper = PAPER_LETTER;
    ok(fresh_hash(&k) != base, "another paper: another hash");
    k = j;
    k.client = "bob";
    ok(fresh_hash(&k) != base, "another client: another hash");
    k = j;
    k.formats = FORMAT_CSV;
    ok(fresh_hash(&k) != base, "other formats: another hash");
    k = j;
    k.weeks = 5;
    ok(fresh_hash(&k) != base, "another block length: another hash");
    k = j;
    k.strict = true;
    ok(fresh_hash(&k) != base, "strict (a roster's column, --strict): another hash");
    k = j;
    k.log_unit = 1 + UNIT_LB;
    ok(fresh_hash(&k) != base, "log_unit (--log-unit, a roster's column): another hash");
    k = j;
    const char *more[] = {tpl};
    k.more_logs = more;
    k.nmore_logs = 1;
    ok(fresh_hash(&k) != base, "a second log: another hash");

    /* One byte of the log changed. */
    test_put_file(log, "date,exercise,set_type,weight,reps\n2026-11-16,Squat,top,100,6\n");
    ok(input_hash(h, &j, &data, &len) != base, "a log with one byte changed: another hash");

    /* The template edited in place, to the same size: the hasher that
     * kept its hash notices (the file's time changed). */
    test_put_file(log, log_text);
    ok(input_hash(h, &j, &data, &len) == base, "the log put back: the first hash again");
    test_put_file(tpl, "day,exercise,top_reps,start_weight\nA,Squat,5,105\n");
    struct timeval later[2] = {{2000000000, 0}, {2000000000, 0}};
    utimes(tpl, later);
    ok(input_hash(h, &j, &data, &len) != base, "an edited template: another hash");

    /* A log too big to keep is hashed all the same, but not kept. */
    size_t big = (1 << 20) + 100;
    char *text = xmalloc(big + 1);
    memset(text, 'x', big);
    text[big] = '\0';
    test_put_file(log, text);
    uint64_t v = input_hash(h, &j, &data, &len);
    ok(data == NULL, "a log over 1 MB is not kept");
    text[big - 1] = 'y';
    test_put_file(log, text);
    ok(input_hash(h, &j, &data, &len) != v, "but its last byte still counts");
    free(text);

    k = j;
    k.log_path = "/nonexistent/log.csv";
    input_hash(h, &k, &data, &len);
    ok(data == NULL, "an unreadable log: nothing kept (the job reports it)");

    input_hasher_free(h);
    free(tpl);
    free(log);
    return 0;
}
