/*
** The parser's interface: Lemon's generated functions (build/grammar.c)
** and the hooks it calls back into the driver (parse_driver.c).
*/
#ifndef WGC_PARSE_DRIVER_H
#define WGC_PARSE_DRIVER_H

#include <stddef.h>
#include <stdint.h>

#include "compile.h"

void *wg_ParseAlloc(void *(*alloc)(size_t), Ctx *c);
void wg_ParseFree(void *p, void (*release)(void *));
void wg_Parse(void *p, int code, Token t);

/* Lexes and parses the source from offset `from` to offset `to` into
** c->root, as a file of its own: a part that ends (at `to`) where the
** file does, or at the start of a line between two top-level statements
** (parse_file.c). A token that runs past `to` sets c->fatal: the part
** was not cut between statements. */
void parse_part(Ctx *c, uint32_t from, uint32_t to);

/* Parses all of c's source, supplying the braces that the indentation
** shows are missing (parse_braces.c). */
void parse_whole(Ctx *c);

/* Where the brace is that would balance c's braces (parse_braces.c):
** 1 and *out, or 0 when the indentation does not say. */
int parse_braces_find(const Ctx *c, BraceFix *out);

/* Re-arms error reporting after a recovered statement (grammar.y). */
void parse_rearm(void *p);

/* Reports a syntax error on token `code` (called by the parser). */
void parse_syntax_error(Ctx *c, int code, Token t);

#endif
