/*
** libFuzzer target: the syntax tree is lossless and read-only. Whatever
** the input, if it parses to a tree (it does unless it is not UTF-8 or
** breaks a limit), the tree writes it back byte for byte (tree_print),
** and checking it leaves every node as it was. Either failing aborts.
**
** Built and run by `make fuzz`, like the others.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../unit/tree_digest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  Source src;
  Ctx c;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  compile_init(&c, &src);
  parse_file(&c);
  if (c.root) {
    char *out = malloc(size + 1);
    if (!out) abort();
    if (tree_print(&c, out) != 0 || memcmp(out, src.text, size) != 0) {
      fprintf(stderr, "the tree does not write the input back\n");
      abort();
    }
    free(out);
    uint64_t before = tree_digest(&c);
    sema_check(&c);
    if (tree_digest(&c) != before) {
      fprintf(stderr, "the checker changed the tree\n");
      abort();
    }
  }
  compile_done(&c);
  src_free(&src);
  return 0;
}
