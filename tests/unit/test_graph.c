/*
** Unit tests of runtime/graph.c on hand-built charters: order with ties,
** diamonds, the critical path, cycles (including self-dependencies and
** several at once), reporting cycles among bodies, and 100,000-item
** chains and cycles, which must not need deep recursion.
*/
#include <stdlib.h>
#include <time.h>

#include "unit.h"

/* A charter of n items named i0, i1, ... with no dependencies yet. */
static wg_charter *items(wg_arena *a, int n) {
  wg_charter *c = wg_alloc(a, sizeof *c);
  c->nitems = n;
  c->items = wg_alloc(a, (size_t)(n + 1) * sizeof *c->items);
  for (int i = 0; i < n; i++) {
    c->items[i].kind = WG_DELIVERABLE;
    c->items[i].due.date = c->items[i].after.date = WG_NODATE;
    c->items[i].deps = wg_alloc(a, 8 * sizeof(wg_ref));
  }
  return c;
}

/* Item i depends on item j (j < 0: an unresolved reference). */
static void dep(wg_charter *c, int i, int j) {
  wg_item *it = &c->items[i];
  it->deps[it->ndeps++] = (wg_ref){"x", j < 0 ? -1 : WG_DELIVERABLE, j, {0, 0}};
}

static void due(wg_charter *c, int i, int y, int m, int d) {
  c->items[i].due.date = wg_date_make(y, m, d);
}

/* The cycles a call reported, each as "0 1 2;". */
typedef struct Found {
  char text[512];
  int count, first_len;
} Found;

static void collect(void *ctx, const int *cycle, int n) {
  Found *f = ctx;
  if (f->count++ == 0) f->first_len = n;
  size_t len = strlen(f->text);
  for (int k = 0; k < n && k < 20 && len < sizeof f->text - 16; k++)
    len += (size_t)snprintf(f->text + len, sizeof f->text - len, k ? " %d" : "%d", cycle[k]);
  if (len < sizeof f->text - 2) strcat(f->text, ";");
}

/* "0 2 3 1 4" for the first n entries of v. */
static const char *seq(const int *v, int n) {
  static char buf[512];
  size_t len = 0;
  buf[0] = 0;
  for (int k = 0; k < n && len < sizeof buf - 16; k++)
    len += (size_t)snprintf(buf + len, sizeof buf - len, k ? " %d" : "%d", v[k]);
  return buf;
}

static const char *order_of(wg_charter *c, wg_arena *a) {
  int *out = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *out);
  wg_order(c, a, out);
  return seq(out, c->nitems);
}

static const char *path_of(wg_charter *c, wg_arena *a) {
  int *out = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *out);
  return seq(out, wg_critical_path(c, a, out));
}

static Found cycles_of(wg_charter *c, wg_arena *a) {
  Found f = {"", 0, 0};
  wg_cycles(c, a, collect, &f);
  return f;
}

static void test_order_ties(wg_arena *a) {
  wg_charter *c = items(a, 5);
  dep(c, 1, 3);
  dep(c, 4, 0);
  CHECK_STR(order_of(c, a), "0 2 3 1 4");
  CHECK_INT(cycles_of(c, a).count, 0);
  wg_charter *e = items(a, 0);
  CHECK_INT(wg_critical_path(e, a, NULL), 0);
  wg_order(e, a, NULL);
  CHECK_INT(cycles_of(e, a).count, 0);
}

static void test_diamond(wg_arena *a) {
  wg_charter *c = items(a, 4); /* a, b <- a, c <- a, d <- b c */
  dep(c, 1, 0), dep(c, 2, 0), dep(c, 3, 1), dep(c, 3, 2);
  CHECK_STR(order_of(c, a), "0 1 2 3");
  CHECK_STR(path_of(c, a), "0 1 3");
  wg_charter *r = items(a, 4); /* the same, written backwards: d, c, b, a */
  dep(r, 0, 2), dep(r, 0, 1), dep(r, 1, 3), dep(r, 2, 3);
  CHECK_STR(order_of(r, a), "3 1 2 0");
  due(r, 0, 2014, 5, 12);
  CHECK_STR(path_of(r, a), "3 1 0"); /* c before b in source order */
}

static void test_unresolved_and_duplicates(wg_arena *a) {
  wg_charter *c = items(a, 3);
  dep(c, 0, -1);
  dep(c, 0, 2), dep(c, 0, 2);
  dep(c, 1, 0);
  c->items[1].deps[c->items[1].ndeps++] = (wg_ref){"y", -1, 0, {0, 0}}; /* kind < 0 */
  CHECK_STR(order_of(c, a), "2 0 1");
  CHECK_STR(path_of(c, a), "2 0 1");
  CHECK_INT(cycles_of(c, a).count, 0);
}

static void test_critical_path(wg_arena *a) {
  wg_charter *c = items(a, 6);
  dep(c, 1, 0), dep(c, 2, 1), dep(c, 3, 2); /* a long chain 0-3 ... */
  dep(c, 5, 4);                             /* ... and a short one ending due last */
  due(c, 3, 2014, 1, 1);
  due(c, 5, 2014, 5, 12);
  CHECK_STR(path_of(c, a), "4 5");
  due(c, 3, 2014, 5, 12); /* two items due last: the longer chain wins */
  CHECK_STR(path_of(c, a), "0 1 2 3");
  wg_charter *n = items(a, 6); /* no due dates: the longest chain of all */
  dep(n, 1, 0), dep(n, 3, 2), dep(n, 4, 3), dep(n, 5, 1);
  CHECK_STR(path_of(n, a), "2 3 4");
  wg_charter *t = items(a, 4); /* equally long chains: source order */
  dep(t, 1, 0), dep(t, 3, 2);
  CHECK_STR(path_of(t, a), "0 1");
}

static void test_critical_path_skips_cycles(wg_arena *a) {
  wg_charter *c = items(a, 5); /* 0 <-> 1 a cycle; 2 depends on it; 3 <- 4 */
  dep(c, 0, 1), dep(c, 1, 0), dep(c, 2, 1), dep(c, 4, 3);
  due(c, 0, 2015, 1, 1); /* on a cycle: not a candidate */
  due(c, 2, 2014, 1, 1);
  due(c, 4, 2013, 1, 1);
  CHECK_STR(path_of(c, a), "2");
  wg_charter *all = items(a, 2);
  dep(all, 0, 1), dep(all, 1, 0);
  CHECK_INT(wg_critical_path(all, a, wg_alloc(a, 8 * sizeof(int))), 0);
}

static void test_cycle_of_three(wg_arena *a) {
  wg_charter *c = items(a, 4); /* 0 free; 1 -> 3 -> 2 -> 1 */
  dep(c, 1, 3), dep(c, 3, 2), dep(c, 2, 1);
  Found f = cycles_of(c, a);
  CHECK_INT(f.count, 1);
  CHECK_STR(f.text, "1 3 2;");
  CHECK_STR(order_of(c, a), "0 1 2 3");
  CHECK_STR(path_of(c, a), "0");
}

static void test_two_cycles(wg_arena *a) {
  wg_charter *c = items(a, 6); /* 0 <-> 4, 2 -> 3 -> 5 -> 2, 1 depends on 4 */
  dep(c, 0, 4), dep(c, 4, 0);
  dep(c, 2, 3), dep(c, 3, 5), dep(c, 5, 2);
  dep(c, 1, 4);
  Found f = cycles_of(c, a);
  CHECK_INT(f.count, 2);
  CHECK_STR(f.text, "0 4;2 3 5;");
  /* Leftovers come last: each after its dependencies outside its cycle. */
  CHECK_STR(order_of(c, a), "0 2 3 4 1 5");
}

static void test_self_loop(wg_arena *a) {
  wg_charter *c = items(a, 3);
  dep(c, 0, 1), dep(c, 1, 1);
  Found f = cycles_of(c, a);
  CHECK_INT(f.count, 1);
  CHECK_STR(f.text, "1;");
  CHECK_STR(order_of(c, a), "2 1 0");
}

static void test_shortest_cycle(wg_arena *a) {
  wg_charter *c = items(a, 3); /* 0 -> 1 -> 2 -> 0, and 0 -> 2 too */
  dep(c, 0, 1), dep(c, 0, 2), dep(c, 1, 2), dep(c, 2, 0);
  Found f = cycles_of(c, a);
  CHECK_INT(f.count, 1);
  CHECK_STR(f.text, "0 2;");
}

static void test_body_cycles(wg_arena *a) {
  wg_charter *c = wg_alloc(a, sizeof *c);
  c->nbodies = 6;
  c->bodies = wg_alloc(a, 7 * sizeof *c->bodies);
  int to[6] = {1, 2, 0, 3, -1, 4}; /* 0 -> 1 -> 2 -> 0; 3 -> 3; 4 nowhere; 5 -> 4 */
  for (int i = 0; i < 6; i++)
    c->bodies[i].reports_to = (wg_ref){"b", to[i] < 0 ? -1 : WG_BODY, to[i], {0, 0}};
  Found f = {"", 0, 0};
  wg_body_cycles(c, a, collect, &f);
  CHECK_INT(f.count, 2);
  CHECK_STR(f.text, "0 1 2;3;");
  c->bodies[2].reports_to.kind = -1; /* unresolved: the loop is broken */
  Found g = {"", 0, 0};
  wg_body_cycles(c, a, collect, &g);
  CHECK_STR(g.text, "3;");
}

enum { BIG = 100000 };

static double seconds_since(clock_t t) { return (double)(clock() - t) / CLOCKS_PER_SEC; }

static void test_big_chain(wg_arena *a) {
  wg_charter *c = items(a, BIG); /* each item depends on the one after it */
  for (int i = 0; i + 1 < BIG; i++) dep(c, i, i + 1);
  int *out = wg_alloc(a, (size_t)BIG * sizeof *out);
  clock_t t = clock();
  wg_order(c, a, out);
  int ok = 1;
  for (int k = 0; k < BIG; k++) ok &= out[k] == BIG - 1 - k;
  CHECK(ok);
  CHECK_INT(wg_critical_path(c, a, out), BIG);
  CHECK_INT(out[0], BIG - 1);
  CHECK_INT(out[BIG - 1], 0);
  CHECK_INT(cycles_of(c, a).count, 0);
  printf("chain of %d items: order, critical path and cycles in %.3f s\n", BIG,
         seconds_since(t));
}

static void test_big_cycle(wg_arena *a) {
  wg_charter *c = items(a, BIG); /* 0 -> 1 -> ... -> BIG-1 -> 0 */
  for (int i = 0; i < BIG; i++) dep(c, i, (i + 1) % BIG);
  clock_t t = clock();
  Found f = cycles_of(c, a);
  CHECK_INT(f.count, 1);
  CHECK_INT(f.first_len, BIG);
  int *out = wg_alloc(a, (size_t)BIG * sizeof *out);
  wg_order(c, a, out);
  int ok = 1;
  for (int k = 0; k < BIG; k++) ok &= out[k] == k;
  CHECK(ok);
  CHECK_INT(wg_critical_path(c, a, out), 0);
  printf("cycle of %d items: cycles, order and critical path in %.3f s\n", BIG,
         seconds_since(t));
}

int main(void) {
  wg_arena *a = wg_arena_new();
  test_order_ties(a);
  test_diamond(a);
  test_unresolved_and_duplicates(a);
  test_critical_path(a);
  test_critical_path_skips_cycles(a);
  test_cycle_of_three(a);
  test_two_cycles(a);
  test_self_loop(a);
  test_shortest_cycle(a);
  test_body_cycles(a);
  test_big_chain(a);
  test_big_cycle(a);
  wg_arena_free(a);
  UNIT_END();
}
