/*
** libFuzzer target, differential: a file parsed in two halves, as a
** large one is on two cores (compiler/parse_file.c), must give the same
** diagnostics and the same JSON as the file parsed in one pass, wherever
** the cut falls. Any difference aborts, and is a finding.
**
** Built and run by `make fuzz`, like the others.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit.h"

/* Diagnostics and JSON of src, parsed in two halves if parallel_min
** allows; the caller frees the text. */
static char *run(const Source *src, uint32_t parallel_min) {
  Ctx c;
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) abort();
  compile_init(&c, src);
  parse_file_split(&c, parallel_min);
  if (!c.syntax_errors && c.root) sema_check(&c);
  diag_finish(&c, NULL);
  diag_print_text(f, &c, 0);
  if (c.charter && !c.syntax_errors) emit_json(f, c.charter, c.arena);
  fclose(f);
  compile_done(&c);
  return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  Source src;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  char *one = run(&src, UINT32_MAX), *two = run(&src, 0);
  if (strcmp(one, two) != 0) {
    fprintf(stderr, "parsed in two halves, the result differs:\n--- one pass\n%s\n--- halves\n%s\n",
            one, two);
    abort();
  }
  free(one);
  free(two);
  src_free(&src);
  return 0;
}
