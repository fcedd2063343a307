/*
** Names: textDocument/definition, references, documentHighlight,
** prepareRename and rename, over the adapter's index of definitions and
** references (lsp_wg.h). A qualified name is handled part by part: in
** `I.1`, `I` is the topic and `1` the recommendation, so renaming the
** topic rewrites the `I` of every `I.1`, `I.2`, and renaming the
** recommendation its `1` alone. A new name is refused, with the reason,
** when it is not a name the kind may take or when it is already declared.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp_features.h"

/* The occurrence at the request's position; 0 with e set if none. */
static int occurrence(Server *s, json_t *params, LspError *e, Doc **doc, LwOcc *o) {
  *doc = lsp_doc(s, params, e);
  if (!*doc) return 0;
  long long off = lsp_offset(s, *doc, params, e);
  if (off < 0) return 0;
  return lw_occurrence_at((*doc)->wg, (uint32_t)off, o);
}

static LwSpan def_span(const LwDecl *d) { return d->name_at; }

json_t *lsp_definition(Server *s, json_t *params, LspError *e) {
  Doc *doc;
  LwOcc o;
  if (!occurrence(s, params, e, &doc, &o)) return NULL;
  LwSpan at = def_span(o.decl);
  return lsp_location(s, doc, at.off, at.len);
}

json_t *lsp_references(Server *s, json_t *params, LspError *e) {
  Doc *doc;
  LwOcc o;
  if (!occurrence(s, params, e, &doc, &o)) return e->code ? NULL : json_array();
  int with_def = json_is_true(json_object_get(json_object_get(params, "context"), "includeDeclaration"));
  const LwOcc *v;
  int n = lw_occurrences(doc->wg, o.decl, &v);
  json_t *out = json_array();
  for (int i = 0; i < n; i++)
    if (with_def || !v[i].is_def) json_array_append_new(out, lsp_location(s, doc, v[i].at.off, v[i].at.len));
  return out;
}

json_t *lsp_highlight(Server *s, json_t *params, LspError *e) {
  enum { READ = 2, WRITE = 3 }; /* DocumentHighlightKind: a reference reads, a definition writes */
  Doc *doc;
  LwOcc o;
  if (!occurrence(s, params, e, &doc, &o)) return e->code ? NULL : json_array();
  const LwOcc *v;
  int n = lw_occurrences(doc->wg, o.decl, &v);
  json_t *out = json_array();
  for (int i = 0; i < n; i++)
    json_array_append_new(out, json_pack("{s:o, s:i}", "range", lsp_range(s, doc, v[i].at.off, v[i].at.len),
                                         "kind", v[i].is_def ? WRITE : READ));
  return out;
}

json_t *lsp_prepare_rename(Server *s, json_t *params, LspError *e) {
  Doc *doc;
  LwOcc o;
  if (!occurrence(s, params, e, &doc, &o)) {
    if (e->code) return NULL;
    return lsp_fail(e, RPC_REQUEST_FAILED, "%s", "there is no declared name here to rename");
  }
  char *name = strndup(doc->text + o.at.off, o.at.len);
  json_t *out = json_pack("{s:o, s:s}", "range", lsp_range(s, doc, o.at.off, o.at.len), "placeholder",
                          name ? name : "");
  free(name);
  return out;
}

/* The id a declaration would have with its own name changed to name. */
static char *new_id(const LwDecl *d, const char *name) {
  char *id;
  size_t n = strlen(name) + (d->parent && d->parent->id ? strlen(d->parent->id) + 2 : 1);
  if (!(id = malloc(n))) return NULL;
  if (d->id && strchr(d->id, '.') && d->parent && d->parent->id) snprintf(id, n, "%s.%s", d->parent->id, name);
  else snprintf(id, n, "%s", name);
  return id;
}

/* Why name cannot be d's new name, in e; 0 if it can. */
static int refuse(Server *s, Doc *doc, const LwDecl *d, const char *name, LspError *e) {
  int index, int_name, title;
  lw_kind_naming(d->kind, &int_name, &title);
  if (lw_keyword(name, strlen(name), &index)) {
    lsp_fail(e, RPC_REQUEST_FAILED, "`%.100s` is a keyword of the language: choose another name", name);
    return 1;
  }
  if (!lw_valid_name(d->kind, name, strlen(name))) {
    lsp_fail(e, RPC_REQUEST_FAILED,
             "`%.100s` is not a name: a name starts with a letter or `_`, then letters, digits, `_` or `-`%s",
             name, int_name ? " (or is a whole number)" : "");
    return 1;
  }
  char *id = new_id(d, name);
  const LwDecl *taken = id ? lw_lookup(doc->wg, id) : NULL;
  if (taken && taken != d) {
    int64_t line, col;
    doc_position(doc, s->enc, def_span(taken).off, &line, &col);
    lsp_fail(e, RPC_REQUEST_FAILED, "`%.100s` is already declared, as a %s on line %lld", id,
             lw_kind_name(taken->kind), (long long)line + 1);
  }
  free(id);
  return taken && taken != d;
}

json_t *lsp_rename(Server *s, json_t *params, LspError *e) {
  Doc *doc;
  LwOcc o;
  const char *name = json_string_value(json_object_get(params, "newName"));
  if (!name) return lsp_fail(e, RPC_INVALID_PARAMS, "%s", "expected params.newName, a string");
  if (!occurrence(s, params, e, &doc, &o)) {
    if (e->code) return NULL;
    return lsp_fail(e, RPC_REQUEST_FAILED, "%s", "there is no declared name here to rename");
  }
  if (refuse(s, doc, o.decl, name, e)) return NULL;
  const LwOcc *v;
  int n = lw_occurrences(doc->wg, o.decl, &v);
  json_t *edits = json_array();
  for (int i = 0; i < n; i++) json_array_append_new(edits, lsp_text_edit(s, doc, v[i].at.off, v[i].at.len, name));
  json_t *changes = json_object();
  json_object_set_new(changes, doc->uri, edits);
  return json_pack("{s:o}", "changes", changes);
}
