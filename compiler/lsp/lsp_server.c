/*
** JSON-RPC and the lifecycle of LSP 3.17: each message is parsed,
** checked for the shape JSON-RPC 2.0 gives a request or notification,
** and dispatched by method through one table. Whatever arrives, the
** answer is a result or an error, never a crash: bad JSON is -32700,
** a malformed message -32600, an unknown method -32601, bad params
** -32602, a request before `initialize` -32002 (docs/lsp.md).
**
** Documents are analysed when opened and, after edits, when the input
** is idle (lsp_server_idle): edits that arrive together, or while an
** analysis runs, are all applied first and analysed once. A client may
** ask for a pause after each edit (initializationOptions.pauseMs); the
** default is none, as an analysis costs less than the wait would add
** (docs/performance.md).
*/
#include "lsp_server.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lsp_features.h"

/* The longest pause a client may ask for after an edit (ms); and however
** long a burst of edits goes on, its first is analysed at most this many
** pauses later. */
enum { MAX_PAUSE = 1000, MAX_PAUSES = 3 };

json_t *lsp_fail(LspError *e, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  e->code = code;
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  return NULL;
}

/* --- Sending -------------------------------------------------------------- */

static void send(Server *s, json_t *msg) {
  char *text = json_dumps(msg, JSON_COMPACT);
  json_decref(msg);
  if (!text) return; /* out of memory: the message is lost, not the server */
  s->write(s->write_ctx, text, strlen(text));
  free(text);
}

static json_t *message(void) { return json_pack("{s:s}", "jsonrpc", "2.0"); }

void lsp_notify(Server *s, const char *method, json_t *params) {
  json_t *m = message();
  json_object_set_new(m, "method", json_string(method));
  json_object_set_new(m, "params", params ? params : json_object());
  send(s, m);
}

static void respond(Server *s, json_t *id, json_t *result, const LspError *e) {
  json_t *m = message();
  json_object_set(m, "id", id ? id : json_null());
  if (e && e->code)
    json_object_set_new(m, "error", json_pack("{s:i, s:s}", "code", e->code, "message", e->msg));
  else
    json_object_set_new(m, "result", result ? result : json_null());
  send(s, m);
}

void lsp_server_reject(Server *s, int code, const char *why) {
  LspError e;
  lsp_fail(&e, code, "%s", why);
  respond(s, NULL, NULL, &e);
}

void lsp_log(Server *s, int type, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  lsp_notify(s, "window/logMessage", json_pack("{s:i, s:s}", "type", type, "message", buf));
}

/* --- Documents and positions, for the features ---------------------------------- */

static void analyse(Server *s, Doc *d) {
  char *name = doc_uri_path(d->uri);
  lw_free(d->wg);
  d->wg = lw_load(name, d->text, d->len);
  d->dirty = 0;
  d->due = 0;
  free(name);
  lsp_publish(s, d);
}

Doc *lsp_doc(Server *s, json_t *params, LspError *e) {
  const char *uri;
  if (json_unpack(params, "{s:{s:s}}", "textDocument", "uri", &uri) != 0) {
    lsp_fail(e, RPC_INVALID_PARAMS, "%s", "expected params.textDocument.uri, a string");
    return NULL;
  }
  Doc *d = doc_find(&s->docs, uri);
  if (!d) {
    lsp_fail(e, RPC_INVALID_PARAMS, "`%.300s` is not open", uri);
    return NULL;
  }
  if (d->dirty || !d->wg) analyse(s, d);
  return d;
}

int lsp_position_offset(Server *s, Doc *d, json_t *pos, uint32_t *off) {
  json_int_t line, col;
  if (json_unpack(pos, "{s:I, s:I}", "line", &line, "character", &col) != 0) return -1;
  *off = doc_offset(d, s->enc, line, col);
  return 0;
}

int lsp_range_offsets(Server *s, Doc *d, json_t *params, uint32_t *from, uint32_t *to, LspError *e) {
  json_t *range = json_object_get(params, "range");
  if (lsp_position_offset(s, d, json_object_get(range, "start"), from) != 0 ||
      lsp_position_offset(s, d, json_object_get(range, "end"), to) != 0) {
    lsp_fail(e, RPC_INVALID_PARAMS, "%s", "expected params.range with start and end positions");
    return -1;
  }
  if (*to < *from) {
    uint32_t t = *from;
    *from = *to;
    *to = t;
  }
  return 0;
}

long long lsp_offset(Server *s, Doc *d, json_t *params, LspError *e) {
  uint32_t off;
  if (lsp_position_offset(s, d, json_object_get(params, "position"), &off) != 0) {
    lsp_fail(e, RPC_INVALID_PARAMS, "%s", "expected params.position with integers line and character");
    return -1;
  }
  return off;
}

static json_t *position(Server *s, Doc *d, uint32_t off) {
  int64_t line, col;
  doc_position(d, s->enc, off, &line, &col);
  return json_pack("{s:I, s:I}", "line", (json_int_t)line, "character", (json_int_t)col);
}

json_t *lsp_range(Server *s, Doc *d, uint32_t off, uint32_t len) {
  json_t *start = position(s, d, off);
  return json_pack("{s:o, s:o}", "start", start, "end", position(s, d, off + len));
}

json_t *lsp_location(Server *s, Doc *d, uint32_t off, uint32_t len) {
  return json_pack("{s:s, s:o}", "uri", d->uri, "range", lsp_range(s, d, off, len));
}

json_t *lsp_text_edit(Server *s, Doc *d, uint32_t off, uint32_t len, const char *text) {
  return json_pack("{s:o, s:s}", "range", lsp_range(s, d, off, len), "newText", text);
}

json_t *lsp_markup(Server *s, const char *markdown) {
  return json_pack("{s:s, s:s}", "kind", s->markdown ? "markdown" : "plaintext", "value", markdown);
}

/* --- Lifecycle ------------------------------------------------------------ */

/* The client's first supported encoding in its order of preference. */
static int pick_encoding(json_t *caps) {
  json_t *list = json_object_get(json_object_get(caps, "general"), "positionEncodings");
  size_t i;
  json_t *v;
  json_array_foreach(list, i, v) {
    const char *name = json_string_value(v);
    if (name && strcmp(name, "utf-8") == 0) return ENC_UTF8;
    if (name && strcmp(name, "utf-16") == 0) return ENC_UTF16;
  }
  return ENC_UTF16;
}

static int has_string(json_t *list, const char *want) {
  size_t i;
  json_t *v;
  json_array_foreach(list, i, v) if (json_string_value(v) && strcmp(json_string_value(v), want) == 0) return 1;
  return 0;
}

static json_t *capabilities(Server *s) {
  return json_pack(
      "{s:s, s:{s:b, s:i, s:{s:b}}, s:b, s:{s:[s,s,s], s:b}, s:b, s:b, s:b, s:b, s:{s:b},"
      " s:{s:[s]}, s:b, s:b}",
      "positionEncoding", s->enc == ENC_UTF8 ? "utf-8" : "utf-16",
      "textDocumentSync", "openClose", 1, "change", 2, "save", "includeText", 0,
      "hoverProvider", 1,
      "completionProvider", "triggerCharacters", " ", ".", ",", "resolveProvider", 0,
      "definitionProvider", 1, "referencesProvider", 1, "documentHighlightProvider", 1,
      "documentSymbolProvider", 1,
      "renameProvider", "prepareProvider", 1,
      "codeActionProvider", "codeActionKinds", "quickfix",
      "documentFormattingProvider", 1, "documentRangeFormattingProvider", 1);
}

static json_t *m_initialize(Server *s, json_t *params, LspError *e) {
  if (s->state != ST_NEW) return lsp_fail(e, RPC_INVALID_REQUEST, "%s", "`initialize` was already received");
  json_t *caps = json_object_get(params, "capabilities");
  json_t *td = json_object_get(caps, "textDocument");
  s->enc = pick_encoding(caps);
  s->markdown = has_string(json_object_get(json_object_get(td, "hover"), "contentFormat"), "markdown");
  s->hierarchy = json_is_true(json_object_get(json_object_get(td, "documentSymbol"),
                                              "hierarchicalDocumentSymbolSupport"));
  json_t *options = json_object_get(params, "initializationOptions");
  const char *url = json_string_value(json_object_get(options, "rulesUrl"));
  json_t *pause = json_object_get(options, "pauseMs");
  if (json_is_number(pause) && json_number_value(pause) >= 0)
    s->pause = json_number_value(pause) < MAX_PAUSE ? json_number_value(pause) : MAX_PAUSE;
  if (url) {
    free(s->rules_url);
    s->rules_url = strdup(url);
  }
  json_t *pid = json_object_get(params, "processId");
  if (json_is_integer(pid)) s->client_pid = (long)json_integer_value(pid);
  s->state = ST_RUNNING;
  return json_pack("{s:o, s:{s:s, s:s}}", "capabilities", capabilities(s), "serverInfo", "name",
                   "wgc", "version", s->version);
}

static json_t *m_shutdown(Server *s, json_t *params, LspError *e) {
  (void)params, (void)e;
  s->state = ST_SHUTDOWN;
  return NULL;
}

static json_t *m_exit(Server *s, json_t *params, LspError *e) {
  (void)params, (void)e;
  s->exited = 1;
  return NULL;
}

static json_t *m_ignore(Server *s, json_t *params, LspError *e) {
  (void)s, (void)params, (void)e;
  return NULL;
}

/* --- Text synchronisation ------------------------------------------------- */

static json_t *m_did_open(Server *s, json_t *params, LspError *e) {
  const char *uri, *text;
  size_t n;
  json_int_t version = 0;
  if (json_unpack(params, "{s:{s:s, s?I, s:s%}}", "textDocument", "uri", &uri, "version", &version,
                  "text", &text, &n) != 0)
    return lsp_fail(e, RPC_INVALID_PARAMS, "%s", "didOpen: expected textDocument with uri and text");
  Doc *d = doc_open(&s->docs, uri, text, n, version);
  if (!d) return lsp_fail(e, RPC_INVALID_PARAMS, "`%.300s` is over %d MiB: not opened", uri, DOC_MAX >> 20);
  analyse(s, d);
  return NULL;
}

/* Applies one TextDocumentContentChangeEvent; 0 if it was applied. */
static int apply_change(Server *s, Doc *d, json_t *change, LspError *e) {
  const char *text;
  size_t n;
  json_t *range = NULL;
  if (json_unpack(change, "{s:s%, s?o}", "text", &text, &n, "range", &range) != 0) {
    lsp_fail(e, RPC_INVALID_PARAMS, "%s", "didChange: a change without text");
    return -1;
  }
  uint32_t from = 0, to = d->len;
  if (range && (lsp_position_offset(s, d, json_object_get(range, "start"), &from) != 0 ||
                lsp_position_offset(s, d, json_object_get(range, "end"), &to) != 0)) {
    lsp_fail(e, RPC_INVALID_PARAMS, "%s", "didChange: a range without start and end positions");
    return -1;
  }
  if (doc_edit(d, from, to, text, n) != 0) {
    lsp_fail(e, RPC_INVALID_PARAMS, "didChange: the document would be over %d MiB", DOC_MAX >> 20);
    return -1;
  }
  return 0;
}

static json_t *m_did_change(Server *s, json_t *params, LspError *e) {
  const char *uri;
  json_t *version = NULL, *changes;
  if (json_unpack(params, "{s:{s:s, s?o}, s:o}", "textDocument", "uri", &uri, "version", &version,
                  "contentChanges", &changes) != 0 || !json_is_array(changes))
    return lsp_fail(e, RPC_INVALID_PARAMS, "%s", "didChange: expected textDocument.uri and contentChanges");
  Doc *d = doc_find(&s->docs, uri);
  if (!d) return lsp_fail(e, RPC_INVALID_PARAMS, "didChange: `%.300s` is not open", uri);
  int was_dirty = d->dirty;
  size_t i;
  json_t *c;
  json_array_foreach(changes, i, c) if (apply_change(s, d, c, e) != 0) break;
  if (json_is_integer(version)) d->version = json_integer_value(version);
  if (!d->dirty) return NULL; /* nothing changed */
  /* Each edit puts the analysis off by the pause, but not past
  ** MAX_PAUSES pauses after the first edit of the burst. */
  double now = s->now();
  if (!was_dirty) d->burst = now;
  d->due = now + s->pause;
  if (d->due > d->burst + MAX_PAUSES * s->pause) d->due = d->burst + MAX_PAUSES * s->pause;
  return NULL;
}

static json_t *m_did_close(Server *s, json_t *params, LspError *e) {
  const char *uri;
  if (json_unpack(params, "{s:{s:s}}", "textDocument", "uri", &uri) != 0)
    return lsp_fail(e, RPC_INVALID_PARAMS, "%s", "didClose: expected textDocument.uri");
  Doc *d = doc_find(&s->docs, uri);
  if (!d) return NULL;
  lsp_notify(s, "textDocument/publishDiagnostics", json_pack("{s:s, s:[]}", "uri", uri, "diagnostics"));
  doc_close(&s->docs, d);
  return NULL;
}

/* --- Dispatch ---------------------------------------------------------------- */

enum { REQUEST = 1, NOTIFICATION = 2, EARLY = 4 /* allowed before initialize */ };

typedef struct Method {
  const char *name;
  json_t *(*fn)(Server *, json_t *, LspError *);
  int flags;
} Method;

static const Method methods[] = {
    {"initialize", m_initialize, REQUEST | EARLY},
    {"initialized", m_ignore, NOTIFICATION},
    {"shutdown", m_shutdown, REQUEST},
    {"exit", m_exit, NOTIFICATION | EARLY},
    {"textDocument/didOpen", m_did_open, NOTIFICATION},
    {"textDocument/didChange", m_did_change, NOTIFICATION},
    {"textDocument/didClose", m_did_close, NOTIFICATION},
    {"textDocument/didSave", m_ignore, NOTIFICATION},
    {"textDocument/hover", lsp_hover, REQUEST},
    {"textDocument/completion", lsp_completion, REQUEST},
    {"textDocument/documentSymbol", lsp_document_symbol, REQUEST},
    {"textDocument/definition", lsp_definition, REQUEST},
    {"textDocument/references", lsp_references, REQUEST},
    {"textDocument/documentHighlight", lsp_highlight, REQUEST},
    {"textDocument/prepareRename", lsp_prepare_rename, REQUEST},
    {"textDocument/rename", lsp_rename, REQUEST},
    {"textDocument/codeAction", lsp_code_action, REQUEST},
    {"textDocument/formatting", lsp_formatting, REQUEST},
    {"textDocument/rangeFormatting", lsp_range_formatting, REQUEST},
    {"workspace/didChangeConfiguration", m_ignore, NOTIFICATION},
    {"workspace/didChangeWatchedFiles", m_ignore, NOTIFICATION},
    {"$/cancelRequest", m_ignore, NOTIFICATION},
    {"$/setTrace", m_ignore, NOTIFICATION},
};

static const Method *find_method(const char *name) {
  for (size_t i = 0; i < sizeof methods / sizeof *methods; i++)
    if (strcmp(methods[i].name, name) == 0) return &methods[i];
  return NULL;
}

/* Runs method m; the answer goes back only for a request (id). */
static void call(Server *s, const Method *m, json_t *id, json_t *params) {
  LspError e = {0};
  if (params && !json_is_object(params)) {
    lsp_fail(&e, RPC_INVALID_PARAMS, "the params of `%s` must be an object", m->name);
  } else if (s->state == ST_NEW && !(m->flags & EARLY)) {
    lsp_fail(&e, RPC_SERVER_NOT_INITIALIZED, "`%s` before `initialize`", m->name);
  } else if (s->state == ST_SHUTDOWN && m->fn != m_exit) {
    lsp_fail(&e, RPC_INVALID_REQUEST, "`%s` after `shutdown`: only `exit` is accepted", m->name);
  } else {
    json_t *empty = params ? NULL : json_object();
    json_t *result = m->fn(s, params ? params : empty, &e);
    json_decref(empty);
    if (id) respond(s, id, result, &e);
    else {
      json_decref(result);
      if (e.code && s->state != ST_NEW) lsp_log(s, 2, "%s", e.msg);
    }
    return;
  }
  if (id) respond(s, id, NULL, &e);
}

static void dispatch(Server *s, json_t *msg) {
  json_t *id = json_object_get(msg, "id");
  const char *version = json_string_value(json_object_get(msg, "jsonrpc"));
  json_t *method = json_object_get(msg, "method");
  LspError e = {0};
  if (id && !json_is_integer(id) && !json_is_string(id)) {
    lsp_server_reject(s, RPC_INVALID_REQUEST, "a request's id must be an integer or a string");
    return;
  }
  if (!method && (json_object_get(msg, "result") || json_object_get(msg, "error")))
    return; /* a response: the server sends no requests, so it expects none */
  if (!version || strcmp(version, "2.0") != 0 || !json_is_string(method)) {
    lsp_fail(&e, RPC_INVALID_REQUEST, "%s",
             !json_is_string(method) ? "a message needs `method`, a string"
                                     : "a message needs `\"jsonrpc\": \"2.0\"`");
    if (id) respond(s, id, NULL, &e);
    else lsp_server_reject(s, e.code, e.msg);
    return;
  }
  const Method *m = find_method(json_string_value(method));
  if (!m && id && s->state == ST_NEW) {
    lsp_fail(&e, RPC_SERVER_NOT_INITIALIZED, "`%.200s` before `initialize`", json_string_value(method));
    respond(s, id, NULL, &e);
  } else if (m) {
    json_t *params = json_object_get(msg, "params");
    call(s, m, id, json_is_null(params) ? NULL : params); /* null: no params (Eglot) */
  } else if (id) {
    lsp_fail(&e, RPC_METHOD_NOT_FOUND, "unknown method `%.200s`", json_string_value(method));
    respond(s, id, NULL, &e);
  } /* an unknown notification is ignored, as LSP asks */
}

void lsp_server_message(Server *s, const char *body, size_t n) {
  json_error_t err;
  json_t *msg = json_loadb(body, n, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
  if (!msg) {
    char why[300];
    snprintf(why, sizeof why, "the message is not JSON: %s (at byte %d)", err.text, err.position);
    lsp_server_reject(s, RPC_PARSE_ERROR, why);
    return;
  }
  if (json_is_object(msg)) dispatch(s, msg);
  else lsp_server_reject(s, RPC_INVALID_REQUEST, "a message must be a JSON object (batches are not part of LSP)");
  json_decref(msg);
}

/* --- Analysis when idle ---------------------------------------------------- */

double lsp_server_wait(const Server *s) {
  double soonest = -1, now = s->now();
  for (const Doc *d = s->docs.first; d; d = d->next) {
    if (!d->dirty) continue;
    double w = d->due > now ? d->due - now : 0;
    if (soonest < 0 || w < soonest) soonest = w;
  }
  return soonest;
}

void lsp_server_idle(Server *s, int all) {
  double now = s->now();
  for (Doc *d = s->docs.first; d; d = d->next)
    if (d->dirty && (all || d->due <= now)) {
      analyse(s, d);
    }
}

/* --- Set-up ------------------------------------------------------------------ */

/* A file: URI for path, percent-encoded. */
static char *file_uri(const char *path, const char *fragment) {
  size_t n = strlen(path);
  char *out = malloc(3 * n + strlen(fragment) + 16), *o = out;
  if (!out) abort();
  o += sprintf(o, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/", *p))
      *o++ = (char)*p;
    else
      o += sprintf(o, "%%%02X", *p);
  }
  strcpy(o, fragment);
  return out;
}

/* docs/rules.md beside the binary: in the repository (build/wgc,
** build/san/wgc) or installed (PREFIX/share/doc/wgc). */
static char *find_rules(void) {
  static const char *const places[] = {"/../docs/rules.md", "/../../docs/rules.md",
                                       "/../share/doc/wgc/rules.md"};
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n <= 0) return NULL;
  exe[n] = 0;
  char *slash = strrchr(exe, '/');
  if (!slash) return NULL;
  *slash = 0;
  for (size_t i = 0; i < sizeof places / sizeof *places; i++) {
    char path[PATH_MAX + 64], real[PATH_MAX];
    snprintf(path, sizeof path, "%s%s", exe, places[i]);
    if (realpath(path, real)) return file_uri(real, "");
  }
  return NULL;
}

void lsp_server_init(Server *s, void (*write)(void *, const char *, size_t), void *ctx,
                     double (*now)(void), const char *version) {
  memset(s, 0, sizeof *s);
  s->write = write;
  s->write_ctx = ctx;
  s->now = now;
  s->version = version;
  s->rules_url = find_rules();
}

void lsp_server_free(Server *s) {
  docs_free(&s->docs);
  free(s->rules_url);
  s->rules_url = NULL;
}
