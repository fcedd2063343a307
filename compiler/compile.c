/*
** The pipeline of one compilation: parse, then, if the file parsed
** cleanly, check. Lexical and syntax errors stop before the checker
** (docs/rules.md), whose diagnostics would only echo them.
*/
#include "compile.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "tree.h"
#include "parse_driver.h"
#include "../runtime/alloc.h"

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
  tree_names_free(c);
  if (c->parser) wg_ParseFree(c->parser, free);
  c->parser = NULL;
  sema_free(c->sema);
  c->sema = NULL;
  diag_free(&c->diags);
  free(c->comments.v);
  free(c->skipped.v);
  free(c->unclosed.v);
  free(c->stray_closes.v);
  c->comments = c->skipped = c->unclosed = c->stray_closes = (SpanList){0};
  wg_arena_free(c->arena);
  wg_arena_free(c->decls);
  c->arena = c->decls = NULL;
}

char *compile_normalize(Ctx *c, const char *s, size_t n, int casefold) {
  /* utf8proc_map would do this with malloc: its buffers are the arena's
  ** here, so that running out of memory midway leaks nothing. */
  utf8proc_option_t opt = UTF8PROC_STABLE | UTF8PROC_COMPOSE | (casefold ? UTF8PROC_CASEFOLD : 0);
  utf8proc_ssize_t need = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                             NULL, 0, opt);
  if (need < 0) return wg_strndup(c->arena, s, n); /* not UTF-8: the lexer said so */
  utf8proc_int32_t *buf = wg_alloc(c->arena, ((size_t)need + 1) * sizeof *buf);
  utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, buf, need, opt);
  utf8proc_ssize_t len = utf8proc_reencode(buf, need, opt);
  return len < 0 ? wg_strndup(c->arena, s, n) : (char *)buf;
}

void compile_reset(Ctx *c) {
  const Source *src = c->src;
  wg_date as_of = c->as_of;
  compile_done(c);
  compile_init(c, src);
  c->as_of = as_of;
}

void compile_skip(Ctx *c, wg_span s) {
  SpanList *l = &c->skipped;
  /* Mostly after the last one; a run of words skipped whole may hold
  ** stray bytes kept before it: those are swallowed. */
  while (l->n && l->v[l->n - 1].off >= s.off) {
    wg_span last = l->v[--l->n];
    uint32_t end = last.off + last.len > s.off + s.len ? last.off + last.len : s.off + s.len;
    s.len = end - s.off;
  }
  wg_span *last = l->n ? &l->v[l->n - 1] : NULL;
  if (last && last->off + last->len >= s.off) {
    uint32_t end = s.off + s.len > last->off + last->len ? s.off + s.len : last->off + last->len;
    last->len = end - last->off;
  } else {
    compile_keep(l, s);
  }
}

void compile_keep(SpanList *l, wg_span s) {
  if (l->n == l->cap) {
    uint32_t cap = l->cap ? 2 * l->cap : 64;
    l->v = wg_xrealloc(l->v, cap * sizeof *l->v);
    l->cap = cap;
  }
  l->v[l->n++] = s;
}

void compile(Ctx *c) {
  parse_file(c);
  if (!c->fatal && c->root) sema_check(c);
}
