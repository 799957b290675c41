/*
 * apps: the training apps whose exports topset reads, one row each in
 * apps.c. The row gives the name `topset import --from` takes, the name
 * the app's users know it by (for --help and messages), and its export
 * layouts: the log dialects, in import_<app>.c, that read them. `--log`
 * detection, `topset import`, `--help` and every message that lists the
 * apps read this table, so adding an app is one row and one file.
 */
#ifndef TOPSET_APPS_H
#define TOPSET_APPS_H

#include <stddef.h>

struct log_dialect;

#define APP_MAX_LAYOUTS 6

struct app {
    const char *name;    /* as --from takes it, any case: "strong" */
    const char *title;   /* as its users write it: "Strong"; its dialects'
                               description is the same word */
    const char *columns; /* header columns every layout has, for "not a
                               Strong export: expected a header with ..." */
    /* Its export layouts, the usual one first; NULL after the last. */
    const struct log_dialect *layouts[APP_MAX_LAYOUTS];
};

extern const struct app apps[];
extern const size_t napps;

/* The app called name (any case), or NULL when there is none. */
const struct app *app_named(const char *name);

/* The apps' names ("strong, hevy, fitnotes or liftosaur" with sep ", " and
 * last " or "), or their titles ("Strong, Hevy, FitNotes or Liftosaur"),
 * in the table's order. The caller frees the result. */
char *app_names(const char *sep, const char *last);
char *app_titles(const char *sep, const char *last);

#endif
