/*
 * log_shared: a log that a whole roster shares (one gym-wide export with
 * a client column), read once per batch and split by client, instead of
 * once per client. A batch reads such logs before its workers start;
 * each job then takes its client's rows from here (forked workers share
 * them read-only) and the incremental fingerprint hashes only those rows.
 */
#ifndef TOPSET_LOG_SHARED_H
#define TOPSET_LOG_SHARED_H

#include <stdbool.h>
#include <stdint.h>

#include "errors.h"
#include "log.h"

struct log_shared;

struct log_shared *log_shared_new(void);
void log_shared_free(struct log_shared *s);

/*
 * Read the log at path once for every client it names, as log_read
 * would for each (strict: as in a strict errlist, --strict or a roster's
 * strict column). Nothing is held for a file that cannot be opened or is a
 * workbook: the jobs read those themselves and say why. A path read
 * before with the same strictness is not read again. date_order: as
 * log_opts.date_order (the batch's --date-order, the same for every client).
 */
void log_shared_read(struct log_shared *s, const char *path, bool strict, int date_order);

/* What log_shared_get answers for a file it does not hold. */
#define LOG_SHARED_NOT_HELD 1

/*
 * Append client's rows of the log at path (read by log_shared_read with
 * this strictness) to log (their strings stay s's: s must outlive log), and their problems (and the file's) to errs:
 * what log_read(path, {.client = client}) gives, but for the order of the
 * problems (the file's own, like a row of the wrong width, come first).
 * Returns 0, -1 (problems in errs, nothing appended), or
 * LOG_SHARED_NOT_HELD when the file is not held or changed since it was
 * read (the caller reads it itself).
 */
int log_shared_get(const struct log_shared *s, const char *path, const char *client, bool strict,
                   struct log *log, struct errlist *errs);

/*
 * Into *h, a fingerprint of everything log_shared_get gives client from
 * path: its rows as read (every field, file and line), the file's format
 * and every problem. Other clients' rows do not count. Returns false, and
 * leaves *h, when log_shared_get would say LOG_SHARED_NOT_HELD.
 */
bool log_shared_hash(const struct log_shared *s, const char *path, const char *client, bool strict,
                     uint64_t *h);

#endif
