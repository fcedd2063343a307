/*
** libFuzzer target: the lexer alone, token after token to the end of
** the input or to a fatal limit, decoding every string as the parser
** would. The lexer may assume valid UTF-8 (parse_file rejects anything
** else first, WG101), so an input is cut at its first invalid byte:
** every input still reaches the lexer, within its contract.
*/
#include <stdint.h>
#include <stdlib.h>

#include "compile.h"
#include "grammar.h"
#include "lexer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0;
  Source src;
  Ctx c;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  int64_t bad = src_invalid_utf8(&src);
  if (bad >= 0) {
    src.len = (uint32_t)bad;
    src.text[bad] = 0; /* the sentinel the lexer relies on */
    if (src.bom > src.len) src.bom = 0;
  }
  compile_init(&c, &src);
  Lexer lx;
  Token t;
  lex_init(&lx, &c);
  int code;
  while ((code = lex_next(&lx, &t)) != 0 && !c.fatal)
    if (code == TK_STRING) lex_string_value(&c, t);
  compile_done(&c);
  src_free(&src);
  return 0;
}
