/*
** The library's public calls (wg.h; docs/library.md): a charter loaded
** once, then asked questions. A wg_doc owns a copy of the source, the
** compilation (tree, model, what the checker found) and the views the
** calls hand out (diagnostics, declarations), all freed by wg_free.
** Running out of memory anywhere inside wg_load is caught here
** (runtime/alloc.h) and returned as WG_ERR_NOMEM.
*/
#include <stdlib.h>
#include <string.h>

#include "compile.h"
#include "emit.h"
#include "fmt.h"
#include "sema.h"
#include "tree.h"
#include "../runtime/alloc.h"

struct wg_options {
  Policy policy;
  wg_date as_of;
};

struct wg_doc {
  Source src;
  Ctx c;
  char *name;
  wg_diag *diags; /* those shown, the options applied */
  int ndiags, errors, warnings;
  wg_decl *decls; /* every declaration in source order */
  int ndecls;
  int *decl_of;   /* Decl.n to its place in decls, or -1 */
  wg_charter *empty; /* the model when the checker did not run */
};

const char *wg_strerror(int err) {
  switch (err) {
  case WG_OK: return "no error";
  case WG_ERR_NOMEM: return "out of memory";
  case WG_ERR_TOO_LARGE: return "the charter is larger than 64 MiB, the limit";
  case WG_ERR_USAGE: return "invalid argument";
  case WG_ERR_SYNTAX: return "the charter has syntax errors";
  default: return "unknown error";
  }
}

/* --- Options ----------------------------------------------------------- */

wg_options *wg_options_new(void) {
  wg_options *o = calloc(1, sizeof *o);
  if (o) o->as_of = WG_NODATE;
  return o;
}

void wg_options_free(wg_options *o) { free(o); }

int wg_options_as_of(wg_options *o, const char *date) {
  wg_date t = date ? wg_date_parse(date, (int)strlen(date)) : WG_NODATE;
  if (t == WG_NODATE) return WG_ERR_USAGE;
  o->as_of = t;
  return WG_OK;
}

int wg_options_level(wg_options *o, const char *rule, int level) {
  const Rule *r = rule_find(rule);
  if (!r || r->severity == SEV_ERROR || level < WG_LEVEL_DEFAULT || level > WG_LEVEL_DENY)
    return WG_ERR_USAGE;
  o->policy.level[r->code] = (unsigned char)(level == WG_LEVEL_ALLOW   ? POLICY_ALLOW
                                             : level == WG_LEVEL_DENY ? POLICY_DENY
                                                                      : 0);
  return WG_OK;
}

void wg_options_werror(wg_options *o, int on) { o->policy.werror = on != 0; }

/* --- Views --------------------------------------------------------------- */

/* d's fixes as wg_fix, with their edits as arrays. */
static void build_fixes(wg_doc *doc, const Diag *d, wg_diag *out) {
  wg_arena *a = doc->c.arena;
  int n = 0;
  for (const Fix *f = d->fixes; f; f = f->next) n++;
  wg_fix *fixes = wg_alloc(a, ((size_t)n + 1) * sizeof *fixes);
  n = 0;
  for (const Fix *f = d->fixes; f; f = f->next) {
    int k = 0;
    for (const Edit *e = f->edits; e; e = e->next) k++;
    wg_edit *edits = wg_alloc(a, ((size_t)k + 1) * sizeof *edits);
    k = 0;
    for (const Edit *e = f->edits; e; e = e->next) edits[k++] = (wg_edit){e->at, e->text};
    fixes[n++] = (wg_fix){f->msg, f->safe, edits, k};
  }
  out->fixes = fixes;
  out->nfixes = n;
}

/* The diagnostics that are shown, as wg_diag: notes and fixes as arrays. */
static void build_diags(wg_doc *doc) {
  Ctx *c = &doc->c;
  doc->diags = wg_alloc(c->arena, ((size_t)c->diags.n + 1) * sizeof *doc->diags);
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    if (d->allowed) continue;
    wg_diag *out = &doc->diags[doc->ndiags++];
    const Rule *r = rule_by_code(d->code);
    int n = 0;
    for (const Note *k = d->notes; k; k = k->next) n++;
    wg_note *notes = wg_alloc(c->arena, ((size_t)n + 1) * sizeof *notes);
    n = 0;
    for (const Note *k = d->notes; k; k = k->next) notes[n++] = (wg_note){k->at, k->msg};
    *out = (wg_diag){d->code, r ? r->name : "", (wg_severity)d->severity, d->at, d->msg,
                     notes, n, NULL, 0};
    build_fixes(doc, d, out);
    if (d->severity == SEV_ERROR) doc->errors++;
    else doc->warnings++;
  }
}

static void add_decls(wg_doc *doc, const Decl *d, int parent) {
  const Sema *s = doc->c.sema;
  for (; d; d = d->next) {
    int i = doc->ndecls++;
    const DeclFacts *f = s ? sema_d(s, d) : NULL;
    int ok = f && !f->bad && d->kind >= 0;
    doc->decl_of[d->n] = i;
    doc->decls[i] = (wg_decl){d->kind >= 0 ? d->kind : WG_BROKEN,
                              ok ? f->id : NULL,
                              d->title ? d->title->s : NULL,
                              d->at,
                              s ? sema_name_at(s, d) : d->name ? d->name->at : d->kw_at,
                              parent,
                              ok ? f->index : -1};
    add_decls(doc, d->children, i);
  }
}

/* Every declaration in source order, each before what it holds. */
static void build_decls(wg_doc *doc) {
  Ctx *c = &doc->c;
  doc->decls = wg_alloc(c->arena, ((size_t)c->ndecl_nodes + 1) * sizeof *doc->decls);
  doc->decl_of = wg_alloc(c->arena, ((size_t)c->ndecl_nodes + 1) * sizeof *doc->decl_of);
  memset(doc->decl_of, -1, ((size_t)c->ndecl_nodes + 1) * sizeof *doc->decl_of);
  if (c->root) add_decls(doc, c->root->children, -1);
}

/* --- Loading ------------------------------------------------------------- */

/* Everything wg_load does that may run out of memory. */
static void load(wg_doc *doc, const char *bytes, size_t len, const char *name,
                 const wg_options *o) {
  doc->name = wg_xmalloc(strlen(name) + 1);
  strcpy(doc->name, name);
  src_from_memory(&doc->src, doc->name, bytes, (uint32_t)len);
  compile_init(&doc->c, &doc->src);
  doc->c.as_of = o ? o->as_of : WG_NODATE;
  compile(&doc->c);
  if (doc->c.sema) sema_collect_refs(doc->c.sema);
  diag_finish(&doc->c, o ? &o->policy : NULL);
  build_diags(doc);
  build_decls(doc);
  if (!doc->c.charter) {
    doc->empty = wg_alloc(doc->c.arena, sizeof *doc->empty);
    doc->empty->source = doc->name;
    doc->empty->arena = doc->c.arena;
  }
}

/* load() in a wg_try: nothing here but the jump's own state, which setjmp
** leaves intact (no local changes between setjmp and longjmp). */
static int try_load(wg_doc *doc, const char *bytes, size_t len, const char *name,
                    const wg_options *o, wg_doc **out) {
  wg_try t;
  if (WG_TRY(&t)) {
    load(doc, bytes, len, name, o);
    wg_try_end(&t);
    *out = doc;
    return WG_OK;
  }
  wg_try_end(&t);
  wg_free(doc);
  return WG_ERR_NOMEM;
}

int wg_load(const char *bytes, size_t len, const char *name, const wg_options *o,
            wg_doc **out) {
  *out = NULL;
  if (!bytes && len) return WG_ERR_USAGE;
  if (len > MAX_FILE) return WG_ERR_TOO_LARGE;
  wg_doc *doc = calloc(1, sizeof *doc);
  if (!doc) return WG_ERR_NOMEM;
  return try_load(doc, bytes ? bytes : "", len, name ? name : "<memory>", o, out);
}

void wg_free(wg_doc *doc) {
  if (!doc) return;
  compile_done(&doc->c);
  src_free(&doc->src);
  free(doc->name);
  free(doc);
}

const char *wg_doc_name(const wg_doc *doc) { return doc->name; }

/* For the formatter (fmt_api.c), which lays out the tree kept here. */
const Ctx *api_ctx(const wg_doc *doc) { return &doc->c; }

const char *wg_doc_text(const wg_doc *doc, size_t *len) {
  if (len) *len = doc->src.len;
  return doc->src.text;
}

void wg_doc_position(wg_doc *doc, uint32_t off, int *line, int *column) {
  if (off > doc->src.len) off = doc->src.len;
  src_position(&doc->src, off, line, column);
}

/* --- Diagnostics and rules ------------------------------------------------ */

int wg_diag_count(const wg_doc *doc) { return doc->ndiags; }

const wg_diag *wg_diag_get(const wg_doc *doc, int i) {
  return i >= 0 && i < doc->ndiags ? &doc->diags[i] : NULL;
}

int wg_error_count(const wg_doc *doc) { return doc->errors; }
int wg_warning_count(const wg_doc *doc) { return doc->warnings; }

int wg_rule_count(void) { return rule_count; }

const wg_rule *wg_rule_at(int i) { return i >= 0 && i < rule_count ? &rule_table[i] : NULL; }

const wg_rule *wg_rule_find(const char *code_or_name) { return rule_find(code_or_name); }

/* --- The model, declarations and names ------------------------------------- */

const wg_charter *wg_doc_charter(const wg_doc *doc) {
  return doc->c.charter ? doc->c.charter : doc->empty;
}

int wg_doc_decl_count(const wg_doc *doc) { return doc->ndecls; }

const wg_decl *wg_doc_decl(const wg_doc *doc, int i) {
  return i >= 0 && i < doc->ndecls ? &doc->decls[i] : NULL;
}

static int holds(wg_span s, uint32_t off) { return off >= s.off && off - s.off <= s.len; }

int wg_doc_decl_at(const wg_doc *doc, uint32_t off) {
  int found = -1;
  for (int i = 0; i < doc->ndecls; i++) /* each holder comes before what it holds */
    if (holds(doc->decls[i].at, off) && off < doc->decls[i].at.off + doc->decls[i].at.len)
      found = i;
  return found;
}

/* The symbol for the declaration of `kind` at model index `index`. */
static int symbol_of(const wg_doc *doc, int kind, int index, wg_symbol *out) {
  const Sema *s = doc->c.sema;
  if (!s || index < 0) return 0;
  const Decl *d = s->decls[sema_slot(kind)][index];
  const DeclFacts *f = sema_d(s, d);
  *out = (wg_symbol){d->kind, index, doc->decl_of[d->n], f->id, sema_name_at(s, d)};
  return f->id != NULL;
}

int wg_doc_lookup(const wg_doc *doc, const char *id, wg_symbol *out) {
  const Sema *s = doc->c.sema;
  const Name *n = s && id ? sema_lookup(s, id) : NULL;
  return n ? symbol_of(doc, (int)n->kind, (int)n->index, out) : 0;
}

int wg_doc_symbol_at(const wg_doc *doc, uint32_t off, wg_symbol *out) {
  const Sema *s = doc->c.sema;
  if (!s) return 0;
  const SemaRef *r = sema_ref_at(s, off);
  if (r) return symbol_of(doc, r->kind, r->index, out);
  for (int i = 0; i < s->nnamed; i++) {
    const Decl *d = s->named[i];
    if (holds(sema_name_at(s, d), off) && d->name)
      return symbol_of(doc, d->kind, sema_d(s, d)->index, out);
  }
  return 0;
}

static int same_target(int kind, int index, const wg_symbol *sym) {
  return sema_slot(kind) == sema_slot(sym->kind) && index == sym->index;
}

int wg_doc_references(const wg_doc *doc, const wg_symbol *sym, wg_span *out, int max) {
  const Sema *s = doc->c.sema;
  if (!s || !sym) return 0;
  int n = 0;
  if (n < max) out[n] = sym->name_at;
  n++;
  for (int i = 0; i < s->nrefs; i++)
    if (same_target(s->refs[i].kind, s->refs[i].index, sym)) {
      if (n < max) out[n] = s->refs[i].at;
      n++;
    }
  return n;
}

/* --- Fixes ------------------------------------------------------------------- */

int wg_doc_apply_fixes(const wg_doc *doc, int safe_only, char **out, size_t *len) {
  wg_try t;
  *out = NULL;
  *len = 0;
  int applied = 0;
  if (WG_TRY(&t)) *out = fix_apply(&doc->c, safe_only, len, &applied);
  wg_try_end(&t);
  return *out ? applied : WG_ERR_NOMEM;
}

/* --- Outputs ---------------------------------------------------------------- */

int wg_write_json(const wg_doc *doc, FILE *f) {
  if (doc->errors || !doc->c.charter) return WG_ERR_USAGE;
  emit_json(f, doc->c.charter);
  return WG_OK;
}
