/*
** libFuzzer target: the formatter (compiler/fmt.c) on any input that
** parses. Its output must parse too, and (a) formatting it again gives
** the same bytes, (b) it compiles to the same JSON, (c) it has the same
** comments in the same order (their trailing blanks aside), and (d) the
** same diagnostics, each in the same declaration. Any of these failing
** aborts, with both texts on stderr.
**
** Built and run by `make fuzz`, like the others; tests/unit/test_fmt.c
** asserts the same on every file in the repository.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit.h"
#include "fmt.h"
#include "tree.h"

static void fail(const char *what, const char *a, size_t na, const char *b, size_t nb) {
  fprintf(stderr, "fmt: %s\n--- input\n%.*s\n--- formatted\n%.*s\n---\n", what, (int)na, a,
          (int)nb, b);
  abort();
}

/* Formats n bytes at text into *out; 0 if they do not parse. */
static int format(const char *text, size_t n, char **out, size_t *len) {
  Source src;
  Ctx c;
  src_from_memory(&src, "fuzz.wg", text, (uint32_t)n);
  compile_init(&c, &src);
  parse_file(&c);
  int ok = c.root && !c.syntax_errors;
  if (ok && fmt_write(&c, out, len, NULL) != 0) fail("a byte the layout would lose", text, n, "", 0);
  compile_done(&c);
  src_free(&src);
  return ok;
}

/* The declaration (its place in source order) holding offset off, or
** -1; -2 for the whole file (a diagnostic without bytes at its start). */
static int decl_at(const Decl *d, wg_span at, uint32_t bom, int *next) {
  if (at.off == bom && at.len == 0) return -2;
  uint32_t off = at.off;
  int found = -1;
  for (; d; d = d->next) {
    int me = (*next)++;
    if (off >= d->at.off && off < d->at.off + d->at.len) found = me;
    int inner = decl_at(d->children, at, bom, next);
    if (inner >= 0) found = inner;
  }
  return found;
}

static int by_text(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The comments, the diagnostics by declaration, and the JSON. */
static char *facts(const char *text, size_t n) {
  Source src;
  Ctx c;
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  if (!f) abort();
  src_from_memory(&src, "fuzz.wg", text, (uint32_t)n);
  compile_init(&c, &src);
  compile(&c);
  diag_finish(&c, NULL);
  for (uint32_t i = 0; i < c.comments.n; i++) {
    wg_span k = c.comments.v[i];
    while (k.len > 1 && strchr(" \t\r\f\v", src.text[k.off + k.len - 1])) k.len--;
    fprintf(f, "#%.*s\n", (int)k.len, src.text + k.off);
  }
  /* Sorted: diagnostics at one offset come in report order, and the
  ** layout may bring a whole-file one (at offset 0) level with another. */
  char **lines = calloc((size_t)c.diags.n + 1, sizeof *lines);
  for (int i = 0; i < c.diags.n; i++) {
    int next = 0;
    size_t k;
    FILE *l = open_memstream(&lines[i], &k);
    fprintf(l, "WG%d in %d: %s\n", c.diags.v[i]->code,
            c.root ? decl_at(c.root->children, c.diags.v[i]->at, src.bom, &next) : -1,
            c.diags.v[i]->msg);
    fclose(l);
  }
  qsort(lines, (size_t)c.diags.n, sizeof *lines, by_text);
  for (int i = 0; i < c.diags.n; i++) fputs(lines[i], f), free(lines[i]);
  free(lines);
  if (c.charter) emit_json(f, c.charter);
  fclose(f);
  compile_done(&c);
  src_free(&src);
  return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  const char *in = (const char *)data;
  char *once, *twice;
  size_t n1, n2;
  if (!format(in, size, &once, &n1)) return 0;
  if (!format(once, n1, &twice, &n2)) fail("the formatted text does not parse", in, size, once, n1);
  if (n1 != n2 || memcmp(once, twice, n1) != 0) fail("(a) formatting twice changes it", once, n1, twice, n2);
  char *a = facts(in, size), *b = facts(once, n1);
  if (strcmp(a, b) != 0) fail("(b-d) JSON, comments or diagnostics differ", a, strlen(a), b, strlen(b));
  free(a);
  free(b);
  free(once);
  free(twice);
  return 0;
}
