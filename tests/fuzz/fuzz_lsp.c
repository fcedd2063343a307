/*
** libFuzzer target: the language server on random message streams, as a
** client that misbehaves would send them. Two readings of each input,
** chosen by its first byte:
**
** - even: the bytes are the stream itself, headers and all, fed to the
**   framing (compiler/lsp/lsp_io.c) in two pieces cut where the second
**   byte says, so that a message may arrive split;
** - odd: each line is one message body, framed here, so that mutations
**   inside the JSON (and inside documents sent in it, which are then
**   compiled) are not lost to a wrong Content-Length.
**
** Every message the server writes must be valid JSON: the target aborts
** otherwise. Documents are analysed after every message, on a clock that
** moves a millisecond per message, so the pause before analysis (and the
** forced analysis before a request) both run. Crashes, hangs, leaks and
** sanitizer reports are the rest of what it looks for.
**
** Built and run by `make fuzz` (FUZZ_TARGETS), with its own seeds
** (tests/fuzz/corpus-lsp) and dictionary (tests/fuzz/lsp.dict).
*/
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lsp/lsp_io.h"
#include "lsp/lsp_server.h"

static double clock_ms;
static double fake_now(void) { return clock_ms; }

/* Every message the server sends must parse as a JSON object. */
static void check_output(void *ctx, const char *body, size_t n) {
  (void)ctx;
  json_error_t err;
  json_t *m = json_loadb(body, n, JSON_ALLOW_NUL, &err);
  if (!m || !json_is_object(m)) abort();
  json_decref(m);
}

static void handle(Server *s, const char *body, size_t n) {
  lsp_server_message(s, body, n);
  clock_ms += 1;
  lsp_server_idle(s, 0);
}

/* The framing's view: everything whole in `in` is handled. */
static void drain(Server *s, LspIn *in) {
  const char *body;
  size_t n;
  char why[200];
  for (int r; !s->exited && (r = lsp_in_next(in, &body, &n, why, sizeof why)) != LSP_IN_MORE;) {
    if (r == LSP_IN_BAD) lsp_server_reject(s, RPC_PARSE_ERROR, why);
    else handle(s, body, n);
  }
}

static void as_stream(Server *s, const uint8_t *data, size_t size) {
  if (size == 0) return;
  LspIn in = {0};
  size_t n = size - 1, cut = data[0] % (n + 1);
  lsp_in_feed(&in, (const char *)data + 1, cut);
  drain(s, &in);
  lsp_in_feed(&in, (const char *)data + 1 + cut, n - cut);
  drain(s, &in);
  lsp_in_free(&in);
}

static void as_lines(Server *s, const uint8_t *data, size_t size) {
  const char *p = (const char *)data, *end = p + size;
  while (p < end && !s->exited) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *stop = nl ? nl : end;
    handle(s, p, (size_t)(stop - p));
    p = stop + 1;
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  Server s;
  clock_ms = 0;
  lsp_server_init(&s, check_output, NULL, fake_now, "fuzz");
  if (data[0] % 2 == 0) as_stream(&s, data + 1, size - 1);
  else as_lines(&s, data + 1, size - 1);
  lsp_server_idle(&s, 1);
  lsp_server_free(&s);
  return 0;
}
