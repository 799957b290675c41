/*
 * formats: the table of output formats (formats.h). To add one: write its
 * writer in a file of its own (plan_<format>.c, with one of the two writer
 * signatures of struct format) and add its row; then document it
 * (doc/topset.1, doc/topset-formats.5). tests/unit/formats-t.c writes a
 * plan through every row.
 */
#include <config.h>

#include "formats.h"
#include "plan_csv.h"
#include "plan_pdf.h"
#include "plan_xlsx.h"
#include "util.h"

/* In the order --help and messages list them; a set's bits follow it
 * (FORMAT_XLSX is bit 0, FORMAT_CSV bit 1). */
const struct format formats[] = {
    {.name = "xlsx",
     .ext = ".xlsx",
     .purpose = "to print",
     .by_default = true,
     .write_file = plan_xlsx_write_as},
    {.name = "csv",
     .ext = ".csv",
     .purpose = "one row per set",
     .by_default = true,
     .write_stream = plan_csv_write},
    {.name = "pdf",
     .ext = ".pdf",
     .purpose = "a page per training day",
     .by_default = false,
     .write_file = plan_pdf_write_as},
};

const size_t nformats = sizeof formats / sizeof formats[0];

int
format_index(const char *name)
{
    for (size_t i = 0; i < nformats; i++)
        if (ascii_casecmp(name, formats[i].name) == 0)
            return (int) i;
    return -1;
}

unsigned
format_defaults(void)
{
    unsigned set = 0;
    for (size_t i = 0; i < nformats; i++)
        if (formats[i].by_default)
            set |= FORMAT_BIT(i);
    return set;
}

char *
format_names(unsigned set, const char *sep, const char *last)
{
    size_t n = 0, k = 0;
    for (size_t i = 0; i < nformats; i++)
        n += (set & FORMAT_BIT(i)) != 0;
    char *list = NULL;
    for (size_t i = 0; i < nformats; i++)
        if (set & FORMAT_BIT(i))
            list_append(&list, k++, n, formats[i].name, sep, last);
    return list ? list : xstrdup("");
}
