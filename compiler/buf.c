/*
** The buffered writer (buf.h).
*/
#include "buf.h"

void buf_init(Buf *b, FILE *f) {
  b->f = f;
  b->n = 0;
}

void buf_flush(Buf *b) {
  if (b->n) fwrite(b->b, 1, b->n, b->f);
  b->n = 0;
}

void buf_put(Buf *b, const char *s, size_t n) {
  if (b->n + n > BUF_SIZE) buf_flush(b);
  if (n > BUF_SIZE) {
    fwrite(s, 1, n, b->f);
    return;
  }
  memcpy(b->b + b->n, s, n);
  b->n += n;
}

void buf_printf(Buf *b, const char *fmt, ...) {
  char tmp[1024];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return;
  buf_put(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

void buf_int(Buf *b, long long v) {
  char tmp[24], *p = tmp + sizeof tmp;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do *--p = (char)('0' + u % 10);
  while (u /= 10);
  if (v < 0) *--p = '-';
  buf_put(b, p, (size_t)(tmp + sizeof tmp - p));
}
