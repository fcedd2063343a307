/*
** The formatter as the library offers it (wg.h; docs/library.md): a
** whole charter, and the smallest run of whole statements that holds a
** range, for an editor's "format selection". Both lay out the whole
** file (fmt.c) and, for a range, take from it the lines of the
** statements chosen, so a range is formatted exactly as the whole file
** would format it.
*/
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "tree.h"
#include "../runtime/alloc.h"

/* A statement: a property or a declaration of some block. */
typedef struct Stmt {
  const Prop *p;
  const Decl *d;
} Stmt;

static uint32_t stmt_from(Stmt s) { return s.p ? s.p->at.off : s.d->at.off; }
static uint32_t stmt_to(Stmt s) { return s.p ? s.p->at.off + s.p->at.len : s.d->at.off + s.d->at.len; }

/* The statements of block d in source order, into *out (malloc'ed). */
static int statements(const Decl *d, Stmt **out) {
  int n = 0;
  for (const Prop *p = d->props; p; p = p->next) n += !p->inline_;
  for (const Decl *k = d->children; k; k = k->next) n++;
  Stmt *v = *out = wg_xmalloc(((size_t)n + 1) * sizeof *v);
  const Prop *p = d->props;
  while (p && p->inline_) p = p->next;
  const Decl *k = d->children;
  for (int i = 0; i < n; i++) {
    if (p && (!k || p->at.off < k->at.off)) v[i] = (Stmt){p, NULL}, p = p->next;
    else v[i] = (Stmt){NULL, k}, k = k->next;
  }
  return n;
}

static int touches(Stmt s, uint32_t from, uint32_t to) {
  return from == to ? stmt_from(s) <= from && from <= stmt_to(s)
                    : stmt_from(s) < to && from < stmt_to(s);
}

static int no_line_end(const char *s, uint32_t a, uint32_t b) {
  return a >= b || !memchr(s + a, '\n', b - a);
}

/* The choice: statements first..last of block `level`. */
typedef struct Pick {
  const Decl *level;
  Stmt *v;
  int n, first, last;
} Pick;

static void pick_level(Pick *k, const Decl *level) {
  free(k->v);
  k->v = NULL;
  k->level = level;
  k->n = statements(level, &k->v);
}

/* Descends to the innermost block whose statements hold the range;
** returns 0 if no statement does. */
static int pick_statements(Pick *k, const Ctx *c, uint32_t from, uint32_t to) {
  pick_level(k, c->root);
  for (;;) {
    k->first = k->last = -1;
    for (int i = 0; i < k->n; i++)
      if (touches(k->v[i], from, to)) {
        if (k->first < 0) k->first = i;
        k->last = i;
      }
    if (k->first < 0) return 0;
    const Decl *d = k->v[k->first].d;
    if (k->first != k->last || !d || d->lbrace == TREE_NONE || d->rbrace == TREE_NONE ||
        from <= d->lbrace || to > d->rbrace)
      return 1;
    pick_level(k, d);
  }
}

/* The index of declaration d among its parent's statements. */
static int index_of(const Pick *k, const Decl *d) {
  for (int i = 0; i < k->n; i++)
    if (k->v[i].d == d) return i;
  return 0;
}

/* Widens the choice to whole lines: to the statements that share a line
** with it, and to the declaration whose block it is when a brace of that
** block shares one (the block is then on one line, or starts or ends on
** a statement's line). */
static void widen(Pick *k, const char *s) {
  for (;;) {
    while (k->first > 0 && no_line_end(s, stmt_to(k->v[k->first - 1]), stmt_from(k->v[k->first])))
      k->first--;
    while (k->last + 1 < k->n && no_line_end(s, stmt_to(k->v[k->last]), stmt_from(k->v[k->last + 1])))
      k->last++;
    const Decl *d = k->level;
    if (d->kind == DECL_ROOT) return;
    if (!no_line_end(s, d->lbrace + 1, stmt_from(k->v[k->first])) &&
        !no_line_end(s, stmt_to(k->v[k->last]), d->rbrace))
      return;
    pick_level(k, d->parent);
    k->first = k->last = index_of(k, d);
  }
}

static uint32_t line_start(const char *s, uint32_t at) {
  while (at > 0 && s[at - 1] != '\n') at--;
  return at;
}

/* The end of the line holding `at`, before its line end. */
static uint32_t line_end(const char *s, uint32_t len, uint32_t at) {
  const char *nl = memchr(s + at, '\n', len - at);
  if (!nl) return len;
  uint32_t end = (uint32_t)(nl - s);
  return end > at && s[end - 1] == '\r' ? end - 1 : end;
}

static uint32_t out_from(const FmtMap *m, Stmt s) {
  return s.p ? m->prop_from[s.p->n] : m->decl_from[s.d->n];
}

static uint32_t out_to(const FmtMap *m, Stmt s) {
  return s.p ? m->prop_to[s.p->n] : m->decl_to[s.d->n];
}

/* What fmt_range allocates, freed at the end or when memory runs out. */
typedef struct Range {
  Pick pick;
  FmtMap map;
  uint32_t *cells;
  char *out;
  size_t len;
} Range;

static void range_free(Range *r) {
  free(r->pick.v);
  free(r->cells);
  free(r->out);
}

static int range_run(Range *r, const Ctx *c, uint32_t from, uint32_t to, wg_span *at,
                     char **text, size_t *len) {
  const char *s = c->src->text;
  *at = (wg_span){from, 0};
  *text = NULL;
  *len = 0;
  size_t nd = (size_t)c->ndecl_nodes + 1, np = (size_t)c->nprops + 1;
  r->cells = wg_xmalloc(2 * (nd + np) * sizeof *r->cells);
  r->map = (FmtMap){r->cells, r->cells + nd, r->cells + 2 * nd, r->cells + 2 * nd + np};
  if (fmt_write(c, &r->out, &r->len, &r->map) != 0) return -1;
  if (pick_statements(&r->pick, c, from, to)) {
    widen(&r->pick, s);
    Stmt a = r->pick.v[r->pick.first], b = r->pick.v[r->pick.last];
    uint32_t sf = line_start(s, stmt_from(a)), st = line_end(s, c->src->len, stmt_to(b));
    uint32_t of = line_start(r->out, out_from(&r->map, a));
    uint32_t ot = line_end(r->out, (uint32_t)r->len, out_to(&r->map, b));
    *at = (wg_span){sf, st - sf};
    *len = ot - of;
    *text = wg_xmalloc(*len + 1);
    memcpy(*text, r->out + of, *len);
  } else {
    *text = wg_xmalloc(1);
  }
  (*text)[*len] = 0;
  return 0;
}

/* range_run(), freeing what it took if memory runs out (r is not local
** here, so it is intact after the jump), then passing the failure on. */
static int range_guarded(Range *r, const Ctx *c, uint32_t from, uint32_t to, wg_span *at,
                         char **text, size_t *len) {
  wg_try t;
  if (WG_TRY(&t)) {
    int rc = range_run(r, c, from, to, at, text, len);
    wg_try_end(&t);
    return rc;
  }
  wg_try_end(&t);
  range_free(r);
  wg_oom();
}

int fmt_range(const Ctx *c, uint32_t from, uint32_t to, wg_span *at, char **text, size_t *len) {
  Range r = {0};
  int rc = range_guarded(&r, c, from, to, at, text, len);
  range_free(&r);
  return rc;
}

/* --- The public calls ----------------------------------------------------- */

static int try_format(const Ctx *c, char **out, size_t *len) {
  wg_try t;
  if (WG_TRY(&t)) {
    int rc = fmt_write(c, out, len, NULL);
    wg_try_end(&t);
    return rc ? WG_ERR_SYNTAX : WG_OK;
  }
  wg_try_end(&t);
  return WG_ERR_NOMEM;
}

int wg_format(const wg_doc *doc, char **out, size_t *len) {
  size_t n;
  if (!len) len = &n;
  *out = NULL;
  *len = 0;
  if (!doc) return WG_ERR_USAGE;
  return try_format(api_ctx(doc), out, len);
}

static int try_range(const Ctx *c, wg_span range, wg_span *at, char **text, size_t *len) {
  wg_try t;
  if (WG_TRY(&t)) {
    int rc = fmt_range(c, range.off, range.off + range.len, at, text, len);
    wg_try_end(&t);
    return rc ? WG_ERR_SYNTAX : WG_OK;
  }
  wg_try_end(&t);
  return WG_ERR_NOMEM;
}

int wg_format_range(const wg_doc *doc, wg_span range, wg_edit *edit) {
  *edit = (wg_edit){{range.off, 0}, NULL};
  if (!doc) return WG_ERR_USAGE;
  const Ctx *c = api_ctx(doc);
  if (range.off > c->src->len || range.len > c->src->len - range.off) return WG_ERR_USAGE;
  char *text;
  size_t len;
  int rc = try_range(c, range, &edit->at, &text, &len);
  if (rc == WG_OK) edit->text = text;
  return rc;
}
