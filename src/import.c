/*
 * import: an app export to our native log (import.h). The export is read by
 * the same dialects `--log` uses (import_<app>.c), so a plan made from the
 * export and one made from the converted log see the same sets; this file
 * only picks the layout of the app (apps.c) and writes the native CSV.
 */
#include <config.h>

#include <errno.h>
#include <string.h>

#include "apps.h"
#include "csvread.h"
#include "csvwrite.h"
#include "import.h"
#include "log.h"
#include "log_dialect.h"
#include "util.h"

struct sniff {
    const struct app *app;
    const struct log_dialect *found;
    unsigned long line;
};

/* Called for the header only: find the app's layout, then stop reading. */
static int
sniff_header(const struct csv_row *row, void *arg)
{
    struct sniff *sn = arg;
    sn->line = row->line;
    for (size_t i = 0; i < APP_MAX_LAYOUTS && sn->app->layouts[i] != NULL; i++)
        if (sn->app->layouts[i]->detect(row)) {
            sn->found = sn->app->layouts[i];
            break;
        }
    return 1;
}

static int
put(FILE *out, const char *s)
{
    return fputs(s, out) == EOF ? -1 : 0;
}

static int
write_set(FILE *out, const struct log_set *x)
{
    char date[11], weight[32], rpe[32], reps[32];
    snprintf(reps, sizeof reps, "%d", x->reps);
    date_format(date, x->date);
    fmt_num(weight, x->weight);
    if (x->rpe > 0)
        fmt_num(rpe, x->rpe);
    else
        rpe[0] = '\0';
    const char *unit = x->unit == UNIT_UNSPECIFIED ? "" : unit_name((enum unit) x->unit);
    const char *fields[] = {
        date,
        x->exercise,
        x->failed ? LOG_FAILED_SET : set_type_name(x->type),
        weight,
        reps,
        rpe,
        unit,
        x->notes ? x->notes : "",
        x->day ? x->day : "",
    };
    /* exercise, notes and day are the app user's text: guarded against
     * formula injection (log_native.c takes the guard off again). */
    static const bool user_text[] = {false, true, false, false, false, false, false, true, true};
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
        if (i > 0 && put(out, ",") != 0)
            return -1;
        if ((user_text[i] ? csv_put_text(out, fields[i]) : csv_put_field(out, fields[i])) != 0)
            return -1;
    }
    return put(out, "\n");
}

static int
write_native(FILE *out, const struct log *log)
{
    errno = 0; /* so a failed write's errno is the one reported */
    if (put(out, "date,exercise,set_type,weight,reps,rpe,unit,notes,day\n") != 0)
        return -1;
    for (size_t i = 0; i < log->n; i++)
        if (write_set(out, &log->sets[i]) != 0)
            return -1;
    if (fflush(out) != 0 || ferror(out))
        return -1;
    return 0;
}

int
import_run(const struct app *app, const char *path, int date_order, FILE *out, struct errlist *errs)
{
    /* Which of the app's layouts is it? The header says. */
    struct sniff sn = {app, NULL, 1};
    int rc = csvread_file(path, NULL, sniff_header, &sn, errs);
    if (rc < 0)
        return -1;
    if (sn.found == NULL) {
        err_at(errs, path, sn.line, 0, "not a %s export: expected a header with %s", app->title,
               app->columns);
        return -1;
    }

    struct log log;
    log_init(&log);
    struct log_opts opts = {.force_format = sn.found->name, .date_order = date_order};
    rc = log_read(path, &opts, &log, errs);
    if (rc == 0 && write_native(out, &log) != 0) {
        err_at(errs, NULL, 0, 0, "cannot write the native log: %s",
               errno ? strerror(errno) : "write error");
        rc = -1;
    }
    log_free(&log);
    return rc == 0 ? 0 : -1;
}
