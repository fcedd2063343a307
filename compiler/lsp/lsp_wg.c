/*
** The adapter: the language server's one way into the compiler
** (lsp_wg.h). A document is loaded, checked and asked about through the
** library's public API (runtime/wg.h, docs/library.md): diagnostics,
** rules, declarations, the model, where names are declared and used.
** What that API does not cover comes from inside, here and nowhere
** else: the schema table (compiler/schema.h), for completion and hover,
** and the lexer (compiler/lexer.h), which says what a valid new name is.
**
** The library knows names once the file is checked; a file it cannot
** read through (a limit exceeded, WG108) is not. So that the outline and
** the completion of names still work then, a declaration of an unchecked
** file is given the name it has as written (a recommendation in a topic
** prefixed with the topic's): only definition, references and rename
** need the checker.
*/
#include "lsp_wg.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/arena.h"
#include "../runtime/wg.h"
#include "compile.h"
#include "grammar.h"
#include "lexer.h"
#include "lsp_scan.h"
#include "schema.h"

/* A declaration of the outline and its place in the library's list. */
typedef struct Node {
  LwDecl pub;
  int decl;  /* for wg_doc_decl; -1 for the root */
  int index; /* in the model's array for its kind, or -1 */
} Node;

struct LwDoc {
  wg_doc *doc; /* NULL when the library refused the text */
  const char *text;
  uint32_t len;
  LwDiag *diags;
  int ndiags;
  wg_arena *a; /* the outline, the index and the facts */
  /* Built on first use: */
  Node *root;
  Node *nodes; /* by wg_doc_decl index */
  int nnodes;
  const LwDecl **named; /* declarations with an id, in source order */
  int nnamed;
  const LwDecl **table; /* open addressing on id */
  uint32_t cap;
  LwOcc *found; /* lw_occurrences' answer */
  int nfound;
  LwFact facts[24];
};

/* --- Rules ------------------------------------------------------------ */

enum { MAX_RULES = 256 };
static LwRule rules[MAX_RULES];
static int nrules = -1;

static void load_rules(void) {
  if (nrules >= 0) return;
  assert(wg_rule_count() <= MAX_RULES);
  for (int i = 0; i < wg_rule_count(); i++) {
    const wg_rule *r = wg_rule_at(i);
    rules[i] = (LwRule){r->code, r->name, r->summary, r->explanation, r->severity == WG_SEV_ERROR};
  }
  nrules = wg_rule_count();
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

/* --- Schema (compiler/schema.h: the public API has no schema) ---------- */

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

_Static_assert((int)LW_NOT_KEYWORD == (int)SCHEMA_NOT_KEYWORD &&
                   (int)LW_KIND_WORD == (int)SCHEMA_KIND_WORD &&
                   (int)LW_KEY_WORD == (int)SCHEMA_KEY_WORD,
               "lw_keyword passes the schema's answer on");

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
  int code = src_invalid_utf8(&src) < 0 ? lex_next(&lx, &t) : 0;
  int ok = (code == TK_IDENT || (int_name && code == TK_INTEGER)) && t.off == 0 && t.len == n &&
           lex_next(&lx, &t2) == 0 && c.diags.n == 0;
  compile_done(&c);
  src_free(&src);
  return ok;
}

/* --- Loading and diagnostics ------------------------------------------- */

/* A quick fix read from a "did you mean `X`?" at the end of a message,
** for a diagnostic that carries no fix of its own: the compiler suggests
** X for the bytes the diagnostic points at. */
static void suggestion_fix(LwDoc *doc, LwDiag *g) {
  static const char mark[] = "did you mean `";
  const char *p = strstr(g->msg, mark);
  if (!p || g->at.len == 0 || g->at.off + g->at.len > doc->len) return;
  p += sizeof mark - 1;
  const char *end = strchr(p, '`');
  if (!end || end == p || strcmp(end, "`?") != 0) return;
  LwEdit *e = wg_alloc(doc->a, sizeof *e);
  e->at = g->at;
  e->text = wg_strndup(doc->a, p, (size_t)(end - p));
  LwFix *f = wg_alloc(doc->a, sizeof *f);
  const char *was = wg_strndup(doc->a, doc->text + g->at.off, g->at.len);
  size_t n = strlen(was) + strlen(e->text) + 32;
  char *title = wg_alloc(doc->a, n);
  snprintf(title, n, "replace `%s` with `%s`", was, e->text);
  *f = (LwFix){title, 0, e, 1};
  g->fixes = f;
  g->nfixes = 1;
}

static LwFix *copy_fixes(LwDoc *doc, const wg_diag *d) {
  LwFix *fixes = wg_alloc(doc->a, (size_t)(d->nfixes + 1) * sizeof *fixes);
  for (int i = 0; i < d->nfixes; i++) {
    const wg_fix *f = &d->fixes[i];
    LwEdit *edits = wg_alloc(doc->a, (size_t)(f->nedits + 1) * sizeof *edits);
    for (int k = 0; k < f->nedits; k++)
      edits[k] = (LwEdit){{f->edits[k].at.off, f->edits[k].at.len}, f->edits[k].text};
    fixes[i] = (LwFix){f->message, f->safe, edits, f->nedits};
  }
  return fixes;
}

static void copy_diags(LwDoc *doc) {
  int n = wg_diag_count(doc->doc);
  doc->diags = wg_alloc(doc->a, (size_t)(n + 1) * sizeof *doc->diags);
  for (int i = 0; i < n; i++) {
    const wg_diag *d = wg_diag_get(doc->doc, i);
    LwDiag *g = &doc->diags[doc->ndiags++];
    *g = (LwDiag){d->code, d->severity == WG_SEV_ERROR, {d->at.off, d->at.len}, d->message,
                  NULL, d->nnotes, copy_fixes(doc, d), d->nfixes};
    LwNote *notes = wg_alloc(doc->a, (size_t)(d->nnotes + 1) * sizeof *notes);
    for (int k = 0; k < d->nnotes; k++)
      notes[k] = (LwNote){{d->notes[k].at.off, d->notes[k].at.len}, d->notes[k].message};
    g->notes = notes;
    if (!g->nfixes) suggestion_fix(doc, g);
  }
}

/* A document the library refused: its one diagnostic says why. */
static void refused(LwDoc *doc, int err) {
  doc->diags = wg_alloc(doc->a, sizeof *doc->diags);
  doc->ndiags = 1;
  doc->diags[0] = (LwDiag){.code = err == WG_ERR_TOO_LARGE ? RULE_LIMIT_EXCEEDED : 0, .error = 1,
                           .msg = err == WG_ERR_TOO_LARGE ? "this file is larger than 64 MiB, the limit"
                                                          : wg_strerror(err)};
}

LwDoc *lw_load(const char *name, const char *text, uint32_t len) {
  LwDoc *doc = calloc(1, sizeof *doc);
  if (!doc) abort();
  doc->a = wg_arena_new();
  int rc = wg_load(text, len, name ? name : "untitled.wg", NULL, &doc->doc);
  if (rc == WG_OK) {
    size_t n;
    doc->text = wg_doc_text(doc->doc, &n);
    doc->len = (uint32_t)n;
    copy_diags(doc);
  } else {
    doc->text = "";
    refused(doc, rc);
  }
  return doc;
}

void lw_free(LwDoc *doc) {
  if (!doc) return;
  wg_free(doc->doc);
  wg_arena_free(doc->a);
  free(doc->table);
  free(doc->found);
  free(doc);
}

int lw_diags(LwDoc *doc, const LwDiag **out) {
  *out = doc->diags;
  return doc->ndiags;
}

/* --- Formatting ------------------------------------------------------ */

static int format_status(int rc) { return rc == WG_OK ? 0 : rc == WG_ERR_NOMEM ? -2 : -1; }

int lw_format(LwDoc *doc, char **out, size_t *n) {
  return doc->doc ? format_status(wg_format(doc->doc, out, n)) : -1;
}

int lw_format_range(LwDoc *doc, LwSpan range, LwSpan *at, char **text) {
  wg_edit e;
  int rc = doc->doc ? format_status(wg_format_range(doc->doc, (wg_span){range.off, range.len}, &e)) : -1;
  if (rc == 0) {
    *at = (LwSpan){e.at.off, e.at.len};
    *text = (char *)e.text;
  }
  return rc;
}

/* --- The outline ------------------------------------------------------ */

/* The name a declaration has as written, when the checker did not run. */
static const char *written_id(LwDoc *doc, const Node *n) {
  if (!n->pub.has_name) return NULL;
  const char *own = wg_strndup(doc->a, doc->text + n->pub.name_at.off, n->pub.name_at.len);
  const LwDecl *p = n->pub.parent;
  if (n->pub.kind != WG_RECOMMENDATION || !p || p->kind != WG_TOPIC || !p->id) return own;
  size_t len = strlen(p->id) + strlen(own) + 2;
  char *id = wg_alloc(doc->a, len);
  snprintf(id, len, "%s.%s", p->id, own);
  return id;
}

static void fill(LwDoc *doc, Node *n, const wg_decl *d, const LwDecl *parent, int checked) {
  LwDecl *p = &n->pub;
  p->kind = d->kind;
  p->at = (LwSpan){d->at.off, d->at.len};
  p->kw_at = (LwSpan){d->at.off, (uint32_t)strlen(wg_kind_names[d->kind])};
  p->name_at = (LwSpan){d->name_at.off, d->name_at.len};
  p->has_name = d->name_at.off != d->at.off; /* a name is never the keyword */
  p->title = d->title;
  p->parent = parent;
  p->checked = checked && d->index >= 0;
  p->block = scan_block_start(doc->text, d->at.off + d->at.len, p->kw_at.off + p->kw_at.len);
  n->index = d->index;
  p->id = checked ? d->id : written_id(doc, n);
}

/* Links each node to its children, in source order. */
static void link(LwDoc *doc) {
  int *count = calloc((size_t)doc->nnodes + 1, sizeof *count); /* [0]: the root's */
  if (!count) abort();
  for (int i = 0; i < doc->nnodes; i++) {
    const wg_decl *d = wg_doc_decl(doc->doc, i);
    if (d->kind >= 0) count[d->parent + 1]++;
  }
  const LwDecl ***kids = calloc((size_t)doc->nnodes + 1, sizeof *kids);
  if (!kids) abort();
  for (int i = 0; i <= doc->nnodes; i++) kids[i] = wg_alloc(doc->a, (size_t)(count[i] + 1) * sizeof **kids);
  LwDecl *root = &doc->root->pub;
  root->children = kids[0];
  for (int i = 0; i < doc->nnodes; i++) {
    const wg_decl *d = wg_doc_decl(doc->doc, i);
    if (d->kind < 0) continue;
    LwDecl *parent = d->parent < 0 ? root : &doc->nodes[d->parent].pub;
    if (parent->kind == WG_BROKEN) continue;
    kids[d->parent + 1][parent->nchildren++] = &doc->nodes[i].pub;
    if (parent != root) parent->children = kids[d->parent + 1];
  }
  free(count);
  free(kids);
}

static uint32_t hash_id(const char *s) {
  uint32_t h = 2166136261u; /* FNV-1a */
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static const LwDecl **slot(LwDoc *doc, const char *id) {
  for (uint32_t i = hash_id(id) & (doc->cap - 1);; i = (i + 1) & (doc->cap - 1))
    if (!doc->table[i] || strcmp(doc->table[i]->id, id) == 0) return &doc->table[i];
}

static void index_names(LwDoc *doc) {
  doc->named = wg_alloc(doc->a, (size_t)(doc->nnodes + 1) * sizeof *doc->named);
  for (int i = 0; i < doc->nnodes; i++)
    if (doc->nodes[i].pub.kind >= 0 && doc->nodes[i].pub.id) doc->named[doc->nnamed++] = &doc->nodes[i].pub;
  doc->cap = 64;
  while (doc->cap < 2 * (uint32_t)doc->nnamed) doc->cap *= 2;
  doc->table = calloc(doc->cap, sizeof *doc->table);
  if (!doc->table) abort();
  for (int i = 0; i < doc->nnamed; i++) {
    const LwDecl **s = slot(doc, doc->named[i]->id);
    if (!*s) *s = doc->named[i]; /* the first of a name is the one kept */
  }
}

static void build(LwDoc *doc) {
  if (doc->root) return;
  doc->root = wg_alloc(doc->a, sizeof *doc->root);
  doc->root->pub = (LwDecl){.kind = LW_TOP, .at = {0, doc->len}, .block = UINT32_MAX};
  doc->root->decl = doc->root->index = -1;
  doc->nnodes = doc->doc ? wg_doc_decl_count(doc->doc) : 0;
  doc->nodes = wg_alloc(doc->a, (size_t)(doc->nnodes + 1) * sizeof *doc->nodes);
  /* Checked when the library knows names: its ids, else as written. */
  int checked = 0;
  for (int i = 0; i < doc->nnodes && !checked; i++) checked = wg_doc_decl(doc->doc, i)->id != NULL;
  for (int i = 0; i < doc->nnodes; i++) { /* holders come first: parents are filled */
    const wg_decl *d = wg_doc_decl(doc->doc, i);
    doc->nodes[i].decl = i;
    doc->nodes[i].index = -1;
    doc->nodes[i].pub.kind = d->kind; /* WG_BROKEN: in no list, never returned */
    if (d->kind < 0) continue;
    const LwDecl *parent = d->parent < 0 ? &doc->root->pub : &doc->nodes[d->parent].pub;
    fill(doc, &doc->nodes[i], d, parent, checked);
  }
  link(doc);
  index_names(doc);
}

const LwDecl *lw_root(LwDoc *doc) {
  build(doc);
  return &doc->root->pub;
}

const LwDecl *lw_decl_at(LwDoc *doc, uint32_t off) {
  build(doc);
  int i = doc->doc ? wg_doc_decl_at(doc->doc, off) : -1;
  while (i >= 0 && doc->nodes[i].pub.kind < 0) i = wg_doc_decl(doc->doc, i)->parent;
  return i >= 0 ? &doc->nodes[i].pub : &doc->root->pub;
}

int lw_prop(LwDoc *doc, const LwDecl *decl, const char *key, LwSpan *at) {
  uint32_t from, to;
  if (!scan_prop(doc->text, decl->kw_at.off, decl->at.off + decl->at.len, decl->block, key, &from, &to))
    return 0;
  *at = (LwSpan){from, to - from};
  return 1;
}

/* --- Names ------------------------------------------------------------ */

const LwDecl *lw_lookup(LwDoc *doc, const char *id) {
  build(doc);
  return *slot(doc, id);
}

int lw_named(LwDoc *doc, const LwDecl *const **out) {
  build(doc);
  *out = doc->named;
  return doc->nnamed;
}

/* The library's symbol for a declaration of the outline. */
static int symbol_of(const LwDecl *decl, wg_symbol *sym) {
  const Node *n = (const Node *)decl;
  if (!decl->checked || !decl->id || n->index < 0) return 0;
  *sym = (wg_symbol){decl->kind, n->index, n->decl, decl->id, {decl->name_at.off, decl->name_at.len}};
  return 1;
}

static int by_offset(const void *a, const void *b) {
  const LwOcc *x = a, *y = b;
  return x->at.off < y->at.off ? -1 : x->at.off > y->at.off;
}

/* Every place that names decl, in doc->found, in source order. */
static int find_all(LwDoc *doc, const LwDecl *decl) {
  wg_symbol sym;
  doc->nfound = 0;
  if (!symbol_of(decl, &sym)) return 0;
  int n = wg_doc_references(doc->doc, &sym, NULL, 0);
  wg_span *spans = malloc((size_t)(n + 1) * sizeof *spans);
  LwOcc *found = realloc(doc->found, (size_t)(n + 1) * sizeof *found);
  if (!spans || !found) abort();
  doc->found = found;
  n = wg_doc_references(doc->doc, &sym, spans, n);
  for (int i = 0; i < n; i++)
    found[i] = (LwOcc){{spans[i].off, spans[i].len}, decl, i == 0};
  free(spans);
  qsort(found, (size_t)n, sizeof *found, by_offset);
  return doc->nfound = n;
}

int lw_occurrence_at(LwDoc *doc, uint32_t off, LwOcc *out) {
  build(doc);
  wg_symbol sym;
  if (!doc->doc || !wg_doc_symbol_at(doc->doc, off, &sym) || sym.decl < 0 || sym.decl >= doc->nnodes)
    return 0;
  int n = find_all(doc, &doc->nodes[sym.decl].pub);
  for (int i = 0; i < n; i++) /* the part that holds off, its end included */
    if (off >= doc->found[i].at.off && off <= doc->found[i].at.off + doc->found[i].at.len) {
      *out = doc->found[i];
      return 1;
    }
  return 0;
}

int lw_occurrences(LwDoc *doc, const LwDecl *decl, const LwOcc **out) {
  build(doc);
  int n = find_all(doc, decl);
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
  if (!doc->doc || !decl || !decl->checked) return 0;
  const wg_charter *ch = wg_doc_charter(doc->doc);
  int i = ((const Node *)decl)->index;
  if (decl->kind == WG_MEMBER || i < 0 || i >= model_count(ch, decl->kind)) return 0;
  kind_facts(&f, ch, decl->kind, i);
  return f.n;
}
