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

#include "sema.h"


static const char *name_of(const char *id) { return id ? id : "(unnamed)"; }

/* Whether item i's `status` is unknown: written but found invalid, or
** perhaps given by a statement that did not parse. */
static int bad_status(const Sema *s, int i) {
  return s->status[i] == 0 && sema_gave(s, s->decls[WG_DELIVERABLE][i], KEY_STATUS);
}

/* "is `ongoing`", or "has no `status`". */
static const char *status_phrase(Sema *s, const wg_item *it) {
  if (!it->status) return "has no `status`";
  const char *w = wg_word(wg_status_words, it->status);
  size_t n = strlen(w) + 8;
  char *buf = wg_alloc(s->c->arena, n);
  snprintf(buf, n, "is `%s`", w);
  return buf;
}

/* WG601: a completed item that depends on one not completed. A dropped
** dependency is WG603's business. */
static void status_inversion(Sema *s, int i) {
  const wg_item *it = &s->ch->items[i];
  if (it->status != WG_COMPLETED) return;
  for (int k = 0; k < it->ndeps; k++) {
    const wg_ref *r = &it->deps[k];
    if (r->kind < 0 || r->index < 0 || bad_status(s, r->index)) continue;
    if (s->status[r->index] == WG_COMPLETED || s->status[r->index] == WG_DROPPED) continue;
    const wg_item *on = &s->ch->items[r->index];
    Diag *d = diag_report(s->c, 601, r->at, "`%s` is marked `completed`, but `%s`, which it "
                          "depends on, %s; update the statuses so that they agree",
                          name_of(it->id), name_of(on->id), status_phrase(s, on));
    if (on->status)
      diag_note(s->c, d, on->status_at, "`%s` is marked `%s` here", name_of(on->id),
                wg_word(wg_status_words, on->status));
  }
}

/* WG602: past its due date on the reference day, and neither completed
** nor dropped. */
static void overdue(Sema *s, int i, wg_date as_of) {
  const wg_item *it = &s->ch->items[i];
  if (it->due.date == WG_NODATE || it->due.date >= as_of || bad_status(s, i)) return;
  if (it->status == WG_COMPLETED || it->status == WG_DROPPED) return;
  int late = (int)(as_of - it->due.date);
  diag_report(s->c, 602, it->due.at, "`%s` was due %s and %s as of %s (%d day%s late); mark it "
              "`completed` if it is done, or agree a new deadline", name_of(it->id),
              sema_when(s, &it->due), it->status ? status_phrase(s, it) : "is not marked `completed`",
              sema_day(s, as_of), late, late == 1 ? "" : "s");
}

/* WG603: depending on a dropped item. An item dropped itself may. */
static void depends_on_dropped(Sema *s, int i) {
  const wg_item *it = &s->ch->items[i];
  if (it->status == WG_DROPPED) return;
  for (int k = 0; k < it->ndeps; k++) {
    const wg_ref *r = &it->deps[k];
    if (r->kind < 0 || r->index < 0 || s->status[r->index] != WG_DROPPED) continue;
    const wg_item *on = &s->ch->items[r->index];
    Diag *d = diag_report(s->c, 603, r->at, "`%s` depends on `%s`, which is `dropped`; remove "
                          "the dependency if `%s` can go ahead without it, or drop `%s` too",
                          name_of(it->id), name_of(on->id), name_of(it->id), name_of(it->id));
    diag_note(s->c, d, on->status_at, "`%s` is marked `dropped` here", name_of(on->id));
  }
}

void sema_status(Sema *s) {
  const wg_charter *ch = s->ch;
  wg_date as_of = s->c->as_of != WG_NODATE ? s->c->as_of : ch->wg.as_of;
  for (int i = 0; i < ch->nitems; i++) {
    status_inversion(s, i);
    if (as_of != WG_NODATE) overdue(s, i, as_of);
    depends_on_dropped(s, i);
  }
}
