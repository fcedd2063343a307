/*
** Dates, the library's own part: what wg.h does not promise to programs.
*/
#ifndef WG_DATE_H
#define WG_DATE_H

#include <stdint.h>

#include "wg.h"

/* Days in month m of year y. */
int wg_days_in_month(int y, int m);

/* Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY-Qn" (n bytes) into its first
** and last day (the same for a day). Returns its wg_precision, or -1 if
** malformed or impossible. */
int wg_date_parse_span(const char *s, int n, wg_date *first, wg_date *last);

/* The first and last day of the period of `precision` (a wg_precision)
** that holds day t: its month, quarter or year, or t itself. */
void wg_date_period(wg_date t, int precision, wg_date *first, wg_date *last);

/* t moved by n units (WG_DAYS, WG_WEEKS or WG_MONTHS); a month moved to
** a shorter one ends on that month's last day (docs/language.md).
** WG_NODATE outside the years 1 to 9999, or for t WG_NODATE. */
wg_date wg_date_add(wg_date t, long long n, int unit);

#endif
