/*
 * libFuzzer target: a filled-in plan workbook read back as a log
 * (log_xlsx.c through log_read): the zip, its XML parts, shared and inline
 * strings, the week sheets' cells. The seeds are the workbooks under
 * tests/data, stored uncompressed so mutations reach the XML.
 */
#include <config.h>

#include "fuzz.h"
#include "log.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *path = fuzz_path(data, size);
    struct log log;
    struct errlist e;
    log_init(&log);
    errlist_init(&e);
    log_read(path, NULL, &log, &e);
    fuzz_check_errors(&e, path);
    log_free(&log);
    errlist_free(&e);
    return 0;
}
