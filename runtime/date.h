/*
** Dates, the library's own part: what wg.h does not promise to programs.
*/
#ifndef WG_DATE_H
#define WG_DATE_H

#include <stdint.h>

#include "wg.h"

/* Days in month m of year y. */
int wg_days_in_month(int y, int m);

/* Parses "YYYY-MM-DD" or "YYYY-MM" (n bytes) into its first and last day
** (the same for a day; the month's first and last for a month). Returns
** 0 for a day, 1 for a month, -1 if malformed or impossible. */
int wg_date_parse_span(const char *s, int n, wg_date *first, wg_date *last);

#endif
