/* Unit tests for calendar dates (runtime/date.c) and positions in a
** source (compiler/source.c). */
#include "unit.h"

static void test_round_trip(void) {
  char buf[11];
  CHECK_INT(wg_date_make(1970, 1, 1), 0);
  CHECK_INT(wg_date_make(2013, 5, 30) - wg_date_make(2013, 5, 1), 29);
  CHECK_INT(wg_date_make(2013, 3, 1) - wg_date_make(2013, 2, 28), 1);
  CHECK_INT(wg_date_make(2012, 3, 1) - wg_date_make(2012, 2, 28), 2);
  int bad = 0;
  for (wg_date t = wg_date_make(1, 1, 1); t < wg_date_make(9999, 12, 31); t += 97) {
    int y, m, d;
    wg_date_split(t, &y, &m, &d);
    bad += !wg_date_valid(y, m, d) || wg_date_make(y, m, d) != t;
  }
  CHECK_INT(bad, 0);
  wg_date_format(wg_date_make(2014, 5, 2), buf);
  CHECK_STR(buf, "2014-05-02");
  wg_date_format(wg_date_make(9, 1, 1), buf);
  CHECK_STR(buf, "0009-01-01");
}

static void test_validity(void) {
  CHECK(wg_date_valid(2012, 2, 29));
  CHECK(!wg_date_valid(2013, 2, 29));
  CHECK(!wg_date_valid(1900, 2, 29));
  CHECK(wg_date_valid(2000, 2, 29));
  CHECK(!wg_date_valid(2013, 13, 1));
  CHECK(!wg_date_valid(2013, 4, 31));
  CHECK(!wg_date_valid(0, 1, 1));
  CHECK_INT(wg_days_in_month(2013, 2), 28);
  CHECK_INT(wg_date_parse("2013-09-17", 10), wg_date_make(2013, 9, 17));
  CHECK_INT(wg_date_parse("2013-02-30", 10), WG_NODATE);
  CHECK_INT(wg_date_parse("2013-9-17", 9), WG_NODATE);
  CHECK_INT(wg_date_parse("2013/09/17", 10), WG_NODATE);
}

/* Version 2: quarters, periods, offsets, dates written with precision. */
static void test_precision(void) {
  wg_date first, last;
  char buf[11];
  CHECK_INT(wg_date_parse_span("2025-Q1", 7, &first, &last), WG_QUARTER);
  CHECK_INT(first, wg_date_make(2025, 1, 1));
  CHECK_INT(last, wg_date_make(2025, 3, 31));
  CHECK_INT(wg_date_parse_span("2025-Q4", 7, &first, &last), WG_QUARTER);
  CHECK_INT(last, wg_date_make(2025, 12, 31));
  CHECK_INT(wg_date_parse_span("2025-Q5", 7, &first, &last), -1);
  CHECK_INT(wg_date_parse_span("2025-Q0", 7, &first, &last), -1);
  CHECK_INT(wg_date_parse_span("2014-05", 7, &first, &last), WG_MONTH);
  wg_date_period(wg_date_make(2024, 2, 10), WG_QUARTER, &first, &last);
  CHECK_INT(first, wg_date_make(2024, 1, 1));
  CHECK_INT(last, wg_date_make(2024, 3, 31));
  wg_date_period(wg_date_make(2024, 2, 10), WG_YEAR, &first, &last);
  CHECK_INT(last, wg_date_make(2024, 12, 31));
  /* LANGUAGE.md 5.2: 2014-03-31 - 1 month is 2014-02-28 */
  CHECK_INT(wg_date_add(wg_date_make(2014, 3, 31), -1, WG_MONTHS), wg_date_make(2014, 2, 28));
  CHECK_INT(wg_date_add(wg_date_make(2012, 3, 31), -1, WG_MONTHS), wg_date_make(2012, 2, 29));
  CHECK_INT(wg_date_add(wg_date_make(2023, 9, 30), -3, WG_MONTHS), wg_date_make(2023, 6, 30));
  CHECK_INT(wg_date_add(wg_date_make(2013, 12, 15), 2, WG_MONTHS), wg_date_make(2014, 2, 15));
  CHECK_INT(wg_date_add(wg_date_make(2013, 11, 8), 2, WG_WEEKS), wg_date_make(2013, 11, 22));
  CHECK_INT(wg_date_add(wg_date_make(2013, 1, 1), -1, WG_DAYS), wg_date_make(2012, 12, 31));
  CHECK_INT(wg_date_add(wg_date_make(9999, 12, 1), 1, WG_MONTHS), WG_NODATE);
  CHECK_INT(wg_date_add(wg_date_make(1, 1, 1), -1, WG_DAYS), WG_NODATE);
  CHECK_INT(wg_date_add(0, 1000000000000LL, WG_MONTHS), WG_NODATE);
  wg_date_format_precision(wg_date_make(2025, 3, 31), WG_QUARTER, buf);
  CHECK_STR(buf, "2025-Q1");
  wg_date_format_precision(wg_date_make(2014, 5, 31), WG_MONTH, buf);
  CHECK_STR(buf, "2014-05");
  wg_date_format_precision(wg_date_make(2014, 12, 31), WG_YEAR, buf);
  CHECK_STR(buf, "2014");
  wg_date_format_precision(wg_date_make(2014, 12, 31), WG_DAY, buf);
  CHECK_STR(buf, "2014-12-31");
  CHECK_STR(wg_precision_words[WG_QUARTER], "quarter");
}

/* Columns count code points; lines split at LF, CRLF ends are cut. */
static void test_positions(void) {
  Source s;
  const char *text = "\xEF\xBB\xBF" "ab\r\nGenève x\n\xE4\xB8\xAD\xE6\x96\x87 y";
  src_from_memory(&s, "t.wg", text, (uint32_t)strlen(text));
  int line, col;
  uint32_t len;
  src_position(&s, 3, &line, &col);
  CHECK_INT(line, 1);
  CHECK_INT(col, 1);
  src_position(&s, (uint32_t)(strstr(text, " x") - text) + 1, &line, &col);
  CHECK_INT(line, 2);
  CHECK_INT(col, 8);
  src_line(&s, 4, &len);
  CHECK_INT(len, 2);
  const char *y = strstr(text, " y") + 1;
  src_position(&s, (uint32_t)(y - text), &line, &col);
  CHECK_INT(line, 3);
  CHECK_INT(col, 4);
  CHECK_INT(src_width("\xE4\xB8\xAD\xE6\x96\x87", 6), 4); /* two wide characters */
  CHECK_INT(src_invalid_utf8(&s), -1);
  src_free(&s);
  src_from_memory(&s, "t.wg", "ok \xC3\x28", 5);
  CHECK_INT(src_invalid_utf8(&s), 3);
  src_free(&s);
}

int main(void) {
  test_round_trip();
  test_validity();
  test_precision();
  test_positions();
  UNIT_END();
}
