/*
** libFuzzer target: safe fixes never make things worse. Whatever the
** input, applying its safe fixes (fix.c) gives a text with no more
** lexical and syntax errors (WG1xx) than it had (a repaired statement may
** show mistakes inside it that its error hid, so fewer is not promised),
** and fewer when every error had a safe fix; the fixed text loads and
** checks like any other. A violation aborts.
**
** Built and run by `make fuzz`, like the others.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"

/* c's lexical and syntax errors, and how many of them have a safe fix. */
static int syntax_errors(const Ctx *c, int *fixable) {
  int n = 0;
  *fixable = 0;
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    if (d->code >= 200) continue;
    n++;
    *fixable += d->fixes && d->fixes->safe;
  }
  return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  Source src, fixed;
  Ctx c, again;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  compile_init(&c, &src);
  compile(&c);
  diag_finish(&c, NULL);
  int fixable, before = syntax_errors(&c, &fixable), applied, rest;
  size_t len;
  char *text = fix_apply(&c, 1, &len, &applied);
  src_from_memory(&fixed, "fuzz.wg", text, (uint32_t)len);
  compile_init(&again, &fixed);
  compile(&again);
  diag_finish(&again, NULL);
  int after = syntax_errors(&again, &rest);
  if (before && fixable == before && applied == fixable && after >= before) {
    fprintf(stderr, "%d syntax errors (%d with a safe fix) became %d after the fixes:\n%.*s\n",
            before, fixable, after, (int)len, text);
    abort();
  }
  if (after > before) {
    fprintf(stderr, "the fixes added syntax errors: %d became %d:\n%.*s\n", before, after,
            (int)len, text);
    abort();
  }
  free(text);
  compile_done(&again);
  compile_done(&c);
  src_free(&fixed);
  src_free(&src);
  return 0;
}
