/*
** The adapter: the language server's one way into the compiler
** (lsp_wg.h). It compiles a document with the compiler's internal API
** (compile.h: Ctx, the tree of tree.h, the model of runtime/wg.h) and
** hands out copies in the server's own terms, so that the rest of the
** server never sees a Ctx, a Decl or a wg_charter. When the compiler
** gains its public library (issue 12), this file is what changes.
**
** The names index (definitions and references) is built here over the
** tree, from each property's schema entry: a value of a property that
** takes references is a reference, whatever the checker made of it, so
** that a broken or misplaced reference still renames with its name.
*/
#include "lsp_wg.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "lexer.h"
#include "grammar.h"
#include "lsp_scan.h"
#include "rules.h"
#include "schema.h"
#include "tree.h"

/* A declaration of the outline and the tree node it was copied from. */
typedef struct Node {
  LwDecl pub;
  const Decl *d;
} Node;

struct LwDoc {
  char *name;
  Source src;
  Ctx c;
  LwDiag *diags;
  int ndiags;
  wg_arena *a; /* the outline, the index and the facts */
  /* Built on first use: */
  Node *root;
  const LwDecl **named; /* declarations with an id, source order */
  int nnamed;
  const LwDecl **table; /* open addressing on id */
  uint32_t cap;
  LwOcc *occs; /* every occurrence, by offset */
  int nocc;
  LwOcc *found; /* lw_occurrences' answer */
  LwFact facts[24];
};

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) abort();
  return p;
}

/* --- Rules ------------------------------------------------------------ */

enum { MAX_RULES = 256 };
static LwRule rules[MAX_RULES];
static int nrules = -1;

static void load_rules(void) {
  if (nrules >= 0) return;
  assert(rule_count <= MAX_RULES);
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    rules[i] = (LwRule){r->code, r->name, r->summary, r->explanation, r->severity == SEV_ERROR};
  }
  nrules = rule_count;
}

const LwRule *lw_rule(int code) {
  load_rules();
  for (int i = 0; i < nrules; i++)
    if (rules[i].code == code) return &rules[i];
  return NULL;
}

const LwRule *lw_rule_by_index(int i) {
  load_rules();
  return i >= 0 && i < nrules ? &rules[i] : NULL;
}

/* --- Schema ------------------------------------------------------------- */

/* keys[k] for kind k, keys[WG_NKINDS] for the top level. */
static LwKey keys[WG_NKINDS + 1][NKEYS + 4];
static int nkeys[WG_NKINDS + 1];
static int schema_loaded;

/* The schema's value types are ours bit for bit; checked here once. */
#define SAME(a, b) ((int)(a) == (int)(b))
_Static_assert(SAME(T_NONE, LW_T_NONE) && SAME(T_INT, LW_T_INT) && SAME(T_STRING, LW_T_STRING) &&
                   SAME(T_DATE, LW_T_DATE) && SAME(T_RANGE, LW_T_RANGE) && SAME(T_WORD, LW_T_WORD) &&
                   SAME(T_REF, LW_T_REF) && SAME(T_NAME, LW_T_RULE),
               "value type bits");

static LwKey key_of(const PropSpec *p) {
  return (LwKey){(int)p->key, schema_keys[p->key], p->doc, p->types, p->refs,
                 (p->flags & P_REPEAT) != 0, (p->flags & P_LIST) != 0,
                 (p->flags & P_REQUIRED) != 0, p->words};
}

static void load_schema(void) {
  if (schema_loaded) return;
  for (int k = 0; k < WG_NKINDS; k++) {
    const KindSpec *s = &schema_kinds[k];
    for (int i = 0; i < s->nprops; i++) keys[k][nkeys[k]++] = key_of(&s->props[i]);
    for (int i = 0; i < schema_ncommon; i++) keys[k][nkeys[k]++] = key_of(&schema_common[i]);
  }
  const PropSpec *allow = schema_prop(-1, KEY_ALLOW); /* all the top level takes */
  if (allow) keys[WG_NKINDS][nkeys[WG_NKINDS]++] = key_of(allow);
  schema_loaded = 1;
}

int lw_nkinds(void) { return WG_NKINDS; }

const char *lw_kind_name(int kind) {
  return kind >= 0 && kind < WG_NKINDS ? wg_kind_names[kind] : "file";
}

const char *lw_kind_doc(int kind) {
  return kind >= 0 && kind < WG_NKINDS ? schema_kinds[kind].doc : "";
}

int lw_kind_allowed_in(int kind, int parent) {
  if (kind < 0 || kind >= WG_NKINDS) return 0;
  unsigned bit = parent < 0 || parent >= WG_NKINDS ? IN_TOP : 1u << parent;
  return (schema_kinds[kind].parents & bit) != 0;
}

int lw_kind_naming(int kind, int *int_name, int *title) {
  if (kind < 0 || kind >= WG_NKINDS) return *int_name = *title = 0;
  *int_name = schema_kinds[kind].int_name;
  *title = schema_kinds[kind].title_required;
  return schema_kinds[kind].name;
}

int lw_kind_keys(int kind, const LwKey **out) {
  load_schema();
  int k = kind >= 0 && kind < WG_NKINDS ? kind : WG_NKINDS;
  *out = keys[k];
  return nkeys[k];
}

const LwKey *lw_key(int kind, const char *name, size_t n) {
  const LwKey *v;
  int count = lw_kind_keys(kind, &v);
  for (int i = 0; i < count; i++)
    if (strlen(v[i].name) == n && memcmp(v[i].name, name, n) == 0) return &v[i];
  return NULL;
}

const LwKey *lw_any_key(const char *name, size_t n) {
  for (int k = 0; k < WG_NKINDS; k++) {
    const LwKey *p = lw_key(k, name, n);
    if (p) return p;
  }
  return NULL;
}

int lw_keyword(const char *s, size_t n, int *index) {
  if (n == 0 || n > 64) return 0;
  return schema_keyword(s, (unsigned)n, index);
}

/* The compiler's own lexer decides what a name is: the bytes must lex as
** one identifier (or number) and nothing else, without a diagnostic. */
int lw_valid_name(int kind, const char *s, size_t n) {
  if (n == 0 || n > 256 || memchr(s, 0, n)) return 0;
  int int_name = 0, title = 0;
  if (lw_kind_naming(kind, &int_name, &title) == NAME_NONE) return 0;
  Source src;
  Ctx c;
  Lexer lx;
  Token t, t2;
  src_from_memory(&src, "name", s, (uint32_t)n);
  compile_init(&c, &src);
  lex_init(&lx, &c);
  int code = lex_next(&lx, &t);
  int ok = (code == TK_IDENT || (int_name && code == TK_INTEGER)) && t.off == 0 && t.len == n &&
           lex_next(&lx, &t2) == 0 && c.diags.n == 0 &&
           src_invalid_utf8(&src) < 0;
  compile_done(&c);
  src_free(&src);
  return ok;
}

/* --- Loading and diagnostics ------------------------------------------- */

/* A quick fix read from a "did you mean `X`?" at the end of a message:
** the compiler suggests X for the bytes the diagnostic points at. */
static void suggestion_fix(LwDoc *doc, LwDiag *g, const Diag *d) {
  static const char mark[] = "did you mean `";
  const char *p = strstr(d->msg, mark);
  if (!p || d->at.len == 0) return;
  p += sizeof mark - 1;
  const char *end = strchr(p, '`');
  if (!end || end == p || strcmp(end, "`?") != 0) return;
  LwEdit *e = wg_alloc(doc->a, sizeof *e);
  e->at = (LwSpan){d->at.off, d->at.len};
  e->text = wg_strndup(doc->a, p, (size_t)(end - p));
  LwFix *f = wg_alloc(doc->a, sizeof *f);
  const char *was = wg_strndup(doc->a, doc->src.text + d->at.off, d->at.len);
  size_t n = strlen(was) + strlen(e->text) + 32;
  char *title = wg_alloc(doc->a, n);
  snprintf(title, n, "replace `%s` with `%s`", was, e->text);
  *f = (LwFix){title, 0, e, 1};
  g->fixes = f;
  g->nfixes = 1;
}

static void copy_diags(LwDoc *doc) {
  Ctx *c = &doc->c;
  doc->diags = wg_alloc(doc->a, (size_t)(c->diags.n + 1) * sizeof *doc->diags);
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    if (d->allowed) continue;
    LwDiag *g = &doc->diags[doc->ndiags++];
    g->code = d->code;
    g->error = d->severity == SEV_ERROR;
    g->at = (LwSpan){d->at.off, d->at.len};
    g->msg = d->msg;
    for (const Note *n = d->notes; n; n = n->next) g->nnotes++;
    LwNote *notes = wg_alloc(doc->a, (size_t)(g->nnotes + 1) * sizeof *notes);
    int k = 0;
    for (const Note *n = d->notes; n; n = n->next) notes[k++] = (LwNote){{n->at.off, n->at.len}, n->msg};
    g->notes = notes;
    suggestion_fix(doc, g, d);
  }
}

LwDoc *lw_load(const char *name, const char *text, uint32_t len) {
  LwDoc *doc = calloc(1, sizeof *doc);
  if (!doc) abort();
  doc->name = strdup(name ? name : "untitled.wg");
  if (!doc->name) abort();
  doc->a = wg_arena_new();
  int too_large = len > MAX_FILE;
  src_from_memory(&doc->src, doc->name, too_large ? "" : text, too_large ? 0 : len);
  compile_init(&doc->c, &doc->src);
  if (too_large) { /* as the driver does (main.c) */
    diag_report(&doc->c, 108, (wg_span){0, 0}, "this file is larger than 64 MiB, the limit");
    doc->c.syntax_errors++;
  } else {
    compile(&doc->c);
  }
  diag_finish(&doc->c, NULL);
  copy_diags(doc);
  return doc;
}

void lw_free(LwDoc *doc) {
  if (!doc) return;
  compile_done(&doc->c);
  src_free(&doc->src);
  wg_arena_free(doc->a);
  free(doc->table);
  free(doc->occs);
  free(doc->found);
  free(doc->name);
  free(doc);
}

int lw_diags(LwDoc *doc, const LwDiag **out) {
  *out = doc->diags;
  return doc->ndiags;
}

/* --- The outline ------------------------------------------------------ */

static LwValue value_of(LwDoc *doc, const Value *v) {
  static const int types[] = {[V_IDENT] = LW_V_NAME, [V_PATH] = LW_V_PATH, [V_INT] = LW_V_INT,
                              [V_STRING] = LW_V_STRING, [V_DATE] = LW_V_DATE,
                              [V_RANGE] = LW_V_RANGE};
  LwValue out = {types[v->type], {v->at.off, v->at.len}, v->s};
  if (v->type == V_DATE || v->type == V_RANGE || !v->s)
    out.text = wg_strndup(doc->a, doc->src.text + v->at.off, v->at.len);
  return out;
}

static const LwValue *value_copy(LwDoc *doc, const Value *v) {
  if (!v) return NULL;
  LwValue *out = wg_alloc(doc->a, sizeof *out);
  *out = value_of(doc, v);
  return out;
}

static void copy_props(LwDoc *doc, Node *n, const Decl *d) {
  int count = 0;
  for (const Prop *p = d->props; p; p = p->next) count++;
  LwProp *props = wg_alloc(doc->a, (size_t)(count + 1) * sizeof *props);
  int i = 0;
  for (const Prop *p = d->props; p; p = p->next, i++) {
    LwProp *q = &props[i];
    q->key_at = (LwSpan){p->at.off, p->key_len};
    q->at = (LwSpan){p->at.off, p->at.len};
    q->spec = p->key >= 0 ? lw_key(d->kind, schema_keys[p->key], strlen(schema_keys[p->key])) : NULL;
    LwValue *vals = wg_alloc(doc->a, (size_t)(p->nvals + 1) * sizeof *vals);
    for (const Value *v = p->vals; v && q->nvals < p->nvals; v = v->next) vals[q->nvals++] = value_of(doc, v);
    q->vals = vals;
  }
  n->pub.props = props;
  n->pub.nprops = count;
}

/* The id references use: a recommendation in a topic is TOPIC.NAME. */
static const char *id_of(LwDoc *doc, const Decl *d, const LwDecl *parent) {
  if (!d->name || !d->name->s) return NULL;
  const char *own = d->name->s;
  if (d->kind != WG_RECOMMENDATION || !parent || parent->kind != WG_TOPIC || !parent->id)
    return own;
  size_t n = strlen(parent->id), m = strlen(own);
  char *id = wg_alloc(doc->a, n + m + 2);
  memcpy(id, parent->id, n);
  id[n] = '.';
  memcpy(id + n + 1, own, m + 1);
  return id;
}

static Node *copy_decl(LwDoc *doc, const Decl *d, const LwDecl *parent) {
  Node *n = wg_alloc(doc->a, sizeof *n);
  LwDecl *p = &n->pub;
  n->d = d;
  p->kind = d->kind < 0 ? LW_TOP : d->kind;
  p->at = (LwSpan){d->at.off, d->at.len};
  p->kw_at = (LwSpan){d->kw_at.off, d->kw_at.len};
  p->parent = parent;
  p->block = UINT32_MAX;
  if (d->kind >= 0) {
    p->name = value_copy(doc, d->name);
    p->title = value_copy(doc, d->title);
    p->id = id_of(doc, d, parent);
    p->block = scan_block_start(doc->src.text, d->at.off + d->at.len, d->kw_at.off + d->kw_at.len);
  }
  copy_props(doc, n, d);
  int count = 0;
  for (const Decl *k = d->children; k; k = k->next) count++;
  const LwDecl **kids = wg_alloc(doc->a, (size_t)(count + 1) * sizeof *kids);
  int i = 0;
  for (const Decl *k = d->children; k; k = k->next) kids[i++] = &copy_decl(doc, k, p)->pub;
  p->children = kids;
  p->nchildren = count;
  return n;
}

/* --- The names index ---------------------------------------------------- */

static uint32_t hash_id(const char *s) { return tree_hash(TREE_HASH_SEED, s, strlen(s)); }

static const LwDecl **slot(LwDoc *doc, const char *id) {
  for (uint32_t i = hash_id(id) & (doc->cap - 1);; i = (i + 1) & (doc->cap - 1))
    if (!doc->table[i] || strcmp(doc->table[i]->id, id) == 0) return &doc->table[i];
}

static void collect_named(LwDoc *doc, const LwDecl *d, int *cap) {
  if (d->id) {
    if (doc->nnamed == *cap) {
      *cap = *cap ? 2 * *cap : 64;
      const LwDecl **v = wg_alloc(doc->a, (size_t)*cap * sizeof *v);
      if (doc->nnamed) memcpy(v, doc->named, (size_t)doc->nnamed * sizeof *v);
      doc->named = v;
    }
    doc->named[doc->nnamed++] = d;
  }
  for (int i = 0; i < d->nchildren; i++) collect_named(doc, d->children[i], cap);
}

static void push_occ(LwDoc *doc, int *cap, LwOcc o) {
  if (doc->nocc == *cap) {
    *cap = *cap ? 2 * *cap : 256;
    doc->occs = realloc(doc->occs, (size_t)*cap * sizeof *doc->occs);
    if (!doc->occs) abort();
  }
  doc->occs[doc->nocc++] = o;
}

/* The parts of a path: each prefix (`I`, then `I.1`) names a declaration
** whose name is that part's bytes. */
static void path_occs(LwDoc *doc, int *cap, const LwValue *v) {
  const char *raw = doc->src.text + v->at.off, *end = raw + v->at.len;
  size_t n = strlen(v->text);
  char *prefix = xmalloc(n + 1);
  size_t at = 0; /* into v->text, which has the same dots */
  for (const char *p = raw; p <= end;) {
    const char *dot = memchr(p, '.', (size_t)(end - p));
    const char *stop = dot ? dot : end;
    const char *tdot = strchr(v->text + at, '.');
    size_t tstop = tdot ? (size_t)(tdot - v->text) : n;
    memcpy(prefix, v->text, tstop);
    prefix[tstop] = 0;
    const LwDecl *d = lw_lookup(doc, prefix);
    uint32_t from = (uint32_t)(p - doc->src.text), to = (uint32_t)(stop - doc->src.text);
    while (from < to && (doc->src.text[from] == ' ' || doc->src.text[from] == '\t')) from++;
    while (to > from && (doc->src.text[to - 1] == ' ' || doc->src.text[to - 1] == '\t')) to--;
    if (d) push_occ(doc, cap, (LwOcc){{from, to - from}, d, 0});
    if (!dot || !tdot) break;
    p = dot + 1;
    at = tstop + 1;
  }
  free(prefix);
}

static void ref_occs(LwDoc *doc, int *cap, const LwDecl *d) {
  if (d->id && d->name) push_occ(doc, cap, (LwOcc){d->name->at, d, 1});
  for (int i = 0; i < d->nprops; i++) {
    const LwProp *p = &d->props[i];
    if (!p->spec || !(p->spec->types & LW_T_REF)) continue;
    for (int k = 0; k < p->nvals; k++) {
      const LwValue *v = &p->vals[k];
      if (v->type == LW_V_PATH) {
        path_occs(doc, cap, v);
      } else if (v->type == LW_V_NAME || v->type == LW_V_INT) {
        const LwDecl *t = lw_lookup(doc, v->text);
        if (t) push_occ(doc, cap, (LwOcc){v->at, t, 0});
      }
    }
  }
  for (int i = 0; i < d->nchildren; i++) ref_occs(doc, cap, d->children[i]);
}

static int by_offset(const void *a, const void *b) {
  const LwOcc *x = a, *y = b;
  return x->at.off < y->at.off ? -1 : x->at.off > y->at.off;
}

static void build(LwDoc *doc) {
  if (doc->root) return;
  if (doc->c.root) {
    doc->root = copy_decl(doc, doc->c.root, NULL);
  } else {
    doc->root = wg_alloc(doc->a, sizeof *doc->root);
    doc->root->pub = (LwDecl){.kind = LW_TOP, .at = {0, doc->src.len}, .block = UINT32_MAX};
  }
  int cap = 0;
  collect_named(doc, &doc->root->pub, &cap);
  doc->cap = 64;
  while (doc->cap < 2 * (uint32_t)doc->nnamed) doc->cap *= 2;
  doc->table = calloc(doc->cap, sizeof *doc->table);
  if (!doc->table) abort();
  for (int i = 0; i < doc->nnamed; i++) {
    const LwDecl **s = slot(doc, doc->named[i]->id);
    if (!*s) *s = doc->named[i]; /* the first of a name is the one kept */
  }
  cap = 0;
  ref_occs(doc, &cap, &doc->root->pub);
  qsort(doc->occs, (size_t)doc->nocc, sizeof *doc->occs, by_offset);
  doc->found = xmalloc((size_t)(doc->nocc + 1) * sizeof *doc->found);
}

const LwDecl *lw_root(LwDoc *doc) {
  build(doc);
  return &doc->root->pub;
}

static int holds(LwSpan s, uint32_t off) { return off >= s.off && off - s.off < s.len; }

const LwDecl *lw_decl_at(LwDoc *doc, uint32_t off) {
  const LwDecl *d = lw_root(doc);
  for (;;) {
    const LwDecl *inner = NULL;
    for (int i = 0; i < d->nchildren && !inner; i++)
      if (holds(d->children[i]->at, off)) inner = d->children[i];
    if (!inner) return d;
    d = inner;
  }
}

const LwDecl *lw_lookup(LwDoc *doc, const char *id) {
  build(doc);
  return *slot(doc, id);
}

int lw_named(LwDoc *doc, const LwDecl *const **out) {
  build(doc);
  *out = doc->named;
  return doc->nnamed;
}

int lw_occurrence_at(LwDoc *doc, uint32_t off, LwOcc *out) {
  build(doc);
  int lo = 0, hi = doc->nocc; /* the last occurrence starting at or before off */
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    if (doc->occs[mid].at.off <= off) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return 0;
  const LwOcc *o = &doc->occs[lo - 1];
  if (off > o->at.off + o->at.len) return 0;
  *out = *o;
  return 1;
}

int lw_occurrences(LwDoc *doc, const LwDecl *decl, const LwOcc **out) {
  build(doc);
  int n = 0;
  for (int i = 0; i < doc->nocc; i++)
    if (doc->occs[i].decl == decl) doc->found[n++] = doc->occs[i];
  *out = doc->found;
  return n;
}

/* --- Facts ------------------------------------------------------------- */

typedef struct Facts {
  LwDoc *doc;
  int n;
} Facts;

static void fact(Facts *f, const char *label, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void fact(Facts *f, const char *label, const char *fmt, ...) {
  enum { MAX_FACTS = sizeof f->doc->facts / sizeof f->doc->facts[0] };
  if (f->n == MAX_FACTS) return;
  va_list ap;
  va_start(ap, fmt);
  char buf[512];
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  f->doc->facts[f->n++] = (LwFact){label, wg_strndup(f->doc->a, buf, strlen(buf))};
}

static const char *day(LwDoc *doc, wg_date t) {
  if (t == WG_NODATE) return "unknown";
  char *buf = wg_alloc(doc->a, 11);
  wg_date_format(t, buf);
  return buf;
}

static const char *ref_text(LwDoc *doc, wg_ref r) {
  if (!r.name) return "none";
  size_t n = strlen(r.name) + 48;
  char *buf = wg_alloc(doc->a, n);
  if (r.kind >= 0) snprintf(buf, n, "`%s` (%s)", r.name, wg_kind_names[r.kind]);
  else snprintf(buf, n, "`%s` (not resolved)", r.name);
  return buf;
}

/* "2013-11-08 (the first day of meeting `M2`)": a date and where from. */
static const char *when_text(LwDoc *doc, wg_when w, int deadline) {
  const char *d = day(doc, w.date);
  if (!w.ref.name) return d;
  size_t n = strlen(w.ref.name) + 80;
  char *buf = wg_alloc(doc->a, n);
  if (w.ref.kind == WG_EVENT || w.ref.kind == WG_MEETING)
    snprintf(buf, n, "%s (the %s day of %s `%s`)", d, deadline ? "first" : "last",
             wg_kind_names[w.ref.kind], w.ref.name);
  else if (w.ref.kind >= 0)
    snprintf(buf, n, "%s (the due date of `%s`)", d, w.ref.name);
  else
    snprintf(buf, n, "%s (`%s` is not resolved)", d, w.ref.name);
  return buf;
}

static const char *refs_text(LwDoc *doc, const wg_ref *r, int n) {
  enum { SHOWN = 8 };
  size_t cap = 64;
  for (int i = 0; i < n && i < SHOWN; i++) cap += strlen(r[i].name ? r[i].name : "") + 4;
  char *buf = wg_alloc(doc->a, cap), *o = buf;
  for (int i = 0; i < n && i < SHOWN; i++)
    o += sprintf(o, "%s`%s`", i ? ", " : "", r[i].name ? r[i].name : "?");
  if (n > SHOWN) sprintf(o, " and %d more", n - SHOWN);
  if (n == 0) strcpy(buf, "none");
  return buf;
}

static void item_facts(Facts *f, const wg_charter *ch, const wg_item *it) {
  LwDoc *doc = f->doc;
  fact(f, "owners", "%s%s", refs_text(doc, it->owners, it->nowners),
       it->owners_inherited && it->topic >= 0 ? " (from its topic)" : "");
  fact(f, "due", "%s", it->due.ref.name || it->due.date != WG_NODATE ? when_text(doc, it->due, 1)
                                                                    : "not given");
  if (it->after.ref.name || it->after.date != WG_NODATE)
    fact(f, "after", "%s", when_text(doc, it->after, 0));
  if (it->ndeps) fact(f, "depends on", "%s", refs_text(doc, it->deps, it->ndeps));
  fact(f, "status", "%s", it->status ? wg_word(wg_status_words, it->status) : "not given");
  if (it->cost) fact(f, "cost", "%s", wg_word(wg_cost_words, it->cost));
  if (it->topic >= 0) fact(f, "topic", "`%s`", ch->topics[it->topic].id);
}

static void group_facts(Facts *f, const wg_composition *c, const wg_group *g) {
  if (g->seats >= 0) fact(f, "seats", "%d", g->seats);
  if (g->stakeholder) fact(f, "stakeholder", "%s", wg_word(wg_stakeholder_words, g->stakeholder));
  if (g->per_region >= 0) fact(f, "per region", "%d", g->per_region);
  if (g->nsub) fact(f, "subgroups", "%d", g->nsub);
  enum { SHOWN = 8 };
  char buf[400] = "", *o = buf;
  for (int i = 0; i < g->nmembers && i < SHOWN; i++)
    o += snprintf(o, (size_t)(buf + sizeof buf - o), "%s%.40s", i ? ", " : "",
                  c->members[g->member0 + i].name);
  if (g->nmembers > SHOWN) snprintf(o, (size_t)(buf + sizeof buf - o), " and %d more", g->nmembers - SHOWN);
  if (g->nmembers) fact(f, "members", "%d: %s", g->nmembers, buf);
}

static void wg_facts(Facts *f, const wg_working_group *g) {
  LwDoc *doc = f->doc;
  if (g->established.date != WG_NODATE) fact(f, "established", "%s", when_text(doc, g->established, 0));
  if (g->established_by.name) fact(f, "established by", "%s", ref_text(doc, g->established_by));
  if (g->reports_to.name) fact(f, "reports to", "%s", ref_text(doc, g->reports_to));
  if (g->report_due.ref.name || g->report_due.date != WG_NODATE)
    fact(f, "report due", "%s", when_text(doc, g->report_due, 1));
  if (g->term_start != WG_NODATE) fact(f, "term", "%s..%s", day(doc, g->term_start), day(doc, g->term_end));
  if (g->decides_by) fact(f, "decides by", "%s", wg_word(wg_decides_by_words, g->decides_by));
  if (g->character) fact(f, "character", "%s", wg_word(wg_character_words, g->character));
}

static void dated_facts(Facts *f, wg_date start, wg_date end, const char *place) {
  if (start == end) fact(f, "on", "%s", day(f->doc, start));
  else fact(f, "on", "%s..%s", day(f->doc, start), day(f->doc, end));
  if (place) fact(f, "at", "%s", place);
}

static void kind_facts(Facts *f, const wg_charter *ch, int kind, int i) {
  LwDoc *doc = f->doc;
  switch (kind) {
  case WG_WORKING_GROUP: wg_facts(f, &ch->wg); break;
  case WG_MANDATE:
    if (ch->mandates[i].adopted.date != WG_NODATE) fact(f, "adopted", "%s", day(doc, ch->mandates[i].adopted.date));
    if (ch->mandates[i].adopted_by.name) fact(f, "adopted by", "%s", ref_text(doc, ch->mandates[i].adopted_by));
    fact(f, "tasks", "%d", ch->mandates[i].ntasks);
    break;
  case WG_BODY:
    if (ch->bodies[i].reports_to.name) fact(f, "reports to", "%s", ref_text(doc, ch->bodies[i].reports_to));
    fact(f, "referred to", "%d time%s", ch->bodies[i].uses, ch->bodies[i].uses == 1 ? "" : "s");
    break;
  case WG_ROLE:
    fact(f, "held by", "%s", ch->roles[i].held_by ? ch->roles[i].held_by : "nobody named");
    fact(f, "owns", "%d item%s", ch->roles[i].owns, ch->roles[i].owns == 1 ? "" : "s");
    break;
  case WG_REGION:
    fact(f, "referred to", "%d time%s", ch->regions[i].uses, ch->regions[i].uses == 1 ? "" : "s");
    break;
  case WG_COMPOSITION:
    if (ch->comp.seats >= 0) fact(f, "seats", "%d", ch->comp.seats);
    fact(f, "groups", "%d", ch->comp.ntop);
    if (ch->comp.open) fact(f, "open", "anyone may join");
    break;
  case WG_GROUP: group_facts(f, &ch->comp, &ch->comp.groups[i]); break;
  case WG_EVENT: dated_facts(f, ch->events[i].start, ch->events[i].end, ch->events[i].at_place); break;
  case WG_MEETING:
    dated_facts(f, ch->meetings[i].start, ch->meetings[i].end, ch->meetings[i].at_place);
    if (ch->meetings[i].every) fact(f, "every", "%s", wg_word(wg_every_words, ch->meetings[i].every));
    if (ch->meetings[i].online) fact(f, "online", "yes");
    break;
  case WG_DELIVERABLE: case WG_RECOMMENDATION: item_facts(f, ch, &ch->items[i]); break;
  case WG_TOPIC:
    fact(f, "owners", "%s", refs_text(doc, ch->topics[i].owners, ch->topics[i].nowners));
    fact(f, "recommendations", "%d", ch->topics[i].nitems);
    break;
  default: break;
  }
}

/* The size of each kind's array in the model, to check an index. */
static int model_count(const wg_charter *ch, int kind) {
  switch (kind) {
  case WG_WORKING_GROUP: return ch->has_wg;
  case WG_MANDATE: return ch->nmandates;
  case WG_BODY: return ch->nbodies;
  case WG_ROLE: return ch->nroles;
  case WG_REGION: return ch->nregions;
  case WG_COMPOSITION: return ch->has_composition;
  case WG_GROUP: return ch->comp.ngroups;
  case WG_EVENT: return ch->nevents;
  case WG_MEETING: return ch->nmeetings;
  case WG_DELIVERABLE: case WG_RECOMMENDATION: return ch->nitems;
  case WG_TOPIC: return ch->ntopics;
  default: return 0;
  }
}

int lw_facts(LwDoc *doc, const LwDecl *decl, const LwFact **out) {
  Facts f = {doc, 0};
  *out = doc->facts;
  const wg_charter *ch = doc->c.charter;
  const Decl *d = decl ? ((const Node *)decl)->d : NULL;
  if (!ch || !d || d->kind < 0 || d->bad || doc->c.syntax_errors) return 0;
  int i = d->kind == WG_WORKING_GROUP || d->kind == WG_COMPOSITION ? 0 : d->index;
  if (i < 0 || i >= model_count(ch, d->kind)) return 0;
  if (d->kind == WG_MEMBER) return 0;
  kind_facts(&f, ch, d->kind, i);
  return f.n;
}
