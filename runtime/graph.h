/*
** The dependency graph's algorithms, for the library's own use: the
** checker's cycle rules and the derived facts (derived.c). Scratch
** memory comes from the arena given.
*/
#ifndef WG_GRAPH_H
#define WG_GRAPH_H

#include "arena.h"
#include "wg.h"

/* All iterative and O(V+E) or near it, so a chain or cycle of 100,000
** items needs no deep recursion. */

/* The dependency graph's nodes: the items, then the milestones. */
static inline int wg_node_count(const wg_charter *c) { return c->nitems + c->nmilestones; }

/* The node a dependency names (an item's index, or nitems + a
** milestone's), or -1 if it did not resolve. */
static inline int wg_dep_node(const wg_charter *c, const wg_ref *r) {
  if (r->kind == WG_MILESTONE)
    return r->index >= 0 && r->index < c->nmilestones ? c->nitems + r->index : -1;
  if (r->kind != WG_DELIVERABLE && r->kind != WG_RECOMMENDATION) return -1;
  return r->index >= 0 && r->index < c->nitems ? r->index : -1;
}

/* The item node v is, or whose milestone it is. */
static inline int wg_node_item(const wg_charter *c, int v) {
  return v < c->nitems ? v : c->milestones[v - c->nitems].item;
}

/* Writes a topological order of the items into out (nitems entries):
** dependencies first, ties broken by source order. Items on a cycle come
** last, in source order. */
void wg_order(const wg_charter *c, wg_arena *a, int *out);

/* The longest dependency chain ending at the item due last (ties by
** source order); writes item indices, first to last, and returns the
** count. With no due dates, the longest chain of all. */
int wg_critical_path(const wg_charter *c, wg_arena *a, int *out);

/* Calls fn once per dependency cycle with its nodes (items and
** milestones, above) in order, each one depending on the next and the
** last on the first. Cycles are reported by the strongly connected
** component they lie in, one each, starting at the component's first
** node. */
void wg_cycles(const wg_charter *c, wg_arena *a,
               void (*fn)(void *ctx, const int *cycle, int n), void *ctx);

/* Calls fn once per reporting cycle among bodies (reports_to), as
** wg_cycles does for items. */
void wg_body_cycles(const wg_charter *c, wg_arena *a,
                    void (*fn)(void *ctx, const int *cycle, int n), void *ctx);

#endif
