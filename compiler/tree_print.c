/*
** The source written back from the syntax tree, the proof that the tree
** is lossless (docs/library.md): every token is a node's (a keyword, a
** name, a title, a key, a value, a brace, the newline or `;` that ended
** a statement, a broken statement's bytes), and what lies between two
** of them may only be trivia: spaces, line ends, comments and stray
** characters (each one the lexer kept), the commas of a value list and
** empty statements (`;`).
*/
#include "tree.h"

#include <string.h>

typedef struct Printer {
  const Ctx *c;
  char *out;
  uint32_t at;      /* bytes written so far */
  uint32_t comment; /* the next comment, in c->comments */
  uint32_t skipped; /* the next stray character, in c->skipped */
  int bad;          /* a byte that no node accounts for was met */
} Printer;

/* Copies the trivia up to offset to; `commas` of them may be commas. */
static void trivia(Printer *p, uint32_t to, int commas) {
  const Ctx *c = p->c;
  const char *s = c->src->text;
  const SpanList *cs = &c->comments, *ss = &c->skipped;
  while (p->comment < cs->n && cs->v[p->comment].off < p->at) p->comment++;
  while (p->skipped < ss->n && ss->v[p->skipped].off < p->at) p->skipped++;
  for (uint32_t i = p->at; i < to && !p->bad; i++) {
    char ch = s[i];
    while (p->skipped < ss->n && ss->v[p->skipped].off < i) p->skipped++;
    while (p->comment < cs->n && cs->v[p->comment].off < i) p->comment++;
    if (p->skipped < ss->n && ss->v[p->skipped].off == i) {
      i += ss->v[p->skipped++].len - 1;
      continue;
    }
    if (ch == '#' && p->comment < cs->n && cs->v[p->comment].off == i) {
      i += cs->v[p->comment++].len - 1;
      continue;
    }
    if (i < c->src->bom || ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == ';')
      continue;
    if (ch == ',' && commas > 0) {
      commas--;
      continue;
    }
    p->bad = 1;
  }
  if (p->bad) return;
  memcpy(p->out + p->at, s + p->at, to - p->at);
  p->at = to;
}

/* Copies the trivia before a token, then the token. */
static void token(Printer *p, wg_span t, int commas) {
  if (p->bad || t.off < p->at) {
    p->bad = 1;
    return;
  }
  trivia(p, t.off, commas);
  if (p->bad) return;
  memcpy(p->out + t.off, p->c->src->text + t.off, t.len);
  p->at = t.off + t.len;
}

/* The newline (LF or CRLF) or `;` at off, if a statement ended there. */
static void statement_end(Printer *p, uint32_t off) {
  if (off == TREE_NONE) return;
  token(p, (wg_span){off, p->c->src->text[off] == '\r' ? 2u : 1u}, 0);
}

static void print_prop(Printer *p, const Prop *prop) {
  token(p, tree_key_at(prop), 0);
  for (const Value *v = prop->vals; v; v = v->next) token(p, v->at, v != prop->vals);
  if (!prop->inline_) statement_end(p, prop->end);
}

static void print_decl(Printer *p, const Decl *d);

/* A block's statements in source order: its properties (those written
** in the block) and its declarations interleave. */
static void print_block(Printer *p, const Decl *d) {
  const Prop *prop = d->props;
  while (prop && prop->inline_) prop = prop->next;
  const Decl *k = d->children;
  while (prop || k) {
    if (prop && (!k || prop->at.off < k->at.off)) {
      print_prop(p, prop);
      prop = prop->next;
    } else {
      print_decl(p, k);
      k = k->next;
    }
  }
}

static void print_decl(Printer *p, const Decl *d) {
  if (d->kind == DECL_BROKEN) {
    token(p, d->at, 0);
    statement_end(p, d->end);
    return;
  }
  token(p, d->kw_at, 0);
  if (d->name) token(p, d->name->at, 0);
  if (d->title) token(p, d->title->at, 0);
  for (const Prop *prop = d->props; prop && prop->inline_; prop = prop->next) print_prop(p, prop);
  if (d->lbrace != TREE_NONE) token(p, (wg_span){d->lbrace, 1}, 0);
  print_block(p, d);
  if (d->rbrace != TREE_NONE) token(p, (wg_span){d->rbrace, 1}, 0);
  statement_end(p, d->end);
}

int tree_print(const Ctx *c, char *out) {
  Printer p = {c, out, 0, 0, 0, 0};
  if (!c->root) return -1;
  print_block(&p, c->root);
  trivia(&p, c->src->len, 0);
  return p.bad ? -1 : 0;
}
