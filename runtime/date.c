/*
** Civil-date arithmetic after Howard Hinnant's days_from_civil algorithm:
** exact, branch-light and free of time-zone concerns, which dates in a
** charter do not have.
*/
#include "date.h"


static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int wg_days_in_month(int y, int m) {
  static const unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

int wg_date_valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= wg_days_in_month(y, m);
}

wg_date wg_date_make(int y, int m, int d) {
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void wg_date_split(wg_date t, int *y, int *m, int *d) {
  int z = t + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

void wg_date_format(wg_date t, char buf[11]) {
  int y, m, d;
  wg_date_split(t, &y, &m, &d);
  /* By hand: snprintf's width warnings cannot see that y <= 9999. */
  const int parts[3] = {y, m, d}, widths[3] = {4, 2, 2};
  char *p = buf;
  for (int i = 0; i < 3; i++) {
    for (int k = widths[i] - 1, v = parts[i]; k >= 0; k--, v /= 10) p[k] = (char)('0' + v % 10);
    p += widths[i];
    *p++ = i < 2 ? '-' : 0;
  }
}

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

int wg_date_parse_span(const char *s, int n, wg_date *first, wg_date *last) {
  *first = *last = WG_NODATE;
  if ((n != 7 && n != 10) || s[4] != '-' || (n == 10 && s[7] != '-')) return -1;
  int y = digits(s, 4), m = digits(s + 5, 2), d = n == 10 ? digits(s + 8, 2) : 1;
  if (y < 0 || m < 0 || d < 0 || !wg_date_valid(y, m, d)) return -1;
  *first = wg_date_make(y, m, d);
  *last = n == 7 ? wg_date_make(y, m, wg_days_in_month(y, m)) : *first;
  return n == 7;
}

wg_date wg_date_parse(const char *s, int n) {
  wg_date first, last;
  return n == 10 && wg_date_parse_span(s, n, &first, &last) == 0 ? first : WG_NODATE;
}
