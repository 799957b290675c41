/* libFuzzer target: the CSV layer on its own, from memory, with the
 * default limits and with tiny ones (so the limit paths are reached). */
#include <config.h>

#include "csvread.h"
#include "fuzz.h"

static int
count(const struct csv_row *row, void *arg)
{
    size_t *bytes = arg;
    for (size_t i = 0; i < row->n; i++)
        *bytes += strlen(row->fields[i]); /* touch every field */
    return row->index == 1000 ? 1 : 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const struct csvread_opts tiny = {.max_field = 8, .max_fields = 4, .max_rows = 3};
    for (int pass = 0; pass < 2; pass++) {
        struct errlist e;
        errlist_init(&e);
        size_t bytes = 0;
        int rc = csvread_buffer((const char *) data, size, "f.csv", pass ? &tiny : NULL, count,
                                &bytes, &e);
        if ((rc == -1) != (e.n > 0))
            abort(); /* -1 exactly when a problem was reported */
        fuzz_check_errors(&e, "f.csv");
        errlist_free(&e);
    }
    return 0;
}
