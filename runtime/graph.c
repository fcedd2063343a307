/*
** Evaluation of the dependency graph: topological order, critical path
** and cycles among items (depends_on) and among bodies (reports_to).
**
** Charters may be machine-generated and large, so everything here is
** iterative with explicit stacks (a chain or a cycle of 100,000 items
** must not overflow the C stack) and O(V+E), apart from the binary heap
** that breaks ties by source order in wg_order. Scratch memory comes from
** the caller's arena, so there is nothing to free.
**
** Edges run from an item to what it depends on (from a body to the body
** it reports to). References that did not resolve (index or kind < 0)
** were reported by the checker and are left out of the graph.
**
** The items' graph has a node per item, then one per milestone
** (graph.h): a dependency on a milestone is one on that step only, so
** "B needs A's first draft, A's recommendation needs B" is no cycle. An
** item depends on each of its milestones: it is finished when they are.
*/
#include "graph.h"

#include <assert.h>

/* A graph in compressed sparse rows: the successors of v are
** adj[off[v]] .. adj[off[v + 1] - 1], in the order they were written. */
typedef struct Graph {
  int n;
  int *off, *adj;
} Graph;

/* Strongly connected components: comp[v] is v's component; order lists
** the vertices as Tarjan's algorithm closes their components, so every
** vertex comes after all the vertices it reaches in other components
** (for items: dependencies first). cyclic[v] is set when v lies on a
** cycle: its component has more than one vertex, or v points at itself. */
typedef struct Sccs {
  int *comp, *order;
  unsigned char *cyclic;
} Sccs;

static int *ints(wg_arena *a, int n) { return wg_alloc(a, (size_t)(n + 1) * sizeof(int)); }

static int body_ok(const wg_charter *c, const wg_ref *r) {
  return r->kind == WG_BODY && r->index >= 0 && r->index < c->nbodies;
}

/* Adds node v's edges from m on (adj NULL: counts them); returns the new m. */
static int node_edges(const wg_charter *c, int v, int *adj, int m) {
  const wg_ref *deps;
  int n;
  if (v < c->nitems) {
    const wg_item *it = &c->items[v];
    deps = it->deps, n = it->ndeps;
    for (int k = 0; k < it->nmilestones; k++, m++)
      if (adj) adj[m] = c->nitems + it->milestone0 + k;
  } else {
    deps = c->milestones[v - c->nitems].deps, n = c->milestones[v - c->nitems].ndeps;
  }
  for (int k = 0; k < n; k++) {
    int w = wg_dep_node(c, &deps[k]);
    if (w < 0) continue;
    assert(w < wg_node_count(c)); /* a node of this graph */
    if (adj) adj[m] = w;
    m++;
  }
  return m;
}

/* The depends_on graph of the items and milestones, duplicates kept
** (they are harmless everywhere below, as long as every count includes
** them). */
static Graph item_graph(const wg_charter *c, wg_arena *a) {
  int n = wg_node_count(c), m = 0;
  Graph g = {n, ints(a, n + 1), NULL};
  for (int v = 0; v < n; v++) m = node_edges(c, v, NULL, m);
  g.adj = ints(a, m);
  int counted = m;
  m = 0;
  for (int v = 0; v < n; v++) {
    g.off[v] = m;
    m = node_edges(c, v, g.adj, m);
  }
  assert(m == counted); /* the two passes see the same edges */
  (void)counted;
  g.off[n] = m;
  return g;
}

/* The reports_to graph of the bodies: at most one edge each. */
static Graph body_graph(const wg_charter *c, wg_arena *a) {
  Graph g = {c->nbodies, ints(a, c->nbodies + 1), ints(a, c->nbodies)};
  int m = 0;
  for (int i = 0; i < c->nbodies; i++) {
    g.off[i] = m;
    if (body_ok(c, &c->bodies[i].reports_to)) g.adj[m++] = c->bodies[i].reports_to.index;
  }
  g.off[c->nbodies] = m;
  return g;
}

/* Pops one component off Tarjan's stack, down to and including root. */
static void close_component(Sccs *r, int *stack, int *sp, unsigned char *onstack, int root,
                            int id, int *norder) {
  int w, first = *sp;
  do {
    w = stack[--*sp];
    onstack[w] = 0;
    r->comp[w] = id;
    r->order[(*norder)++] = w;
  } while (w != root);
  if (first - *sp > 1)
    for (int k = *sp; k < first; k++) r->cyclic[stack[k]] = 1;
}

/* Tarjan's algorithm with an explicit call stack: next[v] is the edge of
** v to explore next, so a frame is just a vertex. */
static Sccs tarjan(const Graph *g, wg_arena *a) {
  int n = g->n, counter = 0, ncomp = 0, norder = 0, sp = 0, cp = 0;
  Sccs r = {ints(a, n), ints(a, n), wg_alloc(a, (size_t)n + 1)};
  int *idx = ints(a, n), *low = ints(a, n), *next = ints(a, n);
  int *stack = ints(a, n), *calls = ints(a, n);
  unsigned char *onstack = wg_alloc(a, (size_t)n + 1);
  for (int v = 0; v < n; v++) idx[v] = -1;
  for (int root = 0; root < n; root++) {
    if (idx[root] >= 0) continue;
    calls[cp++] = root;
    idx[root] = low[root] = counter++, next[root] = g->off[root];
    stack[sp++] = root, onstack[root] = 1;
    while (cp > 0) {
      int v = calls[cp - 1];
      if (next[v] < g->off[v + 1]) {
        int w = g->adj[next[v]++];
        if (w == v) r.cyclic[v] = 1;
        if (idx[w] < 0) {
          calls[cp++] = w;
          idx[w] = low[w] = counter++, next[w] = g->off[w];
          stack[sp++] = w, onstack[w] = 1;
        } else if (onstack[w] && idx[w] < low[v]) low[v] = idx[w];
        continue;
      }
      cp--;
      if (low[v] == idx[v]) close_component(&r, stack, &sp, onstack, v, ncomp++, &norder);
      if (cp > 0 && low[v] < low[calls[cp - 1]]) low[calls[cp - 1]] = low[v];
    }
  }
  return r;
}

/* --- A min-heap of vertex numbers: source order breaks ties ---------- */

typedef struct Heap {
  int *v, n;
} Heap;

static void heap_push(Heap *h, int x) {
  int i = h->n++;
  while (i > 0 && h->v[(i - 1) / 2] > x) {
    h->v[i] = h->v[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h->v[i] = x;
}

static int heap_pop(Heap *h) {
  int top = h->v[0], x = h->v[--h->n], i = 0;
  for (;;) {
    int k = 2 * i + 1;
    if (k >= h->n) break;
    if (k + 1 < h->n && h->v[k + 1] < h->v[k]) k++;
    if (h->v[k] >= x) break;
    h->v[i] = h->v[k];
    i = k;
  }
  if (h->n > 0) h->v[i] = x;
  return top;
}

/* --- Order --------------------------------------------------------------- */

/* Kahn's algorithm from whatever is ready in h: pops the lowest ready
** item, appends it to out and releases its dependents (rev is the graph
** reversed). With skip set, edges inside one component are not counted:
** they were taken out of need[] beforehand. */
static void kahn(const Graph *rev, const Sccs *s, int skip, int *need, Heap *h, int *out,
                 int *nout) {
  while (h->n > 0) {
    int v = heap_pop(h);
    out[(*nout)++] = v;
    for (int k = rev->off[v]; k < rev->off[v + 1]; k++) {
      int w = rev->adj[k];
      if (skip && s->comp[w] == s->comp[v]) continue;
      if (--need[w] == 0) heap_push(h, w);
    }
  }
}

/* g reversed: from each item to the items that depend on it. */
static Graph reverse(const Graph *g, wg_arena *a) {
  Graph r = {g->n, ints(a, g->n + 1), ints(a, g->off[g->n])};
  int *fill = ints(a, g->n);
  for (int k = 0; k < g->off[g->n]; k++) r.off[g->adj[k] + 1]++;
  for (int v = 0; v < g->n; v++) r.off[v + 1] += r.off[v];
  for (int v = 0; v < g->n; v++) fill[v] = r.off[v];
  for (int v = 0; v < g->n; v++) /* ascending v keeps each list in source order */
    for (int k = g->off[v]; k < g->off[v + 1]; k++) r.adj[fill[g->adj[k]]++] = v;
  return r;
}

/* Two passes. The first is plain Kahn: everything that does not lie on
** or behind a cycle. What is left is ordered again with the edges inside
** each cycle ignored, so the items on a cycle come last, in source order,
** and an item that depends on a cycle still comes after its dependencies. */
/* The order of every node (items and milestones). */
static void node_order(const wg_charter *c, wg_arena *a, int *out) {
  int n = wg_node_count(c), nout = 0;
  if (n == 0) return;
  Graph g = item_graph(c, a), rev = reverse(&g, a);
  Sccs s = tarjan(&g, a);
  int *need = ints(a, n);
  Heap h = {ints(a, n), 0};
  for (int v = 0; v < n; v++) need[v] = g.off[v + 1] - g.off[v];
  for (int v = 0; v < n; v++)
    if (need[v] == 0) heap_push(&h, v);
  kahn(&rev, &s, 0, need, &h, out, &nout);
  if (nout == n) return;
  unsigned char *done = wg_alloc(a, (size_t)n + 1);
  for (int k = 0; k < nout; k++) done[out[k]] = 1;
  for (int v = 0; v < n; v++)
    for (int k = g.off[v]; k < g.off[v + 1]; k++)
      if (!done[v] && s.comp[g.adj[k]] == s.comp[v]) need[v]--;
  for (int v = 0; v < n; v++)
    if (!done[v] && need[v] == 0) heap_push(&h, v);
  kahn(&rev, &s, 1, need, &h, out, &nout);
}

void wg_order(const wg_charter *c, wg_arena *a, int *out) {
  if (!c->nmilestones) {
    node_order(c, a, out);
    return;
  }
  int *all = ints(a, wg_node_count(c)), n = 0;
  node_order(c, a, all);
  for (int k = 0; k < wg_node_count(c); k++)
    if (all[k] < c->nitems) out[n++] = all[k];
}

/* --- Critical path --------------------------------------------------------- */

/* Whether node v is work with no end: a `standing` or `optional` item,
** or a milestone of one. It stays out of the critical path. */
static int endless(const wg_charter *c, int v) {
  const wg_item *it = &c->items[wg_node_item(c, v)];
  return it->standing || it->optional;
}

/* The longest chain ending at each node, over nodes on no cycle; pred[v]
** is the dependency it continues from (-1 if none), the earliest in
** source order among equally long ones. Tarjan's order puts every
** dependency first, so one pass suffices. */
static void chains(const wg_charter *c, const Graph *g, const Sccs *s, int *len, int *pred) {
  for (int k = 0; k < g->n; k++) {
    int v = s->order[k];
    len[v] = 0, pred[v] = -1;
    if (s->cyclic[v] || endless(c, v)) continue;
    len[v] = 1;
    for (int e = g->off[v]; e < g->off[v + 1]; e++) {
      int w = g->adj[e];
      if (len[w] == 0) continue; /* on a cycle, or endless */
      if (len[w] + 1 > len[v] || (len[w] + 1 == len[v] && pred[v] >= 0 && w < pred[v]))
        len[v] = len[w] + 1, pred[v] = w;
    }
  }
}

/* The end of the critical path: among the items due last (all items when
** none has a due date), the one with the longest chain, the earliest in
** source order on a tie. Items on a cycle have no chain (len 0). */
static int path_end(const wg_charter *c, const int *len) {
  wg_date last = WG_NODATE;
  for (int v = 0; v < c->nitems; v++)
    if (len[v] > 0 && c->items[v].due.date != WG_NODATE && c->items[v].due.date > last)
      last = c->items[v].due.date;
  int end = -1;
  for (int v = 0; v < c->nitems; v++)
    if (len[v] > 0 && c->items[v].due.date == last && (end < 0 || len[v] > len[end])) end = v;
  return end;
}

/* The path through nodes as items, first to last: a milestone stands
** for its item, which is listed once, where it comes last. */
static int path_items(const wg_charter *c, const int *pred, int end, int *out, wg_arena *a) {
  int m = 0;
  for (int v = end; v >= 0; v = pred[v]) m++;
  int *nodes = ints(a, m), *last = ints(a, c->nitems), n = 0;
  for (int v = end, k = m - 1; v >= 0; v = pred[v]) nodes[k--] = v;
  for (int k = 0; k < m; k++) last[wg_node_item(c, nodes[k])] = k + 1;
  for (int k = 0; k < m; k++)
    if (last[wg_node_item(c, nodes[k])] == k + 1) out[n++] = wg_node_item(c, nodes[k]);
  return n;
}

int wg_critical_path(const wg_charter *c, wg_arena *a, int *out) {
  int n = wg_node_count(c);
  if (c->nitems == 0) return 0;
  Graph g = item_graph(c, a);
  Sccs s = tarjan(&g, a);
  int *len = ints(a, n), *pred = ints(a, n);
  chains(c, &g, &s, len, pred);
  int end = path_end(c, len);
  if (end < 0) return 0;
  if (c->nmilestones) return path_items(c, pred, end, out, a);
  int m = len[end];
  for (int v = end, k = m - 1; v >= 0; v = pred[v]) out[k--] = v;
  return m;
}

/* --- Cycles ------------------------------------------------------------------ */

/* The shortest cycle through start inside its component, by breadth-first
** search along the edges; writes it to cycle and returns its length.
** seen[] is shared by all searches: components are disjoint, so no vertex
** is ever searched twice. */
static int shortest_cycle(const Graph *g, const Sccs *s, int start, int *queue, int *parent,
                          unsigned char *seen, int *cycle) {
  int head = 0, tail = 0, last = -1;
  queue[tail++] = start;
  seen[start] = 1, parent[start] = -1;
  while (head < tail && last < 0) {
    int v = queue[head++];
    for (int e = g->off[v]; e < g->off[v + 1] && last < 0; e++) {
      int w = g->adj[e];
      if (w == start) last = v;
      else if (!seen[w] && s->comp[w] == s->comp[start]) {
        seen[w] = 1, parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  int n = 0;
  for (int v = last; v >= 0; v = parent[v]) n++;
  for (int v = last, k = n - 1; v >= 0; v = parent[v]) cycle[k--] = v;
  return n;
}

/* One cycle per cyclic component, in the source order of the component's
** first vertex: the first vertex met in ascending order is the first of
** its component. */
static void each_cycle(const Graph *g, wg_arena *a, void (*fn)(void *, const int *, int),
                       void *ctx) {
  int n = g->n;
  if (n == 0) return;
  Sccs s = tarjan(g, a);
  int *queue = ints(a, n), *parent = ints(a, n), *cycle = ints(a, n);
  unsigned char *seen = wg_alloc(a, (size_t)n + 1), *met = wg_alloc(a, (size_t)n + 1);
  for (int v = 0; v < n; v++) {
    if (!s.cyclic[v] || met[s.comp[v]]) continue;
    met[s.comp[v]] = 1;
    fn(ctx, cycle, shortest_cycle(g, &s, v, queue, parent, seen, cycle));
  }
}

void wg_cycles(const wg_charter *c, wg_arena *a, void (*fn)(void *ctx, const int *cycle, int n),
               void *ctx) {
  Graph g = item_graph(c, a);
  each_cycle(&g, a, fn, ctx);
}

void wg_body_cycles(const wg_charter *c, wg_arena *a,
                    void (*fn)(void *ctx, const int *cycle, int n), void *ctx) {
  Graph g = body_graph(c, a);
  each_cycle(&g, a, fn, ctx);
}
