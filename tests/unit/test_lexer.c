/* Unit tests for the lexer: token codes and spans, and each lexical
** error with the stand-in token that lets parsing go on. */
#include "grammar.h"
#include "lexer.h"
#include "unit.h"

/* Lexes text; writes up to max codes into out and returns the count. */
static int lex_all(const char *text, int *out, Token *toks, int max, int *errors) {
  Source src;
  Ctx c;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(&c, &src);
  Lexer lx;
  lex_init(&lx, &c);
  int n = 0;
  for (;;) {
    Token t;
    int code = lex_next(&lx, &t);
    if (n < max) {
      out[n] = code;
      if (toks) toks[n] = t;
    }
    n++;
    if (code == 0 || c.fatal) break;
  }
  *errors = c.syntax_errors;
  compile_done(&c);
  src_free(&src);
  return n;
}

static void test_kinds(void) {
  int codes[32], err;
  Token t[32];
  int n = lex_all("working_group WGEC \"t\" { seats 5; on 2013-05..2013-06-30 }\n", codes, t, 32, &err);
  int want[] = {TK_KIND, TK_IDENT, TK_STRING, TK_LBRACE, TK_KEY, TK_INTEGER, TK_SEMI,
                TK_KEY, TK_DATE, TK_DOTDOT, TK_DATE, TK_RBRACE, TK_NL, 0};
  CHECK_INT(n, 14);
  for (int i = 0; i < 14 && i < n; i++) CHECK_INT(codes[i], want[i]);
  CHECK_INT(err, 0);
  CHECK_INT(t[1].off, 14);
  CHECK_INT(t[1].len, 4);
}

static void test_identifiers(void) {
  int codes[16], err;
  Token t[16];
  /* Hyphens inside, Unicode letters, a trailing hyphen is not part of it. */
  int n = lex_all("wg-strategy Genève member_states a.1 x-", codes, t, 16, &err);
  CHECK_INT(codes[0], TK_IDENT);
  CHECK_INT(t[0].len, 11);
  CHECK_INT(codes[1], TK_IDENT);
  CHECK_INT(t[1].len, 7); /* è is two bytes */
  CHECK_INT(codes[2], TK_IDENT);
  CHECK_INT(codes[3], TK_IDENT);
  CHECK_INT(codes[4], TK_DOT);
  CHECK_INT(codes[5], TK_INTEGER);
  CHECK_INT(codes[6], TK_IDENT);
  CHECK_INT(t[6].len, 1);
  CHECK_INT(codes[7], TK_MINUS); /* a '-' alone: the sign of an offset (version 2) */
  CHECK_INT(err, 0);
  CHECK_INT(n, 9);
}

/* Version 2: quarters, and the signs of offsets (LANGUAGE.md 5.1, 5.2). */
static void test_quarters_and_signs(void) {
  int codes[16], err;
  Token t[16];
  int n = lex_all("2025-Q1 M2 + 2 weeks cr - 3 months", codes, t, 16, &err);
  CHECK_INT(n, 10); /* nine tokens and the end */
  CHECK_INT(codes[0], TK_DATE);
  CHECK_INT(t[0].len, 7);
  CHECK_INT(codes[2], TK_PLUS);
  CHECK_INT(codes[6], TK_MINUS);
  CHECK_INT(err, 0);
  lex_all("2025-Q5", codes, t, 16, &err);
  CHECK_INT(err, 1);
  lex_all("2025-q1", codes, t, 16, &err);
  CHECK_INT(err, 1);
  n = lex_all("2014-05-12-2014-05-16", codes, t, 16, &err); /* a dash for `..` */
  CHECK_INT(codes[1], TK_DOTDOT);
  CHECK_INT(err, 1);
}

static void test_newlines_and_comments(void) {
  int codes[16], err;
  int n = lex_all("\xEF\xBB\xBF# comment\r\nbody B # trailing\r\n\t\n", codes, NULL, 16, &err);
  int want[] = {TK_NL, TK_KIND, TK_IDENT, TK_NL, TK_NL, 0};
  CHECK_INT(n, 6);
  for (int i = 0; i < 6 && i < n; i++) CHECK_INT(codes[i], want[i]);
  CHECK_INT(err, 0);
}

static void test_strings(void) {
  int codes[8], err;
  lex_all("\"a \\\" \\\\ \\n \\t \\u{1F600}\" \"\"\"two\nlines\"\"\"", codes, NULL, 8, &err);
  CHECK_INT(codes[0], TK_STRING);
  CHECK_INT(codes[1], TK_STRING);
  CHECK_INT(err, 0);
  Source src;
  Ctx c;
  const char *text = "\"a\\\"b\\u{E8}\\n\" \"\"\"x\r\ny\"\"\"";
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(&c, &src);
  CHECK_STR(lex_string_value(&c, (Token){0, 14, -1}), "a\"b\xC3\xA8\n");
  CHECK_STR(lex_string_value(&c, (Token){15, 10, -1}), "x\ny");
  compile_done(&c);
  src_free(&src);
}

/* Each lexical error is reported once and lexing goes on. */
static void test_errors(void) {
  int codes[16], err;
  lex_all("\"open\n", codes, NULL, 16, &err);
  CHECK_INT(codes[0], TK_STRING);
  CHECK_INT(err, 1);
  lex_all("\"\\q\" \"\\u{D800}\" \"\\u{110000}\" \"\\u{}\"", codes, NULL, 16, &err);
  CHECK_INT(err, 4);
  lex_all("@ x", codes, NULL, 16, &err);
  CHECK_INT(codes[0], TK_IDENT);
  CHECK_INT(err, 1);
  lex_all("2013-02-30 2013-13 2013-5-1 2012-02-29", codes, NULL, 16, &err);
  CHECK_INT(codes[0], TK_DATE);
  CHECK_INT(codes[3], TK_DATE);
  CHECK_INT(err, 3);
  lex_all("1000000000 1000000001 007", codes, NULL, 16, &err);
  CHECK_INT(codes[1], TK_INTEGER);
  CHECK_INT(err, 2);
  int n = lex_all("a\0b", codes, NULL, 16, &err);
  CHECK_INT(n, 2); /* the NUL is the sentinel: "a" then the end */
  lex_all("\xE2\x80\x9Cquoted\xE2\x80\x9D x", codes, NULL, 16, &err);
  CHECK_INT(codes[0], TK_STRING);
  CHECK_INT(codes[1], TK_IDENT);
  CHECK_INT(err, 1);
  lex_all("\"\"\"never closed\n", codes, NULL, 16, &err);
  CHECK_INT(codes[0], TK_STRING);
  CHECK_INT(err, 1);
}

/* An embedded NUL, as a file can hold, is an unexpected character. */
static void test_embedded_nul(void) {
  Source src;
  Ctx c;
  src_from_memory(&src, "t.wg", "a\0b\n", 4);
  compile_init(&c, &src);
  Lexer lx;
  lex_init(&lx, &c);
  Token t;
  CHECK_INT(lex_next(&lx, &t), TK_IDENT);
  CHECK_INT(lex_next(&lx, &t), TK_IDENT);
  CHECK_INT(t.off, 2);
  CHECK_INT(c.syntax_errors, 1);
  CHECK_INT(lex_next(&lx, &t), TK_NL);
  CHECK_INT(lex_next(&lx, &t), 0);
  compile_done(&c);
  src_free(&src);
}

int main(void) {
  test_kinds();
  test_identifiers();
  test_quarters_and_signs();
  test_newlines_and_comments();
  test_strings();
  test_errors();
  test_embedded_nul();
  UNIT_END();
}
