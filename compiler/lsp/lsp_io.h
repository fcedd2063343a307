/*
** The base protocol of LSP: messages framed by a `Content-Length` header,
** read from a stream that may carry anything. A header without a length,
** an unreadable length or a body over the limit is reported and skipped,
** so the stream stays in step and the server goes on.
*/
#ifndef WGC_LSP_IO_H
#define WGC_LSP_IO_H

#include <stddef.h>

/* The largest message read: a document of DOC_MAX bytes, escaped. Larger
** bodies are skipped as they arrive, never held. */
enum { LSP_MAX_MESSAGE = 192 * 1024 * 1024, LSP_MAX_HEADER = 8192 };

typedef struct LspIn {
  char *buf;
  size_t pos, len, cap; /* unread bytes are buf[pos, len) */
  size_t skip;          /* bytes of a refused body still to drop */
  int junk;             /* in a run of bytes that are no header: reported once */
} LspIn;

enum { LSP_IN_MESSAGE, LSP_IN_MORE, LSP_IN_BAD };

/* The next message in what was read: LSP_IN_MESSAGE with its body in
** *body (valid until the next call), LSP_IN_MORE when more bytes are
** needed, or LSP_IN_BAD when something was skipped, with the reason in
** why. */
int lsp_in_next(LspIn *in, const char **body, size_t *n, char *why, size_t whylen);

/* Reads what fd has; returns the bytes read, 0 at the end of input, -1
** on an error. */
long lsp_in_fill(LspIn *in, int fd);

/* Appends n bytes as if read (tests and fuzzing). */
void lsp_in_feed(LspIn *in, const char *p, size_t n);

void lsp_in_free(LspIn *in);

/* Writes one message with its header to fd; -1 if the reader is gone. */
int lsp_write(int fd, const char *body, size_t n);

#endif
