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

/* "YYYY-Qn": the quarter's first and last day; -1 if malformed. */
static int parse_quarter(const char *s, wg_date *first, wg_date *last) {
  int y = digits(s, 4), q = s[6] - '0';
  if (y < 1 || s[5] != 'Q' || q < 1 || q > 4) return -1;
  *first = wg_date_make(y, 3 * q - 2, 1);
  *last = wg_date_make(y, 3 * q, wg_days_in_month(y, 3 * q));
  return WG_QUARTER;
}

int wg_date_parse_span(const char *s, int n, wg_date *first, wg_date *last) {
  *first = *last = WG_NODATE;
  if ((n != 7 && n != 10) || s[4] != '-') return -1;
  if (n == 7 && s[5] == 'Q') return parse_quarter(s, first, last);
  if (n == 10 && s[7] != '-') return -1;
  int y = digits(s, 4), m = digits(s + 5, 2), d = n == 10 ? digits(s + 8, 2) : 1;
  if (y < 0 || m < 0 || d < 0 || !wg_date_valid(y, m, d)) return -1;
  *first = wg_date_make(y, m, d);
  *last = n == 7 ? wg_date_make(y, m, wg_days_in_month(y, m)) : *first;
  return n == 7 ? WG_MONTH : WG_DAY;
}

wg_date wg_date_parse(const char *s, int n) {
  wg_date first, last;
  return n == 10 && wg_date_parse_span(s, n, &first, &last) == WG_DAY ? first : WG_NODATE;
}

void wg_date_period(wg_date t, int precision, wg_date *first, wg_date *last) {
  int y, m, d;
  wg_date_split(t, &y, &m, &d);
  switch (precision) {
  case WG_MONTH: break;
  case WG_QUARTER: m = (m - 1) / 3 * 3 + 1; break;
  case WG_YEAR: m = 1; break;
  default: *first = *last = t; return;
  }
  int m2 = precision == WG_MONTH ? m : precision == WG_QUARTER ? m + 2 : 12;
  *first = wg_date_make(y, m, 1);
  *last = wg_date_make(y, m2, wg_days_in_month(y, m2));
}

wg_date wg_date_add(wg_date t, long long n, int unit) {
  if (t == WG_NODATE) return WG_NODATE;
  if (unit == WG_DAYS || unit == WG_WEEKS) {
    long long r = (long long)t + n * (unit == WG_WEEKS ? 7 : 1);
    return r >= wg_date_make(1, 1, 1) && r <= wg_date_make(9999, 12, 31) ? (wg_date)r : WG_NODATE;
  }
  int y, m, d;
  wg_date_split(t, &y, &m, &d);
  long long months = (long long)y * 12 + (m - 1) + n;
  if (months < 12 || months >= 10000LL * 12) return WG_NODATE;
  y = (int)(months / 12), m = (int)(months % 12) + 1;
  int last = wg_days_in_month(y, m);
  return wg_date_make(y, m, d < last ? d : last); /* 03-31 - 1 month: 02-28 */
}

void wg_date_format_precision(wg_date t, int precision, char buf[11]) {
  wg_date_format(t, buf);
  if (precision == WG_MONTH) buf[7] = 0;
  else if (precision == WG_YEAR) buf[4] = 0;
  else if (precision == WG_QUARTER) {
    int y, m, d;
    wg_date_split(t, &y, &m, &d);
    buf[5] = 'Q', buf[6] = (char)('1' + (m - 1) / 3), buf[7] = 0;
  }
}
