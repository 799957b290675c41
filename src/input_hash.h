/*
 * input_hash: a fingerprint of everything a client's plan is made from:
 * topset's version, the client's name, the template, log and maxes files
 * (their names and bytes), the unit, the block's start and length, the
 * as-of day, the formats, the paper and strictness. A batch keeps it beside each
 * plan (batch_state.h) and plans a client again only when it changed.
 */
#ifndef TOPSET_INPUT_HASH_H
#define TOPSET_INPUT_HASH_H

#include <stddef.h>
#include <stdint.h>

#include "job.h"

/* What a worker keeps from one client to the next: the hashes of the
 * templates it has read, and a buffer for the client's log. */
struct input_hasher;

struct input_hasher *input_hasher_new(void);
void input_hasher_free(struct input_hasher *h);

/*
 * The hash of j's inputs. When the log is a regular file under 1 MB, its
 * bytes are left in *log_data and *log_len (valid until the next call),
 * for the job to plan from without reading the file again; else
 * *log_data is NULL. A file that cannot be read hashes as such; the job
 * reports why.
 */
uint64_t input_hash(struct input_hasher *h, const struct job_opts *j, const char **log_data,
                    size_t *log_len);

#endif
