/*
** Applying fixes (docs/rules.md, "Fixes"): the edits of the chosen fixes,
** in source order, written over a copy of the text. Fixes are taken in
** the order of where they start; one that would touch what a fix taken
** before it changed is left out whole, so no fix is ever half applied:
** what it repaired is reported again on the next check.
*/
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "../runtime/alloc.h"

typedef struct Candidate {
  const Fix *f;
  uint32_t first, last; /* where its edits start, and where the last ends */
  unsigned seq;         /* its place among the candidates, for ties */
} Candidate;

static int by_start(const void *a, const void *b) {
  const Candidate *x = a, *y = b;
  if (x->first != y->first) return x->first < y->first ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Fix f as a candidate; 0 if its edits are out of order among themselves. */
static int candidate(const Fix *f, unsigned seq, Candidate *out) {
  uint32_t end = 0;
  *out = (Candidate){f, f->edits ? f->edits->at.off : 0, 0, seq};
  for (const Edit *e = f->edits; e; e = e->next) {
    if (e != f->edits && e->at.off < end) return 0;
    end = e->at.off + e->at.len;
  }
  out->last = end;
  return f->edits != NULL;
}

/* The text with the edits of the n fixes taken, which do not overlap. */
static char *rewrite(const Ctx *c, const Candidate *v, int n, size_t *len) {
  size_t size = c->src->len + 1;
  for (int i = 0; i < n; i++)
    for (const Edit *e = v[i].f->edits; e; e = e->next) size += strlen(e->text);
  char *out = wg_xmalloc(size), *o = out;
  uint32_t at = 0;
  for (int i = 0; i < n; i++)
    for (const Edit *e = v[i].f->edits; e; e = e->next) {
      memcpy(o, c->src->text + at, e->at.off - at);
      o += e->at.off - at;
      size_t k = strlen(e->text);
      memcpy(o, e->text, k);
      o += k;
      at = e->at.off + e->at.len;
    }
  memcpy(o, c->src->text + at, c->src->len - at);
  o += c->src->len - at;
  *o = 0;
  *len = (size_t)(o - out);
  return out;
}

char *fix_apply(const Ctx *c, int safe_only, size_t *len, int *applied) {
  Candidate *v = wg_xmalloc(((size_t)c->diags.n + 1) * sizeof *v);
  int n = 0;
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    const Fix *f = d->fixes; /* a diagnostic's first fix is its best */
    if (f && !d->allowed && (f->safe || !safe_only) && candidate(f, (unsigned)n, &v[n])) n++;
  }
  qsort(v, (size_t)n, sizeof *v, by_start);
  int taken = 0, end_inserts = 0;
  uint32_t end = 0;
  for (int i = 0; i < n; i++) {
    /* A fix may start where the last one taken ends, unless both insert
    ** there: the order of the two insertions would be a guess. */
    if (taken && (v[i].first < end || (v[i].first == end && end_inserts))) continue;
    v[taken++] = v[i];
    end = v[i].last;
    end_inserts = v[i].f->last->at.len == 0;
  }
  char *out = rewrite(c, v, taken, len);
  *applied = taken;
  free(v);
  return out;
}
