/*
 * date: calendar dates as day numbers (days since 1970-01-01, proleptic
 * Gregorian), so weeks and comparisons are integer arithmetic.
 */
#ifndef TOPSET_DATE_H
#define TOPSET_DATE_H

#include <stdbool.h>

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

#endif
