/*
 * date: civil dates <-> day numbers (Howard Hinnant's algorithms), so week
 * arithmetic never touches time zones.
 */
#include <config.h>

#include <string.h>
#include <time.h>

#include "date.h"

day_t
date_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void
date_to_ymd(day_t z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long dd = doy - (153 * mp + 2) / 5 + 1;
    long mm = mp < 10 ? mp + 3 : mp - 9;
    *y = (int) (yy + (mm <= 2));
    *m = (int) mm;
    *d = (int) dd;
}

bool
date_valid_ymd(int y, int m, int d)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = days[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        max = 29;
    return d <= max;
}

static int
digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

int
date_parse_prefix(const char *s, day_t *out)
{
    int y, m, d;
    if (strlen(s) < 10 || digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) || s[7] != '-'
        || digits(s + 8, 2, &d))
        return -1;
    if (s[10] != '\0' && s[10] != ' ' && s[10] != 'T')
        return -1;
    if (!date_valid_ymd(y, m, d))
        return -1;
    *out = date_from_ymd(y, m, d);
    return 0;
}

int
date_parse(const char *s, day_t *out)
{
    if (strlen(s) != 10)
        return -1;
    return date_parse_prefix(s, out);
}

int
date_weekday(day_t day)
{
    /* 1970-01-01 was a Thursday (3 when Monday is 0). */
    long w = (day + 3) % 7;
    return (int) (w < 0 ? w + 7 : w);
}

const char *const date_weekday_words[DATE_WEEKDAY_WORDS] = {
    "mon",    "tue",     "wed",       "thu",      "fri",    "sat",      "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int
date_weekday_parse(const char *s)
{
    for (int i = 0; i < DATE_WEEKDAY_WORDS; i++) {
        const char *a = s, *b = date_weekday_words[i];
        while (*a != '\0' && (*a | 0x20) == *b)
            a++, b++;
        if (*a == '\0' && *b == '\0')
            return i % 7;
    }
    return -1;
}

const char *
date_weekday_abbr(int weekday)
{
    static const char *const abbr[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return weekday >= 0 && weekday < 7 ? abbr[weekday] : "";
}

day_t
date_monday_of(day_t day)
{
    return day - date_weekday(day);
}

day_t
date_monday_after(day_t day)
{
    return date_monday_of(day) + 7;
}

day_t
date_today(void)
{
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

char *
date_format(char buf[11], day_t day)
{
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    unsigned yy = (unsigned) y % 10000u, mm = (unsigned) m % 100u, dd = (unsigned) d % 100u;
    buf[0] = (char) ('0' + yy / 1000);
    buf[1] = (char) ('0' + yy / 100 % 10);
    buf[2] = (char) ('0' + yy / 10 % 10);
    buf[3] = (char) ('0' + yy % 10);
    buf[4] = '-';
    buf[5] = (char) ('0' + mm / 10);
    buf[6] = (char) ('0' + mm % 10);
    buf[7] = '-';
    buf[8] = (char) ('0' + dd / 10);
    buf[9] = (char) ('0' + dd % 10);
    buf[10] = '\0';
    return buf;
}

long long
date_to_epoch(day_t day)
{
    return (long long) day * 86400;
}

void
date_utc_to_local(day_t *day, int *minutes)
{
    time_t t = (time_t) (date_to_epoch(*day) + (long long) *minutes * 60);
    struct tm tm;
    if (localtime_r(&t, &tm) == NULL)
        return; /* out of the C library's range: the UTC day stands */
    *day = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    *minutes = tm.tm_hour * 60 + tm.tm_min;
}

int
date_order_parse(const char *s)
{
    static const char *const names[] = {"mdy", "dmy"};
    for (int i = 0; i < 2; i++) {
        const char *a = s, *b = names[i];
        while (*a != '\0' && (*a | 0x20) == *b)
            a++, b++;
        if (*a == '\0' && *b == '\0')
            return i == 0 ? DATE_ORDER_MDY : DATE_ORDER_DMY;
    }
    return -1;
}

const char *
date_order_name(int order)
{
    return order == DATE_ORDER_MDY ? "mdy" : order == DATE_ORDER_DMY ? "dmy" : "";
}

/* One to max digits at s into *v; returns how many, or 0. */
static size_t
some_digits(const char *s, size_t max, int *v)
{
    size_t n = 0;
    *v = 0;
    while (n < max && s[n] >= '0' && s[n] <= '9')
        *v = *v * 10 + (s[n++] - '0');
    return n;
}

/* "A/B/YYYY" or "A/B/YY" at s: its fields and length, or 0. */
static size_t
slash_fields(const char *s, int *a, int *b, int *y)
{
    size_t n = some_digits(s, 2, a), k;
    if (n == 0 || s[n] != '/' || (k = some_digits(s + n + 1, 2, b)) == 0 || s[n + 1 + k] != '/')
        return 0;
    n += 1 + k + 1;
    k = some_digits(s + n, 4, y);
    if (k != 2 && k != 4)
        return 0;
    if (k == 2)
        *y += 2000; /* a spreadsheet's short year: training logs are this century's */
    n += k;
    if (s[n] != '\0' && s[n] != ' ' && s[n] != 'T')
        return 0;
    return n;
}

int
date_sense_order(const struct date_sense *ds)
{
    if (ds->forced != DATE_ORDER_AUTO)
        return ds->forced;
    if (ds->decided != DATE_ORDER_AUTO)
        return ds->decided;
    return ds->assume != DATE_ORDER_AUTO ? ds->assume : DATE_ORDER_MDY;
}

static void
note_text(char dst[16], const char *s, size_t len)
{
    size_t n = len < 15 ? len : 15;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

int
date_read_slash(struct date_sense *ds, const char *s, unsigned long line, unsigned long col,
                day_t *out, size_t *len)
{
    int a, b, y;
    size_t n = slash_fields(s, &a, &b, &y);
    if (n == 0)
        return DATE_NOT_SLASH;
    bool mdy = date_valid_ymd(y, a, b), dmy = date_valid_ymd(y, b, a);
    if (!mdy && !dmy)
        return DATE_NOT_SLASH;
    *len = n;
    if (mdy != dmy) { /* a field above 12 (or past the month's end) says which */
        int says = mdy ? DATE_ORDER_MDY : DATE_ORDER_DMY;
        *out = mdy ? date_from_ymd(y, a, b) : date_from_ymd(y, b, a);
        if (ds->forced != DATE_ORDER_AUTO && ds->forced != says)
            return DATE_AGAINST_FORCED;
        if (ds->decided != DATE_ORDER_AUTO && ds->decided != says)
            return DATE_AGAINST_FILE;
        if (ds->forced == DATE_ORDER_AUTO && ds->decided == DATE_ORDER_AUTO) {
            ds->decided = says;
            ds->decided_line = line;
            ds->decided_col = col;
            note_text(ds->decided_text, s, n);
            int assumed = ds->assume != DATE_ORDER_AUTO ? ds->assume : DATE_ORDER_MDY;
            if (ds->ambiguous > 0 && says != assumed)
                ds->reread = true;
        }
    } else if (a != b && ds->forced == DATE_ORDER_AUTO && ds->decided == DATE_ORDER_AUTO
               && ds->ambiguous++ == 0) {
        ds->first_line = line;
        ds->first_col = col;
        note_text(ds->first_text, s, n);
    }
    *out = date_sense_order(ds) == DATE_ORDER_MDY ? date_from_ymd(y, a, b) : date_from_ymd(y, b, a);
    return DATE_READ;
}
