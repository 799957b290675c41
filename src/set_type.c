/* set_type: the names of the set types (see set_type.h). */
#include <config.h>

#include "set_type.h"
#include "util.h"

#define SET_TYPE_NAME_ITEM(kind, name) [kind] = name,
static const char *const set_type_names[SET_TYPE_COUNT] = {SET_TYPES(SET_TYPE_NAME_ITEM)};
#define SET_TYPE_LIST_ITEM(kind, name) ", " name
static const char set_type_list[] = SET_TYPES(SET_TYPE_LIST_ITEM);

const char *
set_type_name(enum set_type t)
{
    return (t >= 0 && t < SET_TYPE_COUNT) ? set_type_names[t] : "?";
}

int
set_type_parse(const char *s, enum set_type *out)
{
    /* Its first letter (in either case) first: cheaper than comparing
     * every name in full. */
    for (int t = 0; t < SET_TYPE_COUNT; t++)
        if ((s[0] | 0x20) == set_type_names[t][0] && ascii_casecmp(s, set_type_names[t]) == 0) {
            *out = (enum set_type) t;
            return 0;
        }
    return -1;
}

const char *
set_type_names_list(void)
{
    return set_type_list + 2; /* past the first ", " */
}
