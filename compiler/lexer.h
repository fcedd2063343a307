/*
** The lexer: turns the source into tokens whose codes are the parser's
** own (grammar.h), reporting lexical errors (WG102-WG108) as it goes and
** returning a stand-in token after each, so that one mistake is one
** diagnostic and parsing carries on.
*/
#ifndef WGC_LEXER_H
#define WGC_LEXER_H

#include "compile.h"

typedef struct Lexer {
  Ctx *c;
  const unsigned char *cur, *end; /* *end is the NUL sentinel */
  int kw;                         /* the last keyword's index (Token.kw) */
} Lexer;

/* A lexer at the start of c's source (after any byte-order mark). */
void lex_init(Lexer *lx, Ctx *c);

/* The next token into *t; returns its code, or 0 at the end of input. */
int lex_next(Lexer *lx, Token *t);

/* Decodes a STRING token's text into a NUL-terminated string. */
char *lex_string_value(Ctx *c, Token t);

#endif
