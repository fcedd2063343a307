/*
** Calendar dates as day numbers, so that comparing and subtracting dates
** is integer arithmetic. Proleptic Gregorian calendar, years 1..9999.
*/
#ifndef WG_DATE_H
#define WG_DATE_H

#include <stdint.h>

/* Days since 1970-01-01; WG_NODATE where no date is known. */
typedef int32_t wg_date;
#define WG_NODATE INT32_MIN

/* Whether y-m-d exists (month 1-12, day within the month). */
int wg_date_valid(int y, int m, int d);

/* Days in month m of year y. */
int wg_days_in_month(int y, int m);

/* The day number of a valid y-m-d. */
wg_date wg_date_make(int y, int m, int d);

/* Splits a day number into year, month and day. */
void wg_date_split(wg_date t, int *y, int *m, int *d);

/* Writes "YYYY-MM-DD" and a NUL into buf, which holds 11 bytes. */
void wg_date_format(wg_date t, char buf[11]);

/* Parses exactly "YYYY-MM-DD" (n bytes); WG_NODATE if malformed or
** impossible. For command-line options such as --as-of. */
wg_date wg_date_parse(const char *s, int n);

/* Parses "YYYY-MM-DD" or "YYYY-MM" (n bytes) into its first and last day
** (the same for a day; the month's first and last for a month). Returns
** 0 for a day, 1 for a month, -1 if malformed or impossible. */
int wg_date_parse_span(const char *s, int n, wg_date *first, wg_date *last);

#endif
