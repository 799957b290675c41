/*
 * Shared by the libFuzzer targets: the readers take a path, so each input
 * is written to one private temporary file (made on first use, rewritten
 * for every input, removed at exit) and read from there. Harness code, so
 * it keeps that file in static state; the library itself has none.
 */
#ifndef TOPSET_FUZZ_H
#define TOPSET_FUZZ_H

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "errors.h"

static char fuzz_file[PATH_MAX];
static int fuzz_fd = -1;

static inline void
fuzz_cleanup(void)
{
    if (fuzz_fd >= 0)
        unlink(fuzz_file);
}

/* The input as a file; its path (the same for every input). */
static inline const char *
fuzz_path(const uint8_t *data, size_t size)
{
    if (fuzz_fd < 0) {
        const char *dir = getenv("TMPDIR");
        if (snprintf(fuzz_file, sizeof fuzz_file, "%s/topset-fuzz-XXXXXX",
                     dir && *dir ? dir : "/tmp")
            >= (int) sizeof fuzz_file)
            abort();
        fuzz_fd = mkstemp(fuzz_file);
        if (fuzz_fd < 0)
            abort();
        atexit(fuzz_cleanup);
    }
    if (ftruncate(fuzz_fd, 0) != 0)
        abort();
    size_t done = 0;
    while (done < size) {
        ssize_t n = pwrite(fuzz_fd, data + done, size - done, (off_t) done);
        if (n <= 0)
            abort();
        done += (size_t) n;
    }
    return fuzz_file;
}

/* Every message a reader reports must be a FILE:LINE message naming the
 * file: a crash of the contract, not of memory, is a bug too. */
static inline void
fuzz_check_errors(const struct errlist *e, const char *path)
{
    for (size_t i = 0; i < e->n; i++)
        if (strncmp(e->msgs[i], path, strlen(path)) != 0)
            abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif
