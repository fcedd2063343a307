/*
** Unit tests of the language server's own modules: positions in both
** encodings (lsp_doc.c), framing (lsp_io.c), the scan around a cursor
** (lsp_scan.c), and when the server analyses after edits, on a clock of
** the test's own (lsp_server.c).
*/
#include "unit.h"

#include "lsp/lsp_doc.h"
#include "lsp/lsp_io.h"
#include "lsp/lsp_scan.h"
#include "lsp/lsp_server.h"

/* --- Positions ----------------------------------------------------------------- */

/* "Genève" has a 2-byte letter, 日本 3-byte ones, 😀 4 bytes and two
** UTF-16 units. */
static const char text[] = "a Genève 日本 😀 z\r\nsecond\rthird\n";

static void test_positions(void) {
  Docs ds = {0};
  Doc *d = doc_open(&ds, "file:///t.wg", text, strlen(text), 1);
  uint32_t z = (uint32_t)(strchr(text, 'z') - text);
  int64_t line, col;
  doc_position(d, ENC_UTF16, z, &line, &col);
  CHECK_INT(line, 0);
  CHECK_INT(col, 15); /* a, space, 6, space, 2, space, 2 units, space */
  doc_position(d, ENC_UTF8, z, &line, &col);
  CHECK_INT(col, (int64_t)z);
  CHECK_INT(doc_offset(d, ENC_UTF16, 0, 15), z);
  CHECK_INT(doc_offset(d, ENC_UTF8, 0, (int64_t)z), z);
  /* Inside a character: its start. */
  uint32_t smile = (uint32_t)(strstr(text, "😀") - text);
  CHECK_INT(doc_offset(d, ENC_UTF16, 0, 13), smile);
  CHECK_INT(doc_offset(d, ENC_UTF8, 0, smile + 2), smile);
  doc_position(d, ENC_UTF16, smile + 1, &line, &col);
  CHECK_INT(col, 12);
  /* Line ends: CRLF is one, a lone CR one; past the end of a line is
  ** its end, past the last line the document's end. */
  uint32_t second = (uint32_t)(strstr(text, "second") - text);
  CHECK_INT(doc_offset(d, ENC_UTF16, 1, 0), second);
  CHECK_INT(doc_offset(d, ENC_UTF16, 0, 999), second - 2);
  CHECK_INT(doc_offset(d, ENC_UTF16, 2, 0), (uint32_t)(strstr(text, "third") - text));
  CHECK_INT(doc_offset(d, ENC_UTF16, 3, 0), strlen(text));
  CHECK_INT(doc_offset(d, ENC_UTF16, 99, 5), strlen(text));
  CHECK_INT(doc_offset(d, ENC_UTF16, -1, 5), 0);
  doc_position(d, ENC_UTF16, second - 1, &line, &col); /* the LF of CRLF */
  CHECK_INT(line, 0);
  CHECK_INT(col, 16);
  /* Conversions in any order agree with those in order. */
  for (uint32_t off = (uint32_t)strlen(text) + 1; off-- > 0;) {
    doc_position(d, ENC_UTF16, off, &line, &col);
    uint32_t back = doc_offset(d, ENC_UTF16, line, col);
    CHECK(back <= off);
  }
  docs_free(&ds);
}

static void test_edits(void) {
  Docs ds = {0};
  Doc *d = doc_open(&ds, "file:///t.wg", "abc\ndef\n", 8, 1);
  CHECK_INT(doc_edit(d, 1, 2, "XYZ", 3), 0);
  CHECK_STR(d->text, "aXYZc\ndef\n");
  CHECK_INT(doc_edit(d, 7, 3, "", 0), 0); /* reversed: the range between */
  CHECK_STR(d->text, "aXYef\n");
  CHECK_INT(doc_offset(d, ENC_UTF8, 1, 0), 6);
  CHECK_INT(doc_edit(d, 100, 100, "!", 1), 0); /* past the end: at the end */
  CHECK_STR(d->text, "aXYef\n!");
  CHECK(doc_find(&ds, "file:///t.wg") == d);
  Doc *e = doc_open(&ds, "file:///u.wg", "", 0, 1);
  CHECK(doc_find(&ds, "file:///u.wg") == e);
  doc_close(&ds, e);
  CHECK(doc_find(&ds, "file:///u.wg") == NULL);
  docs_free(&ds);
  char *p = doc_uri_path("file:///home/x/Gen%C3%A8ve%20charter.wg");
  CHECK_STR(p, "/home/x/Genève charter.wg");
  free(p);
  p = doc_uri_path("untitled:Untitled-1");
  CHECK_STR(p, "untitled:Untitled-1");
  free(p);
}

/* --- Framing -------------------------------------------------------------------- */

static int next(LspIn *in, char *out) {
  const char *body;
  size_t n;
  char why[200];
  int r = lsp_in_next(in, &body, &n, why, sizeof why);
  if (r == LSP_IN_MESSAGE) memcpy(out, body, n), out[n] = 0;
  else strcpy(out, r == LSP_IN_BAD ? why : "");
  return r;
}

static void test_framing(void) {
  LspIn in = {0};
  char got[300];
  static const char two[] = "Content-Length: 2\r\n\r\n{}content-length:3\n\n[1]\r\n";
  /* Byte by byte, as a slow pipe would give it. */
  int messages = 0;
  for (size_t i = 0; i < sizeof two - 1; i++) {
    lsp_in_feed(&in, two + i, 1);
    while (next(&in, got) == LSP_IN_MESSAGE) messages++;
  }
  CHECK_INT(messages, 2);
  CHECK_STR(got, "");
  lsp_in_feed(&in, "X-Other: 1\r\n\r\n", 14);
  CHECK_INT(next(&in, got), LSP_IN_BAD);
  CHECK(strstr(got, "Content-Length") != NULL);
  lsp_in_feed(&in, "Content-Length: 300000000\r\n\r\nabc", 32);
  CHECK_INT(next(&in, got), LSP_IN_BAD);
  CHECK(strstr(got, "300000000") != NULL);
  CHECK_INT(next(&in, got), LSP_IN_MORE);
  CHECK_INT(in.skip, 300000000 - 3);
  in.skip = 2; /* as if all but two bytes had gone by */
  lsp_in_feed(&in, "..Content-Length: 1\r\n\r\n7", 24);
  CHECK_INT(next(&in, got), LSP_IN_MESSAGE);
  CHECK_STR(got, "7");
  char junk[LSP_MAX_HEADER + 10];
  memset(junk, 'j', sizeof junk);
  lsp_in_feed(&in, junk, sizeof junk);
  CHECK_INT(next(&in, got), LSP_IN_BAD);
  CHECK_INT(next(&in, got), LSP_IN_MORE); /* the same run: reported once */
  lsp_in_free(&in);
}

/* --- The scan ------------------------------------------------------------------- */

static ScanCtx scan_at(const char *t, const char *mark) {
  ScanCtx c;
  scan_context(t, (uint32_t)strlen(t), (uint32_t)(strstr(t, mark) - t), &c);
  return c;
}

static void test_scan(void) {
  const char *t = "deliverable d \"a { b\" {\n  owner x,\n    y\n  status co|\n  # } |c\n  due \"s|\n}\n|";
  ScanCtx c = scan_at(t, "co|");
  CHECK_INT(c.depth, 1);
  CHECK_STR(lw_kind_name(c.block), "deliverable");
  CHECK(c.has_word && c.word.len == 3); /* `co|`, to the next blank */
  CHECK_INT(c.ntok, 1);
  CHECK(c.key >= 0 && c.after_key == 0);
  int owner;
  CHECK_INT(lw_keyword("owner", 5, &owner), 2);
  CHECK(c.given >> owner & 1); /* `owner x,\n y` was one statement */
  c = scan_at(t, " |c");
  CHECK(c.in_comment);
  c = scan_at(t, "s|");
  CHECK(c.in_string);
  c = scan_at(t, "\n|");
  CHECK_INT(c.depth, 0);
  CHECK_INT(c.block, LW_TOP);
  CHECK_INT(c.ntok, 0);
  CHECK_INT(scan_block_start(t, (uint32_t)strlen(t), 0), strstr(t, "\" {") + 2 - t); /* not the one quoted */
}

/* The values of key in the declaration at the start of t, as text. */
static const char *prop_of(const char *t, const char *key) {
  static char out[100];
  uint32_t len = (uint32_t)strlen(t), from, to;
  uint32_t block = scan_block_start(t, len, 0);
  if (!scan_prop(t, 0, len, block, key, &from, &to)) return "(none)";
  snprintf(out, sizeof out, "%.*s", (int)(to - from), t + from);
  return out;
}

static void test_scan_prop(void) {
  /* Inline, ended by the next key; in the block, ended by the line. */
  CHECK_STR(prop_of("meeting M \"m\" on 2013-05-30..2013-05-31 at \"Geneva\"", "on"), "2013-05-30..2013-05-31");
  CHECK_STR(prop_of("meeting M \"m\" on 2013-05-30 at \"Geneva\"", "at"), "\"Geneva\"");
  CHECK_STR(prop_of("event E \"e\" {\n  at \"x\" # where\n  on 2014-05-12\n}", "on"), "2014-05-12");
  CHECK_STR(prop_of("deliverable d \"d\" { owner a; allow x, y }", "allow"), "x, y");
  CHECK_STR(prop_of("deliverable d \"d\" {\n  allow x,\n    y\n  owner a\n}", "allow"), "x,\n    y");
  CHECK_STR(prop_of("deliverable d \"d\" allow\n", "allow"), "");
  /* Not in what the declaration holds, not in a string, not a value. */
  CHECK_STR(prop_of("topic T \"t\" {\n  recommendation 1 \"r\" { allow x }\n}", "allow"), "(none)");
  CHECK_STR(prop_of("body B \"on 2013\"", "on"), "(none)");
  CHECK_STR(prop_of("topic T \"t\" {\n  note \"allow\"\n}", "allow"), "(none)");
}

/* --- The adapter ------------------------------------------------------------------- */

static void test_adapter(void) {
  const char *t = "working_group W \"w\" {\n  decides_by consensus\n}\nbody B \"b\" \"c\" \"d\"\n"
                  "topic T \"t\" {\n  recommendation 1 \"r\" { owner W }\n}\n";
  LwDoc *d = lw_load("t.wg", t, (uint32_t)strlen(t));
  const LwDecl *root = lw_root(d);
  CHECK_INT(root->kind, LW_TOP);
  CHECK_INT(root->nchildren, 2); /* the broken `body` is left out */
  /* Inside the statement that did not parse: the file, not a stand-in. */
  CHECK(lw_decl_at(d, (uint32_t)(strstr(t, "\"c\"") - t)) == root);
  const LwDecl *r = lw_decl_at(d, (uint32_t)(strstr(t, "owner") - t));
  CHECK_STR(r->id, "T.1");
  CHECK_STR(lw_kind_name(r->kind), "recommendation");
  CHECK(r->parent == root->children[1]);
  CHECK(lw_lookup(d, "T.1") == r);
  CHECK(lw_lookup(d, "1") == NULL);
  LwSpan at;
  CHECK(lw_prop(d, root->children[0], "decides_by", &at) && at.len == 9);
  lw_free(d);
}

/* --- Analysis after edits --------------------------------------------------------- */

static double clock_ms;
static double fake_now(void) { return clock_ms; }
static int published;
static char last_sent[4096];

static void capture(void *ctx, const char *body, size_t n) {
  (void)ctx;
  if (strstr(body, "publishDiagnostics")) published++;
  snprintf(last_sent, sizeof last_sent, "%.*s", (int)n, body);
}

static void message(Server *s, const char *m) { lsp_server_message(s, m, strlen(m)); }

static void change(Server *s, int version) {
  char m[300];
  snprintf(m, sizeof m,
           "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
           "{\"uri\":\"file:///d.wg\",\"version\":%d},\"contentChanges\":[{\"text\":\"body B%d \\\"b\\\"\"}]}}",
           version, version);
  message(s, m);
}

static void test_debounce(void) {
  Server s;
  lsp_server_init(&s, capture, NULL, fake_now, "test");
  message(&s, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
  message(&s, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
              "{\"uri\":\"file:///d.wg\",\"version\":1,\"text\":\"\"}}}");
  CHECK_INT(published, 1); /* on open, at once */
  CHECK_INT(lsp_server_wait(&s), -1);
  /* Edits that come together are analysed once, when the input is idle. */
  for (int v = 2; v <= 4; v++) change(&s, v);
  CHECK_INT(published, 1);
  CHECK_INT(lsp_server_wait(&s), 0);
  lsp_server_idle(&s, 0);
  CHECK_INT(published, 2);
  CHECK(strstr(last_sent, "\"version\":4") != NULL);
  CHECK_INT(lsp_server_wait(&s), -1);
  /* A pause asked for (30 ms): each edit puts the analysis off by it. */
  s.pause = 30;
  for (int v = 5; v <= 7; v++, clock_ms += 10) change(&s, v);
  CHECK(lsp_server_wait(&s) > 0 && lsp_server_wait(&s) <= 30);
  lsp_server_idle(&s, 0);
  CHECK_INT(published, 2); /* the pause is not over */
  clock_ms += 25;
  lsp_server_idle(&s, 0);
  CHECK_INT(published, 3); /* one analysis for the burst, of its last version */
  CHECK(strstr(last_sent, "\"version\":7") != NULL);
  /* Edits that never pause are still analysed, three pauses after the
  ** first of each burst: 45 edits 10 ms apart, over 450 ms. */
  for (int v = 8; v < 53; v++, clock_ms += 10) {
    change(&s, v);
    lsp_server_idle(&s, 0);
  }
  CHECK(published >= 3 + 4 && published <= 3 + 6);
  /* A request sees the text as it is: the document is analysed first. */
  change(&s, 60);
  message(&s, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":"
              "{\"textDocument\":{\"uri\":\"file:///d.wg\"}}}");
  CHECK(strstr(last_sent, "B60") != NULL);
  CHECK_INT(lsp_server_wait(&s), -1);
  lsp_server_free(&s);
}

int main(void) {
  test_positions();
  test_edits();
  test_framing();
  test_scan();
  test_scan_prop();
  test_adapter();
  test_debounce();
  UNIT_END();
}
