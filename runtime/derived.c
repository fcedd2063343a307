/*
** Derived facts of a charter, computed once on first use and kept with
** it (wg.h): the order of the items and the critical path. A charter
** is read by one thread at a time, as the rest of the library assumes.
*/
#include "graph.h"

struct wg_derived {
  int *order;
  int *path, npath;
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
