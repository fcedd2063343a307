/* Unit tests for the derived facts of runtime/progress.c: the days of a
** series (a day a month lacks falls on its last), lateness and what is
** due soon, slack along the dependencies, status counts, seats, the
** reference day and the charter's own day. */
#include <stdlib.h>

#include "../runtime/progress.h"
#include "unit.h"

static const char charter[] =
    "working_group W \"W\" { report_due 2014-12-31; term 2014-01-01..2015-06-30 }\n"
    "region r1 \"One\"\n"
    "region r2 \"Two\"\n"
    "composition {\n"
    "  seats 9\n"
    "  group g \"G\" { seats 4; per_region 2; member \"A\" { from r1 }; member \"B\" { from r2 } }\n"
    "  group h \"H\" { group h1 \"H1\" { seats 3 }; group h2 \"H2\" { seats 2 } }\n"
    "}\n"
    "meeting m31 \"31st\" { every month; on 2014-01-31..2014-05-31; online }\n"
    "meeting wk \"Weekly\" { every week; on 2014-03-03..2014-03-31; online }\n"
    "meeting once \"Once\" on 2014-04-10..2014-04-11 at \"X\"\n"
    "deliverable a \"A\" { owner W; due 2014-03-01; status ongoing }\n"
    "deliverable b \"B\" { owner W; depends_on a; due 2014-06-01; status not_started }\n"
    "deliverable c \"C\" { owner W; depends_on b; due 2014-09-01 }\n"
    "deliverable d \"D\" { owner W; due 2014-03-10; status completed }\n"
    "deliverable e \"E\" { owner W; due 2014-03-20; status dropped }\n"
    "deliverable f \"F\" { owner W; depends_on e; due 2014-02-01; status not_started }\n"
    "topic T \"T\" { owner W; recommendation 1 \"x\" { status uncertain } }\n";

static Ctx c;
static Source src;
static wg_date day(const char *s) { return wg_date_parse(s, 10); }

static void test_series(void) {
  const wg_charter *ch = c.charter;
  wg_occurrence o;
  static const char *const m31[] = {"2014-01-31", "2014-02-28", "2014-03-31", "2014-04-30",
                                    "2014-05-31"};
  for (int k = 0; k < 5; k++) {
    CHECK(wg_occurrence_at(ch, 0, k, &o));
    CHECK_INT(o.start, day(m31[k]));
    CHECK_INT(o.end, o.start);
  }
  CHECK(!wg_occurrence_at(ch, 0, 5, &o));
  CHECK_INT(wg_occurrence_count(ch, 0, 100), 5);
  CHECK_INT(wg_occurrence_count(ch, 0, 3), 3);
  CHECK_INT(wg_occurrence_count(ch, 1, 100), 5); /* 3, 10, 17, 24, 31 March */
  CHECK_INT(wg_occurrence_count(ch, 2, 100), 1);
  CHECK(wg_occurrence_at(ch, 2, 0, &o) && o.end == day("2014-04-11"));
}

static void test_next_meetings(void) {
  wg_occurrence v[4];
  int n = wg_next_meetings(c.charter, c.arena, day("2014-03-25"), 4, v);
  CHECK_INT(n, 4);
  CHECK_INT(v[0].start, day("2014-03-31")); /* m31 and wk both: source order */
  CHECK_INT(v[0].meeting, 0);
  CHECK_INT(v[1].start, day("2014-03-31"));
  CHECK_INT(v[1].meeting, 1);
  CHECK_INT(v[2].start, day("2014-04-10"));
  CHECK_INT(v[3].start, day("2014-04-30"));
  /* A meeting under way still counts; none after the last. */
  CHECK_INT(wg_next_meetings(c.charter, c.arena, day("2014-04-11"), 1, v), 1);
  CHECK_INT(v[0].meeting, 2);
  CHECK_INT(wg_next_meetings(c.charter, c.arena, day("2014-06-01"), 4, v), 0);
}

static void test_late_and_soon(void) {
  const wg_charter *ch = c.charter;
  wg_date d = day("2014-03-15");
  CHECK_INT(wg_days_late(ch, 0, d), 14);               /* a: ongoing */
  CHECK_INT(wg_days_late(ch, 3, d), 0);                /* d: completed */
  CHECK_INT(wg_days_late(ch, 0, day("2014-03-01")), 0); /* due on the day */
  int v[16];
  int n = wg_overdue_items(ch, c.arena, d, v);
  CHECK_INT(n, 2); /* f (due 1 Feb), then a (1 Mar): by due date */
  CHECK_INT(v[0], 5);
  CHECK_INT(v[1], 0);
  n = wg_due_soon_items(ch, c.arena, day("2014-05-05"), 26, v);
  CHECK_INT(n, 0); /* b is due 1 June, 27 days after 5 May */
  n = wg_due_soon_items(ch, c.arena, day("2014-05-05"), 27, v);
  CHECK_INT(n, 1);
  n = wg_due_soon_items(ch, c.arena, day("2014-05-02"), 30, v);
  CHECK_INT(n, 1);
  CHECK_INT(v[0], 1);
}

static void test_slack(void) {
  int s[16];
  wg_slack(c.charter, c.arena, s);
  CHECK_INT(s[0], (int)(day("2014-06-01") - day("2014-03-01"))); /* a, bounded by b */
  CHECK_INT(s[1], (int)(day("2014-09-01") - day("2014-06-01"))); /* b, by c */
  CHECK_INT(s[2], (int)(day("2014-12-31") - day("2014-09-01"))); /* c, by report_due */
  CHECK_INT(s[4], (int)(day("2014-02-01") - day("2014-03-20"))); /* e: f, which depends
                                                                    on it, is due first */
  CHECK_INT(s[6], WG_NOSLACK); /* T.1 has no due date */
}

static void test_slack_negative_and_dropped(void) {
  Ctx d;
  Source s2;
  unit_compile(&d, &s2,
               "working_group W \"W\"\ncomposition { open }\n"
               "deliverable a \"A\" { owner W; due 2014-05-01 }\n"
               "deliverable b \"B\" { owner W; depends_on a; due 2014-04-01 }\n"
               "deliverable c \"C\" { owner W; depends_on a; due 2014-01-01; status dropped }\n");
  int s[4];
  wg_slack(d.charter, d.arena, s);
  CHECK_INT(s[0], -30);        /* due after b, which depends on it; dropped c bounds nothing */
  CHECK_INT(s[1], WG_NOSLACK); /* nothing after b and no end of the work */
  unit_free(&d, &s2);
}

static void test_counts(void) {
  int n[WG_NSTATUSES];
  wg_status_counts(c.charter, WG_ALL_ITEMS, n);
  CHECK_INT(n[0], 1); /* c */
  CHECK_INT(n[WG_NOT_STARTED], 2);
  CHECK_INT(n[WG_ONGOING], 1);
  CHECK_INT(n[WG_COMPLETED], 1);
  CHECK_INT(n[WG_UNCERTAIN], 1);
  CHECK_INT(n[WG_DROPPED], 1);
  wg_status_counts(c.charter, 0, n);
  CHECK_INT(n[WG_UNCERTAIN], 1);
  CHECK_INT(n[0] + n[1] + n[2] + n[3] + n[5], 0);
  wg_status_counts(c.charter, WG_NO_TOPIC, n);
  CHECK_INT(n[WG_UNCERTAIN], 0);
}

static void test_seats(void) {
  wg_seats g[8], total;
  wg_seat_counts(c.charter, g, &total);
  CHECK_INT(g[0].seats, 4); /* its own seats */
  CHECK_INT(g[0].named, 2);
  CHECK_INT(g[0].vacant, 2);
  CHECK_INT(g[0].from, WG_SEATS_GIVEN);
  CHECK_INT(g[0].sum, -1); /* no subgroups */
  CHECK_INT(g[1].seats, 5); /* its subgroups' sum */
  CHECK_INT(g[1].from, WG_SEATS_SUBGROUPS);
  CHECK_INT(g[1].sum, 5);
  CHECK_INT(g[1].named, 0);
  CHECK_INT(g[1].vacant, -1); /* no member named: unknown */
  CHECK_INT(total.seats, 9);
  CHECK_INT(total.named, 2);
  CHECK_INT(total.vacant, 7);
  CHECK_INT(total.sum, 9);
}

static void test_days(void) {
  const wg_charter *ch = c.charter;
  int from;
  CHECK_INT(wg_reference_day(ch, day("2014-01-02"), day("2020-01-01"), &from), day("2014-01-02"));
  CHECK_INT(from, WG_ASOF_OPTION);
  CHECK_INT(wg_reference_day(ch, WG_NODATE, day("2020-01-01"), &from), day("2020-01-01"));
  CHECK_INT(from, WG_ASOF_TODAY);
  CHECK_INT(wg_charter_day(ch), day("2015-06-30")); /* the end of the term, its latest */
  wg_date s, e;
  CHECK(wg_effective_term(ch, &s, &e) && s == day("2014-01-01") && e == day("2015-06-30"));
  CHECK_INT(wg_work_end(ch), day("2014-12-31"));
}

int main(void) {
  unit_compile(&c, &src, charter);
  CHECK(c.charter != NULL);
  CHECK_INT(c.syntax_errors, 0);
  if (c.charter) {
    test_series();
    test_next_meetings();
    test_late_and_soon();
    test_slack();
    test_slack_negative_and_dropped();
    test_counts();
    test_seats();
    test_days();
  }
  unit_free(&c, &src);
  UNIT_END();
}
