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

#include "../unit/fmt_facts.h"
#include "fmt.h"

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

/* The facts of n bytes at text (tests/unit/fmt_facts.h). */
static char *facts(const char *text, size_t n) {
  Source src;
  src_from_memory(&src, "fuzz.wg", text, (uint32_t)n);
  char *out = fmt_facts(&src);
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
