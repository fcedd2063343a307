/*
** libFuzzer target, differential: a file parsed in two halves, as a
** large one is on two cores (compiler/parse_file.c), must give the same
** diagnostics and the same JSON as on one thread, wherever the cut
** falls. Any difference aborts, and is a finding.
**
** Built and run by `make fuzz`, like the others.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit.h"

/* Diagnostics and JSON of src, on two threads or on one; the caller
** frees the text. */
static char *run(const Source *src, int two) {
  Ctx c;
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) abort();
  compile_init(&c, src);
  parse_file_split(&c, two ? 0 : UINT32_MAX);
  if (!c.syntax_errors && c.root) sema_check(&c);
  diag_finish(&c, NULL);
  diag_print_text(f, &c, 0);
  if (c.charter && !c.syntax_errors) emit_json(f, c.charter);
  fclose(f);
  compile_done(&c);
  return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  Source src;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  char *one = run(&src, 0), *two = run(&src, 1);
  if (strcmp(one, two) != 0) {
    fprintf(stderr, "on two threads, the result differs:\n--- one thread\n%s\n--- two\n%s\n",
            one, two);
    abort();
  }
  free(one);
  free(two);
  src_free(&src);
  return 0;
}
