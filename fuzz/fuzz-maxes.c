/* libFuzzer target: the maxes reader. */
#include <config.h>

#include "fuzz.h"
#include "maxes.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_path(data, size);
    struct maxes m;
    struct errlist e;
    errlist_init(&e);
    if (maxes_read(path, &m, &e) == 0)
        maxes_free(&m);
    fuzz_check_errors(&e, path);
    errlist_free(&e);
    return 0;
}
