/*
** A line diff for `wgc fmt --diff`, in the unified format that `patch`
** and `git apply` read (three lines of context), so that wgc needs no
** `diff` program. Myers' O(ND) algorithm in linear space, split at the
** middle snake ("An O(ND) Difference Algorithm and Its Variations",
** 1986). A part whose differences exceed MAX_COST is written as all
** removed then all added: still a correct diff, not a minimal one, and a
** file rewritten from top to bottom costs no more than that.
*/
#include "fmt_main.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { CONTEXT = 3, MAX_COST = 1024 };

typedef struct Line {
  const char *p;
  size_t n; /* its line end included */
  uint32_t hash;
} Line;

typedef struct Diff {
  Line *a, *b;
  int na, nb;
  char *gone, *added; /* by line: removed from a, added in b */
  int *fwd, *bwd;     /* furthest x on each diagonal, both ways */
} Diff;

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);
  if (!p) {
    fputs("wgc: out of memory\n", stderr);
    exit(2);
  }
  return p;
}

static int split_lines(const char *s, size_t n, Line **out) {
  int count = 0;
  for (size_t i = 0; i < n; i++) count += s[i] == '\n';
  count += n > 0 && s[n - 1] != '\n';
  Line *v = *out = xcalloc((size_t)count, sizeof *v);
  for (int i = 0; i < count; i++) {
    const char *nl = memchr(s, '\n', n);
    size_t len = nl ? (size_t)(nl - s) + 1 : n;
    uint32_t h = 2166136261u;
    for (size_t j = 0; j < len; j++) h = (h ^ (unsigned char)s[j]) * 16777619u;
    v[i] = (Line){s, len, h};
    s += len;
    n -= len;
  }
  return count;
}

static int same(const Diff *d, int x, int y) {
  const Line *p = &d->a[x], *q = &d->b[y];
  return p->hash == q->hash && p->n == q->n && memcmp(p->p, q->p, p->n) == 0;
}

/* A snake: the common lines from (x0, y0) to (x1, y1). */
typedef struct Snake {
  int x0, y0, x1, y1;
} Snake;

/* The search for the middle snake of a[x0, x1) and b[y0, y1), as Git's
** xdiff does it: diagonals k = x - y in absolute lines, kept within the
** rectangle; fwd[k] is the furthest x of the forward paths, bwd[k] the
** least of the backward ones (both at index k + off). */
typedef struct Search {
  Diff *d;
  int x0, x1, y0, y1, off, dmin, dmax, odd;
  int fmin, fmax, bmin, bmax;
} Search;

static int *F(const Search *s, int k) { return &s->d->fwd[k + s->off]; }
static int *B(const Search *s, int k) { return &s->d->bwd[k + s->off]; }

/* One more forward step; 1 with the snake when the paths meet. */
static int forward(Search *s, Snake *out) {
  if (s->fmin > s->dmin) *F(s, --s->fmin - 1) = -1;
  else s->fmin++;
  if (s->fmax < s->dmax) *F(s, ++s->fmax + 1) = -1;
  else s->fmax--;
  for (int k = s->fmax; k >= s->fmin; k -= 2) {
    int x = *F(s, k - 1) >= *F(s, k + 1) ? *F(s, k - 1) + 1 : *F(s, k + 1);
    int from = x;
    while (x < s->x1 && x - k < s->y1 && same(s->d, x, x - k)) x++;
    *F(s, k) = x;
    if (s->odd && s->bmin <= k && k <= s->bmax && *B(s, k) <= x) {
      *out = (Snake){from, from - k, x, x - k};
      return 1;
    }
  }
  return 0;
}

/* One more backward step. */
static int backward(Search *s, Snake *out) {
  if (s->bmin > s->dmin) *B(s, --s->bmin - 1) = INT_MAX;
  else s->bmin++;
  if (s->bmax < s->dmax) *B(s, ++s->bmax + 1) = INT_MAX;
  else s->bmax--;
  for (int k = s->bmax; k >= s->bmin; k -= 2) {
    int x = *B(s, k - 1) < *B(s, k + 1) ? *B(s, k - 1) : *B(s, k + 1) - 1;
    int from = x;
    while (x > s->x0 && x - k > s->y0 && same(s->d, x - 1, x - k - 1)) x--;
    *B(s, k) = x;
    if (!s->odd && s->fmin <= k && k <= s->fmax && x <= *F(s, k)) {
      *out = (Snake){x, x - k, from, from - k};
      return 1;
    }
  }
  return 0;
}

/* A snake that splits the problem into two smaller ones. */
static int splits(const Search *s, const Snake *k) {
  int whole = (s->x1 - s->x0) + (s->y1 - s->y0);
  return s->x0 <= k->x0 && k->x0 <= k->x1 && k->x1 <= s->x1 && s->y0 <= k->y0 &&
         k->y0 <= k->y1 && k->y1 <= s->y1 && k->x1 - k->x0 == k->y1 - k->y0 &&
         (k->x0 - s->x0) + (k->y0 - s->y0) < whole && (s->x1 - k->x1) + (s->y1 - k->y1) < whole;
}

/* Finds the middle snake of a[x0, x1) and b[y0, y1), neither empty; 0
** if the cost exceeds MAX_COST (or, which should not happen, the snake
** found would not make the problem smaller). */
static int middle(Diff *d, int x0, int x1, int y0, int y1, Snake *out) {
  Search s = {d, x0, x1, y0, y1, 0, x0 - y1, x1 - y0, 0, 0, 0, 0, 0};
  s.off = -s.dmin + 1;
  s.odd = ((x0 - y0) - (x1 - y1)) & 1;
  s.fmin = s.fmax = x0 - y0;
  s.bmin = s.bmax = x1 - y1;
  *F(&s, x0 - y0) = x0;
  *B(&s, x1 - y1) = x1;
  /* the first steps start from the corners themselves */
  int x = x0;
  while (x < x1 && x - (x0 - y0) < y1 && same(d, x, x - (x0 - y0))) x++;
  *F(&s, x0 - y0) = x;
  x = x1;
  while (x > x0 && x - (x1 - y1) > y0 && same(d, x - 1, x - (x1 - y1) - 1)) x--;
  *B(&s, x1 - y1) = x;
  for (int c = 1; c <= MAX_COST; c++)
    if (forward(&s, out) || backward(&s, out)) return splits(&s, out);
  return 0;
}

static void compare(Diff *d, int x0, int x1, int y0, int y1) {
  while (x0 < x1 && y0 < y1 && same(d, x0, y0)) x0++, y0++;
  while (x0 < x1 && y0 < y1 && same(d, x1 - 1, y1 - 1)) x1--, y1--;
  Snake s;
  if (x0 == x1 || y0 == y1 || !middle(d, x0, x1, y0, y1, &s)) {
    memset(d->gone + x0, 1, (size_t)(x1 - x0));
    memset(d->added + y0, 1, (size_t)(y1 - y0));
    return;
  }
  compare(d, x0, s.x0, y0, s.y0);
  compare(d, s.x1, x1, s.y1, y1);
}

/* --- Writing the hunks ------------------------------------------------------- */

/* The edit script: each step keeps, removes or adds one line. */
typedef struct Op {
  char kind; /* ' ', '-' or '+' */
  int line;  /* in a for ' ' and '-', in b for '+' */
} Op;

static int script(const Diff *d, Op *ops) {
  int n = 0, i = 0, j = 0;
  while (i < d->na || j < d->nb) {
    if (i < d->na && d->gone[i]) ops[n++] = (Op){'-', i++};
    else if (j < d->nb && d->added[j]) ops[n++] = (Op){'+', j++};
    else ops[n++] = (Op){' ', i++}, j++;
  }
  return n;
}

static void print_range(FILE *f, char sign, int before, int count) {
  if (count == 1) fprintf(f, "%c%d", sign, before + 1);
  else fprintf(f, "%c%d,%d", sign, count ? before + 1 : before, count);
}

static void print_line(FILE *f, char kind, const Line *l) {
  fputc(kind, f);
  fwrite(l->p, 1, l->n, f);
  if (l->n == 0 || l->p[l->n - 1] != '\n') fputs("\n\\ No newline at end of file\n", f);
}

/* Writes the hunk of ops[from, to); before_a and before_b are the lines
** of a and b that come before it. */
static void hunk(FILE *f, const Diff *d, const Op *ops, int from, int to, int before_a,
                 int before_b) {
  int na = 0, nb = 0;
  for (int i = from; i < to; i++) na += ops[i].kind != '+', nb += ops[i].kind != '-';
  fputs("@@ ", f);
  print_range(f, '-', before_a, na);
  fputc(' ', f);
  print_range(f, '+', before_b, nb);
  fputs(" @@\n", f);
  for (int i = from; i < to; i++) {
    const Op *o = &ops[i];
    print_line(f, o->kind, o->kind == '+' ? &d->b[o->line] : &d->a[o->line]);
  }
}

static void hunks(FILE *f, const Diff *d, const Op *ops, int n) {
  int before_a = 0, before_b = 0, i = 0;
  while (i < n) {
    if (ops[i].kind == ' ') {
      before_a++, before_b++, i++;
      continue;
    }
    /* A change at i: the hunk runs to the last change that fewer than
    ** 2 * CONTEXT kept lines separate from the one before it. */
    int from = i - CONTEXT < 0 ? 0 : i - CONTEXT;
    int to = i;
    for (int kept = 0; to < n && kept <= 2 * CONTEXT; to++)
      kept = ops[to].kind == ' ' ? kept + 1 : 0;
    while (to > i && ops[to - 1].kind == ' ') to--;
    int end = to + CONTEXT > n ? n : to + CONTEXT;
    int ctx = i - from;
    hunk(f, d, ops, from, end, before_a - ctx, before_b - ctx);
    for (int k = i; k < end; k++) before_a += ops[k].kind != '+', before_b += ops[k].kind != '-';
    i = end;
  }
}

/* Diffs a and b into d, and returns the edit script (free it). */
static Op *diff_run(Diff *d, const char *a, size_t na, const char *b, size_t nb, int *nops) {
  *d = (Diff){0};
  d->na = split_lines(a, na, &d->a);
  d->nb = split_lines(b, nb, &d->b);
  d->gone = xcalloc((size_t)d->na, 1);
  d->added = xcalloc((size_t)d->nb, 1);
  d->fwd = xcalloc((size_t)(d->na + d->nb) + 4, sizeof *d->fwd);
  d->bwd = xcalloc((size_t)(d->na + d->nb) + 4, sizeof *d->bwd);
  compare(d, 0, d->na, 0, d->nb);
  Op *ops = xcalloc((size_t)(d->na + d->nb), sizeof *ops);
  *nops = script(d, ops);
  return ops;
}

static void diff_free(Diff *d, Op *ops) {
  free(ops);
  free(d->a);
  free(d->b);
  free(d->gone);
  free(d->added);
  free(d->fwd);
  free(d->bwd);
}

void fmt_diff(FILE *f, const char *name, const char *a, size_t na, const char *b, size_t nb) {
  Diff d;
  int n;
  Op *ops = diff_run(&d, a, na, b, nb, &n);
  int changed = 0;
  for (int i = 0; i < n && !changed; i++) changed = ops[i].kind != ' ';
  if (changed) {
    fprintf(f, "--- a/%s\n+++ b/%s\n", name, name);
    hunks(f, &d, ops, n);
  }
  diff_free(&d, ops);
}

void fmt_diff_runs(const char *a, size_t na, const char *b, size_t nb, FmtRun fn, void *ctx) {
  Diff d;
  int n;
  Op *ops = diff_run(&d, a, na, b, nb, &n);
  size_t at_a = 0, at_b = 0;
  for (int i = 0; i < n;) {
    if (ops[i].kind == ' ') { /* a line kept: the same bytes in both */
      at_a += d.a[ops[i].line].n;
      at_b += d.a[ops[i++].line].n;
      continue;
    }
    size_t from_a = at_a, from_b = at_b;
    for (; i < n && ops[i].kind != ' '; i++)
      if (ops[i].kind == '-') at_a += d.a[ops[i].line].n;
      else at_b += d.b[ops[i].line].n;
    fn(ctx, from_a, at_a - from_a, from_b, at_b - from_b);
  }
  diff_free(&d, ops);
}
