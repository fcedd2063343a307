/*
** textDocument/publishDiagnostics: wgc's diagnostics as LSP gives them,
** with the rule's code, a link to its section of docs/rules.md, the
** notes as related information, and the tag Unnecessary where the thing
** marked can simply go (docs/lsp.md, "Diagnostics").
*/
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "lsp_features.h"
#include "rules.h"

/* An editor slows down under tens of thousands of marks; past this many
** the rest are summed up in one. */
enum { MAX_SHOWN = 1000 };

/* Rules whose subject is unused (WG701 unused-declaration), shown faded. */
static const int unnecessary[] = {RULE_UNUSED_DECLARATION};

static int is_unnecessary(int code) {
  for (size_t i = 0; i < sizeof unnecessary / sizeof *unnecessary; i++)
    if (unnecessary[i] == code) return 1;
  return 0;
}

static json_t *related(Server *s, Doc *d, const LwDiag *g) {
  json_t *list = json_array();
  for (int i = 0; i < g->nnotes; i++)
    json_array_append_new(list, json_pack("{s:o, s:s}", "location",
                                          lsp_location(s, d, g->notes[i].at.off, g->notes[i].at.len),
                                          "message", g->notes[i].msg));
  return list;
}

json_t *lsp_diagnostic(Server *s, Doc *d, const LwDiag *g) {
  char code[16];
  snprintf(code, sizeof code, "WG%d", g->code);
  json_t *j = json_pack("{s:o, s:i, s:s, s:s, s:s}", "range", lsp_range(s, d, g->at.off, g->at.len),
                        "severity", g->error ? 1 : 2, "code", code, "source", "wgc", "message", g->msg);
  if (s->rules_url) {
    char *href = malloc(strlen(s->rules_url) + 16);
    if (href) {
      sprintf(href, "%s#wg%d", s->rules_url, g->code);
      json_object_set_new(j, "codeDescription", json_pack("{s:s}", "href", href));
      free(href);
    }
  }
  if (g->nnotes) json_object_set_new(j, "relatedInformation", related(s, d, g));
  if (is_unnecessary(g->code)) json_object_set_new(j, "tags", json_pack("[i]", 1));
  return j;
}

void lsp_publish(Server *s, Doc *d) {
  const LwDiag *v;
  int n = lw_diags(d->wg, &v);
  json_t *list = json_array();
  for (int i = 0; i < n && i < MAX_SHOWN; i++) json_array_append_new(list, lsp_diagnostic(s, d, &v[i]));
  if (n > MAX_SHOWN) {
    char msg[160];
    snprintf(msg, sizeof msg, "%d more problems are not shown here: fix the ones above, or run `wgc check`",
             n - MAX_SHOWN);
    json_array_append_new(list, json_pack("{s:o, s:i, s:s, s:s}", "range",
                                          lsp_range(s, d, v[MAX_SHOWN].at.off, 0), "severity", 2,
                                          "source", "wgc", "message", msg));
  }
  lsp_notify(s, "textDocument/publishDiagnostics",
             json_pack("{s:s, s:I, s:o}", "uri", d->uri, "version", (json_int_t)d->version,
                       "diagnostics", list));
}
