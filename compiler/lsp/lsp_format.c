/*
** textDocument/formatting and textDocument/rangeFormatting: the layout
** of `wgc fmt` (docs/style.md), made by the library (through lsp_wg.h)
** and sent as one TextEdit per run of changed lines (fmt_diff_runs, the
** diff of `wgc fmt --diff`), so that the editor keeps its cursor, marks
** and folds on the lines that stay; nothing at all for a text already
** in the layout, so that the editor does not mark it modified. One
** layout, no options: FormattingOptions (tabSize...) are not read. A
** text with syntax errors is not formatted: no edits, and a log message
** saying why, never an error the editor would pop up at each save
** (docs/lsp.md).
*/
#include <stdlib.h>
#include <string.h>

#include "../fmt_main.h"
#include "lsp_features.h"

typedef struct Edits {
  Server *s;
  Doc *doc;
  const char *text; /* the new text the runs take their bytes from */
  uint32_t base;    /* where the old bytes diffed start in the document */
  json_t *out;
} Edits;

static void add_run(void *ctx, size_t a_off, size_t a_len, size_t b_off, size_t b_len) {
  Edits *e = ctx;
  json_t *range = lsp_range(e->s, e->doc, e->base + (uint32_t)a_off, (uint32_t)a_len);
  json_array_append_new(e->out, json_pack("{s:o, s:s%}", "range", range, "newText", e->text + b_off,
                                          b_len));
}

/* The edits that turn the n bytes of the document at `at` into text. */
static json_t *edits(Server *s, Doc *doc, uint32_t at, uint32_t n, const char *text, size_t len) {
  Edits e = {s, doc, text, at, json_array()};
  fmt_diff_runs(doc->text + at, n, text, len, add_run, &e);
  return e.out;
}

/* What to answer when the library did not format: rc -1 (syntax errors,
** or a document it refused) gives no edits, said in the log. */
static json_t *not_formatted(Server *s, Doc *doc, int rc, LspError *e) {
  if (rc == -2) return lsp_fail(e, RPC_INTERNAL_ERROR, "%s", "out of memory while formatting");
  lsp_log(s, 3, "`%.300s` is not formatted: it has syntax errors; fix them first", doc->uri);
  return json_array();
}

json_t *lsp_formatting(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  char *text;
  size_t n;
  int rc = lw_format(doc->wg, &text, &n);
  if (rc != 0) return not_formatted(s, doc, rc, e);
  json_t *out = edits(s, doc, 0, doc->len, text, n);
  free(text);
  return out;
}

json_t *lsp_range_formatting(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  uint32_t from, to;
  if (lsp_range_offsets(s, doc, params, &from, &to, e) != 0) return NULL;
  LwSpan at;
  char *text;
  int rc = lw_format_range(doc->wg, (LwSpan){from, to - from}, &at, &text);
  if (rc != 0) return not_formatted(s, doc, rc, e);
  json_t *out = edits(s, doc, at.off, at.len, text, strlen(text));
  free(text);
  return out;
}
