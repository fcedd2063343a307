/*
** The timeline of the HTML page (emit_html.c): an SVG that wgc draws
** itself, since it is a plain chart of dates. One row per meeting (a
** series shows a tick per occurrence), per event and per deadline, under
** a grid of months, with the term as a band and the reference day as a
** red line when one is given (docs/publish.md).
**
** The picture is for seeing; the same facts are in the page's tables, so
** each mark also carries a <title> (a tooltip, and what a screen reader
** reads) and the SVG is role="img" with a title and a description.
** Sizes are in the SVG's own units; the page scales it to its width.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "buf.h"
#include "emit.h"
#include "palette.h"
#include "../runtime/progress.h"

enum {
  WIDTH = 960,
  LEFT = 230,    /* where the chart starts: labels to its left */
  RIGHT = 950,
  TOP = 44,      /* below the axis' two lines of labels */
  ROW = 20,
  LABEL_CHARS = 32,
  MAX_ROWS = 300,      /* rows of deadlines drawn; the rest are counted */
  MAX_TICKS = 1000     /* occurrences of one series drawn */
};

#define MEETING_COLOR "#4477AA" /* Tol's bright blue */
#define EVENT_COLOR "#AA3377"   /* Tol's bright purple */
#define TERM_COLOR "#E8ECF4"

typedef struct Chart {
  Buf *b;
  const wg_charter *c;
  wg_date from, to; /* first day shown, and the day after the last */
  wg_date day;      /* the reference day, or WG_NODATE */
  int y;            /* the next row's top */
} Chart;

/* Text for SVG: markup escaped, control characters as spaces, at most
** `max` characters (then "…"). */
static void esc(Buf *b, const char *s, int max) {
  int n = 0;
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if ((*p & 0xC0) != 0x80 && ++n > max) {
      buf_puts(b, "\xe2\x80\xa6");
      return;
    }
    if (*p == '&') buf_puts(b, "&amp;");
    else if (*p == '<') buf_puts(b, "&lt;");
    else if (*p == '>') buf_puts(b, "&gt;");
    else if (*p == '"') buf_puts(b, "&quot;");
    else if (*p < 0x20 || *p == 0x7f) buf_putc(b, ' ');
    else if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) buf_putc(b, ' '), p++; /* C1 */
    else buf_putc(b, (char)*p);
  }
}

static void day_text(Buf *b, wg_date d) {
  char s[11];
  wg_date_format(d, s);
  buf_put(b, s, 10);
}

/* The x of the start of day d. */
static double x_of(const Chart *ch, wg_date d) {
  return LEFT + (double)(d - ch->from) * (RIGHT - LEFT) / (double)(ch->to - ch->from);
}

/* --- The period shown ------------------------------------------------------- */

static void span(wg_date *lo, wg_date *hi, wg_date a, wg_date b) {
  if (a == WG_NODATE) return;
  if (b == WG_NODATE) b = a;
  if (*lo == WG_NODATE || a < *lo) *lo = a;
  if (*hi == WG_NODATE || b > *hi) *hi = b;
}

/* From the first of the month of the earliest date to the first of the
** month after the latest; 0 when the charter dates nothing. */
static int period(Chart *ch) {
  const wg_charter *c = ch->c;
  wg_date lo = WG_NODATE, hi = WG_NODATE, ts, te;
  for (int i = 0; i < c->nmeetings; i++) span(&lo, &hi, c->meetings[i].start, c->meetings[i].end);
  for (int i = 0; i < c->nevents; i++) span(&lo, &hi, c->events[i].start, c->events[i].end);
  for (int i = 0; i < c->nitems; i++) span(&lo, &hi, c->items[i].due.date, WG_NODATE);
  if (c->has_wg) span(&lo, &hi, c->wg.report_due.date, WG_NODATE);
  if (wg_effective_term(c, &ts, &te)) span(&lo, &hi, ts, te);
  if (lo == WG_NODATE) return 0;
  int y, m, d;
  wg_date_split(lo, &y, &m, &d);
  ch->from = wg_date_make(y, m, 1);
  wg_date_split(hi, &y, &m, &d);
  ch->to = m == 12 ? wg_date_make(y + 1, 1, 1) : wg_date_make(y, m + 1, 1);
  return 1;
}

/* --- Parts ------------------------------------------------------------------ */

/* Month lines and labels: a month's name where a month is wide enough
** for it, the year at each January and at the start. */
static void grid(Chart *ch, int height) {
  static const char *const names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int y, m, d;
  wg_date_split(ch->from, &y, &m, &d);
  double month_px = 30.4 * (RIGHT - LEFT) / (double)(ch->to - ch->from);
  int every = month_px >= 4 ? 1 : month_px >= 1.5 ? 3 : 12; /* months between lines */
  buf_puts(ch->b, "<g class=\"grid\">\n");
  for (wg_date t = ch->from; t < ch->to;) {
    double x = x_of(ch, t);
    int first = t == ch->from;
    if ((m - 1) % every == 0 || first)
      buf_printf(ch->b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n", x, TOP - 6, x, height);
    if (month_px >= 26)
      buf_printf(ch->b, "<text x=\"%.1f\" y=\"%d\">%s</text>\n", x + 3, TOP - 10, names[m - 1]);
    if (m == 1 || first)
      buf_printf(ch->b, "<text class=\"year\" x=\"%.1f\" y=\"%d\">%d</text>\n", x + 3, TOP - 26, y);
    if (++m > 12) m = 1, y++;
    t = wg_date_make(y, m, 1);
  }
  buf_puts(ch->b, "</g>\n");
}

static void section(Chart *ch, const char *title) {
  buf_printf(ch->b, "<text class=\"section\" x=\"4\" y=\"%d\">", ch->y + 14);
  esc(ch->b, title, LABEL_CHARS);
  buf_puts(ch->b, "</text>\n");
  ch->y += ROW;
}

/* A row's label: the id in bold, then the title. */
static void label(Chart *ch, const char *id, const char *title) {
  buf_printf(ch->b, "<text x=\"12\" y=\"%d\"><tspan class=\"id\">", ch->y + 14);
  esc(ch->b, id ? id : "?", LABEL_CHARS);
  buf_puts(ch->b, "</tspan>");
  int room = LABEL_CHARS - (id ? (int)strlen(id) : 1) - 1;
  if (title && room > 3) buf_putc(ch->b, ' '), esc(ch->b, title, room);
  buf_puts(ch->b, "</text>\n");
}

/* A bar over days [start, end], titled. */
static void bar(Chart *ch, wg_date start, wg_date end, const char *color, const char *what,
                const char *name) {
  double x0 = x_of(ch, start), x1 = x_of(ch, end + 1);
  if (x1 - x0 < 3) x1 = x0 + 3;
  buf_printf(ch->b, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>",
             x0, ch->y + 4, x1 - x0, ROW - 8, color);
  esc(ch->b, what, 20);
  buf_puts(ch->b, " ");
  esc(ch->b, name ? name : "?", 200);
  buf_puts(ch->b, ": ");
  day_text(ch->b, start);
  if (end != start) buf_puts(ch->b, " to "), day_text(ch->b, end);
  buf_puts(ch->b, "</title></rect>\n");
}

static void meeting(Chart *ch, int mi) {
  const wg_meeting *m = &ch->c->meetings[mi];
  wg_occurrence o;
  if (!wg_occurrence_at(ch->c, mi, 0, &o)) return;
  label(ch, m->id, m->title);
  for (int k = 0; k < MAX_TICKS && wg_occurrence_at(ch->c, mi, k, &o); k++)
    bar(ch, o.start, o.end, MEETING_COLOR, "meeting", m->id);
  ch->y += ROW;
}

static void event(Chart *ch, const wg_event *e) {
  if (e->start == WG_NODATE || e->end == WG_NODATE) return;
  label(ch, e->id, e->title);
  bar(ch, e->start, e->end, EVENT_COLOR, "event", e->id);
  ch->y += ROW;
}

/* A deadline: a diamond in its status' colour, with a dark border. */
static void diamond(Chart *ch, wg_date due, int status, const char *id, const char *what) {
  double x = x_of(ch, due) + 0.5 * (x_of(ch, due + 1) - x_of(ch, due));
  int cy = ch->y + ROW / 2, r = 6;
  buf_printf(ch->b, "<path d=\"M%.1f %dl%d %dl%d %dl%d %dz\" fill=\"%s\" stroke=\"#333333\"><title>",
             x, cy - r, r, r, -r, r, -r, -r, palette_fill[status >= 0 && status < WG_NSTATUSES ? status : 0]);
  esc(ch->b, id ? id : "?", 200);
  buf_puts(ch->b, " due ");
  day_text(ch->b, due);
  buf_puts(ch->b, " (");
  buf_puts(ch->b, what);
  buf_puts(ch->b, ")</title></path>\n");
}

static void deadlines(Chart *ch) {
  const wg_charter *c = ch->c;
  int shown = 0, more = 0;
  for (int i = 0; i < c->nitems; i++) {
    const wg_item *it = &c->items[i];
    if (it->due.date == WG_NODATE) continue;
    if (shown == MAX_ROWS) {
      more++;
      continue;
    }
    if (!shown++) section(ch, "Deadlines");
    label(ch, it->id, it->title);
    diamond(ch, it->due.date, it->status, it->id, palette_label[it->status > 0 && it->status < WG_NSTATUSES ? it->status : 0]);
    ch->y += ROW;
  }
  if (more)
    buf_printf(ch->b, "<text x=\"12\" y=\"%d\">and %d more deadlines: see the table</text>\n",
               ch->y + 14, more), ch->y += ROW;
}

static void term(Chart *ch, int height) {
  wg_date ts, te;
  if (!wg_effective_term(ch->c, &ts, &te)) return;
  double x0 = x_of(ch, ts), x1 = x_of(ch, te + 1);
  buf_printf(ch->b, "<rect class=\"term\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" "
                    "fill=\"" TERM_COLOR "\"><title>term: ", x0, TOP, x1 - x0, height - TOP);
  day_text(ch->b, ts), buf_puts(ch->b, " to "), day_text(ch->b, te);
  buf_puts(ch->b, "</title></rect>\n");
}

static void today(Chart *ch, int height) {
  if (ch->day == WG_NODATE || ch->day < ch->from || ch->day >= ch->to) return;
  double x = x_of(ch, ch->day);
  buf_printf(ch->b, "<line class=\"today\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>\n"
                    "<text class=\"today\" x=\"%.1f\" y=\"%d\">", x, TOP - 4, x, height, x + 3, height - 4);
  day_text(ch->b, ch->day);
  buf_puts(ch->b, "</text>\n");
}

/* The rows, drawn after the grid and term band so that they lie on top;
** their count sets the height, so they go to a buffer of their own. */
static int rows(Chart *ch) {
  const wg_charter *c = ch->c;
  ch->y = TOP;
  int any = 0;
  for (int i = 0; i < c->nmeetings; i++) {
    wg_occurrence o;
    if (!any && wg_occurrence_at(c, i, 0, &o)) section(ch, "Meetings"), any = 1;
    meeting(ch, i);
  }
  any = 0;
  for (int i = 0; i < c->nevents; i++) {
    if (!any && c->events[i].start != WG_NODATE) section(ch, "Events"), any = 1;
    event(ch, &c->events[i]);
  }
  if (c->has_wg && c->wg.report_due.date != WG_NODATE) {
    section(ch, "Report");
    label(ch, c->wg.id, "report due");
    diamond(ch, c->wg.report_due.date, 0, c->wg.id, "report");
    ch->y += ROW;
  }
  deadlines(ch);
  return ch->y + 8;
}

void svg_timeline(FILE *f, const wg_charter *c, wg_arena *a, wg_date day) {
  (void)a;
  Chart ch = {NULL, c, 0, 0, day, 0};
  if (!period(&ch)) return;
  char *text = NULL;
  size_t n = 0;
  FILE *mem = open_memstream(&text, &n);
  Buf *rb = wg_xmalloc(sizeof *rb), *b = wg_xmalloc(sizeof *b);
  if (!mem) wg_oom();
  buf_init(rb, mem);
  ch.b = rb;
  int height = rows(&ch);
  buf_flush(rb);
  fclose(mem);
  buf_init(b, f);
  ch.b = b;
  buf_printf(b, "<svg class=\"timeline\" role=\"img\" aria-labelledby=\"timeline-title "
                "timeline-desc\" viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">\n"
                "<title id=\"timeline-title\">Timeline</title>\n<desc id=\"timeline-desc\">",
             WIDTH, height);
  buf_puts(b, "Meetings, events and deadlines from ");
  day_text(b, ch.from);
  buf_puts(b, " to ");
  day_text(b, ch.to - 1);
  buf_puts(b, "; the tables below give the same dates.</desc>\n");
  term(&ch, height);
  grid(&ch, height);
  buf_put(b, text, n);
  today(&ch, height);
  buf_puts(b, "</svg>\n");
  buf_flush(b);
  free(text);
  free(rb);
  free(b);
}
