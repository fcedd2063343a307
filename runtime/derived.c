/*
** Derived facts of a charter, computed once on first use and kept with
** it (wg.h): the order of the items, the critical path, and how many
** members each group seats at once. A charter is read by one thread at
** a time, as the rest of the library assumes.
*/
#include <stdlib.h>

#include "graph.h"

struct wg_derived {
  int *order;
  int *path, npath;
  int *peak;          /* by group: the most members seated on one day */
  wg_date *peak_day;  /* and the first such day, or WG_NODATE */
};

static wg_derived *derived(const wg_charter *c) {
  wg_charter *m = (wg_charter *)c; /* the cache, not the facts, changes */
  if (!m->derived) m->derived = wg_alloc(m->arena, sizeof *m->derived);
  return m->derived;
}

const int *wg_charter_order(const wg_charter *c) {
  wg_derived *d = derived(c);
  if (!d->order) {
    int *v = wg_alloc(c->arena, ((size_t)c->nitems + 1) * sizeof *v);
    wg_order(c, c->arena, v);
    d->order = v;
  }
  return d->order;
}

const int *wg_charter_critical_path(const wg_charter *c, int *n) {
  wg_derived *d = derived(c);
  if (!d->path) {
    int *v = wg_alloc(c->arena, ((size_t)c->nitems + 1) * sizeof *v);
    d->npath = wg_critical_path(c, c->arena, v);
    d->path = v;
  }
  *n = d->npath;
  return d->path;
}

/* --- Members seated at once (docs/language.md) ------------------------ */

int wg_group_seated_on(const wg_charter *c, int g, wg_date t) {
  const wg_group *gr = &c->comp.groups[g];
  int n = 0;
  for (int k = gr->member0; k < gr->member0 + gr->nmembers; k++) {
    const wg_member *m = &c->comp.members[k];
    n += t == WG_NODATE || ((m->since == WG_NODATE || m->since <= t) &&
                            (m->until == WG_NODATE || m->until >= t));
  }
  return n;
}

/* A change in the number seated: +1 on a `since` day, -1 the day after
** an `until`. */
typedef struct Change {
  wg_date day;
  int delta;
} Change;

static int by_day(const void *a, const void *b) {
  const Change *x = a, *y = b;
  return (x->day > y->day) - (x->day < y->day);
}

/* A sweep over the days the group's seating changes: members without
** `since` are seated from the start. When the most are seated before
** the first change, that day is the one before it. */
static int peak_of(const wg_charter *c, int g, wg_date *day) {
  const wg_group *gr = &c->comp.groups[g];
  *day = WG_NODATE;
  if (!gr->dated) return gr->nmembers;
  Change *v = wg_alloc(c->arena, (size_t)(2 * gr->nmembers + 1) * sizeof *v);
  int n = 0, now = 0;
  for (int k = gr->member0; k < gr->member0 + gr->nmembers; k++) {
    const wg_member *m = &c->comp.members[k];
    if (m->since == WG_NODATE) now++;
    else v[n++] = (Change){m->since, 1};
    if (m->until != WG_NODATE) v[n++] = (Change){m->until + 1, -1};
  }
  qsort(v, (size_t)n, sizeof *v, by_day);
  int best = now;
  if (n) *day = v[0].day - 1;
  for (int k = 0; k < n;) {
    wg_date d = v[k].day;
    for (; k < n && v[k].day == d; k++) now += v[k].delta;
    if (now > best) best = now, *day = d;
  }
  return best;
}

int wg_group_seated_peak(const wg_charter *c, int g, wg_date *day) {
  wg_derived *d = derived(c);
  if (!d->peak) {
    int n = c->comp.ngroups;
    int *peak = wg_alloc(c->arena, (size_t)(n + 1) * sizeof *peak);
    wg_date *when = wg_alloc(c->arena, (size_t)(n + 1) * sizeof *when);
    for (int k = 0; k < n; k++) peak[k] = peak_of(c, k, &when[k]);
    d->peak = peak, d->peak_day = when;
  }
  *day = d->peak_day[g];
  return d->peak[g];
}
