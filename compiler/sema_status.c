/*
** The status rules (WG6xx): whether the items' `status` words tell a
** consistent story, among themselves and against a reference date.
** A `status` that was given but invalid was reported (WG208) and makes
** its item's status unknown: no rule here guesses at it.
**
** WG602 needs a reference date: `--as-of` on the command line, else
** `as_of` in the working group; with neither it does not run, since
** "today" would make the same file check differently from day to day.
** "Before" is strict: an item due on the reference date is not overdue.
*/
#include <stdio.h>
#include <string.h>

#include "../runtime/progress.h"
#include "sema.h"


static const char *name_of(const char *id) { return id ? id : "(unnamed)"; }

/* Items and milestones alike (the nodes of runtime/graph.h). */
typedef struct Node {
  const char *id;
  const wg_when *due;
  const wg_ref *deps;
  int ndeps, status;
  wg_span status_at;
  const Decl *decl;
} Node;

static Node node(const Sema *s, int v) {
  const wg_charter *ch = s->ch;
  if (v < ch->nitems) {
    const wg_item *it = &ch->items[v];
    return (Node){it->id, &it->due, it->deps, it->ndeps, s->status[v], it->status_at,
                  s->decls[WG_DELIVERABLE][v]};
  }
  const wg_milestone *m = &ch->milestones[v - ch->nitems];
  return (Node){m->id, &m->due, m->deps, m->ndeps, m->status, m->status_at,
                s->decls[WG_MILESTONE][v - ch->nitems]};
}

/* Node v's status: an item's from s->status, which is in cache when the
** item is not (the rules below follow dependencies). */
static int status_of(const Sema *s, int v) {
  return v < s->ch->nitems ? s->status[v] : s->ch->milestones[v - s->ch->nitems].status;
}

/* Whether node v's `status` is unknown: written but found invalid, or
** perhaps given by a statement that did not parse. */
static int bad_status(const Sema *s, int v) {
  return status_of(s, v) == 0 && sema_gave(s, node(s, v).decl, KEY_STATUS);
}

/* "is `ongoing`", or "has no `status`". */
static const char *status_phrase(Sema *s, int status) {
  if (!status) return "has no `status`";
  const char *w = wg_word(wg_status_words, status);
  size_t n = strlen(w) + 8;
  char *buf = wg_alloc(s->c->arena, n);
  snprintf(buf, n, "is `%s`", w);
  return buf;
}

/* WG601: a completed item or milestone that depends on one not
** completed. A dropped dependency is WG603's business. */
static void status_inversion(Sema *s, int v) {
  Node it = node(s, v);
  if (it.status != WG_COMPLETED) return;
  for (int k = 0; k < it.ndeps; k++) {
    const wg_ref *r = &it.deps[k];
    int w = wg_dep_node(s->ch, r);
    if (w < 0 || status_of(s, w) == WG_COMPLETED || status_of(s, w) == WG_DROPPED) continue;
    if (bad_status(s, w)) continue;
    Node on = node(s, w);
    Diag *d = diag_report(s->c, RULE_STATUS_INVERSION, r->at,
                          "`%s` is marked `completed`, but `%s`, which it "
                          "depends on, %s; update the statuses so that they agree",
                          name_of(it.id), name_of(on.id), status_phrase(s, on.status));
    if (on.status)
      diag_note(s->c, d, on.status_at, "`%s` is marked `%s` here", name_of(on.id),
                wg_word(wg_status_words, on.status));
  }
}

/* WG602: late on the reference day by wg_node_days_late, the one
** definition the status report uses too. Two cases the checker knows
** better than the model: a status written but invalid (WG208) is no
** status to judge, and an item due with its last milestone (no `due` of
** its own) is reported at the milestone, where the date is written; the
** status report, which lists items, lists the item. */
static void overdue(Sema *s, int v, wg_date as_of) {
  int late = wg_node_days_late(s->ch, v, as_of);
  if (!late || bad_status(s, v) || (v < s->ch->nitems && s->ch->items[v].due_implied)) return;
  Node it = node(s, v);
  diag_report(s->c, RULE_OVERDUE, it.due->at,
              "`%s` was due %s and %s as of %s (%d day%s late); mark it "
              "`completed` if it is done, or agree a new deadline",
              name_of(it.id), sema_when(s, it.due),
              it.status ? status_phrase(s, it.status) : "is not marked `completed`",
              sema_day(s, as_of), late, late == 1 ? "" : "s");
}

/* WG603: depending on a dropped item or milestone. One dropped itself may. */
static void depends_on_dropped(Sema *s, int v) {
  Node it = node(s, v);
  if (it.status == WG_DROPPED) return;
  for (int k = 0; k < it.ndeps; k++) {
    const wg_ref *r = &it.deps[k];
    int w = wg_dep_node(s->ch, r);
    if (w < 0 || status_of(s, w) != WG_DROPPED) continue;
    Node on = node(s, w);
    Diag *d = diag_report(s->c, RULE_DEPENDS_ON_DROPPED, r->at,
                          "`%s` depends on `%s`, which is `dropped`; remove "
                          "the dependency if `%s` can go ahead without it, or drop `%s` too",
                          name_of(it.id), name_of(on.id), name_of(it.id), name_of(it.id));
    diag_note(s->c, d, on.status_at, "`%s` is marked `dropped` here", name_of(on.id));
  }
}

void sema_status(Sema *s) {
  const wg_charter *ch = s->ch;
  wg_date as_of = wg_reference_day(ch, s->c->as_of, WG_NODATE, NULL); /* never today */
  for (int v = 0; v < wg_node_count(ch); v++) {
    status_inversion(s, v);
    if (as_of != WG_NODATE) overdue(s, v, as_of);
    depends_on_dropped(s, v);
  }
}
