/*
 * formats: the output formats of a plan, one row each in formats.c: the
 * name --format takes, the file's extension, what the file is for, whether
 * it is written by default, and its writer. job.c writes every chosen
 * format through the table; --format, --help and batch read it too, so a
 * new format is one row and one writer file.
 */
#ifndef TOPSET_FORMATS_H
#define TOPSET_FORMATS_H

#include <stdbool.h>
#include <stdio.h>

#include "errors.h"
#include "plan.h"

struct format {
    const char *name;    /* as --format takes it, any case: "xlsx" */
    const char *ext;     /* the file is PREFIX + ext: ".xlsx" */
    const char *purpose; /* for --help: "PREFIX.xlsx (to print)" */
    bool by_default;     /* written when --format is not given */
    /*
     * The writer: exactly one of the two kinds. A stream writer writes p to
     * fp (not closed) and returns 0, or -1 with errno set. A file writer,
     * for a library that opens its file by name, writes p to the file at
     * path, names it name in messages (path is a temporary file), and
     * returns 0, or -1 with a message in errs.
     */
    int (*write_stream)(const struct plan *p, FILE *fp);
    int (*write_file)(const struct plan *p, const char *path, const char *name,
                      struct errlist *errs);
};

extern const struct format formats[];
extern const size_t nformats;

/* A set of formats (job_opts.formats) holds bit FORMAT_BIT(i) for
 * formats[i]. FORMAT_XLSX and FORMAT_CSV name the two that code outside
 * the table asks for (batch writes index.xlsx beside workbooks). */
#define FORMAT_BIT(i) (1u << (i))
#define FORMAT_XLSX FORMAT_BIT(0)
#define FORMAT_CSV FORMAT_BIT(1)

/* The index in formats[] of the format called name (any case), or -1. */
int format_index(const char *name);

/* The set of the formats written when --format is not given. */
unsigned format_defaults(void);

/* The names of the formats in set (~0u: every one), in the table's order,
 * joined as list_append joins them: "xlsx,csv" with sep and last ",".
 * Caller frees. */
char *format_names(unsigned set, const char *sep, const char *last);

#endif
