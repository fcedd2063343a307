/*
** The documents the client has open: their text as it stands after each
** edit, and positions, which LSP counts in lines and in UTF-16 code units
** or UTF-8 bytes (the client picks, lsp_server.c), converted to and from
** the byte offsets the compiler speaks.
*/
#ifndef WGC_LSP_DOC_H
#define WGC_LSP_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "lsp_wg.h"

enum { ENC_UTF16, ENC_UTF8 };

/* The largest document kept: twice the largest file wgc reads, so that
** one over the limit is still told so (WG108) rather than dropped. */
enum { DOC_MAX = 128 * 1024 * 1024 };

typedef struct Doc {
  char *uri;
  char *text;   /* len bytes and a NUL */
  uint32_t len;
  size_t cap;
  int64_t version;
  uint32_t *lines;  /* offsets of line starts; rebuilt after an edit */
  uint32_t nlines;
  int lines_stale;
  /* The last position converted, to count on from it: diagnostics and
  ** symbols are converted in position order. */
  uint32_t at_off, at_line;
  int64_t at_col;
  int at_valid, at_enc;
  /* Analysis (lsp_server.c): */
  LwDoc *wg;        /* of the text as it was when analysed */
  int dirty;        /* edited since */
  double due;       /* when to analyse it, in the server's clock (ms) */
  double burst;     /* when the first edit since the last analysis came */
  struct Doc *next;
} Doc;

typedef struct Docs {
  Doc *first;
} Docs;

/* Opens uri with text (replacing a document of that uri); NULL if the
** text is over DOC_MAX. */
Doc *doc_open(Docs *ds, const char *uri, const char *text, size_t n, int64_t version);
Doc *doc_find(Docs *ds, const char *uri);
void doc_close(Docs *ds, Doc *d);
void docs_free(Docs *ds);

/* Replaces bytes [from, to) with n bytes of text; -1 if the result would
** be over DOC_MAX (nothing changes then). */
int doc_edit(Doc *d, uint32_t from, uint32_t to, const char *text, size_t n);

/* The byte offset of a position; a position past the end of its line is
** the line's end, past the last line the document's end, and one inside
** a character that character's start (LSP 3.17, "Position"). */
uint32_t doc_offset(Doc *d, int enc, int64_t line, int64_t col);

/* The position of a byte offset. */
void doc_position(Doc *d, int enc, uint32_t off, int64_t *line, int64_t *col);

/* A file name for a uri: the path of a file: uri, decoded; else the uri. */
char *doc_uri_path(const char *uri);

#endif
