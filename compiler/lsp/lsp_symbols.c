/*
** textDocument/documentSymbol: the outline of a charter, declarations
** nested as written (a topic's recommendations under it, a composition's
** groups under it). Each kind has an LSP symbol kind chosen for the icon
** editors draw (docs/lsp.md, "Outline").
*/
#include "lsp_features.h"

/* LSP SymbolKind by declaration kind, in lw_kind_name order. */
static const int symbol_kinds[] = {
    2,  /* working_group: Module */
    1,  /* mandate: File, an instrument */
    5,  /* body: Class */
    11, /* role: Interface */
    10, /* region: Enum */
    23, /* composition: Struct */
    19, /* group: Object */
    8,  /* member: Field */
    24, /* event: Event */
    24, /* meeting: Event */
    12, /* deliverable: Function */
    3,  /* topic: Namespace */
    6,  /* recommendation: Method */
};

int lsp_symbol_kind(int kind) {
  return kind >= 0 && kind < (int)(sizeof symbol_kinds / sizeof *symbol_kinds) ? symbol_kinds[kind] : 13;
}

/* The name an outline shows: the declared name, else the title (a
** mandate, a member), else the keyword (a composition). Never empty:
** some editors reject a symbol without a name. */
static const char *symbol_name(const LwDecl *d) {
  if (d->id && *d->id) return d->id;
  if (d->title && *d->title) return d->title;
  return lw_kind_name(d->kind);
}

static json_t *symbol(Server *s, Doc *doc, const LwDecl *d) {
  LwSpan sel = d->name_at;
  json_t *j = json_pack("{s:s, s:i, s:o, s:o}", "name", symbol_name(d), "kind", lsp_symbol_kind(d->kind),
                        "range", lsp_range(s, doc, d->at.off, d->at.len), "selectionRange",
                        lsp_range(s, doc, sel.off, sel.len));
  const char *detail = d->title && d->id ? d->title : lw_kind_name(d->kind);
  json_object_set_new(j, "detail", json_string(detail));
  json_t *kids = json_array();
  for (int i = 0; i < d->nchildren; i++) json_array_append_new(kids, symbol(s, doc, d->children[i]));
  json_object_set_new(j, "children", kids);
  return j;
}

/* The flat form, for clients without hierarchicalDocumentSymbolSupport. */
static void flat(Server *s, Doc *doc, const LwDecl *d, json_t *out) {
  for (int i = 0; i < d->nchildren; i++) {
    const LwDecl *k = d->children[i];
    json_t *j = json_pack("{s:s, s:i, s:o}", "name", symbol_name(k), "kind", lsp_symbol_kind(k->kind),
                          "location", lsp_location(s, doc, k->at.off, k->at.len));
    if (d->kind != LW_TOP) json_object_set_new(j, "containerName", json_string(symbol_name(d)));
    json_array_append_new(out, j);
    flat(s, doc, k, out);
  }
}

json_t *lsp_document_symbol(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  const LwDecl *root = lw_root(doc->wg);
  json_t *out = json_array();
  if (!s->hierarchy) {
    flat(s, doc, root, out);
    return out;
  }
  for (int i = 0; i < root->nchildren; i++) json_array_append_new(out, symbol(s, doc, root->children[i]));
  return out;
}
