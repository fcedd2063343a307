/*
** `wgc ics`: the charter's meetings, events and deadlines as an
** iCalendar file (RFC 5545), for calendar programs to import or
** subscribe to (docs/publish.md).
**
** - Every entry is an all-day VEVENT: charters date days, not hours, so
**   there is no time zone to get wrong. DTEND is the day after the last
**   (RFC 5545 3.6.1: it is exclusive).
** - A series (`every`) is one VEVENT with an RRULE running to the last
**   day of its `on`. A day of the month that a month lacks falls on the
**   month's last day, as wg_occurrence_at says, by an RDATE (rrule()), so
**   calendars show the same days as `wgc status` and `wgc html`.
** - Deadlines (`due` of items, the working group's `report_due`) are
**   VEVENTs too, not VTODOs with DUE: the calendars people read them in
**   (Google's, Outlook's on the web) do not show tasks from a file.
**   They are TRANSPARENT (they take no time) and a dropped item's is
**   CANCELLED.
** - UIDs are made of the working group's id, the entry's kind and its id
**   (`WGEC.meeting.M1@wgc`), so importing a newer file updates entries
**   instead of adding them again. A group's id has no dot, and the kind
**   is a fixed word, so no two entries can share a UID.
** - DTSTAMP is the day the charter speaks as of (wg_charter_day: its
**   `as_of`, else its latest date), never the clock: the same file gives
**   the same bytes.
** - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
**   sequence; TEXT values escape `\`, `;`, `,` and newlines, and control
**   characters, which TEXT may not hold, become spaces.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "buf.h"
#include "emit.h"
#include "../runtime/progress.h"

enum { FOLD = 75 }; /* octets per line, CRLF not counted (RFC 5545 3.1) */

typedef struct Ics {
  Buf b;
  const wg_charter *c;
  char *line; /* the content line being built, unfolded */
  size_t n, cap;
  wg_date stamp;
} Ics;

/* --- Content lines ---------------------------------------------------------- */

static void add(Ics *x, const char *s, size_t n) {
  if (x->n + n + 1 > x->cap) {
    x->cap = (x->n + n + 1) * 2;
    x->line = wg_xrealloc(x->line, x->cap);
  }
  memcpy(x->line + x->n, s, n);
  x->n += n;
}

static void adds(Ics *x, const char *s) { add(x, s, strlen(s)); }

/* A TEXT value, escaped (RFC 5545 3.3.11). */
static void text(Ics *x, const char *s) {
  for (; s && *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '\\' || ch == ';' || ch == ',') add(x, "\\", 1), add(x, s, 1);
    else if (ch == '\n') add(x, "\\n", 2);
    else if (ch < 0x20 || ch == 0x7f) add(x, " ", 1);
    else add(x, s, 1);
  }
}

/* Writes the line built so far, folded, with CRLF. A fold goes before a
** byte that starts a UTF-8 sequence, so no character is split. */
static void end_line(Ics *x) {
  size_t at = 0, room = FOLD;
  while (x->n - at > room) {
    size_t cut = at + room;
    while (cut > at + 1 && ((unsigned char)x->line[cut] & 0xC0) == 0x80) cut--;
    buf_put(&x->b, x->line + at, cut - at);
    buf_puts(&x->b, "\r\n ");
    at = cut;
    room = FOLD - 1; /* the leading space counts */
  }
  buf_put(&x->b, x->line + at, x->n - at);
  buf_puts(&x->b, "\r\n");
  x->n = 0;
}

/* A whole line "NAME:value" with a TEXT value. */
static void text_line(Ics *x, const char *name, const char *value) {
  adds(x, name);
  adds(x, ":");
  text(x, value);
  end_line(x);
}

static void plain_line(Ics *x, const char *s) {
  adds(x, s);
  end_line(x);
}

/* "20130530": a DATE value. */
static void date(Ics *x, wg_date d) {
  char s[11], v[9];
  wg_date_format(d, s);
  memcpy(v, s, 4), memcpy(v + 4, s + 5, 2), memcpy(v + 6, s + 8, 2), v[8] = 0;
  adds(x, v);
}

static void date_line(Ics *x, const char *name, wg_date d) {
  adds(x, name);
  adds(x, ";VALUE=DATE:");
  date(x, d);
  end_line(x);
}

/* --- Entries --------------------------------------------------------------- */

/* BEGIN, UID, DTSTAMP, DTSTART and DTEND of an entry over [start, end]. */
static void begin(Ics *x, const char *kind, const char *id, wg_date start, wg_date end) {
  plain_line(x, "BEGIN:VEVENT");
  adds(x, "UID:");
  text(x, x->c->has_wg && x->c->wg.id ? x->c->wg.id : "charter");
  adds(x, ".");
  adds(x, kind);
  adds(x, ".");
  text(x, id ? id : "?");
  adds(x, "@wgc");
  end_line(x);
  adds(x, "DTSTAMP:");
  date(x, x->stamp);
  adds(x, "T000000Z");
  end_line(x);
  date_line(x, "DTSTART", start);
  date_line(x, "DTEND", end + 1);
}

/* The rule of series mi (wg_occurrence_at): FREQ every week, month,
** quarter or year, UNTIL the end of `on`. RFC 5545 drops the days a rule
** makes that a month lacks (31 April), where a charter's series falls on
** the month's last day: those days are added as RDATEs. (BYSETPOS could
** say the same in the rule itself, but ical.js, Thunderbird's parser,
** expands BYMONTHDAY=28,29,30;BYSETPOS=-1 to every one of those days.) */
static void rrule(Ics *x, int mi) {
  static const char *const freq[WG_NEVERY] = {
      [WG_WEEKLY] = "FREQ=WEEKLY", [WG_MONTHLY] = "FREQ=MONTHLY",
      [WG_QUARTERLY] = "FREQ=MONTHLY;INTERVAL=3", [WG_YEARLY] = "FREQ=YEARLY"};
  const wg_meeting *m = &x->c->meetings[mi];
  int y, mo, d0, d, n = 0;
  wg_date_split(m->start, &y, &mo, &d0);
  adds(x, "RRULE:");
  adds(x, freq[m->every]);
  if (m->every == WG_YEARLY && d0 > 28) {
    /* Said outright: ical.js moves a yearly 29 February to 1 March. */
    char by[48];
    snprintf(by, sizeof by, ";BYMONTH=%d;BYMONTHDAY=%d", mo, d0);
    adds(x, by);
  }
  adds(x, ";UNTIL=");
  date(x, m->end);
  end_line(x);
  wg_occurrence o;
  for (int k = 1; d0 > 28 && wg_occurrence_at(x->c, mi, k, &o); k++) {
    wg_date_split(o.start, &y, &mo, &d);
    if (d == d0) continue;
    adds(x, n++ ? "," : "RDATE;VALUE=DATE:");
    date(x, o.start);
  }
  if (n) end_line(x);
}

/* The agenda as the description, one point a line. */
static void agenda(Ics *x, const wg_meeting *m) {
  if (!m->nagenda) return;
  adds(x, "DESCRIPTION:");
  text(x, "Agenda:");
  for (int k = 0; k < m->nagenda; k++) adds(x, "\\n- "), text(x, m->agenda[k]);
  end_line(x);
}

static void meeting(Ics *x, int mi) {
  const wg_meeting *m = &x->c->meetings[mi];
  if (m->start == WG_NODATE || m->end == WG_NODATE) return;
  begin(x, "meeting", m->id, m->start, m->every ? m->start : m->end);
  if (m->every > WG_NO_EVERY && m->every < WG_NEVERY) rrule(x, mi);
  text_line(x, "SUMMARY", m->title ? m->title : m->id);
  if (m->online || m->at_place) text_line(x, "LOCATION", m->online ? "online" : m->at_place);
  agenda(x, m);
  plain_line(x, "CATEGORIES:MEETING");
  plain_line(x, "END:VEVENT");
}

static void event(Ics *x, const wg_event *e) {
  if (e->start == WG_NODATE || e->end == WG_NODATE) return;
  begin(x, "event", e->id, e->start, e->end);
  text_line(x, "SUMMARY", e->title ? e->title : e->id);
  if (e->at_place) text_line(x, "LOCATION", e->at_place);
  plain_line(x, "CATEGORIES:EVENT");
  plain_line(x, "END:VEVENT");
}

/* "Due: A.1 Draft recommendations for group A". */
static void due_summary(Ics *x, const char *id, const char *title) {
  adds(x, "SUMMARY:");
  text(x, "Due: ");
  text(x, id ? id : "?");
  if (title) text(x, " "), text(x, title);
  end_line(x);
}

/* Owners, status, dependencies and where the date came from. */
static void item_description(Ics *x, const wg_item *it) {
  const char *st = wg_word(wg_status_words, it->status);
  adds(x, "DESCRIPTION:");
  text(x, it->nowners == 1 ? "Owner: " : "Owners: ");
  for (int k = 0; k < it->nowners; k++) text(x, k ? ", " : ""), text(x, it->owners[k].name);
  if (!it->nowners) text(x, "not given");
  text(x, "\nStatus: "), text(x, st ? st : "not given");
  if (it->ndeps) text(x, "\nDepends on: ");
  for (int k = 0; k < it->ndeps; k++) text(x, k ? ", " : ""), text(x, it->deps[k].name);
  if (it->due.ref.name) text(x, "\nDue by the first day of "), text(x, it->due.ref.name);
  end_line(x);
}

static void deadline(Ics *x, const wg_item *it) {
  if (it->due.date == WG_NODATE) return;
  begin(x, "due", it->id, it->due.date, it->due.date);
  due_summary(x, it->id, it->title);
  item_description(x, it);
  plain_line(x, "CATEGORIES:DEADLINE");
  plain_line(x, "TRANSP:TRANSPARENT");
  if (it->status == WG_DROPPED) plain_line(x, "STATUS:CANCELLED");
  plain_line(x, "END:VEVENT");
}

static void report_due(Ics *x) {
  const wg_working_group *g = &x->c->wg;
  if (!x->c->has_wg || g->report_due.date == WG_NODATE) return;
  begin(x, "report", g->id, g->report_due.date, g->report_due.date);
  adds(x, "SUMMARY:");
  text(x, "Report due");
  if (g->reports_to.name) text(x, " to "), text(x, g->reports_to.name);
  text(x, ": "), text(x, g->id);
  end_line(x);
  plain_line(x, "CATEGORIES:DEADLINE");
  plain_line(x, "TRANSP:TRANSPARENT");
  plain_line(x, "END:VEVENT");
}

static void calendar_head(Ics *x) {
  plain_line(x, "BEGIN:VCALENDAR");
  plain_line(x, "VERSION:2.0");
  plain_line(x, "PRODID:-//wgc//wgc charter calendar//EN");
  plain_line(x, "CALSCALE:GREGORIAN");
  plain_line(x, "METHOD:PUBLISH");
  if (!x->c->has_wg) return;
  adds(x, "X-WR-CALNAME:");
  text(x, x->c->wg.id);
  if (x->c->wg.title) text(x, ": "), text(x, x->c->wg.title);
  end_line(x);
}

void emit_ics(FILE *f, const wg_charter *c, wg_arena *a) {
  (void)a;
  Ics *x = wg_xmalloc(sizeof *x);
  memset(x, 0, sizeof *x);
  buf_init(&x->b, f);
  x->c = c;
  x->stamp = wg_charter_day(c);
  if (x->stamp == WG_NODATE) x->stamp = 0; /* 1970-01-01 */
  calendar_head(x);
  for (int i = 0; i < c->nmeetings; i++) meeting(x, i);
  for (int i = 0; i < c->nevents; i++) event(x, &c->events[i]);
  report_due(x);
  for (int i = 0; i < c->nitems; i++) deadline(x, &c->items[i]);
  plain_line(x, "END:VCALENDAR");
  buf_flush(&x->b);
  free(x->line);
  free(x);
}
