/*
 * plan_csv: the plan CSV, byte for byte, for a small plan built by hand;
 * failed writes are reported; and the file reads back as a log ("Closing
 * the loop"), names guarded against formula injection included. Single
 * fields and the guard itself are tested in csvwrite-t.c.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "plan_csv.h"
#include "tap/basic.h"
#include "util.h"

#include "sample_plan.h"

static const char expected[] =
    "client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,"
    "actual_weight,actual_reps,actual_rpe,rest,tempo\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,1,warmup,50,5,,kg,warm-up 50%,50,5,,3 min,3-1-X-0\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,2,top,102.5,5,8,kg,add 2.5: 6/6 reps @8 last time,"
    "102.5,5,8.5,3 min,3-1-X-0\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,3,backoff,92.5,8,,kg,10% drop,92.5,8,,3 min,3-1-X-0\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,4,backoff,92.5,8,,kg,"
    "\"collapsed: 7, \"\"ugly\"\"\nnext +5\",92.5,7,9,3 min,3-1-X-0\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,5,drop,62.5,15,,kg,drop 60%,,,,3 min,3-1-X-0\n"
    "Alex,1,2026-11-23,Lower A,Squat,1,top,140,5,,kg,start,,,,,\n"
    "Alex,2,2026-11-30,Upper A,Bench Press,1,warmup,52.5,5,,kg,warm-up 50%,,,,,\n"
    "Alex,2,2026-11-30,Upper A,Bench Press,2,top,105,5,8,kg,add 2.5: 6/6 reps @8 last time,,,,,\n"
    "Alex,2,2026-11-30,Upper A,Bench Press,3,backoff,95,8,,kg,10% drop,,,,,\n"
    "Alex,2,2026-11-30,Upper A,Bench Press,4,backoff,95,8,,kg,10% drop,,,,,\n"
    "Alex,2,2026-11-30,Upper A,Bench Press,5,drop,62.5,15,,kg,drop 60%,,,,,\n"
    "Alex,2,2026-11-30,Lower A,Deadlift,1,top,180,3,,kg,start,,,,,\n";

/* A plan CSV written before the rest and tempo columns: it still reads back
 * as a log. */
static const char older[] =
    "client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,"
    "actual_weight,actual_reps,actual_rpe\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,1,top,100,5,,kg,start,100,6,8\n"
    "Alex,1,2026-11-23,Upper A,Bench Press,2,backoff,90,8,,kg,10% drop,,,\n";

int
main(void)
{
    struct plan p;
    char *path = xasprintf("%s/plan.csv", test_tmpdir());

    plan_lazy();

    /* The whole plan, byte for byte. Week 1's bench press has the
     * template's rest and tempo, on each of its rows; the rest have none. */
    sample_plan(&p, PAPER_A4);
    p.exs[0].rest = "3 min";
    p.exs[0].tempo = "3-1-X-0";
    FILE *fp = fopen(path, "wb");
    if (fp == NULL)
        bail("cannot write %s", path);
    ok(plan_csv_write(&p, fp) == 0, "write the sample plan");
    ok(fclose(fp) == 0, "close it");
    size_t len = 0;
    char *got = test_slurp(path, &len);
    is_string(expected, got, "the plan CSV is exactly as expected");
    is_int((long) strlen(expected), (long) len, "and has no extra bytes");
    free(got);

    /* A stream that cannot be written. */
    FILE *full = fopen("/dev/full", "wb");
    if (full != NULL) {
        setvbuf(full, NULL, _IONBF, 0);
        ok(plan_csv_write(&p, full) == -1, "a failed write is reported (/dev/full)");
        fclose(full);
    } else
        skip("no /dev/full");

    /* An empty plan is a header alone. */
    struct plan empty;
    plan_init(&empty);
    char *buf = NULL;
    size_t blen = 0;
    FILE *mem = open_memstream(&buf, &blen);
    ok(mem != NULL && plan_csv_write(&empty, mem) == 0, "an empty plan writes");
    fclose(mem);
    is_string("client,week,date,day,exercise,set,set_type,weight,reps,rpe,unit,why,"
              "actual_weight,actual_reps,actual_rpe,rest,tempo\n",
              buf, "just the header");
    free(buf);
    plan_free(&empty);

    /* Closing the loop: the written file is a log of what was done. */
    struct log log;
    struct errlist errs;
    log_init(&log);
    errlist_init(&errs);
    ok(log_read(path, NULL, &log, &errs) == 0, "the plan CSV reads back as a log");
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    is_string("plan", log.format, "detected as a plan");
    is_int(4, (long) log.n, "the four logged sets, nothing else");
    if (log.n == 4) {
        is_double(102.5, log.sets[1].weight, 1e-9, "the top set's actual load");
        is_double(8.5, log.sets[1].rpe, 1e-9, "and RPE");
        is_int(7, log.sets[3].reps, "the second back-off's actual reps");
    } else {
        skip("no sets to compare");
        skip("no sets to compare");
        skip("no sets to compare");
    }
    log_free(&log);
    errlist_free(&errs);

    /* An older plan CSV, without rest and tempo. */
    char *opath = xasprintf("%s/older.csv", test_tmpdir());
    FILE *of = fopen(opath, "wb");
    if (of == NULL || fputs(older, of) < 0 || fclose(of) != 0)
        bail("cannot write %s", opath);
    log_init(&log);
    errlist_init(&errs);
    ok(log_read(opath, NULL, &log, &errs) == 0, "a plan CSV without rest and tempo still reads");
    for (size_t i = 0; i < errs.n; i++)
        diag("%s", errs.msgs[i]);
    is_int(1, (long) log.n, "its one logged set");
    is_int(6, log.n ? log.sets[0].reps : -1, "with its actual reps");
    log_free(&log);
    errlist_free(&errs);
    free(opath);

    plan_free(&p);

    /* Names a spreadsheet would run: guarded in the file, read back as
     * they were. */
    {
        struct plan h;
        plan_init(&h);
        h.client = "=HYPERLINK(\"http://evil\",\"Alex\")";
        h.unit = UNIT_KG;
        h.start = date_from_ymd(2026, 11, 23);
        h.as_of = date_from_ymd(2026, 11, 23);
        plan_add_week(&h, 1, h.start, false);
        plan_add_day(&h, "@Upper");
        plan_add_exercise(&h, "-Bench+", "", plan_add_lift(&h, "@Upper", "-Bench+"), 2.5);
        size_t top = plan_add_set(&h, SET_TOP, 100, 5, 0, "start");
        h.sets[top].done = true;
        h.sets[top].actual_weight = 100;
        h.sets[top].actual_reps = 5;
        char *hpath = xasprintf("%s/hostile.csv", test_tmpdir());
        FILE *hf = fopen(hpath, "wb");
        if (hf == NULL)
            bail("cannot write %s", hpath);
        ok(plan_csv_write(&h, hf) == 0 && fclose(hf) == 0, "a plan with formula-like names writes");
        char *text = test_slurp(hpath, NULL);
        const char *row = text ? strchr(text, '\n') : NULL;
        is_string(
            "\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"Alex\"\")\",1,2026-11-23,'@Upper,'-Bench+,1,"
            "top,100,5,,kg,start,100,5,,,\n",
            row, "client, day and exercise start with '");
        free(text);
        struct log hl;
        log_init(&hl);
        errlist_init(&errs);
        ok(log_read(hpath, NULL, &hl, &errs) == 0, "and the file reads back as a log");
        for (size_t i = 0; i < errs.n; i++)
            diag("%s", errs.msgs[i]);
        is_int(1, (long) hl.n, "one set done");
        is_string("-Bench+", hl.n ? hl.sets[0].exercise : NULL, "the exercise as it was");
        is_string("@Upper", hl.n ? hl.sets[0].day : NULL, "the day as it was");
        struct log_opts lo = {.client = h.client};
        log_free(&hl);
        log_init(&hl);
        ok(log_read(hpath, &lo, &hl, &errs) == 0 && hl.n == 1, "the client's rows found by name");
        log_free(&hl);
        errlist_free(&errs);
        plan_free(&h);
        free(hpath);
    }

    free(path);
    return 0;
}
