/* libFuzzer target: the template reader. */
#include <config.h>

#include "fuzz.h"
#include "template.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_path(data, size);
    struct template t;
    struct errlist e;
    errlist_init(&e);
    if (template_read(path, &t, &e) == 0)
        template_free(&t);
    fuzz_check_errors(&e, path);
    errlist_free(&e);
    return 0;
}
