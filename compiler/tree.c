/*
** Building the syntax tree from the grammar's actions. Each function is
** what one grammar rule does; spans are widened as pieces are attached,
** so every node knows the bytes it covers.
*/
#include "tree.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../runtime/alloc.h"
#include "lexer.h"
#include "schema.h"

static wg_span token_span(Token t) { return (wg_span){t.off, t.len}; }

static void widen(wg_span *s, wg_span to) {
  uint32_t end = to.off + to.len;
  if (end > s->off + s->len) s->len = end - s->off;
}

Prop *tree_find(const Decl *d, int key) {
  for (Prop *p = d->props; p; p = p->next)
    if (p->key == key) return p;
  return NULL;
}

/* One copy of each name. Every reference spells its declaration's name
** again, and a charter is mostly references: at 100,000 items, keeping
** each name once takes 5 MB less of the 142 MB that checking needs (peak
** RSS, `make bench`), for a lookup per name while its bytes are in cache.
** The set lives while the parser runs (tree_names_free); the names stay
** in the arena. */
typedef struct Names {
  struct NameSlot { const char *s; uint32_t hash, len; } *slot;
  uint32_t cap, n; /* cap a power of two, at most half full */
} Names;

static void names_grow(Names *t) {
  Names old = *t;
  t->cap = old.cap ? 2 * old.cap : 1024;
  t->slot = memset(wg_xmalloc(t->cap * sizeof *t->slot), 0, t->cap * sizeof *t->slot);
  for (uint32_t i = 0; i < old.cap; i++) {
    if (!old.slot[i].s) continue;
    uint32_t j = old.slot[i].hash & (t->cap - 1);
    while (t->slot[j].s) j = (j + 1) & (t->cap - 1);
    t->slot[j] = old.slot[i];
  }
  free(old.slot);
  assert((t->cap & (t->cap - 1)) == 0 && 2 * (t->n + 1) <= t->cap);
}

/* The arena's copy of the n bytes at s, whose tree_hash is hash: the
** first one met, or a new one. */
static const char *name_once(Ctx *c, const char *s, uint32_t n, uint32_t hash) {
  if (!c->names) c->names = memset(wg_xmalloc(sizeof *c->names), 0, sizeof *c->names);
  Names *t = c->names;
  if (2 * (t->n + 1) > t->cap) names_grow(t);
  uint32_t j = hash & (t->cap - 1);
  for (; t->slot[j].s; j = (j + 1) & (t->cap - 1))
    if (t->slot[j].hash == hash && t->slot[j].len == n && memcmp(t->slot[j].s, s, n) == 0)
      return t->slot[j].s;
  t->n++;
  t->slot[j] = (struct NameSlot){wg_strndup(c->arena, s, n), hash, n};
  return t->slot[j].s;
}

void tree_names_free(Ctx *c) {
  if (c->names) free(c->names->slot);
  free(c->names);
  c->names = NULL;
}

static int blank(char ch) { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n'; }

uint32_t tree_plain(const char *s, uint32_t n, char *out) {
  uint32_t o = 0;
  char last = 0;
  for (uint32_t i = 0; i < n;) {
    while (i < n && blank(s[i])) i++;
    if (i == n) break;
    uint32_t j = i;
    while (j < n && !blank(s[j])) j++;
    if (last && last != '.' && s[i] != '.') out[o++] = ' ';
    memcpy(out + o, s + i, j - i);
    o += j - i;
    last = s[j - 1];
    i = j;
  }
  return o;
}

/* An identifier, NFC-normalised: names that look alike compare alike.
** Sets *hash to its tree_hash. */
static const char *ident_text(Ctx *c, Token t, uint32_t *hash) {
  const char *s = c->src->text + t.off;
  char *out = NULL;
  for (uint32_t i = 0; i < t.len && !out; i++)
    if ((unsigned char)s[i] >= 0x80) out = compile_normalize(c, s, t.len, 0);
  if (out) {
    *hash = tree_hash(TREE_HASH_SEED, out, strlen(out));
    return out;
  }
  *hash = tree_hash(TREE_HASH_SEED, s, t.len);
  return name_once(c, s, t.len, *hash);
}

/* Reads a DATE token into its first and last day; both WG_NODATE when
** the lexer already reported it malformed. */
static void date_value(Ctx *c, Token t, Value *v) {
  int prec = wg_date_parse_span(c->src->text + t.off, (int)t.len, &v->first, &v->last);
  v->prec = v->prec_end = prec < 0 ? P_DAY : (uint8_t)prec;
}

int tree_dates(const Value *v, wg_date *first, wg_date *last, Precision *prec) {
  *first = *last = WG_NODATE;
  *prec = P_DAY;
  if (v->type == V_INT && v->i >= 1000 && v->i <= 9999 && strlen(v->s) == 4) {
    /* A year alone where a date is expected ("established 2020") stands
    ** for the whole year, as a month does for the month. */
    *first = wg_date_make((int)v->i, 1, 1);
    *last = wg_date_make((int)v->i, 12, 31);
    *prec = P_YEAR;
    return 1;
  }
  if (v->type != V_DATE && v->type != V_RANGE) return 0;
  *first = v->first;
  *last = v->last;
  *prec = (Precision)v->prec;
  return v->first != WG_NODATE;
}

Precision tree_end_precision(const Value *v) {
  return v->type == V_RANGE ? (Precision)v->prec_end : (Precision)v->prec;
}

static Value *new_value(Ctx *c) {
  Value *v = wg_alloc(c->arena, sizeof *v);
  v->n = c->nvals++;
  return v;
}

Value *tree_value(Ctx *c, ValueType type, Token t) {
  Value *v = new_value(c);
  v->type = type;
  v->at = token_span(t);
  switch (type) {
  case V_IDENT: v->s = ident_text(c, t, &v->hash); break;
  case V_INT:
    for (uint32_t i = 0; i < t.len && v->i <= MAX_INTEGER; i++)
      v->i = v->i * 10 + (c->src->text[t.off + i] - '0');
    v->s = wg_strndup(c->arena, c->src->text + t.off, t.len);
    break;
  case V_STRING: v->s = lex_string_value(c, t); break;
  case V_DATE: date_value(c, t, v); break;
  case V_SIGN: v->neg = c->src->text[t.off] == '-'; break;
  default: break;
  }
  return v;
}

Value *tree_range(Ctx *c, Token from, Token to) {
  Value *a = tree_value(c, V_DATE, from);
  wg_date first, last;
  int prec = wg_date_parse_span(c->src->text + to.off, (int)to.len, &first, &last);
  a->type = V_RANGE;
  a->prec_end = prec < 0 ? P_DAY : (uint8_t)prec;
  a->last = a->first == WG_NODATE ? WG_NODATE : last;
  if (last == WG_NODATE) a->first = WG_NODATE; /* the lexer reported it */
  widen(&a->at, token_span(to));
  return a;
}

/* While a run is built, its `next` points at its last part, so that
** adding one is O(1); tree_seq_end clears it for the value list. */
Value *tree_seq(Ctx *c, Value *a, Value *b) {
  Value *v = new_value(c);
  v->type = V_SEQ;
  v->at = a->at;
  v->parts = a;
  a->next = NULL;
  v->next = a;
  tree_seq_add(c, v, b);
  return v;
}

void tree_seq_add(Ctx *c, Value *seq, Value *part) {
  (void)c;
  seq->next->next = part;
  part->next = NULL;
  seq->next = part;
  widen(&seq->at, part->at);
}

/* `REF + N UNIT`: the shape alone; the checker says what is wrong with
** a unit or a reference. */
static int is_offset(const Value *p) {
  const Value *sign = p->next, *n = sign ? sign->next : NULL, *unit = n ? n->next : NULL;
  return (p->type == V_IDENT || p->type == V_PATH || p->type == V_DATE || p->type == V_INT) &&
         sign && sign->type == V_SIGN && n && n->type == V_INT && unit &&
         unit->type == V_IDENT && !unit->next;
}

Value *tree_seq_end(Ctx *c, Value *seq) {
  (void)c;
  const Value *p = seq->parts;
  seq->next = NULL;
  if (is_offset(p)) {
    seq->type = V_OFFSET;
    seq->neg = p->next->neg;
  } else if (p->type == V_IDENT && p->next->type == V_INT && !p->next->next) {
    seq->type = V_PAIR;
  }
  return seq;
}

Value *tree_path(Ctx *c, Token a, Token b) {
  Value *v = new_value(c);
  v->type = V_PATH;
  v->at = token_span(a);
  v->s = ident_text(c, a, &v->hash);
  tree_path_extend(c, v, b);
  return v;
}

void tree_path_extend(Ctx *c, Value *p, Token b) {
  uint32_t unused;
  const char *tail = ident_text(c, b, &unused);
  size_t n = strlen(p->s), m = strlen(tail);
  p->hash = tree_hash(tree_hash(p->hash, ".", 1), tail, m);
  char *s = wg_alloc(c->arena, n + m + 2);
  memcpy(s, p->s, n);
  s[n] = '.';
  memcpy(s + n + 1, tail, m + 1);
  p->s = s;
  widen(&p->at, token_span(b));
}

static Decl *new_decl(Ctx *c) {
  Decl *d = wg_alloc(c->decls, sizeof *d);
  d->n = c->ndecl_nodes++;
  d->lbrace = d->rbrace = d->end = TREE_NONE;
  d->end_kind = END_IMPLIED;
  return d;
}

/* Whether a broken statement at off starts with a word (a name or a
** keyword), which may say what it gives or declares (sema_unsure.c). */
static int says_something(const Ctx *c, uint32_t off) {
  unsigned char ch = (unsigned char)c->src->text[off];
  return ch >= 0x80 || ch == '_' || (ch >= '0' && ch <= '9') ||
         ((ch | 32) >= 'a' && (ch | 32) <= 'z');
}

void tree_add_broken(Ctx *c, Body *b, uint32_t from, uint32_t to, Token end) {
  Decl *last = b->dlast;
  int nothing_between = last && (!b->plast || b->plast->at.off < last->at.off);
  if (nothing_between && last->kind == DECL_BROKEN && nothing_between && !says_something(c, last->at.off) &&
      !says_something(c, from) && from >= last->at.off + last->at.len) {
    last->at.len = to - last->at.off;
    last->end = TREE_NONE; /* its old end is inside it now */
    last->end_kind = END_IMPLIED;
    tree_end_decl(c, last, end);
    return;
  }
  Decl *d = new_decl(c);
  d->kind = DECL_BROKEN;
  d->kw_at = d->at = (wg_span){from, to - from};
  tree_add_decl(c, b, d, end);
}

Decl *tree_decl(Ctx *c, Token kw, Value *name, Value *title) {
  Decl *d = new_decl(c);
  d->kind = kw.kw;
  c->ndecls[d->kind]++;
  d->kw_at = d->at = token_span(kw);
  d->name = name;
  d->title = title;
  if (name) {
    d->id = name->s;
    d->int_name = name->type == V_INT;
    d->id_hash = d->int_name ? tree_hash(TREE_HASH_SEED, name->s, strlen(name->s)) : name->hash;
    widen(&d->at, name->at);
  }
  if (title) widen(&d->at, title->at);
  return d;
}

Prop *tree_prop(Ctx *c, Token key, int is_keyword, VList *v) {
  Prop *p = wg_alloc(c->arena, sizeof *p);
  p->n = c->nprops++;
  p->end = TREE_NONE;
  p->end_kind = END_IMPLIED;
  p->key = is_keyword ? key.kw : -1;
  p->at = token_span(key);
  p->key_len = key.len;
  if (!v) return p;
  p->vals = v->first;
  p->nvals = v->n;
  widen(&p->at, v->last->at);
  return p;
}

void tree_add_inline(Ctx *c, Decl *d, Prop *p) {
  (void)c;
  p->inline_ = 1;
  Prop **tail = &d->props;
  while (*tail) tail = &(*tail)->next;
  *tail = p;
  widen(&d->at, p->at);
}

static void set_end(const Ctx *c, uint32_t *end, uint8_t *kind, Token t) {
  if (t.len == 0) return; /* the '}' or end of file: END_IMPLIED */
  *end = t.off;
  *kind = c->src->text[t.off] == ';' ? END_SEMI : END_NEWLINE;
}

void tree_end_decl(const Ctx *c, Decl *d, Token t) { set_end(c, &d->end, &d->end_kind, t); }
void tree_end_prop(const Ctx *c, Prop *p, Token t) { set_end(c, &p->end, &p->end_kind, t); }

void tree_add_decl(const Ctx *c, Body *b, Decl *d, Token end) {
  tree_end_decl(c, d, end);
  if (b->dlast) b->dlast->next = d;
  else b->decls = d;
  b->dlast = d;
}

void tree_add_prop(const Ctx *c, Body *b, Prop *p, Token end) {
  tree_end_prop(c, p, end);
  if (b->plast) b->plast->next = p;
  else b->props = p;
  b->plast = p;
}

static void adopt(Decl *parent, Body *b) {
  Prop **tail = &parent->props;
  while (*tail) tail = &(*tail)->next;
  *tail = b->props;
  parent->children = b->decls;
  for (Decl *d = b->decls; d; d = d->next) d->parent = parent;
}

void tree_add_block(Ctx *c, Decl *d, Token lbrace, Body *b, Token rbrace) {
  (void)c;
  adopt(d, b);
  d->lbrace = lbrace.len ? lbrace.off : TREE_NONE; /* one the parser was given: no byte */
  d->rbrace = rbrace.len ? rbrace.off : TREE_NONE;
  widen(&d->at, token_span(rbrace));
}

void tree_finish_root(Ctx *c, Body *b) {
  Decl *root = new_decl(c);
  root->kind = DECL_ROOT;
  root->at = (wg_span){0, c->src->len};
  adopt(root, b);
  c->root = root;
}
