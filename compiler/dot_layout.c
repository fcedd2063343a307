/*
** Packing the parts of a rendered graph into a grid (dot_layout.h).
**
** Why Graphviz's packing (`pack`, `packmode="array_cuK"`, `sortv`) and not
** one layout with invisible edges between the parts: within a rank, dot
** orders blocks as its crossing minimisation likes, and frames (clusters)
** cannot be ordered at all (`rank=same` may not cross them), so topics came
** out in reverse (V above I). Packed, each part is laid out alone and put
** in the next cell of the grid. Graphviz 2.43 fills the grid from the
** bottom row up, left to right (rankdir=LR turns its rows over), with the
** parts that hold a frame first, in the order of the text, whatever their
** `sortv`; so each part is written as an invisible frame of its own, in
** fill order, the last row first, and invisible fillers complete that
** row: the first part then sits top left.
**
** The number of columns is the one whose grid comes closest to 3:2 (a
** screen, a page on its side), from sizes estimated in inches: a rank of
** boxes 2.7 wide (box and rank gap), a box 1.0 high (box and node gap).
*/
#include <stdlib.h>

#include "dot_layout.h"

#define RANK_WIDTH 2.7
#define BOX_HEIGHT 1.0
#define LEGEND_WIDTH 2.0
#define LEGEND_HEIGHT 2.6
#define TARGET_ASPECT 1.5
enum { MAX_COLUMNS = 200 }; /* columns tried: each try costs a pass over the parts */

typedef struct Part {
  int root;       /* first item, in source order */
  double w, h;    /* estimated size, inches */
} Part;

static int find(int *up, int x) {
  while (up[x] != x) x = up[x] = up[up[x]];
  return x;
}

/* The root stays the item first in source order. */
static void join(int *up, int a, int b) {
  a = find(up, a), b = find(up, b);
  if (a < b) up[b] = a;
  else if (b < a) up[a] = b;
}

static int dep(const wg_charter *c, const wg_ref *r, const unsigned char *keep) {
  int d = r->index;
  return (r->kind == WG_DELIVERABLE || r->kind == WG_RECOMMENDATION) && d >= 0 &&
                 d < c->nitems && keep[d]
             ? d
             : -1;
}

/* Items joined by dependencies, by topic frames, and the unlinked items
** outside any topic into one block of rows. */
static int *parts_of(const wg_charter *c, wg_arena *a, const unsigned char *keep,
                     const unsigned char *linked) {
  int *up = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *up), free_root = -1;
  int *topic_root = wg_alloc(a, (size_t)(c->ntopics + 1) * sizeof *topic_root);
  for (int t = 0; t < c->ntopics; t++) topic_root[t] = -1;
  for (int i = 0; i < c->nitems; i++) up[i] = i;
  for (int i = 0; i < c->nitems; i++) {
    if (!keep[i]) continue;
    const wg_item *it = &c->items[i];
    for (int k = 0; k < it->ndeps; k++) {
      int d = dep(c, &it->deps[k], keep);
      if (d >= 0) join(up, i, d);
    }
    int *root = it->topic >= 0 && it->topic < c->ntopics ? &topic_root[it->topic]
                : !linked[i]                             ? &free_root
                                                         : NULL;
    if (root && *root < 0) *root = i;
    else if (root) join(up, *root, i);
  }
  for (int i = 0; i < c->nitems; i++) up[i] = find(up, i);
  return up;
}

/* Ranks from the left: 0 for an item with no drawn dependency. */
static int *depths(const wg_charter *c, wg_arena *a, const unsigned char *keep) {
  const int *order = wg_charter_order(c);
  int *depth = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *depth);
  for (int k = 0; k < c->nitems; k++) {
    const wg_item *it = &c->items[order[k]];
    for (int j = 0; j < it->ndeps; j++) {
      int d = dep(c, &it->deps[j], keep);
      if (d >= 0 && depth[d] + 1 > depth[order[k]]) depth[order[k]] = depth[d] + 1;
    }
  }
  return depth;
}

static int by_key(const void *x, const void *y) {
  long long a = *(const long long *)x, b = *(const long long *)y;
  return (a > b) - (a < b);
}

/* Each part's size: its linked items as ranks of boxes, the widest rank
** setting its height, and below them its block of rows. Sorting (part,
** rank) keys counts the boxes of each rank without a table per part. */
static int sizes(const wg_charter *c, wg_arena *a, const unsigned char *keep,
                 const unsigned char *linked, const int *rows, const int *up, Part *parts,
                 int *part_of_root) {
  int *depth = depths(c, a, keep), nparts = 0, nkeys = 0;
  long long *keys = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *keys);
  int *nfree = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *nfree);
  int *rowlen = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *rowlen);
  int *ranks = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *ranks);
  for (int i = 0; i < c->nitems; i++) {
    if (!keep[i]) continue;
    if (up[i] == i) part_of_root[i] = nparts, parts[nparts++] = (Part){i, 0, 0};
    int p = part_of_root[up[i]];
    if (linked[i]) {
      keys[nkeys++] = (long long)p << 32 | (unsigned)depth[i];
      if (depth[i] + 1 > ranks[p]) ranks[p] = depth[i] + 1;
    } else {
      nfree[p]++;
      rowlen[p] = rows[i];
    }
  }
  qsort(keys, (size_t)nkeys, sizeof *keys, by_key);
  for (int k = 0, run = 0; k < nkeys; k++) {
    run = k > 0 && keys[k] == keys[k - 1] ? run + 1 : 1;
    Part *pt = &parts[keys[k] >> 32];
    if (run * BOX_HEIGHT > pt->h) pt->h = run * BOX_HEIGHT;
  }
  for (int p = 0; p < nparts; p++) {
    int k = rowlen[p] > 0 ? rowlen[p] : 1;
    int w = ranks[p] > k || !nfree[p] ? ranks[p] : k;
    parts[p].w = w * RANK_WIDTH;
    parts[p].h += (nfree[p] + k - 1) / k * BOX_HEIGHT;
  }
  return nparts;
}

/* How far a grid of `cols` columns is from the target shape. */
static double misfit(const Part *parts, int n, int cols, double *colw, double *rowh) {
  int nrows = (n + cols - 1) / cols;
  double w = 0, h = 0;
  for (int k = 0; k < cols; k++) colw[k] = 0;
  for (int r = 0; r < nrows; r++) rowh[r] = 0;
  for (int p = 0; p < n; p++) {
    if (parts[p].w > colw[p % cols]) colw[p % cols] = parts[p].w;
    if (parts[p].h > rowh[p / cols]) rowh[p / cols] = parts[p].h;
  }
  for (int k = 0; k < cols; k++) w += colw[k];
  for (int r = 0; r < nrows; r++) h += rowh[r];
  double r = h > 0 && w > 0 ? w / h / TARGET_ASPECT : 1;
  return r >= 1 ? r : 1 / r;
}

static int best_columns(const Part *parts, int n, wg_arena *a) {
  double *colw = wg_alloc(a, (size_t)(n + 1) * sizeof *colw);
  double *rowh = wg_alloc(a, (size_t)(n + 1) * sizeof *rowh);
  int best = 1;
  double least = misfit(parts, n, 1, colw, rowh);
  for (int cols = 2; cols <= n && cols <= MAX_COLUMNS; cols++) {
    double m = misfit(parts, n, cols, colw, rowh);
    if (m < least - 1e-9) least = m, best = cols;
  }
  return best;
}

/* The slot in Graphviz's fill order of reading position p (0 is top left). */
static int fill_order(int p, int n, int cols) {
  int nrows = (n + cols - 1) / cols;
  return (nrows - 1 - p / cols) * cols + p % cols;
}

void dot_pack(DotPack *pk, const wg_charter *c, wg_arena *a, const unsigned char *keep,
              const unsigned char *linked, const int *rows) {
  const int *up = parts_of(c, a, keep, linked);
  Part *parts = wg_alloc(a, (size_t)(c->nitems + 2) * sizeof *parts);
  int *part_of_root = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *part_of_root);
  int n = sizes(c, a, keep, linked, rows, up, parts, part_of_root);
  parts[n++] = (Part){-1, LEGEND_WIDTH, LEGEND_HEIGHT}; /* the legend, last */
  int cols = best_columns(parts, n, a);
  pk->columns = cols;
  pk->nparts = n;
  pk->part = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *pk->part);
  for (int i = 0; i < c->nitems; i++) pk->part[i] = keep[i] ? part_of_root[up[i]] : -1;
  pk->nslots = (n + cols - 1) / cols * cols;
  pk->part_at = wg_alloc(a, (size_t)pk->nslots * sizeof *pk->part_at);
  for (int s = 0; s < pk->nslots; s++) pk->part_at[s] = -1;
  for (int p = 0; p < n; p++) pk->part_at[fill_order(p, n, cols)] = p;
}
