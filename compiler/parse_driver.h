/*
** The parser's interface: Lemon's generated functions (build/grammar.c)
** and the hooks it calls back into the driver (parse_driver.c).
*/
#ifndef WGC_PARSE_DRIVER_H
#define WGC_PARSE_DRIVER_H

#include <stddef.h>

#include "compile.h"

void *ParseAlloc(void *(*alloc)(size_t), Ctx *c);
void ParseFree(void *p, void (*release)(void *));
void Parse(void *p, int code, Token t);

/* Re-arms error reporting after a recovered statement (grammar.y). */
void parse_rearm(void *p);

/* Reports a syntax error on token `code` (called by the parser). */
void parse_syntax_error(Ctx *c, int code, Token t);

#endif
