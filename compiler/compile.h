/*
** One compilation: the context every phase receives (SQLite's Parse).
** There are no globals, so one process may compile many files, as a
** language server will.
*/
#ifndef WGC_COMPILE_H
#define WGC_COMPILE_H

#include <stdint.h>

#include "../runtime/arena.h"
#include "../runtime/date.h"
#include "../runtime/wg.h"
#include "diag.h"
#include "source.h"

typedef struct Decl Decl;

/* A growing list of byte ranges, in source order (malloc'ed). */
typedef struct SpanList {
  wg_span *v;
  uint32_t n, cap;
} SpanList;

/* A token is a view into the source; it owns nothing. */
typedef struct Token {
  uint32_t off, len;
  int kw; /* KIND and KEY: the keyword's wg_kind or Key, found once by the
             lexer so that the tree builder need not look it up again;
             TOKEN_UNQUOTED for a STRING that is a title written without
             quotes (parse_driver.c) */
} Token;

enum { TOKEN_UNQUOTED = -2 };

/* A brace that the indentation shows is missing (parse_braces.c): the
** parser is handed a `}` just before the token at `at`, or a `{` in place
** of the line end at `at`. `pair` is the brace it pairs with; `write`
** where the fix writes it. */
typedef struct BraceFix {
  uint32_t at, pair, write;
  int open;
} BraceFix;

/* Limits that keep hostile input from exhausting the stack or memory
** (WG108); docs/limits.md gives the reason for each. */
enum {
  MAX_DEPTH = 64,                 /* nested blocks */
  MAX_FILE = 64 * 1024 * 1024,    /* bytes in one file */
  MAX_TOKEN = 1024 * 1024,        /* bytes in one token */
  MAX_INTEGER = 1000000000        /* largest integer literal */
};

typedef struct Ctx {
  const Source *src;
  wg_arena *arena;
  wg_arena *decls;     /* declarations only, contiguous in source order: the
                          checker's passes over them then read memory in
                          sequence instead of jumping over their contents */
  DiagList diags;
  Decl *root;          /* the syntax tree; its children are the top level */
  int ndecls[WG_NKINDS]; /* declarations of each kind in the tree: the
                            checker sizes its arrays by them */
  uint32_t nvals, nprops, ndecl_nodes; /* nodes of each type: their numbers */
  struct Names *names; /* the names the parser has met, each kept once
                          (tree.c); freed when parsing ends */
  SpanList comments;   /* every comment, without its line end */
  SpanList skipped;    /* bytes the lexer rejected (WG104): reported, and
                          trivia to the tree as comments are */
  wg_charter *charter; /* the model, once the checker has built it */
  struct Sema *sema;   /* what the checker found, kept for queries (sema.h) */
  int syntax_errors;   /* lexical and syntax errors: the file is not checked */
  wg_date as_of;       /* --as-of, or WG_NODATE */
  /* Parser driver state (grammar.y). */
  void *parser;        /* Lemon's, while parse_part runs */
  int parse_error;     /* set by the parser on a syntax error */
  int fatal;           /* stop parsing: invalid UTF-8 or a limit exceeded */
  int where;           /* position within the current statement */
  int in_decl;         /* the current statement is a declaration */
  int depth;           /* open blocks */
  int eof_in_string;   /* a long string ran to the end of the file */
  int eof_in_broken;   /* so did a statement that did not parse */
  Token stmt_first;    /* the first token of the current statement */
  int stmt_code;       /* and its code */
  uint32_t stmt_at[MAX_DEPTH + 1]; /* where the statement open at each depth starts */
  uint32_t broken_from, broken_to; /* the bytes of the statement being skipped */
  const BraceFix *brace_fixes; /* braces to supply, in source order */
  int nbrace_fixes;
  SpanList unclosed;   /* `{` still open at the end of the file (closed there) */
  SpanList stray_closes; /* `}` that closed no block */
  Token last;          /* the last token accepted */
  int last_code;
  uint32_t open_at[MAX_DEPTH + 1]; /* offsets of the open '{' */
} Ctx;

/* A fresh context over src, allocating from its own arena. */
void compile_init(Ctx *c, const Source *src);

/* The same, for parsing `bytes` of src only (parse_file.c): its arenas
** are sized for those. */
void compile_init_part(Ctx *c, const Source *src, uint32_t bytes);

/* Frees the arena and the diagnostics. */
void compile_done(Ctx *c);

/* Empties c for parsing its source again, keeping its settings. */
void compile_reset(Ctx *c);

/* The n bytes at s in NFC (names that look alike compare alike), case
** folded too if casefold, NUL-terminated, in the arena. */
char *compile_normalize(Ctx *c, const char *s, size_t n, int casefold);

/* c's source with the first fix of each diagnostic applied (the safe
** ones only, if safe_only), in a malloc'ed buffer of *len bytes and a
** NUL; *applied gets how many fixes were (fix.c). */
char *fix_apply(const Ctx *c, int safe_only, size_t *len, int *applied);

/* Keeps bytes the lexer rejected as trivia (c->skipped), joined to the
** run just before them, so that a million stray bytes are one span. */
void compile_skip(Ctx *c, wg_span s);

/* Appends s to l. */
void compile_keep(SpanList *l, wg_span s);

/* Lexes and parses c->src into c->root, reporting WG1xx diagnostics
** (parse_file.c). */
void parse_file(Ctx *c);

/* The same, parsing in two threads when the file has parallel_min bytes
** or more (parse_file uses 1 MiB; the tests, every size); returns 1 if
** it did. */
int parse_file_split(Ctx *c, uint32_t parallel_min);

/* Runs the checker: builds c->charter and c->sema and reports
** WG2xx-WG7xx. Call only when parsing found no errors. */
void sema_check(Ctx *c);

/* Frees what sema_check kept outside the arena (compile_done calls it). */
void sema_free(struct Sema *s);

/* Parses then checks; the usual entry point. */
void compile(Ctx *c);

#endif
