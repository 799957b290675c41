/*
 * TAP producer: see basic.h.
 */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <unistd.h>

#include "basic.h"

static unsigned long planned;
static unsigned long current;
static unsigned long failed;
static bool lazy;
static bool plan_printed;
static char *tmpdir;

static void
finish(void)
{
    fflush(stderr);
    if (lazy && !plan_printed && current > 0)
        printf("1..%lu\n", current);
    if (!lazy && planned != current)
        printf("# Looks like you planned %lu tests but ran %lu.\n", planned, current);
    if (failed > 0)
        printf("# Looks like you failed %lu test%s of %lu.\n", failed, failed == 1 ? "" : "s",
               current);
    if (tmpdir != NULL) {
        if (failed == 0) {
            char *cmd = malloc(strlen(tmpdir) + 16);
            if (cmd != NULL) {
                sprintf(cmd, "rm -rf '%s'", tmpdir);
                if (system(cmd) != 0)
                    printf("# could not remove %s\n", tmpdir);
                free(cmd);
            }
        } else
            printf("# outputs kept in %s\n", tmpdir);
        free(tmpdir);
    }
    fflush(stdout);
    if (failed > 0 || (!lazy && planned != current))
        _exit(1);
}

static void
start(void)
{
    static bool registered;
    if (!registered) {
        setvbuf(stdout, NULL, _IOLBF, 0);
        atexit(finish);
        registered = true;
    }
}

void
plan(unsigned long n)
{
    start();
    planned = n;
    printf("1..%lu\n", n);
    plan_printed = true;
}

void
plan_lazy(void)
{
    start();
    lazy = true;
}

void
skip_all(const char *fmt, ...)
{
    va_list ap;
    printf("1..0 # SKIP ");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    fflush(stdout);
    _exit(0);
}

static bool __attribute__((format(printf, 2, 0))) report(bool success, const char *fmt, va_list ap)
{
    current++;
    if (!success)
        failed++;
    printf("%sok %lu", success ? "" : "not ", current);
    if (fmt != NULL && *fmt != '\0') {
        printf(" - ");
        vprintf(fmt, ap);
    }
    printf("\n");
    return success;
}

bool
ok(bool success, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    report(success, fmt, ap);
    va_end(ap);
    return success;
}

bool
is_int(long wanted, long seen, const char *fmt, ...)
{
    bool success = wanted == seen;
    va_list ap;
    va_start(ap, fmt);
    report(success, fmt, ap);
    va_end(ap);
    if (!success)
        diag("wanted: %ld\n#   seen: %ld", wanted, seen);
    return success;
}

bool
is_double(double wanted, double seen, double epsilon, const char *fmt, ...)
{
    bool success = (isnan(wanted) && isnan(seen)) || fabs(wanted - seen) <= epsilon;
    va_list ap;
    va_start(ap, fmt);
    report(success, fmt, ap);
    va_end(ap);
    if (!success)
        diag("wanted: %.6g\n#   seen: %.6g", wanted, seen);
    return success;
}

bool
is_string(const char *wanted, const char *seen, const char *fmt, ...)
{
    bool success;
    if (wanted == NULL || seen == NULL)
        success = wanted == seen;
    else
        success = strcmp(wanted, seen) == 0;
    va_list ap;
    va_start(ap, fmt);
    report(success, fmt, ap);
    va_end(ap);
    if (!success)
        diag("wanted: %s\n#   seen: %s", wanted ? wanted : "(null)", seen ? seen : "(null)");
    return success;
}

void
skip(const char *fmt, ...)
{
    va_list ap;
    current++;
    printf("ok %lu # SKIP ", current);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

void
diag(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    printf("# ");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
}

void
bail(const char *fmt, ...)
{
    va_list ap;
    fflush(stderr);
    printf("Bail out! ");
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    fflush(stdout);
    _exit(255);
}

char *
test_data_path(const char *relative)
{
    const char *srcdir = getenv("srcdir");
    if (srcdir == NULL || *srcdir == '\0')
        srcdir = ".";
    size_t n = strlen(srcdir) + strlen(relative) + 32;
    char *p = malloc(n);
    if (p == NULL)
        bail("out of memory");
    snprintf(p, n, "%s/tests/data/%s", srcdir, relative);
    return p;
}

char *
test_data_abs(const char *relative)
{
    char *path = test_data_path(relative);
    if (path[0] == '/')
        return path;
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        bail("getcwd failed");
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *abs = malloc(n);
    if (abs == NULL)
        bail("out of memory");
    snprintf(abs, n, "%s/%s", cwd, path);
    free(path);
    return abs;
}

const char *
test_tmpdir(void)
{
    if (tmpdir == NULL) {
        const char *base = getenv("TMPDIR");
        if (base == NULL || *base == '\0')
            base = "/tmp";
        size_t n = strlen(base) + 32;
        tmpdir = malloc(n);
        if (tmpdir == NULL)
            bail("out of memory");
        snprintf(tmpdir, n, "%s/topset-t-XXXXXX", base);
        if (mkdtemp(tmpdir) == NULL)
            bail("cannot create a temporary folder under %s", base);
    }
    return tmpdir;
}

char *
test_slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf != NULL && (got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            char *bigger = realloc(buf, cap * 2 + 1);
            if (bigger == NULL) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
    }
    fclose(fp);
    if (buf == NULL)
        return NULL;
    buf[n] = '\0';
    if (len != NULL)
        *len = n;
    return buf;
}

void
test_put_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");
    if (fp == NULL || fputs(text, fp) == EOF || fclose(fp) != 0)
        bail("cannot write %s", path);
}

char *
test_tmp_file(const char *name, const char *text)
{
    const char *dir = test_tmpdir();
    char *path = malloc(strlen(dir) + strlen(name) + 2);
    if (path == NULL)
        bail("out of memory");
    sprintf(path, "%s/%s", dir, name);
    test_put_file(path, text);
    return path;
}
