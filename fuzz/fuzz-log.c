/*
 * libFuzzer target: the log reader, every dialect. The first byte picks
 * how: below 0x80 detection from the header (native, plan, Strong's three
 * dialects, Hevy, FitNotes, Liftosaur), else one dialect forced by name or
 * a client filter; its bits 4-6 pick the date order of slash dates (0, 3
 * and 6 decide from the file, as fuzz/run's seed byte 'd' does; 1, 4 and 7
 * force month first, 2 and 5 day first); the rest is the file.
 */
#include <config.h>

#include "fuzz.h"
#include "log.h"

#define MAX_NAMES 16

/* The dialect names, from log_format_names() ("native, plan, ..."). */
static size_t
dialects(char names[MAX_NAMES][32])
{
    const char *s = log_format_names();
    size_t n = 0;
    while (*s != '\0' && n < MAX_NAMES) {
        size_t len = strcspn(s, ",");
        snprintf(names[n++], 32, "%.*s", (int) len, s);
        s += len;
        while (*s == ',' || *s == ' ')
            s++;
    }
    return n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char names[MAX_NAMES][32];
    static size_t nnames;
    if (nnames == 0)
        nnames = dialects(names);
    if (size == 0)
        return 0;
    /* Below 0x80: detect. Else one dialect forced, or a client filter. */
    struct log_opts opts = {.date_order = ((data[0] >> 4) & 7) % 3};
    unsigned how = data[0] % (unsigned) (nnames + 1);
    if (data[0] >= 0x80 && how < nnames)
        opts.force_format = names[how];
    else if (data[0] >= 0x80)
        opts.client = "Alex";
    const char *path = fuzz_path(data + 1, size - 1);
    struct log log;
    struct errlist e;
    log_init(&log);
    errlist_init(&e);
    log_read(path, &opts, &log, &e);
    fuzz_check_errors(&e, path);
    log_free(&log);
    errlist_free(&e);
    return 0;
}
