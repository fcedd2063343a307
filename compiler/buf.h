/*
** A buffered writer for the emitters that print text piece by piece
** (DOT, status, iCalendar, HTML): like the JSON writer's buffer (json.h),
** it keeps stdio's per-call locking out of the millions of small writes a
** large charter makes. Measured on 100,000 items: `wgc dot` through
** fputc/fputs took 1.03 s against 0.63 s for `wgc json`; docs/performance.md
** has the figures after.
*/
#ifndef WGC_BUF_H
#define WGC_BUF_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

enum { BUF_SIZE = 64 * 1024 };

typedef struct Buf {
  FILE *f;
  size_t n; /* bytes in b */
  char b[BUF_SIZE];
} Buf;

/* A writer printing to f. Call buf_flush at the end. */
void buf_init(Buf *b, FILE *f);

/* Writes what is buffered to f. */
void buf_flush(Buf *b);

/* n bytes of s. */
void buf_put(Buf *b, const char *s, size_t n);

/* printf-style; one piece of at most 1 KiB (longer output is cut). */
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A decimal number. */
void buf_int(Buf *b, long long v);

static inline void buf_putc(Buf *b, char c) {
  if (b->n == BUF_SIZE) buf_flush(b);
  b->b[b->n++] = c;
}

static inline void buf_puts(Buf *b, const char *s) { buf_put(b, s, strlen(s)); }

#endif
