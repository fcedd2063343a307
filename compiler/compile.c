/*
** The pipeline of one compilation: parse, then, if the file parsed
** cleanly, check. Lexical and syntax errors stop before the checker
** (RULES.md), whose diagnostics would only echo them.
*/
#include "compile.h"

#include <string.h>

#include "tree.h"

void compile_init(Ctx *c, const Source *src) {
  memset(c, 0, sizeof *c);
  c->src = src;
  c->arena = wg_arena_new();
  c->decls = wg_arena_new();
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
