/*
** Derived facts about progress (progress.h). Each is defined once here,
** in the words docs/publish.md uses, so the status report, the calendar,
** the HTML page and the graph cannot disagree.
**
** Language version 2 slots in here, not in the emitters: `done` makes an
** item never late (wg_days_late), `standing` and `optional` items are
** never late nor due soon and bound no slack, milestones are late by
** their own dates (wg_node_days_late, for WG602),
** mandates' terms give wg_effective_term, and `non_voting` groups and
** `quota` enter wg_seat_counts.
*/
#include <stdlib.h>

#include "arena.h"
#include "date.h"
#include "graph.h"
#include "progress.h"

/* --- Reference days ------------------------------------------------------ */

wg_date wg_reference_day(const wg_charter *c, wg_date option, wg_date today, int *from) {
  int f = WG_ASOF_OPTION;
  wg_date d = option;
  if (d == WG_NODATE) f = WG_ASOF_FILE, d = c->has_wg ? c->wg.as_of : WG_NODATE;
  if (d == WG_NODATE) f = WG_ASOF_TODAY, d = today;
  if (from) *from = f;
  return d;
}

static void later(wg_date *max, wg_date d) {
  if (d != WG_NODATE && (*max == WG_NODATE || d > *max)) *max = d;
}

wg_date wg_charter_day(const wg_charter *c) {
  if (c->has_wg && c->wg.as_of != WG_NODATE) return c->wg.as_of;
  wg_date max = WG_NODATE;
  if (c->has_wg) {
    later(&max, c->wg.established.date), later(&max, c->wg.report_due.date);
    later(&max, c->wg.term_start), later(&max, c->wg.term_end);
  }
  for (int i = 0; i < c->nmandates; i++) later(&max, c->mandates[i].adopted.date);
  for (int i = 0; i < c->nevents; i++) later(&max, c->events[i].start), later(&max, c->events[i].end);
  for (int i = 0; i < c->nmeetings; i++)
    later(&max, c->meetings[i].start), later(&max, c->meetings[i].end);
  for (int i = 0; i < c->nitems; i++) later(&max, c->items[i].due.date), later(&max, c->items[i].after.date);
  return max;
}

/* The model's: the latest-adopted mandate's term, else the group's own
** (docs/language.md; sema_build.c works it out once). */
int wg_effective_term(const wg_charter *c, wg_date *start, wg_date *end) {
  if (!c->has_wg || c->wg.effective_start == WG_NODATE || c->wg.effective_end == WG_NODATE)
    return 0;
  *start = c->wg.effective_start;
  *end = c->wg.effective_end;
  return 1;
}

wg_date wg_work_end(const wg_charter *c) {
  wg_date start, end;
  if (c->has_wg && c->wg.report_due.date != WG_NODATE) return c->wg.report_due.date;
  return wg_effective_term(c, &start, &end) ? end : WG_NODATE;
}

/* --- Items ----------------------------------------------------------------- */

/* An item's status, or a milestone's own (graph.h numbers the nodes). */
static int node_status(const wg_charter *c, int v) {
  return v < c->nitems ? c->items[v].status : c->milestones[v - c->nitems].status;
}

static const wg_when *node_due(const wg_charter *c, int v) {
  return v < c->nitems ? &c->items[v].due : &c->milestones[v - c->nitems].due;
}

int wg_item_open(const wg_charter *c, int i) {
  int s = c->items[i].status;
  return s != WG_COMPLETED && s != WG_DROPPED;
}

/* WG602 asks this of every node, the status report of items alone. A
** milestone is work of its item's kind: none of a `standing` or
** `optional` item's is ever late. */
int wg_node_days_late(const wg_charter *c, int v, wg_date day) {
  wg_date due = node_due(c, v)->date;
  int s = node_status(c, v);
  if (due == WG_NODATE || day == WG_NODATE || due >= day || s == WG_COMPLETED || s == WG_DROPPED)
    return 0;
  const wg_item *it = &c->items[wg_node_item(c, v)];
  if (it->standing || it->optional) return 0; /* never overdue (WG602) */
  return (int)(day - due);
}

int wg_days_late(const wg_charter *c, int i, wg_date day) {
  return i >= 0 && i < c->nitems ? wg_node_days_late(c, i, day) : 0;
}

int wg_due_within(const wg_charter *c, int i, wg_date day, int days) {
  wg_date due = c->items[i].due.date;
  if (due == WG_NODATE || day == WG_NODATE || !wg_item_open(c, i)) return 0;
  return due >= day && (long long)due <= (long long)day + days;
}

/* Sorting item indices by due date, ties by source order. */
typedef struct Dated {
  wg_date date;
  int index;
} Dated;

static int by_date(const void *x, const void *y) {
  const Dated *a = x, *b = y;
  if (a->date != b->date) return a->date < b->date ? -1 : 1;
  return (a->index > b->index) - (a->index < b->index);
}

/* The items for which keep() holds, by due date, into out; v has room
** for every item. */
static int sorted_items(const wg_charter *c, Dated *v, int *out, int max, wg_date day, int days,
                        int (*keep)(const wg_charter *, int, wg_date, int)) {
  int n = 0;
  for (int i = 0; i < c->nitems; i++)
    if (keep(c, i, day, days)) v[n].date = c->items[i].due.date, v[n++].index = i;
  qsort(v, (size_t)n, sizeof *v, by_date);
  for (int k = 0; k < n && k < max; k++) out[k] = v[k].index;
  return n;
}

static Dated *scratch(const wg_charter *c, wg_arena *a) {
  return wg_alloc(a, (size_t)(c->nitems + 1) * sizeof(Dated));
}

static int late(const wg_charter *c, int i, wg_date day, int days) {
  (void)days;
  return wg_days_late(c, i, day) > 0;
}

int wg_overdue_items(const wg_charter *c, wg_arena *a, wg_date day, int *out) {
  return sorted_items(c, scratch(c, a), out, c->nitems, day, 0, late);
}

/* For a program: no arena to lend, so the scratch is its own. */
int wg_charter_overdue(const wg_charter *c, wg_date day, int *out, int max) {
  Dated *v = malloc((size_t)(c->nitems + 1) * sizeof *v);
  if (!v) return WG_ERR_NOMEM;
  int n = sorted_items(c, v, out, out ? max : 0, day, 0, late);
  free(v);
  return n;
}

int wg_due_soon_items(const wg_charter *c, wg_arena *a, wg_date day, int days, int *out) {
  return sorted_items(c, scratch(c, a), out, c->nitems, day, days, wg_due_within);
}

void wg_status_counts(const wg_charter *c, int t, int counts[WG_NSTATUSES]) {
  for (int s = 0; s < WG_NSTATUSES; s++) counts[s] = 0;
  for (int i = 0; i < c->nitems; i++) {
    const wg_item *it = &c->items[i];
    if (t != WG_ALL_ITEMS && it->topic != t) continue;
    counts[it->status > 0 && it->status < WG_NSTATUSES ? it->status : 0]++;
  }
}

/* --- Slack ----------------------------------------------------------------- */

/* An item named by a dependency; a milestone's (version 2) is not an
** item's whole deadline, so it sets no limit here. */
static int dep_index(const wg_charter *c, const wg_ref *r) {
  return (r->kind == WG_DELIVERABLE || r->kind == WG_RECOMMENDATION) && r->index >= 0 &&
                 r->index < c->nitems
             ? r->index
             : -1;
}

static wg_date earlier(wg_date a, wg_date b) {
  if (a == WG_NODATE) return b;
  return b == WG_NODATE || a < b ? a : b;
}

/* limit[i], the day by which i must be done for nothing after it to be
** late, is passed from each item to its dependencies: dependents come
** last in wg_order, so walking it backwards sees every item's dependents
** before the item. Items on a cycle come last in any order: their limits
** are as good as the cycle allows, and WG501 has said why. */
void wg_slack(const wg_charter *c, wg_arena *a, int *slack) {
  const int *order = wg_charter_order(c);
  wg_date *limit = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *limit);
  wg_date end = wg_work_end(c);
  for (int i = 0; i < c->nitems; i++) limit[i] = end;
  for (int k = c->nitems - 1; k >= 0; k--) {
    const wg_item *it = &c->items[order[k]];
    if (it->status == WG_DROPPED) continue;
    wg_date by = earlier(it->due.date, limit[order[k]]);
    for (int j = 0; j < it->ndeps; j++) {
      int d = dep_index(c, &it->deps[j]);
      if (d >= 0) limit[d] = earlier(limit[d], by);
    }
  }
  for (int i = 0; i < c->nitems; i++) {
    wg_date due = c->items[i].due.date;
    slack[i] = due == WG_NODATE || limit[i] == WG_NODATE ? WG_NOSLACK : (int)(limit[i] - due);
  }
}

/* --- Seats ----------------------------------------------------------------- */

/* The seats of group gi's parts: its subgroups, `non_voting` ones left
** out (WG302); -1 when one of them is unknown. */
static long long parts_sum(const wg_charter *c, const wg_seats *out, const int *sub, int n) {
  long long sum = 0;
  for (int k = 0; k < n; k++) {
    if (c->comp.groups[sub[k]].non_voting) continue;
    if (out[sub[k]].seats < 0) return -1;
    sum += out[sub[k]].seats;
  }
  return sum;
}

static long long quota_seats(const wg_group *g) {
  long long sum = 0;
  for (int k = 0; k < g->nquotas; k++) sum += g->quotas[k].seats;
  return sum;
}

/* The seats group gi holds, and where the figure comes from (*from):
** in the order docs/checks.md gives (WG301-WG307). A doubt
** stops at the case it concerns. */
static long long group_seats(const wg_charter *c, const wg_seats *out, int nregions, int doubt,
                             int gi, int *from) {
  const wg_group *g = &c->comp.groups[gi];
  *from = WG_SEATS_UNKNOWN;
  if (g->bad_seats || (doubt & WG_DOUBT_FIGURE)) return -1;
  *from = WG_SEATS_GIVEN;
  if (g->seats > 0 || (g->seats == 0 && c->comp.open)) return g->seats;
  if (g->seats == 0) return -1; /* WG307 */
  *from = WG_SEATS_QUOTA;
  if (g->per_region >= 0) return nregions ? (long long)g->per_region * nregions : -1;
  if (g->nquotas) return doubt & WG_DOUBT_QUOTA ? -1 : quota_seats(g); /* version 2 */
  *from = WG_SEATS_UNKNOWN;
  if (doubt & WG_DOUBT_HOLDS) return -1;
  *from = WG_SEATS_SUBGROUPS;
  if (g->nsub) return out[gi].sum;
  *from = g->nmembers ? WG_SEATS_MEMBERS : WG_SEATS_NONE;
  return g->nmembers ? out[gi].seated : -1;
}

static void vacancy(const wg_charter *c, wg_seats *s) {
  s->vacant = -1;
  if (!c->comp.open && s->seats >= 0 && s->named > 0)
    s->vacant = s->seats > s->seated ? s->seats - s->seated : 0;
}

/* Regions with a name: those a quota counts, when the checker does not
** say better (a name declared twice is its business, WG203). */
static int named_regions(const wg_charter *c) {
  int n = 0;
  for (int r = 0; r < c->nregions; r++) n += c->regions[r].id != NULL;
  return n;
}

static void count_group(const wg_charter *c, const wg_seat_doubts *d, int nregions, int gi,
                        wg_seats *out) {
  const wg_group *g = &c->comp.groups[gi];
  wg_seats *s = &out[gi];
  wg_date day;
  s->named = g->nmembers;
  s->seated = g->nmembers ? wg_group_seated_peak(c, gi, &day) : 0;
  for (int k = 0; k < g->nsub; k++) s->named += out[g->sub[k]].named, s->seated += out[g->sub[k]].seated;
  s->sum = g->nsub ? parts_sum(c, out, g->sub, g->nsub) : -1;
  s->seats = group_seats(c, out, nregions, d && d->group ? d->group[gi] : 0, gi, &s->from);
  vacancy(c, s);
}

/* Subgroups come after their parent in the flat array, so one pass from
** the last group to the first sees every group's subgroups first. */
void wg_seat_tally(const wg_charter *c, const wg_seat_doubts *d, wg_seats *out, wg_seats *total) {
  const wg_composition *comp = &c->comp;
  int nregions = d && d->nregions >= 0 ? d->nregions : named_regions(c);
  for (int gi = comp->ngroups - 1; gi >= 0; gi--) count_group(c, d, nregions, gi, out);
  *total = (wg_seats){0};
  for (int k = 0; k < comp->ntop; k++) {
    if (comp->groups[comp->top[k]].non_voting) continue; /* not counted (WG301) */
    total->named += out[comp->top[k]].named, total->seated += out[comp->top[k]].seated;
  }
  total->sum = !comp->ntop || (d && d->top) ? -1 : parts_sum(c, out, comp->top, comp->ntop);
  total->from = comp->seats >= 0 ? WG_SEATS_GIVEN : comp->ntop ? WG_SEATS_SUBGROUPS : WG_SEATS_NONE;
  total->seats = comp->seats >= 0 ? comp->seats : comp->ntop ? total->sum : -1;
  vacancy(c, total);
}

void wg_seat_counts(const wg_charter *c, wg_seats *out, wg_seats *total) {
  wg_seat_tally(c, NULL, out, total);
}

/* --- Meetings -------------------------------------------------------------- */

/* Months between occurrences of a series; 0 for weekly ones. */
static int step_months(int every) {
  static const int months[WG_NEVERY] = {[WG_MONTHLY] = 1, [WG_QUARTERLY] = 3, [WG_YEARLY] = 12};
  return every >= 0 && every < WG_NEVERY ? months[every] : 0;
}

/* The day `months` months after `start`, its day of the month clamped. */
static wg_date add_months(wg_date start, long long months) {
  int y, m, d;
  wg_date_split(start, &y, &m, &d);
  long long total = (long long)y * 12 + (m - 1) + months;
  if (total < 12 || total >= 10000LL * 12) return WG_NODATE;
  int ny = (int)(total / 12), nm = (int)(total % 12) + 1;
  int last = wg_days_in_month(ny, nm);
  return wg_date_make(ny, nm, d < last ? d : last);
}

/* The first day of the k-th occurrence of series m, or WG_NODATE. */
static wg_date series_day(const wg_meeting *m, long long k) {
  int months = step_months(m->every);
  long long d = months ? add_months(m->start, k * months) : m->start + 7 * k;
  return d == WG_NODATE || d > m->end ? WG_NODATE : (wg_date)d;
}

int wg_occurrence_at(const wg_charter *c, int mi, int k, wg_occurrence *o) {
  const wg_meeting *m = &c->meetings[mi];
  if (m->start == WG_NODATE || m->end == WG_NODATE || k < 0) return 0;
  o->meeting = mi;
  if (!m->every) {
    o->start = m->start, o->end = m->end;
    return k == 0;
  }
  o->start = o->end = series_day(m, k);
  return o->start != WG_NODATE;
}

/* An estimate of the index of the occurrence of series m on or after
** day, exact or one short: the caller steps on from it. */
static long long series_index(const wg_meeting *m, wg_date day) {
  if (day <= m->start) return 0;
  int months = step_months(m->every);
  if (!months) return (day - m->start) / 7;
  int y0, m0, d0, y1, m1, d1;
  wg_date_split(m->start, &y0, &m0, &d0);
  wg_date_split(day, &y1, &m1, &d1);
  long long k = ((long long)(y1 - y0) * 12 + (m1 - m0)) / months - 1;
  return k > 0 ? k : 0;
}

int wg_occurrence_count(const wg_charter *c, int mi, int max) {
  const wg_meeting *m = &c->meetings[mi];
  wg_occurrence o;
  if (!m->every || max <= 0) return max > 0 && wg_occurrence_at(c, mi, 0, &o);
  long long k = series_index(m, m->end);
  while (series_day(m, k) != WG_NODATE) k++;
  while (k > 0 && series_day(m, k - 1) == WG_NODATE) k--;
  return k < max ? (int)k : max;
}

static int by_start(const void *x, const void *y) {
  const wg_occurrence *a = x, *b = y;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  return (a->meeting > b->meeting) - (a->meeting < b->meeting);
}

/* The next occurrences of meeting mi that end on or after day, up to max. */
static int upcoming(const wg_charter *c, int mi, wg_date day, int max, wg_occurrence *out) {
  const wg_meeting *m = &c->meetings[mi];
  wg_occurrence o;
  int n = 0;
  if (!m->every) {
    if (wg_occurrence_at(c, mi, 0, &o) && o.end >= day && max > 0) out[n++] = o;
    return n;
  }
  for (long long k = series_index(m, day); n < max && k < INT32_MAX; k++) {
    if (!wg_occurrence_at(c, mi, (int)k, &o)) break;
    if (o.end >= day) out[n++] = o;
  }
  return n;
}

int wg_next_meetings(const wg_charter *c, wg_arena *a, wg_date day, int max, wg_occurrence *out) {
  if (max <= 0 || day == WG_NODATE) return 0;
  wg_occurrence *v = wg_alloc(a, (size_t)(2 * max) * sizeof *v);
  int n = 0;
  /* Keeps the best max so far in v[0..max): merge in each meeting's next
  ** ones, sort, cut. A charter of many meetings costs n log max each. */
  for (int mi = 0; mi < c->nmeetings; mi++) {
    int k = upcoming(c, mi, day, max, v + n);
    if (!k) continue;
    n += k;
    qsort(v, (size_t)n, sizeof *v, by_start);
    if (n > max) n = max;
  }
  for (int k = 0; k < n; k++) out[k] = v[k];
  return n;
}
