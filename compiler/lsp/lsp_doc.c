/*
** Documents and positions (lsp_doc.h). Lines end at "\n", "\r\n" or a
** lone "\r", as LSP counts them. The text is always valid UTF-8: it
** arrives in JSON strings, and an edit lands only between characters,
** since positions are rounded down to a character's start.
*/
#include "lsp_doc.h"

#include <stdlib.h>
#include <string.h>

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) abort();
  return p;
}

static char *xstrdup(const char *s) {
  char *p = strdup(s);
  if (!p) abort();
  return p;
}

Doc *doc_find(Docs *ds, const char *uri) {
  for (Doc *d = ds->first; d; d = d->next)
    if (strcmp(d->uri, uri) == 0) return d;
  return NULL;
}

static void doc_free(Doc *d) {
  lw_free(d->wg);
  free(d->uri);
  free(d->text);
  free(d->lines);
  free(d);
}

void doc_close(Docs *ds, Doc *d) {
  for (Doc **p = &ds->first; *p; p = &(*p)->next)
    if (*p == d) {
      *p = d->next;
      doc_free(d);
      return;
    }
}

void docs_free(Docs *ds) {
  while (ds->first) doc_close(ds, ds->first);
}

Doc *doc_open(Docs *ds, const char *uri, const char *text, size_t n, int64_t version) {
  if (n > DOC_MAX) return NULL;
  Doc *old = doc_find(ds, uri);
  if (old) doc_close(ds, old);
  Doc *d = calloc(1, sizeof *d);
  if (!d) abort();
  d->uri = xstrdup(uri);
  d->cap = n + 1;
  d->text = xrealloc(NULL, d->cap);
  memcpy(d->text, text, n);
  d->text[n] = 0;
  d->len = (uint32_t)n;
  d->version = version;
  d->lines_stale = 1;
  d->dirty = 1;
  d->next = ds->first;
  ds->first = d;
  return d;
}

int doc_edit(Doc *d, uint32_t from, uint32_t to, const char *text, size_t n) {
  if (from > d->len) from = d->len;
  if (to > d->len) to = d->len;
  if (to < from) {
    uint32_t t = to;
    to = from;
    from = t;
  }
  size_t len = (size_t)d->len - (to - from) + n;
  if (len > DOC_MAX) return -1;
  if (len + 1 > d->cap) {
    d->cap = len + 1 > 2 * d->cap ? len + 1 : 2 * d->cap;
    d->text = xrealloc(d->text, d->cap);
  }
  memmove(d->text + from + n, d->text + to, d->len - to + 1); /* the NUL too */
  memcpy(d->text + from, text, n);
  d->len = (uint32_t)len;
  d->lines_stale = 1;
  d->at_valid = 0;
  d->dirty = 1;
  return 0;
}

/* --- Lines and positions ------------------------------------------------ */

/* The line starts of d's text after the first, into out when it is not
** NULL; returns how many. A line ends at "\n", "\r\n" or a lone "\r"
** (LSP's three). Without any "\r", memchr finds the breaks: the whole
** text is scanned after every edit, and byte by byte that was a tenth
** of the server's time on a 10,000-item charter. */
static uint32_t line_breaks(const Doc *d, uint32_t *out) {
  const char *t = d->text, *end = t + d->len;
  uint32_t n = 0;
  if (!memchr(t, '\r', d->len)) {
    for (const char *p = t; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++, n++)
      if (out) out[n] = (uint32_t)(p - t) + 1;
    return n;
  }
  for (uint32_t i = 0; i < d->len; i++)
    if (t[i] == '\n' || (t[i] == '\r' && t[i + 1] != '\n')) {
      if (out) out[n] = i + 1;
      n++;
    }
  return n;
}

static void build_lines(Doc *d) {
  if (!d->lines_stale) return;
  uint32_t n = 1 + line_breaks(d, NULL);
  d->lines = xrealloc(d->lines, (size_t)n * sizeof *d->lines);
  d->lines[0] = 0;
  d->nlines = 1 + line_breaks(d, d->lines + 1);
  d->lines_stale = 0;
  d->at_valid = 0;
}

/* Where line i's text ends, before its line break. */
static uint32_t line_end(const Doc *d, uint32_t i) {
  if (i + 1 >= d->nlines) return d->len;
  uint32_t e = d->lines[i + 1] - 1; /* the break's last byte */
  if (d->text[e] == '\n' && e > d->lines[i] && d->text[e - 1] == '\r') e--;
  return e;
}

/* The code units of the character whose first byte is c. */
static int units(int enc, unsigned char c, int *bytes) {
  *bytes = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (enc == ENC_UTF8) return *bytes;
  return *bytes == 4 ? 2 : 1;
}

uint32_t doc_offset(Doc *d, int enc, int64_t line, int64_t col) {
  build_lines(d);
  if (line < 0) return 0;
  if (line >= d->nlines) return d->len;
  uint32_t at = d->lines[line], end = line_end(d, (uint32_t)line);
  int64_t n = 0;
  while (at < end && n < col) {
    int bytes, u = units(enc, (unsigned char)d->text[at], &bytes);
    if (n + u > col) break; /* inside this character */
    if (at + (uint32_t)bytes > end) bytes = (int)(end - at);
    n += u;
    at += (uint32_t)bytes;
  }
  return at;
}

static uint32_t line_of(const Doc *d, uint32_t off) {
  uint32_t lo = 0, hi = d->nlines; /* the last line starting at or before off */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (d->lines[mid] <= off) lo = mid;
    else hi = mid;
  }
  return lo;
}

void doc_position(Doc *d, int enc, uint32_t off, int64_t *line, int64_t *col) {
  build_lines(d);
  if (off > d->len) off = d->len;
  uint32_t from;
  int64_t n;
  uint32_t l;
  if (d->at_valid && d->at_enc == enc && off >= d->at_off && (d->at_line + 1 >= d->nlines || off < d->lines[d->at_line + 1])) {
    l = d->at_line;
    from = d->at_off;
    n = d->at_col;
  } else {
    l = line_of(d, off);
    from = d->lines[l];
    n = 0;
  }
  uint32_t end = line_end(d, l);
  if (off > end) off = end; /* inside a line break: its start */
  while (from < off) {
    int bytes, u = units(enc, (unsigned char)d->text[from], &bytes);
    if (from + (uint32_t)bytes > off) break; /* off inside a character: its start */
    n += u;
    from += (uint32_t)bytes;
  }
  d->at_off = from;
  d->at_line = l;
  d->at_col = n;
  d->at_valid = 1;
  d->at_enc = enc;
  *line = l;
  *col = n;
}

static int hexval(int c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                        : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

char *doc_uri_path(const char *uri) {
  const char *p = strncmp(uri, "file://", 7) == 0 ? uri + 7 : NULL;
  if (!p) return xstrdup(uri);
  if (*p != '/') p = strchr(p, '/') ? strchr(p, '/') : p; /* file://host/path */
  char *out = xrealloc(NULL, strlen(p) + 1), *o = out;
  for (; *p; p++) {
    if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
      char c = (char)(hexval(p[1]) * 16 + hexval(p[2]));
      *o++ = c ? c : '?';
      p += 2;
    } else {
      *o++ = *p;
    }
  }
  *o = 0;
  return out;
}
