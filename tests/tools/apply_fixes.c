/*
** apply-fixes FILE: FILE with its safe fixes applied by the library
** alone (wg_doc_apply_fixes, runtime/wg.h), round after round as
** `wgc check --fix` does (ten at most, compiler/job.h's FIX_ROUNDS), on
** standard output; how many fixes on standard error. tests/cli/check-fix.sh
** checks that the command and the library agree, byte for byte.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/wg.h"

enum { ROUNDS = 10 };

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, k;
  char *text = malloc(cap);
  *n = 0;
  while (text && (k = fread(text + *n, 1, cap - *n, f)) > 0)
    if ((*n += k) == cap) text = realloc(text, cap *= 2);
  fclose(f);
  return text;
}

int main(int argc, char **argv) {
  size_t n;
  char *text = argc == 2 ? slurp(argv[1], &n) : NULL;
  if (!text) {
    fprintf(stderr, "usage: apply-fixes FILE (a file that can be read)\n");
    return 2;
  }
  int total = 0;
  for (int round = 0; round < ROUNDS; round++) {
    wg_doc *doc;
    if (wg_load(text, n, argv[1], NULL, &doc) != WG_OK) return 2;
    char *out;
    size_t len;
    int applied = wg_doc_apply_fixes(doc, 1, &out, &len);
    wg_free(doc);
    if (applied < 0) return 2;
    int same = len == n && memcmp(out, text, n) == 0;
    free(text);
    text = out;
    n = len;
    if (applied == 0 || same) break;
    total += applied;
  }
  fwrite(text, 1, n, stdout);
  fprintf(stderr, "%d\n", total);
  free(text);
  return 0;
}
