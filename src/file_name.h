/*
 * file_name: portable file names for a batch's clients. A client's plans
 * travel by mail, in zip files and to other systems; a name made only of
 * ASCII letters, digits, '-', '_' and '.' reaches each of them as it was
 * (no spaces, accents or quotes). Unique on the whole roster, ignoring
 * case (as a case-blind file system sees it), so no two clients, and no
 * two shards of one roster, ever write the same file.
 */
#ifndef TOPSET_FILE_NAME_H
#define TOPSET_FILE_NAME_H

#include <stddef.h>

#include "util.h"

/* The longest name made, in bytes, before the extension. */
#define FILE_NAME_MAX 100

/*
 * A portable file name for client: Latin letters with accents lose them
 * ("ë" -> "e", "ß" -> "ss", "Ł" -> "L", "Æ" -> "AE"); apostrophes and
 * quotation marks are dropped; any other run of characters (spaces, '/',
 * '\\', punctuation, other scripts) becomes one '_'; leading '.', '-' and
 * '_' and trailing '.' and '_' are dropped (no hidden file, no name taken
 * for an option); a name Windows reserves (CON, NUL, COM1, ...) gets a
 * '_'; at most FILE_NAME_MAX bytes. A name with nothing left is "client".
 * "Zoë O'Brien/2" -> "Zoe_OBrien_2", "../evil" -> "evil". Caller frees.
 */
char *file_name_of(const char *client);

/*
 * Make names[0..n-1] unique ignoring case, in order: the first keeps its
 * name, later ones get "-2", "-3", ... (cut to stay within
 * FILE_NAME_MAX). NULL entries are skipped. A changed name is put in a
 * (the old one is left as it was: the caller owns it).
 */
void file_names_unique(char **names, size_t n, struct arena *a);

#endif
