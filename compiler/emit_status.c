/*
** `wgc status`: a progress report a chair can paste into an e-mail
** (docs/publish.md shows one). Plain text within 80 columns, one
** function per section, in the order the report reads: the group and
** its term, progress per topic, what is overdue, what is due in the next
** 30 days, the next meetings, the critical path with its slack, the
** seats. Colour only on a terminal: headings bold, lateness red, what is
** due soon yellow, the bars in the graph's status colours.
**
** Text from the charter is shown as it is, but a control character
** (C0, C1, DEL) shows as `\xNN` and a bidirectional control as
** `<U+202E>`, so a title cannot move the cursor, clear the screen or turn
** the rest of a line around. Columns are counted as a terminal shows
** them (wide characters twice, combining marks not at all).
*/
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../runtime/alloc.h"
#include "buf.h"
#include "emit.h"
#include "status.h"

enum {
  WIDTH = 80,
  LABEL = 20, /* a progress row's label: topic id and title */
  BAR = 20,   /* cells in a progress bar */
  NUM = 4     /* a count's column */
};

/* ANSI styles, by role; index 0 is "none". */
enum { PLAIN, BOLD, RED, YELLOW, DIM };
static const char *const styles[] = {"", "\033[1m", "\033[31m", "\033[33m", "\033[2m"};

/* The bar's cell and colour of each status (0: none), as in the graph. */
static const char bar_cells[WG_NSTATUSES] = {'-', '.', '=', '#', '?', 'x'};
static const char *const bar_colors[WG_NSTATUSES] = {
    "", "\033[34m", "\033[33m", "\033[32m", "\033[31m", "\033[90m"};

/* The order of the bar and the count columns: done first. */
static const int shown[WG_NSTATUSES] = {WG_COMPLETED, WG_ONGOING, WG_NOT_STARTED,
                                        WG_UNCERTAIN, WG_DROPPED, 0};

typedef struct Out {
  Buf b;
  const Status *s;
  int color;
} Out;

static void style(Out *o, int st) {
  if (o->color) buf_puts(&o->b, styles[st]);
}

static void reset(Out *o) {
  if (o->color) buf_puts(&o->b, "\033[0m");
}

/* --- Text in columns ------------------------------------------------------ */

static int is_bidi(int32_t cp) {
  return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
         cp == 0x200F || cp == 0x061C;
}

/* One code point as shown: its text and its width in columns. */
static int shown_cp(int32_t cp, char *out) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return sprintf(out, "\\x%02x", (unsigned)cp), 4;
  if (is_bidi(cp)) return sprintf(out, "<U+%04X>", (unsigned)cp), (int)strlen(out);
  int n = (int)utf8proc_encode_char(cp, (utf8proc_uint8_t *)out);
  out[n] = 0;
  int w = utf8proc_charwidth(cp);
  return w < 0 ? 0 : w;
}

/* Writes s in at most `cols` columns, cut with "…" if longer; returns
** the columns written. */
static int put_cols(Buf *b, const char *s, int cols) {
  int used = 0;
  size_t n = strlen(s);
  for (size_t i = 0; i < n;) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) k = 1, cp = 0xFFFD;
    char piece[16];
    int w = shown_cp(cp, piece);
    int rest = i + (size_t)k < n; /* then "…" may need a column */
    if (used + w > cols - (rest ? 1 : 0) && (rest || used + w > cols)) {
      if (used < cols) buf_puts(b, "\xe2\x80\xa6"), used++;
      return used;
    }
    buf_puts(b, piece);
    used += w;
    i += (size_t)k;
  }
  return used;
}

static void pad(Buf *b, int n) {
  while (n-- > 0) buf_putc(b, ' ');
}

/* s in exactly `cols` columns: cut or padded. */
static void field(Buf *b, const char *s, int cols) { pad(b, cols - put_cols(b, s ? s : "", cols)); }

/* s wrapped to lines of WIDTH columns, each after `indent` spaces;
** words longer than a line are cut. */
static void wrapped(Buf *b, const char *s, int indent) {
  int room = WIDTH - indent, col = 0;
  const char *p = s;
  pad(b, indent);
  while (*p) {
    while (*p == ' ') p++;
    size_t len = strcspn(p, " ");
    if (!len) break;
    char *word = wg_xmalloc(len + 1);
    memcpy(word, p, len);
    word[len] = 0;
    int w = 0;
    for (size_t i = 0; i < len;) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)word + i, (utf8proc_ssize_t)(len - i), &cp);
      if (k <= 0) k = 1, cp = 0xFFFD;
      char piece[16];
      w += shown_cp(cp, piece);
      i += (size_t)k;
    }
    if (col > 0 && col + 1 + w > room) buf_putc(b, '\n'), pad(b, indent), col = 0;
    else if (col > 0) buf_putc(b, ' '), col++;
    col += put_cols(b, word, room - col);
    free(word);
    p += len;
  }
  buf_putc(b, '\n');
}

static void day(Buf *b, wg_date d) {
  char s[11];
  wg_date_format(d, s);
  buf_put(b, s, 10);
}

static const char *plural(long long n) { return n == 1 ? "" : "s"; }

static void heading(Out *o, const char *title, int count) {
  buf_putc(&o->b, '\n');
  style(o, BOLD);
  buf_puts(&o->b, title);
  reset(o);
  if (count >= 0) buf_printf(&o->b, " (%d)", count);
  buf_putc(&o->b, '\n');
}

/* --- Sections --------------------------------------------------------------- */

static void report_due(Out *o) {
  const wg_charter *c = o->s->c;
  wg_date due = c->wg.report_due.date;
  buf_puts(&o->b, c->wg.reports_to.name ? "Reports to " : "Report ");
  if (c->wg.reports_to.name) put_cols(&o->b, c->wg.reports_to.name, 40), buf_puts(&o->b, "; ");
  if (due == WG_NODATE) {
    buf_puts(&o->b, c->wg.reports_to.name ? "report due: not given.\n" : "due: not given.\n");
    return;
  }
  buf_puts(&o->b, c->wg.reports_to.name ? "report due " : "due ");
  day(&o->b, due);
  if (c->wg.report_due.ref.name) buf_puts(&o->b, " ("), put_cols(&o->b, c->wg.report_due.ref.name, 30), buf_putc(&o->b, ')');
  long long d = (long long)due - o->s->day;
  if (d > 0) buf_printf(&o->b, ", in %lld day%s.\n", d, plural(d));
  else if (d == 0) buf_puts(&o->b, ", today.\n");
  else buf_printf(&o->b, ", %lld day%s ago.\n", -d, plural(-d));
}

static void group_and_term(Out *o) {
  const Status *s = o->s;
  const wg_charter *c = s->c;
  static const char *const from[] = {"from --as-of", "as_of in the file", "today"};
  style(o, BOLD);
  int used = put_cols(&o->b, c->has_wg && c->wg.id ? c->wg.id : "(no working group)", 30);
  if (c->has_wg && c->wg.title) buf_puts(&o->b, ": "), put_cols(&o->b, c->wg.title, WIDTH - used - 2);
  reset(o);
  buf_puts(&o->b, "\nStatus on ");
  day(&o->b, s->day);
  buf_printf(&o->b, " (%s).\n", from[s->day_from]);
  buf_puts(&o->b, "Term: ");
  if (!s->has_term) buf_puts(&o->b, "not given.");
  else {
    day(&o->b, s->term_start), buf_puts(&o->b, " to "), day(&o->b, s->term_end);
    long long left = (long long)s->term_end - s->day;
    if (s->day < s->term_start) buf_puts(&o->b, ", not begun.");
    else if (left >= 0) buf_printf(&o->b, ", %lld day%s left.", left, plural(left));
    else buf_puts(&o->b, ", ended.");
  }
  buf_putc(&o->b, '\n');
  report_due(o);
}

static void bar(Out *o, const int *counts, int total) {
  buf_putc(&o->b, '[');
  int cells = 0, sum = 0;
  for (int k = 0; k < WG_NSTATUSES; k++) {
    int st = shown[k];
    sum += counts[st];
    /* Cells up to the running sum, rounded: the bar is always full. */
    int upto = total ? (int)(((long long)sum * BAR * 2 + total) / (2LL * total)) : 0;
    if (upto > cells && o->color && st) buf_puts(&o->b, bar_colors[st]);
    for (; cells < upto; cells++) buf_putc(&o->b, bar_cells[st]);
    if (o->color && st) reset(o);
  }
  pad(&o->b, BAR - cells);
  buf_putc(&o->b, ']');
}

static void progress_row(Out *o, const char *id, const char *title, int t) {
  int counts[WG_NSTATUSES], total = 0;
  wg_status_counts(o->s->c, t, counts);
  for (int k = 0; k < WG_NSTATUSES; k++) total += counts[k];
  buf_puts(&o->b, "  ");
  int used = put_cols(&o->b, id, LABEL - 2);
  if (title && used < LABEL - 4) buf_putc(&o->b, ' '), used += 1 + put_cols(&o->b, title, LABEL - 3 - used);
  pad(&o->b, LABEL - used);
  bar(o, counts, total);
  for (int k = 0; k < WG_NSTATUSES; k++) buf_printf(&o->b, "%*d", NUM, counts[shown[k]]);
  buf_printf(&o->b, "%*d\n", NUM + 1, total);
}

/* The items outside any topic: "deliverables" when they all are. */
static const char *no_topic_label(const wg_charter *c, int *any) {
  int all_deliverables = 1;
  *any = 0;
  for (int i = 0; i < c->nitems; i++)
    if (c->items[i].topic < 0) *any = 1, all_deliverables &= c->items[i].kind == WG_DELIVERABLE;
  return all_deliverables ? "deliverables" : "outside topics";
}

static void progress(Out *o) {
  const wg_charter *c = o->s->c;
  heading(o, "Progress", -1);
  buf_puts(&o->b, "  # completed  = ongoing  . not started  ? uncertain  x dropped  - no status\n");
  pad(&o->b, LABEL + BAR + 2);
  for (int k = 0; k < WG_NSTATUSES; k++)
    buf_printf(&o->b, "%*c", NUM, bar_cells[shown[k]]);
  buf_printf(&o->b, "%*s\n", NUM + 1, "all");
  int any;
  const char *label = no_topic_label(c, &any);
  if (any) progress_row(o, label, NULL, WG_NO_TOPIC);
  for (int t = 0; t < c->ntopics; t++)
    progress_row(o, c->topics[t].id ? c->topics[t].id : "?", c->topics[t].title, t);
  progress_row(o, "all items", NULL, WG_ALL_ITEMS);
}

static void owners(Buf *b, const wg_item *it) {
  if (!it->nowners) return;
  buf_puts(b, it->nowners == 1 ? "; owner " : "; owners ");
  for (int k = 0; k < it->nowners; k++) {
    if (k) buf_puts(b, ", ");
    put_cols(b, it->owners[k].name ? it->owners[k].name : "?", 30);
  }
}

static void status_word(Buf *b, const wg_item *it) {
  const char *w = wg_word(wg_status_words, it->status);
  buf_puts(b, "; ");
  buf_puts(b, w ? w : "no status");
}

/* An item as two lines: id and title, then the facts, `when` in style st. */
static void item_lines(Out *o, int i, int st, const char *when) {
  const wg_item *it = &o->s->c->items[i];
  const char *id = it->id ? it->id : "?", *title = it->title ? it->title : "";
  char *head = wg_xmalloc(strlen(id) + strlen(title) + 3);
  sprintf(head, "%s%s%s", id, *title ? ": " : "", title);
  wrapped(&o->b, head, 2);
  free(head);
  buf_puts(&o->b, "      due ");
  day(&o->b, it->due.date);
  buf_puts(&o->b, ", ");
  style(o, st);
  buf_puts(&o->b, when);
  reset(o);
  status_word(&o->b, it);
  owners(&o->b, it);
  buf_putc(&o->b, '\n');
}

static void overdue(Out *o) {
  const Status *s = o->s;
  heading(o, "Overdue", s->noverdue);
  if (!s->noverdue) buf_puts(&o->b, "  nothing\n");
  for (int k = 0; k < s->noverdue; k++) {
    char when[48];
    int late = wg_days_late(s->c, s->overdue[k], s->day);
    snprintf(when, sizeof when, "%d day%s late", late, plural(late));
    item_lines(o, s->overdue[k], RED, when);
  }
}

static void due_soon(Out *o) {
  const Status *s = o->s;
  char title[64];
  snprintf(title, sizeof title, "Due in the next %d days", WG_DUE_SOON_DAYS);
  heading(o, title, s->nsoon);
  if (!s->nsoon) buf_puts(&o->b, "  nothing\n");
  for (int k = 0; k < s->nsoon; k++) {
    char when[48];
    long long left = (long long)s->c->items[s->soon[k]].due.date - s->day;
    if (left) snprintf(when, sizeof when, "in %lld day%s", left, plural(left));
    else snprintf(when, sizeof when, "today");
    item_lines(o, s->soon[k], YELLOW, when);
  }
}

static void meetings(Out *o) {
  const Status *s = o->s;
  heading(o, "Next meetings", -1);
  if (!s->nmeetings) buf_puts(&o->b, "  none scheduled\n");
  for (int k = 0; k < s->nmeetings; k++) {
    const wg_occurrence *oc = &s->meetings[k];
    const wg_meeting *m = &s->c->meetings[oc->meeting];
    buf_puts(&o->b, "  ");
    day(&o->b, oc->start);
    if (oc->end != oc->start) buf_puts(&o->b, " to "), day(&o->b, oc->end);
    else buf_puts(&o->b, "              ");
    long long d = (long long)oc->start - s->day;
    if (d > 0) buf_printf(&o->b, "  in %3lld day%s  ", d, plural(d));
    else buf_puts(&o->b, d == 0 ? "  today         " : "  under way     ");
    int used = put_cols(&o->b, m->id ? m->id : "?", 16);
    if (m->title) buf_puts(&o->b, ": "), used += 2 + put_cols(&o->b, m->title, 44 - used - 2);
    const char *where = m->online ? "online" : m->at_place;
    if (where && used < 40) buf_puts(&o->b, ", "), put_cols(&o->b, where, 44 - used - 2);
    buf_putc(&o->b, '\n');
  }
}

static void critical_path(Out *o) {
  const Status *s = o->s;
  heading(o, "Critical path", s->npath);
  if (!s->npath) buf_puts(&o->b, "  no dependencies\n");
  int idw = 4;
  for (int k = 0; k < s->npath; k++) {
    const char *id = s->c->items[s->path[k]].id;
    int w = id ? (int)strlen(id) : 1;
    if (w > idw) idw = w < 24 ? w : 24;
  }
  for (int k = 0; k < s->npath; k++) {
    const wg_item *it = &s->c->items[s->path[k]];
    buf_printf(&o->b, "  %2d. ", k + 1);
    field(&o->b, it->id ? it->id : "?", idw);
    if (it->due.date == WG_NODATE) buf_puts(&o->b, "  no due date   ");
    else buf_puts(&o->b, "  due "), day(&o->b, it->due.date);
    const char *w = wg_word(wg_status_words, it->status);
    buf_puts(&o->b, "  ");
    field(&o->b, w ? w : "no status", 12);
    int sl = s->slack[s->path[k]];
    if (sl == WG_NOSLACK) buf_puts(&o->b, "  slack unknown");
    else {
      style(o, sl < 0 ? RED : PLAIN);
      buf_printf(&o->b, "  slack %d day%s", sl, plural(sl));
      reset(o);
    }
    buf_putc(&o->b, '\n');
  }
}

static void number(Buf *b, long long n, int cols) {
  if (n < 0) buf_printf(b, "%*s", cols, "-");
  else buf_printf(b, "%*lld", cols, n);
}

static void seat_row(Out *o, const char *id, const char *title, int depth, const wg_seats *st) {
  int label = 50;
  buf_puts(&o->b, "  ");
  pad(&o->b, 2 * depth);
  int used = 2 * depth + put_cols(&o->b, id ? id : "?", label - 2 * depth);
  if (title && used < label - 4) buf_putc(&o->b, ' '), used += 1 + put_cols(&o->b, title, label - used - 1);
  pad(&o->b, label - used);
  number(&o->b, st->seats, 8);
  number(&o->b, st->named, 8);
  number(&o->b, st->vacant, 8);
  buf_putc(&o->b, '\n');
}

/* A group and its subgroups, nested by indentation. Nesting is bounded
** by the parser's block depth (MAX_DEPTH), so the recursion is too. */
static void seat_group(Out *o, int g, int depth) {
  const wg_group *gr = &o->s->c->comp.groups[g];
  seat_row(o, gr->id, gr->title, depth, &o->s->seats[g]);
  for (int k = 0; k < gr->nsub; k++) seat_group(o, gr->sub[k], depth + 1);
}

static void seats(Out *o) {
  const wg_charter *c = o->s->c;
  heading(o, "Seats", -1);
  if (!c->has_composition) {
    buf_puts(&o->b, "  no composition given\n");
    return;
  }
  if (c->comp.open) buf_puts(&o->b, "  open: anyone may join, so seats are no cap\n");
  buf_printf(&o->b, "  %-50s%8s%8s%8s\n", "group", "seats", "named", "vacant");
  for (int k = 0; k < c->comp.ntop; k++) seat_group(o, c->comp.top[k], 0);
  seat_row(o, "total", NULL, 0, &o->s->total);
  if (!o->s->total.named)
    buf_puts(&o->b, "  No member is named, so vacancies are unknown (-).\n");
}

/* --- Entry points ---------------------------------------------------------- */

void status_gather(Status *s, const wg_charter *c, wg_arena *a, wg_date day, int from) {
  memset(s, 0, sizeof *s);
  s->c = c;
  s->day = day;
  s->day_from = from;
  s->has_term = wg_effective_term(c, &s->term_start, &s->term_end);
  size_t n = (size_t)(c->nitems + 1);
  s->overdue = wg_alloc(a, n * sizeof *s->overdue);
  s->noverdue = wg_overdue_items(c, a, day, s->overdue);
  s->soon = wg_alloc(a, n * sizeof *s->soon);
  s->nsoon = wg_due_soon_items(c, a, day, WG_DUE_SOON_DAYS, s->soon);
  s->nmeetings = wg_next_meetings(c, a, day, STATUS_MEETINGS, s->meetings);
  s->path = wg_alloc(a, n * sizeof *s->path);
  const int *path = wg_charter_critical_path(c, &s->npath);
  memcpy(s->path, path, (size_t)s->npath * sizeof *s->path);
  s->slack = wg_alloc(a, n * sizeof *s->slack);
  wg_slack(c, a, s->slack);
  s->seats = wg_alloc(a, (size_t)(c->comp.ngroups + 1) * sizeof *s->seats);
  wg_seat_counts(c, s->seats, &s->total);
}

void emit_status(FILE *f, const Status *s, int color) {
  Out *o = wg_xmalloc(sizeof *o);
  buf_init(&o->b, f);
  o->s = s;
  o->color = color;
  group_and_term(o);
  progress(o);
  overdue(o);
  due_soon(o);
  meetings(o);
  critical_path(o);
  seats(o);
  buf_flush(&o->b);
  free(o);
}
