/*
** The schedule rules (WG5xx): dependency cycles, deadlines against each
** other, against the report date and the establishment, meetings against
** each other and the report date. Every rule reads resolved dates from
** the model; WG_NODATE means "not given, or already reported as bad",
** and a rule that needs it stays silent (one mistake, one diagnostic).
** WG505 (reversed-range) belongs to sema_props.c, where ranges are read.
**
** Decisions where RULES.md is silent (for the user docs):
** - "before" and "after" are strict: an item due on the report day is in
**   time, a meeting on the day of establishment is not early, an item
**   may start `after` the very day it is `due`.
** - A link between two items of a reported dependency cycle gets no
**   WG502: around a cycle some deadline must come before the one it
**   depends on, so the inversion is the cycle's symptom, not a second
**   mistake. (Other links inside the same tangle are still checked: the
**   runtime reports one cycle per component, not the component.)
** - WG503 compares with `report_due`, and only without a breach of it
**   with the end of `term`: one late deadline, one diagnostic.
** - WG504 on a `due` given as a meeting is left to the meeting's own
**   WG504; against several mandates, the one adopted last counts.
** - WG508 is left to WG502 when the `after` item is also a dependency.
** - WG506 leaves out series (`every`): their `on` is the period the
**   series runs over, not days of meeting, so it would "overlap" every
**   meeting held in that period.
** - WG507 asks deliverables only, as RULES.md says: recommendations are
**   often outcomes of the report with no deadline of their own.
** - WG509 looks at a meeting's first day: one that starts on or before
**   the report date can still feed into the report.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sema.h"

/* Notes on a long cycle stop here; the message spells it all anyway. */
enum { MAX_CYCLE_NOTES = 50 };


/* "2013-05-30..2013-05-31", or one day. */
static const char *span_of(Sema *s, wg_date start, wg_date end) {
  if (start == end) return sema_day(s, start);
  char *buf = wg_alloc(s->c->arena, 24);
  snprintf(buf, 24, "%s..%s", sema_day(s, start), sema_day(s, end));
  return buf;
}

/* An item or meeting as messages name it; a declaration without a name
** was reported (WG210) but still has dates worth checking. */
static const char *name_of(const char *id) { return id ? id : "(unnamed)"; }

/* The first resolved depends_on of item it that names item `to`. */
static const wg_ref *edge(const wg_item *it, int to) {
  for (int k = 0; k < it->ndeps; k++)
    if (it->deps[k].kind >= 0 && it->deps[k].index == to) return &it->deps[k];
  return NULL;
}

/* --- WG501 ------------------------------------------------------------- */

typedef struct Cycles {
  Sema *s;
  int *cycle_of; /* 1 + the number of the reported cycle an item is on, or 0 */
  int ncycles;
} Cycles;

/* "a -> b -> c -> a". */
static const char *spell_cycle(Sema *s, const int *cycle, int n) {
  const char **names = wg_alloc(s->c->arena, (size_t)n * sizeof *names);
  for (int k = 0; k < n; k++) names[k] = name_of(s->ch->items[cycle[k]].id);
  return sema_cycle_text(s, names, n);
}

/* Reported at the depends_on that starts the cycle, with a note at every
** other link of it (up to MAX_CYCLE_NOTES). */
static void dependency_cycle(void *ctx, const int *cycle, int n) {
  Cycles *cy = ctx;
  Sema *s = cy->s;
  const wg_item *items = s->ch->items;
  cy->ncycles++;
  for (int k = 0; k < n; k++) cy->cycle_of[cycle[k]] = cy->ncycles;
  const wg_item *first = &items[cycle[0]];
  const wg_ref *link = edge(first, cycle[1 % n]);
  Diag *d;
  if (n == 1)
    d = diag_report(s->c, 501, link->at, "`%s` depends on itself (`%s`); remove this link",
                    name_of(first->id), spell_cycle(s, cycle, n));
  else
    d = diag_report(s->c, 501, link->at, "dependency cycle `%s`: none of these %d items can be "
                    "finished first; remove the `depends_on` link that is wrong",
                    spell_cycle(s, cycle, n), n);
  for (int k = 1; k < n && k <= MAX_CYCLE_NOTES; k++) {
    const wg_item *it = &items[cycle[k]];
    diag_note(s->c, d, edge(it, cycle[(k + 1) % n])->at, "`%s` depends on `%s` here",
              name_of(it->id), name_of(items[cycle[(k + 1) % n]].id));
  }
  if (n - 1 > MAX_CYCLE_NOTES)
    diag_note(s->c, d, items[cycle[n - 1]].at, "and %d more links, as the message spells out",
              n - 1 - MAX_CYCLE_NOTES);
}

/* --- WG502, WG503, WG504, WG507, WG508: items ---------------------------- */

/* WG502: an item due before something it depends on is due. */
static void deadline_inversion(Sema *s, int i, const int *cycle_of) {
  const wg_item *it = &s->ch->items[i];
  if (it->due.date == WG_NODATE) return;
  for (int k = 0; k < it->ndeps; k++) {
    const wg_ref *r = &it->deps[k];
    if (r->kind < 0 || r->index < 0) continue;
    wg_date due = s->due[r->index];
    if (due == WG_NODATE || it->due.date >= due) continue;
    if (cycle_of[i] && cycle_of[i] == cycle_of[r->index]) continue; /* WG501 says it */
    const wg_item *on = &s->ch->items[r->index];
    Diag *d = diag_report(s->c, 502, r->at, "`%s` is due %s but depends on `%s`, which is due "
                          "later, %s; move one of the deadlines, or check the dependency",
                          name_of(it->id), sema_when(s, &it->due), name_of(on->id), sema_when(s, &on->due));
    diag_note(s->c, d, on->due.at, "`%s` is due here", name_of(on->id));
  }
}

/* WG503: due after the report date, else after the end of the term. */
static void due_after_report(Sema *s, const wg_item *it) {
  const wg_working_group *g = &s->ch->wg;
  wg_date due = it->due.date;
  if (due == WG_NODATE) return;
  if (g->report_due.date != WG_NODATE && due > g->report_due.date) {
    Diag *d = diag_report(s->c, 503, it->due.at, "`%s` is due %s, after the working group's "
                          "report, which is due %s; bring the deadline forward, or correct "
                          "`report_due`", name_of(it->id), sema_when(s, &it->due),
                          sema_when(s, &g->report_due));
    diag_note(s->c, d, g->report_due.at, "`report_due` is given here");
  } else if (g->term_end != WG_NODATE && due > g->term_end) {
    diag_report(s->c, 503, it->due.at, "`%s` is due %s, after the working group's term, which "
                "ends %s; bring the deadline forward, or correct `term`", name_of(it->id),
                sema_when(s, &it->due), sema_day(s, g->term_end));
  }
}

/* WG504 for a due date. A due given as a meeting that is itself before
** the establishment is left to that meeting's own WG504. */
static void due_before_establishment(Sema *s, const wg_item *it) {
  const wg_when *est = &s->ch->wg.established;
  if (it->due.date == WG_NODATE || est->date == WG_NODATE || it->due.date >= est->date) return;
  if (it->due.ref.kind == WG_MEETING) return;
  Diag *d = diag_report(s->c, 504, it->due.at, "`%s` is due %s, before the working group is "
                        "established (%s); correct the date", name_of(it->id), sema_when(s, &it->due),
                        sema_day(s, est->date));
  diag_note(s->c, d, est->at, "`established` is given here");
}

/* WG507: a deliverable with no `due`. One given but invalid was reported
** already, so the tree is asked whether `due` was given at all. */
static void missing_due(Sema *s, int i) {
  const wg_item *it = &s->ch->items[i];
  const Decl *decl = s->decls[WG_DELIVERABLE][i];
  if (it->kind != WG_DELIVERABLE || it->due.at.len || sema_d(s, decl)->bad ||
      sema_gave(s, decl, KEY_DUE))
    return;
  diag_report(s->c, 507, it->at, "deliverable `%s` has no `due`: add `due` with a date, or "
              "with the meeting or event it must be ready for", name_of(it->id));
}

/* "`M2` ends (2013-11-08)", "`draft` is due (...)" or the date. */
static const char *after_phrase(Sema *s, const wg_item *it) {
  const wg_ref *r = &it->after.ref;
  if (!r->name) return sema_day(s, it->after.date);
  size_t n = strlen(r->name) + 32;
  char *buf = wg_alloc(s->c->arena, n);
  snprintf(buf, n, "`%s` %s (%s)", r->name,
           r->kind == WG_MEETING || r->kind == WG_EVENT ? "ends" : "is due", sema_day(s, it->after.date));
  return buf;
}

/* WG508: `after` later than `due`. When the `after` item is also a
** dependency, WG502 already says the same thing. */
static void impossible_window(Sema *s, const wg_item *it) {
  if (it->after.date == WG_NODATE || it->due.date == WG_NODATE) return;
  if (it->after.date <= it->due.date) return;
  const wg_ref *r = &it->after.ref;
  if ((r->kind == WG_DELIVERABLE || r->kind == WG_RECOMMENDATION) && edge(it, r->index)) return;
  Diag *d = diag_report(s->c, 508, it->after.at, "`%s` can start only after %s but is due %s, "
                        "earlier; correct `after` or `due`", name_of(it->id), after_phrase(s, it),
                        sema_when(s, &it->due));
  diag_note(s->c, d, it->due.at, "`due` is given here");
}

/* --- WG504: the working group against its mandates --------------------- */

/* Reported once, against the mandate adopted last: that is the date the
** establishment must follow, and one wrong date is one mistake. */
static void established_before_mandate(Sema *s) {
  const wg_charter *ch = s->ch;
  const wg_when *est = &ch->wg.established;
  int last = -1;
  for (int i = 0; i < ch->nmandates; i++)
    if (ch->mandates[i].adopted.date != WG_NODATE &&
        (last < 0 || ch->mandates[i].adopted.date > ch->mandates[last].adopted.date))
      last = i;
  if (est->date == WG_NODATE || last < 0 || est->date >= ch->mandates[last].adopted.date) return;
  const wg_mandate *m = &ch->mandates[last];
  /* A mandate is often known by its title only, the instrument's name. */
  const char *q = m->id ? "`" : "\"", *name = m->id ? m->id : m->title ? m->title : "";
  Diag *d = diag_report(s->c, 504, est->at, "the working group is established %s, before its "
                        "mandate %s%s%s was adopted (%s); correct one of the dates",
                        sema_day(s, est->date), q, name, q, sema_day(s, m->adopted.date));
  diag_note(s->c, d, m->adopted.at, "`adopted` is given here");
}

/* --- Meetings ----------------------------------------------------------- */

/* WG504 for a meeting. */
static void meeting_before_establishment(Sema *s, const wg_meeting *m) {
  const wg_when *est = &s->ch->wg.established;
  if (m->start == WG_NODATE || est->date == WG_NODATE || m->start >= est->date) return;
  Diag *d = diag_report(s->c, 504, m->on_at, "meeting `%s` starts %s, before the working group "
                        "is established (%s); correct the date", name_of(m->id),
                        sema_day(s, m->start), sema_day(s, est->date));
  diag_note(s->c, d, est->at, "`established` is given here");
}

/* WG509: a meeting that starts after the report is due. */
static void meeting_after_report(Sema *s, const wg_meeting *m) {
  const wg_when *rep = &s->ch->wg.report_due;
  if (m->start == WG_NODATE || rep->date == WG_NODATE || m->start <= rep->date) return;
  Diag *d = diag_report(s->c, 509, m->on_at, "meeting `%s` starts %s, after the working "
                        "group's report, which is due %s; check the dates, or `allow "
                        "meeting-after-report` if it meets again after reporting",
                        name_of(m->id), sema_day(s, m->start), sema_when(s, rep));
  diag_note(s->c, d, rep->at, "`report_due` is given here");
}

/* A meeting to sort by its first day, then by source order. */
typedef struct Slot {
  wg_date start;
  int index;
} Slot;

static int by_start(const void *a, const void *b) {
  const Slot *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return (x->index > y->index) - (x->index < y->index);
}

/* WG506, in O(n log n): sorted by first day, a meeting overlaps an
** earlier-starting one exactly when it starts by the latest last day seen
** so far. Each meeting is reported once, against the meeting holding that
** latest last day (the earliest in source order on a tie). */
static void meeting_overlap(Sema *s) {
  const wg_charter *ch = s->ch;
  Slot *v = wg_alloc(s->c->arena, (size_t)(ch->nmeetings + 1) * sizeof *v);
  int n = 0, reach = -1;
  for (int i = 0; i < ch->nmeetings; i++)
    if (ch->meetings[i].start != WG_NODATE && !ch->meetings[i].every)
      v[n++] = (Slot){ch->meetings[i].start, i};
  qsort(v, (size_t)n, sizeof *v, by_start);
  for (int k = 0; k < n; k++) {
    const wg_meeting *m = &ch->meetings[v[k].index];
    if (reach >= 0 && m->start <= ch->meetings[reach].end) {
      const wg_meeting *o = &ch->meetings[reach];
      Diag *d = diag_report(s->c, 506, m->on_at, "meeting `%s` (%s) overlaps meeting `%s` (%s); "
                            "correct the dates, or `allow meeting-overlap` if they are held "
                            "in parallel", name_of(m->id), span_of(s, m->start, m->end),
                            name_of(o->id), span_of(s, o->start, o->end));
      diag_note(s->c, d, o->on_at, "`%s` is held here", name_of(o->id));
    }
    if (reach < 0 || m->end > ch->meetings[reach].end) reach = v[k].index;
  }
}

void sema_schedule(Sema *s) {
  wg_charter *ch = s->ch;
  Cycles cy = {s, wg_alloc(s->c->arena, (size_t)(ch->nitems + 1) * sizeof(int)), 0};
  wg_cycles(ch, s->c->arena, dependency_cycle, &cy);
  for (int i = 0; i < ch->nitems; i++) {
    const wg_item *it = &ch->items[i];
    deadline_inversion(s, i, cy.cycle_of);
    due_after_report(s, it);
    due_before_establishment(s, it);
    missing_due(s, i);
    impossible_window(s, it);
  }
  established_before_mandate(s);
  for (int i = 0; i < ch->nmeetings; i++) {
    meeting_before_establishment(s, &ch->meetings[i]);
    meeting_after_report(s, &ch->meetings[i]);
  }
  meeting_overlap(s);
}
