/*
 * set_type: what a set is for (warmup, top, backoff, drop, work) and the
 * name a file writes for each. Its own header because logs, plans and
 * their readers and writers all need it and nothing else of each other.
 */
#ifndef TOPSET_SET_TYPE_H
#define TOPSET_SET_TYPE_H

/* Every set type and its name, once: the enum and the names (set_type.c)
 * are both made from this list. */
#define SET_TYPES(X)                                                                               \
    X(SET_WARMUP, "warmup")                                                                        \
    X(SET_TOP, "top")                                                                              \
    X(SET_BACKOFF, "backoff")                                                                      \
    X(SET_DROP, "drop")                                                                            \
    X(SET_WORK, "work")

#define SET_TYPE_ENUM_ITEM(kind, name) kind,
enum set_type { SET_TYPES(SET_TYPE_ENUM_ITEM) SET_TYPE_COUNT };

/* The name a file writes ("warmup", ...); "?" for a value out of range. */
const char *set_type_name(enum set_type t);
/* The set type named s (any case): 0, or -1 when s names none. */
int set_type_parse(const char *s, enum set_type *out);
/* "warmup, top, backoff, drop, work", for messages. */
const char *set_type_names_list(void);

#endif
