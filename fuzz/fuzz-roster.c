/* libFuzzer target: the roster reader (paths in it resolve beside the
 * temporary file and are only looked at, never written). */
#include <config.h>

#include "fuzz.h"
#include "roster.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_path(data, size);
    struct roster r;
    struct errlist e;
    errlist_init(&e);
    if (roster_read(path, &r, &e) == 0)
        roster_free(&r);
    fuzz_check_errors(&e, path);
    errlist_free(&e);
    return 0;
}
