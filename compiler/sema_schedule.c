/*
** The schedule rules (WG5xx): dependency cycles, deadlines against each
** other, against the report date, the term and the establishment,
** milestones against their order, meetings against each other and the
** report date. Every rule reads resolved dates from the model; WG_NODATE
** means "not given, or already reported as bad", and a rule that needs
** it stays silent (one mistake, one diagnostic). WG505 (reversed-range)
** belongs to sema_props.c, where ranges are read; WG511 to sema_build.c,
** where offsets are applied.
**
** Items and milestones are the nodes of the dependency graph
** (runtime/graph.h): items first, then milestones.
**
** Decisions where docs/rules.md is silent (for the user docs):
** - "before" and "after" are strict: an item due on the report day is in
**   time, a meeting on the day of establishment is not early, an item
**   may start `after` the very day it is `due`.
** - A link between two items of a reported dependency cycle gets no
**   WG502: around a cycle some deadline must come before the one it
**   depends on, so the inversion is the cycle's symptom, not a second
**   mistake. (Other links inside the same tangle are still checked: the
**   runtime reports one cycle per component, not the component.)
** - WG503 compares with `report_due`, and only without a breach of it
**   with the end of the effective term: one late deadline, one
**   diagnostic. WG509 likewise for meetings.
** - WG504 on a `due` given as a meeting is left to the meeting's own
**   WG504; against several mandates, the one adopted first counts.
** - WG508 is left to WG502 when the `after` item is also a dependency.
** - WG506 leaves out series (`every`): their `on` is the period the
**   series runs over, not days of meeting, so it would "overlap" every
**   meeting held in that period.
** - WG507 asks deliverables only, as docs/rules.md says: recommendations are
**   often outcomes of the report with no deadline of their own.
** - WG509 looks at a meeting's first day: one that starts on or before
**   the report date can still feed into the report.
** - A meeting dated to a period (`on 2014-09`) is held on days unknown
**   within it: WG504, WG506 and WG509 report only what holds for every
**   day it may be held on (docs/language.md).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* Notes on a long cycle stop here; the message spells it all anyway. */
enum { MAX_CYCLE_NOTES = 50 };

/* --- Dates as written ------------------------------------------------------ */

/* "2013-05-30..2013-05-31", or one day, each end as precisely as written. */
static const char *span_of(Sema *s, wg_date start, wg_date end, int p1, int p2) {
  const char *a = sema_date(s, start, p1), *b = sema_date(s, end, p2);
  if (strcmp(a, b) == 0) return a;
  char *buf = wg_alloc(s->c->arena, 24);
  snprintf(buf, 24, "%s..%s", a, b);
  return buf;
}

static const char *meeting_span(Sema *s, const wg_meeting *m) {
  return span_of(s, m->start, m->end, m->start_precision, m->end_precision);
}

/* The days a meeting is surely held on: from the last day its start may
** be to the first its end may be. Empty (first > last) when it is dated
** to a period and may be shorter than that. */
static void sure_days(const wg_meeting *m, wg_date *first, wg_date *last) {
  wg_date a, b;
  wg_date_period(m->start, m->start_precision, &a, first);
  wg_date_period(m->end, m->end_precision, last, &b);
}

/* The latest day a meeting may start on. */
static wg_date latest_start(const wg_meeting *m) {
  wg_date a, b;
  wg_date_period(m->start, m->start_precision, &a, &b);
  return b;
}

/* --- Nodes: items and milestones --------------------------------------- */

/* An item or meeting as messages name it; a declaration without a name
** was reported (WG210) but still has dates worth checking. */
static const char *name_of(const char *id) { return id ? id : "(unnamed)"; }

static const char *node_name(const wg_charter *ch, int v) {
  return name_of(v < ch->nitems ? ch->items[v].id : ch->milestones[v - ch->nitems].id);
}

static const wg_when *node_due(const wg_charter *ch, int v) {
  return v < ch->nitems ? &ch->items[v].due : &ch->milestones[v - ch->nitems].due;
}

static const wg_when *node_after(const wg_charter *ch, int v) {
  return v < ch->nitems ? &ch->items[v].after : &ch->milestones[v - ch->nitems].after;
}

static const wg_ref *node_deps(const wg_charter *ch, int v, int *n) {
  if (v < ch->nitems) return *n = ch->items[v].ndeps, ch->items[v].deps;
  return *n = ch->milestones[v - ch->nitems].ndeps, ch->milestones[v - ch->nitems].deps;
}

/* Whether w is one of item v's milestones: v depends on it by holding it. */
static int holds(const wg_charter *ch, int v, int w) {
  return v < ch->nitems && w >= ch->nitems && ch->milestones[w - ch->nitems].item == v;
}

/* The first resolved depends_on of node v that names node `to`. */
static const wg_ref *edge(const wg_charter *ch, int v, int to) {
  int n;
  const wg_ref *deps = node_deps(ch, v, &n);
  for (int k = 0; k < n; k++)
    if (wg_dep_node(ch, &deps[k]) == to) return &deps[k];
  return NULL;
}

/* --- WG501 ------------------------------------------------------------- */

typedef struct Cycles {
  Sema *s;
  int *cycle_of; /* 1 + the number of the reported cycle a node is on, or 0 */
  int ncycles;
} Cycles;

/* "a -> b -> c -> a". */
static const char *spell_cycle(Sema *s, const int *cycle, int n) {
  const char **names = wg_alloc(s->c->arena, (size_t)n * sizeof *names);
  for (int k = 0; k < n; k++) names[k] = node_name(s->ch, cycle[k]);
  return sema_cycle_text(s, names, n);
}

/* Whether a cycle runs through items alone, no milestone. */
static int items_only(const wg_charter *ch, const int *cycle, int n) {
  for (int k = 0; k < n; k++)
    if (cycle[k] >= ch->nitems) return 0;
  return 1;
}

/* A note on one link of a cycle: a depends_on, or an item holding its
** milestone. */
static void cycle_note(Sema *s, Diag *d, int v, int w) {
  const wg_charter *ch = s->ch;
  if (holds(ch, v, w)) {
    diag_note(s->c, d, ch->milestones[w - ch->nitems].at, "`%s` is finished with its milestone "
              "`%s`", node_name(ch, v), node_name(ch, w));
    return;
  }
  diag_note(s->c, d, edge(ch, v, w)->at, "`%s` depends on `%s` here", node_name(ch, v),
            node_name(ch, w));
}

/* Reported at the first depends_on of the cycle (a cycle through an
** item and its milestone starts at a written link), with a note at every
** other link of it (up to MAX_CYCLE_NOTES). */
static void dependency_cycle(void *ctx, const int *found, int n) {
  Cycles *cy = ctx;
  Sema *s = cy->s;
  const wg_charter *ch = s->ch;
  int start = 0;
  while (start < n && holds(ch, found[start], found[(start + 1) % n])) start++;
  int *cycle = wg_alloc(s->c->arena, (size_t)n * sizeof *cycle);
  for (int k = 0; k < n; k++) cycle[k] = found[(start + k) % n];
  cy->ncycles++;
  for (int k = 0; k < n; k++) cy->cycle_of[cycle[k]] = cy->ncycles;
  const wg_ref *link = edge(ch, cycle[0], cycle[1 % n]);
  Diag *d;
  if (n == 1)
    d = diag_report(s->c, RULE_DEPENDENCY_CYCLE, link->at,
                    "`%s` depends on itself (`%s`); remove this link", node_name(ch, cycle[0]),
                    spell_cycle(s, cycle, n));
  else
    d = diag_report(s->c, RULE_DEPENDENCY_CYCLE, link->at,
                    "dependency cycle `%s`: none of these %d %s can be "
                    "finished first; remove the `depends_on` link that is wrong",
                    spell_cycle(s, cycle, n), n, items_only(ch, cycle, n) ? "items" : "steps");
  for (int k = 1; k < n && k <= MAX_CYCLE_NOTES; k++) cycle_note(s, d, cycle[k], cycle[(k + 1) % n]);
  if (n - 1 > MAX_CYCLE_NOTES)
    diag_note(s->c, d, ch->items[wg_node_item(ch, cycle[n - 1])].at,
              "and %d more links, as the message spells out", n - 1 - MAX_CYCLE_NOTES);
}

/* --- WG502, WG503, WG504, WG507, WG508: items and milestones ------------ */

/* WG502: a node due before something it depends on is due. Items' dates
** are read from s->due, in cache. */
static void deadline_inversion(Sema *s, int v, const int *cycle_of) {
  const wg_charter *ch = s->ch;
  const wg_when *due = node_due(ch, v);
  if (due->date == WG_NODATE) return;
  int n;
  const wg_ref *deps = node_deps(ch, v, &n);
  for (int k = 0; k < n; k++) {
    const wg_ref *r = &deps[k];
    int w = wg_dep_node(ch, r);
    if (w < 0) continue;
    wg_date on = w < ch->nitems ? s->due[w] : node_due(ch, w)->date;
    if (on == WG_NODATE || due->date >= on) continue;
    if (cycle_of[v] && cycle_of[v] == cycle_of[w]) continue; /* WG501 says it */
    Diag *d = diag_report(s->c, RULE_DEADLINE_INVERSION, r->at,
                          "`%s` is due %s but depends on `%s`, which is due "
                          "later, %s; move one of the deadlines, or check the dependency",
                          node_name(ch, v), sema_when(s, due), node_name(ch, w),
                          sema_when(s, node_due(ch, w)));
    diag_note(s->c, d, node_due(ch, w)->at, "`%s` is due here", node_name(ch, w));
  }
}

/* "ends 2014-06-30" for the effective term, and where it is given. */
static wg_span term_at(const Sema *s) {
  const wg_working_group *g = &s->ch->wg;
  const Decl *d = g->term_mandate >= 0 ? s->decls[WG_MANDATE][g->term_mandate] : s->wg;
  const Prop *p = d ? tree_find(d, KEY_TERM) : NULL;
  return p && p->vals ? p->vals->at : g->at;
}

/* The last day of the effective term (wg_effective_term), or WG_NODATE. */
static wg_date term_end(const Sema *s) {
  wg_date start, end;
  return wg_effective_term(s->ch, &start, &end) ? end : WG_NODATE;
}

/* WG503: due after the report date, else after the end of the term.
** Both bounds are checked, unlike wg_work_end's "report, else term":
** a deadline within the report date but past the term is still wrong. */
static void due_after_report(Sema *s, const wg_item *it) {
  const wg_working_group *g = &s->ch->wg;
  wg_date due = it->due.date, end = term_end(s);
  if (due == WG_NODATE) return;
  if (g->report_due.date != WG_NODATE && due > g->report_due.date) {
    Diag *d = diag_report(s->c, RULE_DUE_AFTER_REPORT, it->due.at,
                          "`%s` is due %s, after the working group's "
                          "report, which is due %s; bring the deadline forward, or correct "
                          "`report_due`",
                          name_of(it->id), sema_when(s, &it->due), sema_when(s, &g->report_due));
    diag_note(s->c, d, g->report_due.at, "`report_due` is given here");
  } else if (end != WG_NODATE && due > end) {
    Diag *d = diag_report(s->c, RULE_DUE_AFTER_REPORT, it->due.at,
                          "`%s` is due %s, after the working group's "
                          "term, which ends %s; bring the deadline forward, or correct `term`",
                          name_of(it->id), sema_when(s, &it->due),
                          sema_date(s, g->effective_end, g->effective_end_precision));
    if (g->term_mandate >= 0) diag_note(s->c, d, term_at(s), "the term is given here");
  }
}

/* WG504 for a due date. A due given as a meeting that is itself before
** the establishment is left to that meeting's own WG504. */
static void due_before_establishment(Sema *s, const wg_item *it) {
  const wg_when *est = &s->ch->wg.established;
  if (it->due.date == WG_NODATE || est->date == WG_NODATE || it->due.date >= est->date) return;
  if (it->due.ref.kind == WG_MEETING) return;
  Diag *d = diag_report(s->c, RULE_BEFORE_ESTABLISHMENT, it->due.at,
                        "`%s` is due %s, before the working group is "
                        "established (%s); correct the date",
                        name_of(it->id), sema_when(s, &it->due), sema_when(s, est));
  diag_note(s->c, d, est->at, "`established` is given here");
}

/* WG507: a deliverable with no `due`. One given but invalid was reported
** already, so the tree is asked whether `due` was given at all. No
** deadline is missing for work with no end (`standing`), work that may
** not be done (`optional`), work finished (`done`), or work due with its
** last milestone. */
static void missing_due(Sema *s, int i) {
  const wg_item *it = &s->ch->items[i];
  const Decl *decl = s->decls[WG_DELIVERABLE][i];
  if (it->kind != WG_DELIVERABLE || it->due.at.len || sema_d(s, decl)->bad ||
      sema_gave(s, decl, KEY_DUE))
    return;
  if (it->standing || it->optional || it->done != WG_NODATE || sema_gave(s, decl, KEY_DONE) ||
      sema_maybe_key(s, decl, KEY_STANDING) || sema_maybe_key(s, decl, KEY_OPTIONAL) ||
      sema_maybe_kind(s, decl, WG_MILESTONE))
    return;
  if (it->nmilestones) {
    const wg_milestone *last = &s->ch->milestones[it->milestone0 + it->nmilestones - 1];
    if (sema_gave(s, s->decls[WG_MILESTONE][it->milestone0 + it->nmilestones - 1], KEY_DUE)) return;
    diag_report(s->c, RULE_MISSING_DUE, it->at,
                "deliverable `%s` has no `due`, nor has its last milestone "
                "`%s`: give one of them a date",
                name_of(it->id), name_of(last->id));
    return;
  }
  diag_report(s->c, RULE_MISSING_DUE, it->at,
              "deliverable `%s` has no `due`: add `due` with a date, or "
              "with the meeting or event it must be ready for",
              name_of(it->id));
}

/* "`M2` ends (2013-11-08)", "`draft` is due (...)" or the date. */
static const char *after_phrase(Sema *s, const wg_when *after) {
  const wg_ref *r = &after->ref;
  if (!r->name || after->offset_unit) return sema_when(s, after);
  size_t n = strlen(r->name) + 32;
  char *buf = wg_alloc(s->c->arena, n);
  snprintf(buf, n, "`%s` %s (%s)", r->name,
           r->kind == WG_MEETING || r->kind == WG_EVENT ? "ends" : "is due",
           sema_date(s, after->date, after->precision));
  return buf;
}

/* WG508: `after` later than `due`. When the `after` item is also a
** dependency, WG502 already says the same thing. */
static void impossible_window(Sema *s, int v) {
  const wg_charter *ch = s->ch;
  const wg_when *after = node_after(ch, v), *due = node_due(ch, v);
  if (after->date == WG_NODATE || due->date == WG_NODATE) return;
  if (after->date <= due->date) return;
  int w = wg_dep_node(ch, &after->ref);
  if (w >= 0 && edge(ch, v, w)) return;
  Diag *d = diag_report(s->c, RULE_IMPOSSIBLE_WINDOW, after->at,
                        "`%s` can start only after %s but is due %s, "
                        "earlier; correct `after` or `due`",
                        node_name(ch, v), after_phrase(s, after), sema_when(s, due));
  diag_note(s->c, d, due->at, "`due` is given here");
}

/* --- WG510: milestones in order, within their item's deadline ---------- */

static void milestone_order(Sema *s, const wg_item *it) {
  const wg_milestone *ms = &s->ch->milestones[it->milestone0], *prev = NULL;
  for (int k = 0; k < it->nmilestones; k++) {
    const wg_milestone *m = &ms[k];
    if (m->due.date == WG_NODATE) continue;
    if (prev && m->due.date < prev->due.date) {
      Diag *d = diag_report(s->c, RULE_MILESTONE_ORDER, m->due.at,
                            "milestone `%s` is due %s, before `%s` written "
                            "above it, due %s: write the milestones in the order they are due, "
                            "or correct a date",
                            name_of(m->id), sema_when(s, &m->due), name_of(prev->id),
                            sema_when(s, &prev->due));
      diag_note(s->c, d, prev->due.at, "`%s` is due here", name_of(prev->id));
    } else if (!it->due_implied && it->due.date != WG_NODATE && m->due.date > it->due.date) {
      Diag *d = diag_report(s->c, RULE_MILESTONE_ORDER, m->due.at,
                            "milestone `%s` is due %s, after its %s `%s`, "
                            "due %s: a step cannot end after the work it belongs to",
                            name_of(m->id), sema_when(s, &m->due), wg_kind_names[it->kind],
                            name_of(it->id), sema_when(s, &it->due));
      diag_note(s->c, d, it->due.at, "`%s` is due here", name_of(it->id));
    }
    prev = m;
  }
}

/* --- WG504: the working group against its mandates --------------------- */

/* Reported once, against the mandate adopted first (docs/language.md: the
** later ones are renewals): that is the date the establishment must
** follow, and one wrong date is one mistake. */
static void established_before_mandate(Sema *s) {
  const wg_charter *ch = s->ch;
  const wg_when *est = &ch->wg.established;
  int first = -1;
  for (int i = 0; i < ch->nmandates; i++)
    if (ch->mandates[i].adopted.date != WG_NODATE &&
        (first < 0 || ch->mandates[i].adopted.date < ch->mandates[first].adopted.date))
      first = i;
  if (est->date == WG_NODATE || first < 0 || est->date >= ch->mandates[first].adopted.date) return;
  const wg_mandate *m = &ch->mandates[first];
  /* A mandate is often known by its title only, the instrument's name. */
  const char *q = m->id ? "`" : "\"", *name = m->id ? m->id : m->title ? m->title : "";
  Diag *d = diag_report(s->c, RULE_BEFORE_ESTABLISHMENT, est->at,
                        "the working group is established %s, before its "
                        "mandate %s%s%s was adopted (%s); correct one of the dates",
                        sema_when(s, est), q, name, q, sema_when(s, &m->adopted));
  diag_note(s->c, d, m->adopted.at, "`adopted` is given here");
}

/* --- Meetings ----------------------------------------------------------- */

/* WG504 for a meeting: one dated to a period only if all of it is before. */
static void meeting_before_establishment(Sema *s, const wg_meeting *m) {
  const wg_when *est = &s->ch->wg.established;
  if (m->start == WG_NODATE || est->date == WG_NODATE || latest_start(m) >= est->date) return;
  Diag *d = diag_report(s->c, RULE_BEFORE_ESTABLISHMENT, m->on_at,
                        "meeting `%s` starts %s, before the working group "
                        "is established (%s); correct the date",
                        name_of(m->id), sema_date(s, m->start, m->start_precision),
                        sema_when(s, est));
  diag_note(s->c, d, est->at, "`established` is given here");
}

/* WG509: a meeting that starts after the report is due, else after the
** effective term ends. */
static void meeting_after_report(Sema *s, const wg_meeting *m) {
  const wg_working_group *g = &s->ch->wg;
  const wg_when *rep = &g->report_due;
  wg_date end = term_end(s);
  if (m->start == WG_NODATE) return;
  if (rep->date != WG_NODATE && m->start > rep->date) {
    Diag *d = diag_report(s->c, RULE_MEETING_AFTER_REPORT, m->on_at,
                          "meeting `%s` starts %s, after the working "
                          "group's report, which is due %s; check the dates, or `allow "
                          "meeting-after-report` if it meets again after reporting",
                          name_of(m->id), sema_date(s, m->start, m->start_precision),
                          sema_when(s, rep));
    diag_note(s->c, d, rep->at, "`report_due` is given here");
  } else if (end != WG_NODATE && m->start > end) {
    Diag *d = diag_report(s->c, RULE_MEETING_AFTER_REPORT, m->on_at,
                          "meeting `%s` starts %s, after the working "
                          "group's term, which ends %s; check the dates, or correct `term`",
                          name_of(m->id), sema_date(s, m->start, m->start_precision),
                          sema_date(s, g->effective_end, g->effective_end_precision));
    diag_note(s->c, d, term_at(s), "the term is given here");
  }
}

/* A meeting to sort by a day, then by source order. */
typedef struct Slot {
  wg_date first, last; /* the days it is surely held on */
  int index;
} Slot;

static int by_first(const void *a, const void *b) {
  const Slot *x = a, *y = b;
  if (x->first != y->first) return x->first < y->first ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

static void overlap(Sema *s, const wg_meeting *m, const wg_meeting *o) {
  Diag *d = diag_report(s->c, RULE_MEETING_OVERLAP, m->on_at,
                        "meeting `%s` (%s) overlaps meeting `%s` (%s); "
                        "correct the dates, or `allow meeting-overlap` if they are held "
                        "in parallel",
                        name_of(m->id), meeting_span(s, m), name_of(o->id), meeting_span(s, o));
  diag_note(s->c, d, o->on_at, "`%s` is held here", name_of(o->id));
}

/* A meeting dated to a period, with no day it is surely held on, overlaps
** for certain only a meeting surely held on every day it may be: among
** the meetings sorted by their first sure day (v[0..n)), those starting
** by its first possible day, with reach[k] the one reaching furthest of
** v[0..k]. */
static void period_overlap(Sema *s, const Slot *v, const int *reach, int n, const wg_meeting *m) {
  const wg_meeting *ms = s->ch->meetings;
  int lo = 0, hi = n; /* the first slot starting after m's first day */
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (v[mid].first <= m->start) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return;
  int best = reach[lo - 1];
  wg_date a, b;
  sure_days(&ms[best], &a, &b);
  if (b >= m->end) overlap(s, m, &ms[best]);
}

/* WG506, in O(n log n): sorted by first sure day, a meeting overlaps an
** earlier-starting one for certain exactly when it surely starts by the
** latest sure day seen so far. Each meeting is reported once, against
** the meeting holding that latest day (the earliest in source order on
** a tie). With every meeting dated to the day, sure days are all days. */
static void meeting_overlap(Sema *s) {
  const wg_charter *ch = s->ch;
  Slot *v = wg_alloc(s->c->arena, (size_t)(ch->nmeetings + 1) * sizeof *v);
  int *vague = wg_alloc(s->c->arena, (size_t)(ch->nmeetings + 1) * sizeof *vague);
  int n = 0, nvague = 0, reach = -1;
  for (int i = 0; i < ch->nmeetings; i++) {
    const wg_meeting *m = &ch->meetings[i];
    if (m->start == WG_NODATE || m->every) continue;
    Slot x = {0, 0, i};
    sure_days(m, &x.first, &x.last);
    if (x.first <= x.last) v[n++] = x;
    else vague[nvague++] = i;
  }
  qsort(v, (size_t)n, sizeof *v, by_first);
  int *reaches = wg_alloc(s->c->arena, (size_t)(n + 1) * sizeof *reaches);
  wg_date reach_last = WG_NODATE;
  for (int k = 0; k < n; k++) {
    const wg_meeting *m = &ch->meetings[v[k].index];
    if (reach >= 0 && v[k].first <= reach_last) overlap(s, m, &ch->meetings[reach]);
    if (reach < 0 || v[k].last > reach_last) reach = v[k].index, reach_last = v[k].last;
    reaches[k] = reach;
  }
  for (int k = 0; k < nvague; k++) period_overlap(s, v, reaches, n, &ch->meetings[vague[k]]);
}

void sema_schedule(Sema *s) {
  wg_charter *ch = s->ch;
  int nodes = wg_node_count(ch);
  Cycles cy = {s, wg_alloc(s->c->arena, (size_t)(nodes + 1) * sizeof(int)), 0};
  wg_cycles(ch, s->c->arena, dependency_cycle, &cy);
  for (int i = 0; i < ch->nitems; i++) {
    const wg_item *it = &ch->items[i];
    deadline_inversion(s, i, cy.cycle_of);
    due_after_report(s, it);
    due_before_establishment(s, it);
    missing_due(s, i);
    impossible_window(s, i);
    if (it->nmilestones) milestone_order(s, it);
  }
  for (int v = ch->nitems; v < nodes; v++) {
    deadline_inversion(s, v, cy.cycle_of);
    impossible_window(s, v);
  }
  established_before_mandate(s);
  for (int i = 0; i < ch->nmeetings; i++) {
    meeting_before_establishment(s, &ch->meetings[i]);
    meeting_after_report(s, &ch->meetings[i]);
  }
  meeting_overlap(s);
}
