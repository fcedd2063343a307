/*
** The server's state and what its features share: the JSON-RPC layer
** (lsp_server.c) dispatches each request to a handler of one feature
** file (lsp_features.h), which reads its parameters and the document
** through the helpers below and returns its result.
*/
#ifndef WGC_LSP_SERVER_H
#define WGC_LSP_SERVER_H

#include <jansson.h>
#include <stddef.h>

#include "lsp_doc.h"

/* JSON-RPC and LSP error codes. */
enum {
  RPC_PARSE_ERROR = -32700,
  RPC_INVALID_REQUEST = -32600,
  RPC_METHOD_NOT_FOUND = -32601,
  RPC_INVALID_PARAMS = -32602,
  RPC_INTERNAL_ERROR = -32603,
  RPC_SERVER_NOT_INITIALIZED = -32002,
  RPC_REQUEST_FAILED = -32803
};

typedef struct LspError {
  int code; /* 0: none */
  char msg[400];
} LspError;

/* Sets e and returns NULL, for a handler's `return lsp_fail(...)`. */
json_t *lsp_fail(LspError *e, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

enum { ST_NEW, ST_RUNNING, ST_SHUTDOWN };

typedef struct Server {
  int state;
  int exited;    /* `exit` arrived: stop */
  int enc;       /* ENC_UTF16 or ENC_UTF8, as negotiated */
  int markdown;  /* the client renders markdown in hover and documentation */
  int hierarchy; /* the client takes DocumentSymbol[] */
  Docs docs;
  char *rules_url; /* docs/rules.md as a URI, or NULL */
  double pause;      /* ms an analysis waits after an edit for more (0: none) */
  long client_pid;  /* initialize's processId, or 0 */
  /* Where messages go, and the clock: main's or a test's. */
  void (*write)(void *ctx, const char *body, size_t n);
  void *write_ctx;
  double (*now)(void);
  const char *version;
} Server;

void lsp_server_init(Server *s, void (*write)(void *, const char *, size_t), void *ctx,
                     double (*now)(void), const char *version);
void lsp_server_free(Server *s);

/* Handles one message body. */
void lsp_server_message(Server *s, const char *body, size_t n);

/* Answers a message that could not be read at all (id null). */
void lsp_server_reject(Server *s, int code, const char *why);

/* Milliseconds until the next analysis is due, 0 if one is, -1 if none is
** pending. */
double lsp_server_wait(const Server *s);

/* Analyses the documents due (all that are pending if `all`) and
** publishes their diagnostics. */
void lsp_server_idle(Server *s, int all);

/* --- For the features ---------------------------------------------------- */

/* The document params.textDocument.uri names, analysed up to its last
** edit; NULL with e set if there is none. */
Doc *lsp_doc(Server *s, json_t *params, LspError *e);

/* The offset of params.position in d; -1 with e set if it is malformed. */
long long lsp_offset(Server *s, Doc *d, json_t *params, LspError *e);

/* The offset of a Position object. */
int lsp_position_offset(Server *s, Doc *d, json_t *pos, uint32_t *off);

/* The offsets of params.range in d, *from <= *to (a range given end
** first is turned round); -1 with e set if it is malformed. */
int lsp_range_offsets(Server *s, Doc *d, json_t *params, uint32_t *from, uint32_t *to, LspError *e);

/* A Range for the bytes [off, off + len) of d. */
json_t *lsp_range(Server *s, Doc *d, uint32_t off, uint32_t len);

/* A Location: d's uri and a range. */
json_t *lsp_location(Server *s, Doc *d, uint32_t off, uint32_t len);

/* A TextEdit replacing [off, off + len) with text. */
json_t *lsp_text_edit(Server *s, Doc *d, uint32_t off, uint32_t len, const char *text);

/* MarkupContent in the client's preferred kind. */
json_t *lsp_markup(Server *s, const char *markdown);

/* Sends a notification (takes params). */
void lsp_notify(Server *s, const char *method, json_t *params);

/* window/logMessage; type 1 error .. 4 log. */
void lsp_log(Server *s, int type, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
