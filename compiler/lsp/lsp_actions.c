/*
** textDocument/codeAction: for each diagnostic in the range asked about,
** the fixes it carries, then, for a warning, "allow this warning here":
** an `allow NAME` added to the innermost declaration that holds the
** diagnostic, which silences that warning there and nowhere else
** (docs/language.md, "Silencing a warning"; docs/lsp.md, "Quick fixes").
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp_features.h"

static json_t *edit(Doc *doc, json_t *edits) {
  json_t *changes = json_object();
  json_object_set_new(changes, doc->uri, edits);
  return json_pack("{s:o}", "changes", changes);
}

static json_t *action(Server *s, Doc *doc, const LwDiag *g, const char *title, int preferred, json_t *edits) {
  return json_pack("{s:s, s:s, s:[o], s:b, s:o}", "title", title, "kind", "quickfix", "diagnostics",
                   lsp_diagnostic(s, doc, g), "isPreferred", preferred, "edit", edit(doc, edits));
}

static void fixes(Server *s, Doc *doc, const LwDiag *g, json_t *out) {
  for (int i = 0; i < g->nfixes; i++) {
    const LwFix *f = &g->fixes[i];
    json_t *edits = json_array();
    for (int k = 0; k < f->nedits; k++)
      json_array_append_new(edits, lsp_text_edit(s, doc, f->edits[k].at.off, f->edits[k].at.len, f->edits[k].text));
    json_array_append_new(out, action(s, doc, g, f->title, f->safe, edits));
  }
}

/* The indentation of the line holding off, and two spaces more. */
static char *inner_indent(const Doc *doc, uint32_t off) {
  uint32_t start = off;
  while (start > 0 && doc->text[start - 1] != '\n') start--;
  uint32_t end = start;
  while (end < doc->len && (doc->text[end] == ' ' || doc->text[end] == '\t')) end++;
  char *ind = malloc(end - start + 3);
  if (!ind) return NULL;
  memcpy(ind, doc->text + start, end - start);
  strcpy(ind + (end - start), "  ");
  return ind;
}

/* Where `allow NAME` goes in d, and the text that puts it there. */
static uint32_t allow_edit(Doc *doc, const LwDecl *d, const char *name, char *text, size_t cap) {
  LwSpan allow;
  if (d->kind != LW_TOP && lw_prop(doc->wg, d, "allow", &allow) && allow.len) {
    snprintf(text, cap, ", %s", name); /* an `allow` already there takes one more name */
    return allow.off + allow.len;
  }
  if (d->kind == LW_TOP) {
    snprintf(text, cap, "allow %s\n", name);
    return doc->len >= 3 && memcmp(doc->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  }
  if (d->block == UINT32_MAX) { /* one line: an inline property */
    snprintf(text, cap, " allow %s", name);
    return d->at.off + d->at.len;
  }
  uint32_t p = d->block + 1;
  while (p < doc->len && (doc->text[p] == ' ' || doc->text[p] == '\t' || doc->text[p] == '\r')) p++;
  if (p < doc->len && doc->text[p] != '\n' && doc->text[p] != '#') { /* `{ seats 5; ... }` */
    snprintf(text, cap, " allow %s;", name);
    return d->block + 1;
  }
  while (p < doc->len && doc->text[p] != '\n') p++; /* after a comment on the `{` line */
  if (p > d->block + 1 && doc->text[p - 1] == '\r') p--;
  char *ind = inner_indent(doc, d->kw_at.off);
  snprintf(text, cap, "%s%s%sallow %s", doc->text[p] == '\r' ? "\r\n" : "\n", ind ? ind : "  ", "", name);
  free(ind);
  return p;
}

static void allow_action(Server *s, Doc *doc, const LwDiag *g, json_t *out) {
  const LwRule *r = lw_rule(g->code);
  if (g->error || !r || r->error) return; /* errors cannot be allowed (WG704) */
  const LwDecl *d = lw_decl_at(doc->wg, g->at.off);
  char text[256], title[300];
  uint32_t at = allow_edit(doc, d, r->name, text, sizeof text);
  if (d->kind == LW_TOP) snprintf(title, sizeof title, "allow `%s` in this file", r->name);
  else if (d->id) snprintf(title, sizeof title, "allow `%s` in `%.100s`", r->name, d->id);
  else snprintf(title, sizeof title, "allow `%s` in this %s", r->name, lw_kind_name(d->kind));
  json_array_append_new(out, action(s, doc, g, title, 0, json_pack("[o]", lsp_text_edit(s, doc, at, 0, text))));
}

/* Whether the client asked for kinds that leave quick fixes out. */
static int quickfix_wanted(json_t *params) {
  json_t *only = json_object_get(json_object_get(params, "context"), "only");
  if (!json_is_array(only)) return 1;
  size_t i;
  json_t *k;
  json_array_foreach(only, i, k) if (json_string_value(k) &&
                                      strncmp(json_string_value(k), "quickfix", 8) == 0) return 1;
  return 0;
}

json_t *lsp_code_action(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  uint32_t from, to;
  if (lsp_range_offsets(s, doc, params, &from, &to, e) != 0) return NULL;
  json_t *out = json_array();
  if (!quickfix_wanted(params)) return out;
  const LwDiag *v;
  int n = lw_diags(doc->wg, &v);
  for (int i = 0; i < n; i++) {
    if (v[i].at.off > to || v[i].at.off + v[i].at.len < from) continue;
    fixes(s, doc, &v[i], out);
    allow_action(s, doc, &v[i], out);
  }
  return out;
}
