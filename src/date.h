/*
 * date: calendar dates as day numbers (days since 1970-01-01, proleptic
 * Gregorian), so weeks and comparisons are integer arithmetic.
 */
#ifndef TOPSET_DATE_H
#define TOPSET_DATE_H

#include <stdbool.h>
#include <stddef.h>

typedef long day_t;

/* Parse exactly YYYY-MM-DD (a real date). Returns 0 and stores it, or -1. */
int date_parse(const char *s, day_t *out);
/* Parse a date at the start of s: "YYYY-MM-DD" followed by end of string,
 * a space or 'T' (a time part, ignored). Returns 0 or -1. */
int date_parse_prefix(const char *s, day_t *out);
day_t date_from_ymd(int y, int m, int d);
void date_to_ymd(day_t day, int *y, int *m, int *d);
bool date_valid_ymd(int y, int m, int d);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(day_t day);
/* The names a template's weekday column takes, in this order: "mon" ...
 * "sun", then "monday" ... "sunday" (lower case). Index % 7 is the
 * date_weekday number. */
#define DATE_WEEKDAY_WORDS 14
extern const char *const date_weekday_words[DATE_WEEKDAY_WORDS];
/* A weekday as people write it: "mon" ... "sun" or the full name, any
 * case. Returns 0 (Monday) ... 6 (Sunday), or -1. */
int date_weekday_parse(const char *s);
/* "Mon" ... "Sun" for 0 ... 6. */
const char *date_weekday_abbr(int weekday);
/* The Monday of the week holding day. */
day_t date_monday_of(day_t day);
/* The first Monday strictly after day. */
day_t date_monday_after(day_t day);
/* Today in local time. */
day_t date_today(void);
/* Write YYYY-MM-DD into buf (11 bytes). Returns buf. */
char *date_format(char buf[11], day_t day);
/* Seconds since the epoch at 00:00 UTC of day. */
long long date_to_epoch(day_t day);
/* A UTC date and minute of the day moved to the local time zone (TZ, the
 * system's zone when unset): a UTC timestamp's day as the lifter lived it. */
void date_utc_to_local(day_t *day, int *minutes);

/*
 * Dates as a spreadsheet writes them: "2/4/2017" (also "02/04/2017" and a
 * two-digit year "2/4/17", read as 2017), month or day first. Which one a
 * file means is decided from the whole file: a first field above 12 is a
 * day (day first), a second field above 12 is a day (month first). A file
 * writes its dates one way, so one such date decides for every other; a
 * file where no field is above 12 is read month first, unless an option
 * (--date-order) says which.
 */
enum date_order { DATE_ORDER_AUTO = 0, DATE_ORDER_MDY, DATE_ORDER_DMY };

/* "mdy" or "dmy" (any case) -> DATE_ORDER_MDY/DMY, else -1. */
int date_order_parse(const char *s);
/* "mdy" or "dmy" for DATE_ORDER_MDY/DMY; "" for AUTO. */
const char *date_order_name(int order);

/* What one file's slash dates have said so far (zero it, then set forced
 * and assume). The texts are for messages. */
struct date_sense {
    int forced;  /* MDY or DMY from an option, or AUTO: decide from the file */
    int assume;  /* AUTO (month first) or the order a second reading knows */
    int decided; /* the order a date above 12 showed, or AUTO */
    unsigned long decided_line, decided_col;
    char decided_text[16];
    unsigned long ambiguous;             /* dates read before any decided, with a and b different */
    unsigned long first_line, first_col; /* the first of them */
    char first_text[16];
    bool reread; /* ambiguous dates were read in the order the file then
                                 contradicted: read the file again with assume = decided */
};

enum date_verdict {
    DATE_READ,           /* *out holds the date */
    DATE_NOT_SLASH,      /* not a slash date (nor a valid one in either order) */
    DATE_AGAINST_FORCED, /* valid only in the order the option did not choose */
    DATE_AGAINST_FILE    /* valid only in the order the file's other dates ruled out */
};

/*
 * Read a slash date at the start of s (followed by the end, a space or
 * 'T') at line:col of a file whose dates ds follows, and note what it says
 * in ds. *len is how many bytes it took. Returns a date_verdict; with
 * DATE_AGAINST_*, *out is the date in the one order it is valid in.
 */
int date_read_slash(struct date_sense *ds, const char *s, unsigned long line, unsigned long col,
                    day_t *out, size_t *len);
/* The order ds reads an ambiguous date in now (MDY or DMY). */
int date_sense_order(const struct date_sense *ds);

#endif
