/*
** The lexer: turns the source into tokens whose codes are the parser's
** own (grammar.h), reporting lexical errors (WG102-WG108) as it goes and
** returning a stand-in token after each, so that one mistake is one
** diagnostic and parsing carries on.
*/
#ifndef WGC_LEXER_H
#define WGC_LEXER_H

#include "compile.h"

typedef const unsigned char uchar;

typedef struct Lexer {
  Ctx *c;
  uchar *cur, *end; /* *end is the NUL sentinel */
  int kw;           /* the last keyword's index (Token.kw) */
  int prev;         /* the last token's code, 0 at the start */
  Token prev_tok;
  char shown[16];   /* lex_show_char's */
} Lexer;

/* A lexer at the start of c's source (after any byte-order mark). */
void lex_init(Lexer *lx, Ctx *c);

/* The next token into *t; returns its code, or 0 at the end of input. */
int lex_next(Lexer *lx, Token *t);

/* Decodes a STRING token's text into a NUL-terminated string. */
char *lex_string_value(Ctx *c, Token t);

/* --- Inside the lexer (lexer.re and lexer_mistakes.c) ------------------ */

/* The bytes from `from` to `to`, as a span of the source. */
wg_span lex_span(const Lexer *lx, uchar *from, uchar *to);

/* Reports a lexical error over those bytes; the message is fmt with arg. */
Diag *lex_report(Lexer *lx, RuleCode code, uchar *from, uchar *to, const char *fmt, const char *arg);

/* The code point at p, and its length in bytes. */
int32_t lex_decode(uchar *p, int *len);

/* Checks the character at p inside a "..." string (an escape, or a
** control character: reported); returns where the next one starts. */
uchar *lex_string_char(Lexer *lx, uchar *p);

/* The character at p, quoted for a message ("`@`", "U+0000"), valid
** until the next call. */
const char *lex_show_char(Lexer *lx, uchar *p);

/* Drafting mistakes, each one diagnostic with its fix (lexer_mistakes.c;
** docs/rules.md lists them). Each returns where the token it makes, or
** the trivia it skips, ends. */

/* `// ...` or `/ * ... * /` as a comment. */
uchar *lex_slash_comment(Lexer *lx, uchar *tok);

/* A date written day first (`12/05/2014`, `12.05.2014`) or with slashes
** (`2014/05/12`), from tok to end: a DATE token that is reported. */
void lex_odd_date(Lexer *lx, uchar *tok, uchar *end);

/* A date with a one-digit month or day (`2014-5-1`) as it is written
** (`2014-05-01`), or NULL if that is not all that is wrong with it. */
const char *lex_padded_date(Lexer *lx, uchar *tok, uchar *end);

/* Whether the token from tok to end stands apart from its neighbours,
** so that a fix rewriting it cannot join it to one (`2014/05/1013`). */
int lex_apart(Lexer *lx, uchar *tok, uchar *end);

/* A string between typographic or single quotes, opened at `open` by
** a quote of oplen bytes. */
uchar *lex_odd_string(Lexer *lx, uchar *open, int oplen);

/* A character that starts no token, cp at tok (n bytes). Returns the
** code of the token it stands for (a dash between two dates is `..`),
** or 0 when it is skipped as trivia. */
int lex_stray(Lexer *lx, uchar *tok, int n, int32_t cp);

#endif
