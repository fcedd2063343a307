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
#include <stdio.h>
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
  int next_fix;   /* the next of c->brace_fixes to supply */
  int gathering;  /* words of a title written without quotes, so far in title */
  Token title;
  int holding;    /* a word that may be a misspelt kind keyword, in held */
  Token held;
  int held_kind;  /* the kind it would be */
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
  int several;
  const char *hint = suggest_one(word, wg_kind_names, WG_NKINDS, &several);
  if (!hint) return 0;
  Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){t.off, t.len},
                        "`%.60s` is not a kind of declaration; did you mean `%s`?", word, hint);
  /* Not safe: the statement broke for some reason after the keyword too. */
  diag_fix_replace(c, g, 0, (wg_span){t.off, t.len}, hint);
  (void)several;
  return 1;
}

/* A keyword of version 2 where a reference stands (docs/language.md):
** a file written for version 1 may name something by it. (Where a
** declaration is named, keyword_as_name says so.) */
static int new_keyword(Ctx *c, int code, Token t) {
  if ((code != TK_KIND && code != TK_KEY) || !schema_new_keyword(code == TK_KIND, t.kw)) return 0;
  if (c->where != AT_KEY && c->where != AT_COMMA) return 0;
  const char *w = wg_strndup(c->arena, c->src->text + t.off, t.len);
  diag_report(c, RULE_SYNTAX_ERROR, (wg_span){t.off, t.len},
              "`%s` is a keyword of the language since "
              "version 2 and cannot be a name: rename what it names, such as `%s_1`",
              w, w);
  return 1;
}

void parse_syntax_error(Ctx *c, int code, Token t) {
  c->parse_error = 1;
  c->syntax_errors++;
  wg_span at = {t.off, t.len};
  if (code == TK_NL && t.len == 0 && t.off < c->src->len) at.len = 1; /* the '}' */
  if (c->where == AT_START && code == TK_RBRACE && c->depth == 0) {
    diag_report(c, RULE_SYNTAX_ERROR, at, "%s", "this `}` closes no block: there is no `{` open");
    if (!c->stray_closes.n) compile_keep(&c->stray_closes, at); /* the first is the one */
    return;
  }
  if (code == 0 && c->eof_in_string) return; /* the open long string says it all */
  if (misspelt_kind(c) || new_keyword(c, code, t)) return;
  if (code == TK_DOTDOT && c->last_code == TK_INTEGER) {
    diag_report(c, RULE_SYNTAX_ERROR, (wg_span){c->last.off, c->last.len + t.len},
                "a range runs between two dates: write the year `%.*s` as `%.*s-01`",
                (int)c->last.len, c->src->text + c->last.off, (int)c->last.len,
                c->src->text + c->last.off);
    return;
  }
  if (c->where == AT_START && code == 0 && c->depth > 0) {
    Diag *d = diag_report(c, RULE_SYNTAX_ERROR, at, "%s",
                          "the file ends inside a block: expected `}`");
    diag_note(c, d, (wg_span){c->open_at[c->depth - 1], 1}, "%s", "the block opened here");
    return;
  }
  diag_report(c, RULE_SYNTAX_ERROR, at, "expected %s, found %s", expected(c), found(c, code, t));
}

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
  diag_report(c, RULE_LIMIT_EXCEEDED, (wg_span){t.off, 1},
              "blocks nest deeper than %d levels here, the limit", MAX_DEPTH);
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

/* --- Tokens the parser is given that the text lacks --------------------- */

/* The line holding off: where it starts, and its indentation's bytes. */
static uint32_t line_start(const Ctx *c, uint32_t off) {
  while (off > 0 && c->src->text[off - 1] != '\n') off--;
  return off;
}

static char *indentation(Ctx *c, uint32_t off) {
  uint32_t s = line_start(c, off), e = s;
  while (c->src->text[e] == ' ' || c->src->text[e] == '\t') e++;
  return wg_strndup(c->arena, c->src->text + s, e - s);
}

static int line_of(Ctx *c, uint32_t off) {
  int line, col;
  src_position((Source *)c->src, off, &line, &col);
  return line;
}

/* A `}` missing before token t, which starts a line (parse_braces.c). */
static void supply_close(Driver *d, const BraceFix *f, Token t) {
  Ctx *c = d->c;
  Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){t.off, t.len},
                        "the block opened on line %d is not closed: a `}` is missing before "
                        "this line", line_of(c, f->pair));
  diag_note(c, g, (wg_span){f->pair, 1}, "%s", "the block opened here");
  char *text = wg_alloc(c->arena, 256);
  snprintf(text, 256, "%.200s}\n", indentation(c, f->pair));
  diag_fix1(c, g, 0, (wg_span){f->write, 0}, text, "close the block");
  c->syntax_errors++;
  deliver(d, TK_RBRACE, (Token){f->at, 0, -1});
  deliver(d, TK_NL, (Token){f->at, 0, -1});
}

/* A `{` missing at the end of a declaration's line, in place of its
** line end t. */
static void supply_open(Driver *d, const BraceFix *f) {
  Ctx *c = d->c;
  Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){f->write, 0}, "%s",
                        "this declaration's block has no `{`: write it at the end of the line");
  diag_note(c, g, (wg_span){f->pair, 1}, "%s", "its block closes here");
  diag_fix1(c, g, 0, (wg_span){f->write, 0}, " {", "open the block");
  c->syntax_errors++;
  deliver(d, TK_LBRACE, (Token){f->at, 0, -1});
}

/* Supplies the braces due before token t; 1 if t is the line end that
** a `{` replaces. */
static int supply_braces(Driver *d, int code, Token t) {
  Ctx *c = d->c;
  for (; d->next_fix < c->nbrace_fixes; d->next_fix++) {
    const BraceFix *f = &c->brace_fixes[d->next_fix];
    if (f->open && code == TK_NL && t.off == f->at) {
      d->next_fix++;
      supply_open(d, f);
      return 1;
    }
    if (f->open) {
      if (t.off <= f->at) return 0;
      continue; /* its line end never came: not supplied */
    }
    if (code == TK_NL || t.off < f->at) return 0;
    if (d->pending_nl) {
      d->pending_nl = 0;
      deliver(d, TK_NL, d->nl);
    }
    supply_close(d, f, t);
  }
  return 0;
}

/* At the end of the file, a `}` for each block still open, so that what
** they hold is checked; where each should have closed is for
** parse_braces.c to find. */
static void close_at_end(Driver *d, Token t) {
  Ctx *c = d->c;
  while (c->depth > 0 && !c->fatal) {
    compile_keep(&c->unclosed, (wg_span){c->open_at[c->depth - 1], 1});
    c->syntax_errors++;
    deliver(d, TK_NL, (Token){t.off, 0, -1});
    deliver(d, TK_RBRACE, (Token){t.off, 0, -1});
  }
}

/* --- Words the parser is given as what they were meant to be ------------ */

/* `body CSTD Commission on Science`: after a declaration's name, words
** that are no property it takes are its title without quotes. They are
** gathered into one STRING, reported once, with the quotes as the fix. */
static int title_word(const Driver *d, int code, Token t) {
  const Ctx *c = d->c;
  if (d->pending_nl || c->where != AT_NAME || !c->in_decl || c->stmt_code != TK_KIND) return 0;
  if (code == TK_IDENT) return 1;
  return code == TK_KEY && !schema_prop(c->stmt_first.kw, t.kw) && t.kw != KEY_NOTE &&
         t.kw != KEY_LINK && t.kw != KEY_ALLOW;
}

static int gather_title(Driver *d, int code, Token t) {
  if (!d->gathering) {
    if (!title_word(d, code, t)) return 0;
    d->gathering = 1;
    d->title = t;
    return 1;
  }
  int more = code == TK_IDENT || code == TK_INTEGER || code == TK_DATE || code == TK_DOT ||
             code == TK_COMMA || (code == TK_KEY && !schema_prop(d->c->stmt_first.kw, t.kw)) ||
             code == TK_KIND;
  if (more) {
    d->title.len = t.off + t.len - d->title.off;
    return 1;
  }
  Ctx *c = d->c;
  const char *words = wg_strndup(c->arena, c->src->text + d->title.off, d->title.len);
  d->gathering = 0;
  if (code == TK_STRING) { /* the title follows: the words are out of place */
    Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){d->title.off, d->title.len},
                          "`%.60s` is out of place between the name and the title", words);
    diag_fix1(c, g, 0, (wg_span){d->title.off, t.off - d->title.off}, "", "remove it");
    compile_skip(c, (wg_span){d->title.off, d->title.len}); /* trivia now, as stray bytes */
    c->syntax_errors++;
    return 0;
  }
  Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){d->title.off, d->title.len},
                        "put the title in quotes: `\"%.60s\"`", words);
  /* A stray character among the words makes the quoting a guess. */
  const SpanList *sk = &c->skipped;
  int clean = !sk->n || sk->v[sk->n - 1].off + sk->v[sk->n - 1].len <= d->title.off;
  Fix *f = diag_fix(c, g, clean, "%s", "put the title in quotes");
  diag_edit(c, f, (wg_span){d->title.off, 0}, "\"");
  diag_edit(c, f, (wg_span){d->title.off + d->title.len, 0}, "\"");
  c->syntax_errors++;
  deliver(d, TK_STRING, (Token){d->title.off, d->title.len, TOKEN_UNQUOTED});
  return 0;
}

/* `group members "M"`: a keyword where a declaration must be named is
** taken as its name, once reported, so the declaration is still checked. */
static int keyword_as_name(Driver *d, int *code, Token t) {
  Ctx *c = d->c;
  if (d->pending_nl || c->where != AT_KIND || (*code != TK_KEY && *code != TK_KIND)) return 0;
  const KindSpec *k = &schema_kinds[c->stmt_first.kw];
  if (k->name != NAME_REQUIRED) return 0;
  const char *word = wg_strndup(c->arena, c->src->text + t.off, t.len);
  diag_report(c, RULE_SYNTAX_ERROR, (wg_span){t.off, t.len},
              "`%s` is a keyword of the language%s and cannot name %s: choose another name, "
              "such as `%s_%s`", word,
              schema_new_keyword(*code == TK_KIND, t.kw) ? " since version 2" : "",
              schema_kind_phrase(c->stmt_first.kw), word, wg_kind_names[c->stmt_first.kw]);
  c->syntax_errors++;
  *code = TK_IDENT;
  return 1;
}

/* `deliverabel report "Report" {`: a word at the start of a statement
** that is a near miss of one kind keyword, followed by a name or a title,
** is that kind, once reported: the declaration is checked. Followed by
** anything else, it is the word it is. */
static void deliver_token(Driver *d, int code, Token t);

static int misspelt_keyword(Driver *d, int code, Token t) {
  Ctx *c = d->c;
  if (d->holding) {
    d->holding = 0;
    int kind = code == TK_IDENT || code == TK_INTEGER || code == TK_STRING;
    if (kind) {
      const char *word = wg_strndup(c->arena, c->src->text + d->held.off, d->held.len);
      const char *hint = wg_kind_names[d->held_kind];
      Diag *g = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){d->held.off, d->held.len},
                            "`%.60s` is not a kind of declaration; did you mean `%s`?", word, hint);
      diag_fix_replace(c, g, 1, (wg_span){d->held.off, d->held.len}, hint);
      c->syntax_errors++;
      d->held.kw = d->held_kind;
    }
    deliver_token(d, kind ? TK_KIND : TK_IDENT, d->held);
    return 0;
  }
  if (code != TK_IDENT || d->recovering) return 0;
  if (d->pending_nl) { /* the line before ends first: this one starts a statement */
    d->pending_nl = 0;
    deliver(d, TK_NL, d->nl);
  }
  if (c->where != AT_START) return 0;
  const char *word = wg_strndup(c->arena, c->src->text + t.off, t.len);
  int several, index;
  const char *hint = suggest_one(word, wg_kind_names, WG_NKINDS, &several);
  if (!hint || several || schema_keyword(hint, (unsigned)strlen(hint), &index) != SCHEMA_KIND_WORD)
    return 0;
  d->holding = 1;
  d->held = t;
  d->held_kind = index;
  return 1;
}

/* A newline waits for the next token: it is dropped after ',' (lists
** wrap) and before a '{' that continues an open declaration. */
static void next_token(Driver *d, int code, Token t) {
  if (misspelt_keyword(d, code, t)) return;
  deliver_token(d, code, t);
}

static void deliver_token(Driver *d, int code, Token t) {
  if (gather_title(d, code, t)) return; /* first: a line end ends the title */
  if (d->c->nbrace_fixes && supply_braces(d, code, t)) return;
  if (!d->recovering) keyword_as_name(d, &code, t);
  if (code == 0) {
    if (d->pending_nl) {
      d->pending_nl = 0;
      deliver(d, TK_NL, d->nl);
    }
    if (d->recovering) {
      d->c->eof_in_broken = 1;
      close_statement(d, t);
    }
    close_at_end(d, t);
  }
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
