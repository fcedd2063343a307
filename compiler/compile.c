/*
** The pipeline of one compilation: parse, then, if the file parsed
** cleanly, check. Lexical and syntax errors stop before the checker
** (RULES.md), whose diagnostics would only echo them.
*/
#include "compile.h"

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
  wg_arena_free(c->arena);
  wg_arena_free(c->decls);
  c->arena = c->decls = NULL;
}

void compile(Ctx *c) {
  parse_file(c);
  if (!c->syntax_errors && c->root) sema_check(c);
}
