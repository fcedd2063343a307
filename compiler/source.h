/*
** A source file held whole in memory with a NUL sentinel after its last
** byte, and the positions computed from it only when reporting: lines
** from a line-start table built on first use, columns in code points.
*/
#ifndef WGC_SOURCE_H
#define WGC_SOURCE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Source {
  const char *path; /* as given on the command line; "-" reads stdin */
  const char *name; /* as shown in diagnostics: "<stdin>" for "-" */
  char *text;       /* len bytes and a NUL */
  uint32_t len;
  size_t cap;       /* bytes allocated for text */
  int mapped;       /* text is the file mapped (read-only), not a copy */
  uint32_t bom;     /* 3 when the file starts with a byte-order mark */
  uint32_t *lines;  /* offsets of line starts, built on demand */
  uint32_t nlines;
  /* For the last long line asked about: characters before each 256-byte
  ** block, so that a column costs at most a block of counting in any
  ** order (300,000 errors on one line would otherwise be quadratic). */
  uint32_t *blocks;
  uint32_t blocks_line; /* 1 + the line's index; 0 for none */
  dev_t dev;            /* the file read, by identity (0 and 0 for text */
  ino_t ino;            /* given in memory): what -o must not write over */
} Source;

/* Files of this size or more are mapped rather than read. */
enum { MAP_MIN = 1 << 20 };

/* Outcome of src_load. */
enum { SRC_OK, SRC_IO_ERROR, SRC_TOO_LARGE };

/* Reads path (or stdin for "-") into s; on SRC_IO_ERROR errno is set.
** limit is the largest size accepted: a regular file over it is refused
** from its size alone, anything else once limit + 1 bytes have come. */
int src_load(Source *s, const char *path, uint32_t limit);

/* A source over a copy of n bytes of text (tests, fuzzing, stdin). */
void src_from_memory(Source *s, const char *name, const char *text, uint32_t n);

/* Frees what src_load or src_from_memory allocated. */
void src_free(Source *s);

/* 1-based line and column (in code points) of byte offset off. */
void src_position(Source *s, uint32_t off, int *line, int *col);

/* The same with the column in bytes (after a byte-order mark), as Vim's
** `%c` and byte-oriented tools count. */
void src_position_bytes(Source *s, uint32_t off, int *line, int *col);

/* The text of the line holding off, without its line end. */
const char *src_line(Source *s, uint32_t off, uint32_t *len);

/* Offset of the first byte that is not valid UTF-8, or -1. */
int64_t src_invalid_utf8(const Source *s);

/* The same, within bytes [from, to) only. */
int64_t src_invalid_utf8_in(const Source *s, uint32_t from, uint32_t to);

/* Terminal columns taken by the n bytes at p (wide characters count 2). */
int src_width(const char *p, uint32_t n);

#endif
