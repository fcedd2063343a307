/*
** What formatting must not change (docs/style.md, "What never changes"),
** written out as text to compare: every comment in order (the blanks at
** its end aside), every diagnostic with the declaration it is in, and
** the compiled JSON. Shared by tests/unit/test_fmt.c and the fuzz target
** tests/fuzz/fuzz_fmt.c.
*/
#ifndef WGC_FMT_FACTS_H
#define WGC_FMT_FACTS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit.h"
#include "tree.h"

/* The declaration (its place in source order) holding at, or -1; -2 for
** the whole file (a diagnostic without bytes at its start). */
static inline int fmt_facts_decl(const Decl *d, wg_span at, uint32_t bom, int *next) {
  if (at.off == bom && at.len == 0) return -2;
  int found = -1;
  for (; d; d = d->next) {
    int me = (*next)++;
    if (at.off >= d->at.off && at.off < d->at.off + d->at.len) found = me;
    int inner = fmt_facts_decl(d->children, at, bom, next);
    if (inner >= 0) found = inner;
  }
  return found;
}

static inline int fmt_facts_by_text(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The diagnostics, sorted: those at one offset come in report order, and
** the layout may bring a whole-file one (at the start) level with another. */
static inline void fmt_facts_diags(FILE *f, const Ctx *c) {
  char **lines = calloc((size_t)c->diags.n + 1, sizeof *lines);
  if (!lines) abort();
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    int next = 0, in = c->root ? fmt_facts_decl(c->root->children, d->at, c->src->bom, &next) : -1;
    size_t k;
    FILE *l = open_memstream(&lines[i], &k);
    if (!l) abort();
    fprintf(l, "WG%d %d in %d: %s\n", d->code, d->severity, in, d->msg);
    fclose(l);
  }
  qsort(lines, (size_t)c->diags.n, sizeof *lines, fmt_facts_by_text);
  for (int i = 0; i < c->diags.n; i++) fputs(lines[i], f), free(lines[i]);
  free(lines);
}

/* The facts of src, compiled afresh, in a string to free. */
static inline char *fmt_facts(const Source *src) {
  Ctx c;
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) abort();
  compile_init(&c, src);
  compile(&c);
  diag_finish(&c, NULL);
  for (uint32_t i = 0; i < c.comments.n; i++) {
    wg_span k = c.comments.v[i];
    while (k.len > 1 && strchr(" \t\r\f\v", src->text[k.off + k.len - 1])) k.len--;
    fprintf(f, "comment %.*s\n", (int)k.len, src->text + k.off);
  }
  fmt_facts_diags(f, &c);
  if (c.charter) emit_json(f, c.charter);
  fclose(f);
  compile_done(&c);
  return text;
}

#endif
