/*
** The pipeline of one compilation: parse, then, if the file parsed
** cleanly, check. Lexical and syntax errors stop before the checker
** (RULES.md), whose diagnostics would only echo them.
*/
#include "compile.h"

#include <stdlib.h>
#include <string.h>

#include "tree.h"

void compile_init(Ctx *c, const Source *src) { compile_init_part(c, src, src->len); }

void compile_init_part(Ctx *c, const Source *src, uint32_t bytes) {
  memset(c, 0, sizeof *c);
  c->src = src;
  c->arena = wg_arena_new();
  c->decls = wg_arena_new();
  /* The tree and the model take five to six times the source, the
  ** declarations up to half of it (docs/performance.md). One block each
  ** saves growing through a dozen, with the page faults of each; a large
  ** block is only address space until it is written. */
  wg_arena_reserve(c->arena, 6 * (size_t)bytes);
  wg_arena_reserve(c->decls, (size_t)bytes / 2);
  c->as_of = WG_NODATE;
}

void compile_done(Ctx *c) {
  diag_free(&c->diags);
  free(c->comments.v);
  free(c->skipped.v);
  c->comments = c->skipped = (SpanList){0};
  wg_arena_free(c->arena);
  wg_arena_free(c->decls);
  c->arena = c->decls = NULL;
}

void compile_keep(SpanList *l, wg_span s) {
  if (l->n == l->cap) {
    uint32_t cap = l->cap ? 2 * l->cap : 64;
    wg_span *v = realloc(l->v, cap * sizeof *v);
    if (!v) abort();
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = s;
}

void compile(Ctx *c) {
  parse_file(c);
  if (!c->syntax_errors && c->root) sema_check(c);
}
