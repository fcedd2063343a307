/*
** The requests the server answers, one file per family: each handler
** takes the request's params and returns its result (NULL for a JSON
** null), or sets e and returns NULL.
*/
#ifndef WGC_LSP_FEATURES_H
#define WGC_LSP_FEATURES_H

#include "lsp_server.h"

/* lsp_diag.c: textDocument/publishDiagnostics for d's last analysis. */
void lsp_publish(Server *s, Doc *d);

/* One diagnostic as LSP's Diagnostic object. */
json_t *lsp_diagnostic(Server *s, Doc *d, const LwDiag *g);

/* lsp_symbols.c */
json_t *lsp_document_symbol(Server *s, json_t *params, LspError *e);

/* The LSP SymbolKind drawn for a declaration kind (completion uses it too). */
int lsp_symbol_kind(int kind);

/* lsp_complete.c */
json_t *lsp_completion(Server *s, json_t *params, LspError *e);

/* lsp_hover.c */
json_t *lsp_hover(Server *s, json_t *params, LspError *e);

/* Markdown describing a kind, or a property of kind (from the schema
** table), for hover and completion; free() it. */
char *lsp_kind_doc(int kind);
char *lsp_key_doc(const LwKey *k, int kind);

/* lsp_names.c */
json_t *lsp_definition(Server *s, json_t *params, LspError *e);
json_t *lsp_references(Server *s, json_t *params, LspError *e);
json_t *lsp_highlight(Server *s, json_t *params, LspError *e);
json_t *lsp_prepare_rename(Server *s, json_t *params, LspError *e);
json_t *lsp_rename(Server *s, json_t *params, LspError *e);

/* lsp_actions.c */
json_t *lsp_code_action(Server *s, json_t *params, LspError *e);

/* lsp_format.c */
json_t *lsp_formatting(Server *s, json_t *params, LspError *e);
json_t *lsp_range_formatting(Server *s, json_t *params, LspError *e);

#endif
