/*
** The parse driver: feeds the lexer's tokens to the Lemon parser and
** handles what a grammar cannot say well.
**
** - Statement ends: a newline right after ',' is dropped (lists wrap); a
**   newline before '{' is dropped when a declaration is open, so a block
**   may start on the next line; a statement may end directly at '}' or at
**   the end of the file, so a newline is fed before each of those.
** - Recovery: after a syntax error the rest of the statement is skipped,
**   braces and all, and parsing resumes at the next one, so one run
**   reports every syntax error and none twice.
** - Limits (WG108): blocks nest at most MAX_DEPTH deep, which also bounds
**   the parser's stack.
*/
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "grammar.h"
#include "lexer.h"
#include "parse_driver.h"
#include "schema.h"
#include "suggest.h"
#include "tree.h"
#include "../runtime/alloc.h"

/* Where the parser is within a statement, for "expected ..." messages. */
enum { AT_START, AT_KIND, AT_NAME, AT_TITLE, AT_KEY, AT_VALUE, AT_COMMA, AT_DOTDOT, AT_DOT, AT_BLOCK_END };

typedef struct Driver {
  Ctx *c;
  Lexer lx;
  void *parser;
  int recovering, skip_depth;
  int pending_nl; /* a newline seen and not yet fed */
  Token nl;
  int prev;       /* the last token code seen, newlines aside */
  int closing;    /* feeding the newline that ends a skipped statement */
  int fed;        /* the last token the parser accepted, or -1 after an error */
} Driver;

/* Follows the statement's shape as tokens are accepted. */
static void track(Ctx *c, int code, Token t) {
  int w = c->where;
  if (w == AT_START && code != TK_NL && code != TK_SEMI && code != TK_RBRACE)
    c->stmt_at[c->depth] = t.off;
  if (w == AT_START || w == AT_BLOCK_END) {
    c->stmt_first = t;
    c->stmt_code = code;
  }
  c->last = t;
  c->last_code = code;
  switch (code) {
  case TK_NL: case TK_SEMI: w = AT_START; break;
  case TK_LBRACE: w = AT_START; break;
  case TK_RBRACE: w = AT_BLOCK_END; c->in_decl = 1; break;
  case TK_KIND: w = AT_KIND; c->in_decl = 1; break;
  case TK_KEY: if (w == AT_START) c->in_decl = 0; w = AT_KEY; break;
  case TK_IDENT: if (w == AT_START) c->in_decl = 0; w = w == AT_START ? AT_KEY : w == AT_KIND ? AT_NAME : AT_VALUE; break;
  case TK_INTEGER: w = w == AT_KIND ? AT_NAME : AT_VALUE; break;
  case TK_STRING: w = w == AT_KIND || w == AT_NAME ? AT_TITLE : AT_VALUE; break;
  case TK_COMMA: w = AT_COMMA; break;
  case TK_DOTDOT: w = AT_DOTDOT; break;
  case TK_DOT: w = AT_DOT; break;
  default: w = AT_VALUE; break;
  }
  c->where = w;
}

static const char *expected(const Ctx *c) {
  switch (c->where) {
  case AT_START: return c->depth ? "a declaration, a property or `}`" : "a declaration or a property";
  case AT_KIND: return "a name, a title in quotes, a property, `{` or the end of the line";
  case AT_NAME: return "a title in quotes, a property, `{` or the end of the line";
  case AT_TITLE: return "a property, `{` or the end of the line";
  case AT_KEY: return c->in_decl ? "a value, another property, `{` or the end of the line"
                                 : "a value or the end of the line";
  case AT_VALUE: return c->in_decl ? "`,`, another property, `{` or the end of the line"
                                   : "`,` or the end of the line";
  case AT_COMMA: return "a value after `,`";
  case AT_DOTDOT: return "a date after `..`";
  case AT_DOT: return "a name or number after `.`";
  default: return "the end of the line after `}`";
  }
}

/* What was found, for the message. Fed-in newlines have no bytes: they
** stand for the '}' or the end of file that follows. */
static const char *found(Ctx *c, int code, Token t) {
  const char *s = c->src->text + t.off;
  char *buf;
  if (code == 0 || (t.len == 0 && t.off >= c->src->len)) return "the end of the file";
  if (t.len == 0) return "`}`";
  switch (code) {
  case TK_NL: return "the end of the line";
  case TK_STRING: return "a string";
  case TK_KIND: case TK_KEY: case TK_IDENT: case TK_INTEGER: case TK_DATE: {
    const char *what = code == TK_KIND ? "the keyword" : code == TK_KEY ? "the property" :
                       code == TK_IDENT ? "the name" : code == TK_INTEGER ? "the number" : "the date";
    int n = t.len > 40 ? 40 : (int)t.len;
    buf = wg_alloc(c->arena, 80);
    snprintf(buf, 80, "%s `%.*s%s`", what, n, s, t.len > 40 ? "..." : "");
    return buf;
  }
  default:
    buf = wg_alloc(c->arena, 8);
    snprintf(buf, 8, "`%.*s`", (int)(t.len < 4 ? t.len : 4), s);
    return buf;
  }
}

/* A statement that starts with a near miss of a kind keyword and then
** fails is a misspelt declaration: `deliverabel report "..." {`. */
static int misspelt_kind(Ctx *c) {
  if (c->stmt_code != TK_IDENT || c->where == AT_START) return 0;
  Token t = c->stmt_first;
  char *word = wg_strndup(c->arena, c->src->text + t.off, t.len);
  const char *hint = suggest(word, wg_kind_names, WG_NKINDS);
  if (!hint) return 0;
  diag_report(c, 107, (wg_span){t.off, t.len},
              "`%.60s` is not a kind of declaration; did you mean `%s`?", word, hint);
  return 1;
}

/* A keyword of version 2 where a name stands (LANGUAGE.md 5.10): a file
** written for version 1 may use it as one. The fix renames it. */
static int new_keyword(Ctx *c, int code, Token t) {
  if ((code != TK_KIND && code != TK_KEY) || !schema_new_keyword(code == TK_KIND, t.kw)) return 0;
  if (c->where != AT_KIND && c->where != AT_KEY && c->where != AT_COMMA) return 0;
  const char *w = wg_strndup(c->arena, c->src->text + t.off, t.len);
  if (c->where == AT_KIND)
    diag_report(c, 107, (wg_span){t.off, t.len}, "`%s` is a keyword since version 2 of the "
                "language, so it cannot be a name: rename it, as in `%.*s %s_1`, and where it "
                "is used", w, (int)c->stmt_first.len, c->src->text + c->stmt_first.off, w);
  else
    diag_report(c, 107, (wg_span){t.off, t.len}, "`%s` is a keyword since version 2 of the "
                "language, so it cannot be a name: rename what it names, as in `%s_1`", w, w);
  return 1;
}

void parse_syntax_error(Ctx *c, int code, Token t) {
  c->parse_error = 1;
  c->syntax_errors++;
  wg_span at = {t.off, t.len};
  if (code == TK_NL && t.len == 0 && t.off < c->src->len) at.len = 1; /* the '}' */
  if (c->where == AT_START && code == TK_RBRACE && c->depth == 0) {
    diag_report(c, 107, at, "%s", "this `}` closes no block: there is no `{` open");
    return;
  }
  if (code == 0 && c->eof_in_string) return; /* the open long string says it all */
  if (misspelt_kind(c) || new_keyword(c, code, t)) return;
  if (code == TK_DOTDOT && c->last_code == TK_INTEGER) {
    diag_report(c, 107, (wg_span){c->last.off, c->last.len + t.len},
                "a range runs between two dates: write the year `%.*s` as `%.*s-01`",
                (int)c->last.len, c->src->text + c->last.off, (int)c->last.len,
                c->src->text + c->last.off);
    return;
  }
  if (c->where == AT_START && code == 0 && c->depth > 0) {
    Diag *d = diag_report(c, 107, at, "%s", "the file ends inside a block: expected `}`");
    diag_note(c, d, (wg_span){c->open_at[c->depth - 1], 1}, "%s", "the block opened here");
    return;
  }
  diag_report(c, 107, at, "expected %s, found %s", expected(c), found(c, code, t));
}

Decl *parse_broken(Ctx *c) { return tree_broken(c, c->broken_from, c->broken_to); }

/* Starts the bytes of a broken statement: from its first token, or from
** t if the error is on the first; up to t, unless t ends statements (a
** `}` with no block open is a stray one, part of the broken statement). */
static void broken_start(Ctx *c, int code, Token t) {
  int at_start = c->where == AT_START;
  int ends = code == TK_NL || code == TK_SEMI || code == 0 || (code == TK_RBRACE && c->depth);
  c->broken_from = at_start ? t.off : c->stmt_at[c->depth];
  c->broken_to = !ends ? t.off + t.len : at_start ? t.off : c->last.off + c->last.len;
}

/* Extends them over a skipped token. */
static void broken_extend(Ctx *c, Token t) {
  if (t.len) c->broken_to = t.off + t.len;
}

static void feed_one(Driver *d, int code, Token t);
static void feed(Driver *d, int code, Token t);

/* Ends the statement being skipped: the parser has shifted its error
** token and waits for a statement end. */
static void close_statement(Driver *d, Token t) {
  d->recovering = 0;
  d->closing = 1;
  feed_one(d, TK_NL, (Token){t.off, 0, -1});
  d->closing = 0;
}

/* Skips the rest of a statement that had a syntax error, braces and all;
** `rejected` tells that the parser refused this very token. */
static void skip(Driver *d, int code, Token t, int rejected) {
  if (!rejected && (d->skip_depth > 0 || (code != TK_NL && code != TK_SEMI && code != 0 &&
                                          code != TK_RBRACE)))
    broken_extend(d->c, t);
  if (code == TK_LBRACE) {
    d->skip_depth++;
  } else if (code == TK_RBRACE && d->skip_depth > 0) {
    d->skip_depth--;
  } else if (d->skip_depth > 0) {
    return; /* inside a block being skipped */
  } else if (code == TK_NL || code == TK_SEMI) {
    close_statement(d, t);
  } else if (code == TK_RBRACE || code == 0) {
    if (rejected) d->recovering = 0; /* an unmatched '}' or the end: nothing to resume */
    else {
      close_statement(d, t);
      feed(d, code, t);
    }
    if (rejected && code == TK_RBRACE) close_statement(d, t);
  }
}

/* WG108 before a block would open past MAX_DEPTH. */
static void check_depth(Driver *d, Token t) {
  Ctx *c = d->c;
  if (c->depth < MAX_DEPTH) return;
  diag_report(c, 108, (wg_span){t.off, 1}, "blocks nest deeper than %d levels here, the limit",
              MAX_DEPTH);
  c->syntax_errors++;
  c->fatal = 1;
}

/* Hands one token to the parser; on a syntax error, starts recovery. */
static void feed_one(Driver *d, int code, Token t) {
  Ctx *c = d->c;
  if (c->fatal) return;
  if (code == TK_LBRACE) check_depth(d, t);
  if (c->fatal) return;
  c->parse_error = 0;
  wg_Parse(d->parser, code, t);
  d->fed = c->parse_error ? -1 : code;
  if (!c->parse_error) {
    if (code == TK_RBRACE) c->depth--;
    if (code == TK_LBRACE) c->open_at[c->depth++] = t.off;
    track(c, code, t);
    if (code == TK_NL || code == TK_SEMI) parse_rearm(d->parser);
    return;
  }
  if (!d->closing) broken_start(c, code, t);
  c->where = AT_START;
  if (d->closing) return; /* not even a statement end fits: give up on it */
  d->recovering = 1;
  d->skip_depth = 0;
  skip(d, code, t, 1);
}

/* Whether the parser stands between statements, where a newline ends
** nothing: after a statement end or a block's `{`. Such newlines (one
** a block) are not fed: 9% of the parser's tokens at 100,000 items. */
static int between_statements(const Driver *d) {
  return d->fed == TK_NL || d->fed == TK_SEMI || d->fed == TK_LBRACE;
}

/* A '}' or the end of the file also ends the statement before it. */
static void feed(Driver *d, int code, Token t) {
  if ((code == TK_RBRACE || code == 0) && !between_statements(d))
    feed_one(d, TK_NL, (Token){t.off, 0, -1});
  if (d->recovering) skip(d, code, t, 0);
  else if (code != TK_NL || !between_statements(d)) feed_one(d, code, t);
}

static void deliver(Driver *d, int code, Token t) {
  if (d->recovering) skip(d, code, t, 0);
  else feed(d, code, t);
}

/* A newline waits for the next token: it is dropped after ',' (lists
** wrap) and before a '{' that continues an open declaration. */
static void next_token(Driver *d, int code, Token t) {
  if (code == TK_NL) {
    if (d->prev != TK_COMMA && !d->pending_nl) {
      d->pending_nl = 1;
      d->nl = t;
    }
    return;
  }
  if (d->pending_nl) {
    Ctx *c = d->c;
    int open_decl = c->in_decl && c->where != AT_START && c->where != AT_BLOCK_END;
    d->pending_nl = 0;
    if (!(code == TK_LBRACE && open_decl && !d->recovering)) deliver(d, TK_NL, d->nl);
  }
  deliver(d, code, t);
  d->prev = code;
}

void parse_part(Ctx *c, uint32_t from, uint32_t to) {
  Driver d = {.c = c, .prev = TK_NL, .fed = TK_NL};
  lex_init(&d.lx, c);
  if (from > c->src->bom) d.lx.cur = (const unsigned char *)c->src->text + from;
  /* Kept in c, so that compile_done frees it if memory runs out midway. */
  d.parser = c->parser = wg_ParseAlloc(wg_xmalloc, c);
  for (;;) {
    Token t;
    int code = lex_next(&d.lx, &t);
    if (c->fatal) break;
    if (code && t.off >= to) code = 0, t = (Token){to, 0, -1}; /* the part ends */
    else if (t.off + t.len > to) c->fatal = c->syntax_errors = 1; /* a token runs past it */
    if (c->fatal) break;
    next_token(&d, code, t);
    if (code == 0 || c->fatal) break;
  }
  wg_ParseFree(d.parser, free);
  c->parser = NULL;
}
