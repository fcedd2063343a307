/*
** Framing (lsp_io.h). Header lines may end in "\r\n" (the protocol) or
** "\n" (people typing at a terminal); names are matched without regard
** to case; only Content-Length is read.
*/
#include "lsp_io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static void reserve(LspIn *in, size_t more) {
  if (in->pos > 0 && in->pos == in->len) in->pos = in->len = 0;
  if (in->len + more <= in->cap) return;
  if (in->pos > 0) { /* first make room by dropping what was read */
    memmove(in->buf, in->buf + in->pos, in->len - in->pos);
    in->len -= in->pos;
    in->pos = 0;
    if (in->len + more <= in->cap) return;
  }
  size_t cap = in->cap ? in->cap : 65536;
  while (cap < in->len + more) cap *= 2;
  char *b = realloc(in->buf, cap);
  if (!b) abort();
  in->buf = b;
  in->cap = cap;
}

void lsp_in_feed(LspIn *in, const char *p, size_t n) {
  if (n == 0) return; /* and the buffer may not exist yet */
  reserve(in, n);
  memcpy(in->buf + in->len, p, n);
  in->len += n;
}

long lsp_in_fill(LspIn *in, int fd) {
  reserve(in, 65536);
  for (;;) {
    ssize_t got = read(fd, in->buf + in->len, in->cap - in->len);
    if (got < 0 && errno == EINTR) continue;
    if (got > 0) in->len += (size_t)got;
    return (long)got;
  }
}

void lsp_in_free(LspIn *in) {
  free(in->buf);
  *in = (LspIn){0};
}

/* The end of the header block starting at p (n bytes), just past its
** blank line, or NULL. */
static const char *header_end(const char *p, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    if (p[i] != '\n') continue;
    if (p[i + 1] == '\n') return p + i + 2;
    if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n') return p + i + 3;
  }
  return NULL;
}

/* Content-Length from the header block [p, end): its value, -1 if there
** is none, -2 if it is not a number. */
static long long content_length(const char *p, const char *end) {
  static const char name[] = "content-length:";
  long long found = -1;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *eol = nl ? nl : end;
    if ((size_t)(eol - p) > sizeof name - 1 && strncasecmp(p, name, sizeof name - 1) == 0) {
      const char *v = p + sizeof name - 1;
      while (v < eol && (*v == ' ' || *v == '\t')) v++;
      long long n = 0;
      const char *d = v;
      for (; d < eol && *d >= '0' && *d <= '9'; d++) n = n < (1ll << 56) ? n * 10 + (*d - '0') : n;
      while (d < eol && (*d == ' ' || *d == '\t' || *d == '\r')) d++;
      if (d == v || d != eol) return -2;
      found = n;
    }
    p = eol + 1;
  }
  return found;
}

int lsp_in_next(LspIn *in, const char **body, size_t *n, char *why, size_t whylen) {
  if (!in->buf) return LSP_IN_MORE;
  if (in->skip) { /* the rest of a refused body */
    size_t k = in->len - in->pos < in->skip ? in->len - in->pos : in->skip;
    in->pos += k;
    in->skip -= k;
    if (in->skip) return LSP_IN_MORE;
  }
  const char *p = in->buf + in->pos;
  size_t avail = in->len - in->pos;
  /* Blank lines between messages are tolerated. */
  while (avail && (*p == '\r' || *p == '\n')) p++, avail--, in->pos++;
  if (!avail) return LSP_IN_MORE;
  const char *end = header_end(p, avail < LSP_MAX_HEADER ? avail : LSP_MAX_HEADER);
  if (!end) {
    if (avail < LSP_MAX_HEADER) return LSP_IN_MORE;
    /* No header at all: drop it, keeping a possible start of one. */
    in->pos += avail - 2;
    if (in->junk) return LSP_IN_MORE;
    in->junk = 1;
    snprintf(why, whylen, "%zu bytes without a message header were skipped", avail - 2);
    return LSP_IN_BAD;
  }
  in->junk = 0;
  long long len = content_length(p, end);
  size_t head = (size_t)(end - p);
  if (len < 0 || len > LSP_MAX_MESSAGE) {
    in->pos += head;
    if (len > LSP_MAX_MESSAGE) { /* dropped as it arrives, never held */
      in->skip = (size_t)len;
      snprintf(why, whylen, "a message of %lld bytes was skipped: the limit is %d MiB", len,
               LSP_MAX_MESSAGE >> 20);
    } else {
      snprintf(why, whylen, "%s", len == -1 ? "a message header without `Content-Length` was skipped"
                                            : "a `Content-Length` that is not a number was skipped");
    }
    return LSP_IN_BAD;
  }
  if (avail - head < (size_t)len) {
    reserve(in, head + (size_t)len - avail);
    return LSP_IN_MORE;
  }
  *body = in->buf + in->pos + head;
  *n = (size_t)len;
  in->pos += head + (size_t)len;
  return LSP_IN_MESSAGE;
}

int lsp_write(int fd, const char *body, size_t n) {
  char head[64];
  int h = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n);
  const char *parts[2] = {head, body};
  size_t sizes[2] = {(size_t)h, n};
  for (int k = 0; k < 2; k++)
    for (size_t done = 0; done < sizes[k];) {
      ssize_t w = write(fd, parts[k] + done, sizes[k] - done);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) return -1;
      done += (size_t)w;
    }
  return 0;
}
