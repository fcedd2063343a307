/*
** Loading sources and turning byte offsets into lines and columns.
** Offsets are all the lexer, parser and checker deal in; positions are
** computed here, late, for the few offsets that get reported (jq's
** locfile.c does the same).
*/
#include "source.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "../runtime/alloc.h"
#include "../runtime/pages.h"

static void *xrealloc(void *p, size_t n) { return wg_xrealloc(p, n); }

/* Moves the text to a buffer of cap bytes (pages.h: a large file is read
** into huge pages, a page fault per 2 MiB instead of per 4 KiB). */
static void resize_text(Source *s, size_t n, size_t cap) {
  char *buf = wg_pages_alloc(cap);
  if (n) memcpy(buf, s->text, n);
  wg_pages_free(s->text, s->cap);
  s->text = buf;
  s->cap = cap;
}

static void skip_bom(Source *s) {
  s->bom = s->len >= 3 && memcmp(s->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* Reads f whole. A regular file's size gives the buffer's, so it is read
** in one pass; a pipe's buffer doubles as it fills. */
static int read_all(FILE *f, const struct stat *st, Source *s, uint32_t limit) {
  size_t cap = 64 * 1024, n = 0;
  if (S_ISREG(st->st_mode)) cap = (size_t)st->st_size + 1;
  resize_text(s, 0, cap + 1);
  for (;;) {
    size_t got = fread(s->text + n, 1, cap - n, f);
    n += got;
    if (n > limit) {
      src_free(s);
      return SRC_TOO_LARGE;
    }
    if (got == 0) break;
    if (n == cap) resize_text(s, n, (cap *= 2) + 1);
  }
  if (ferror(f)) {
    int e = errno ? errno : EIO;
    src_free(s);
    errno = e;
    return SRC_IO_ERROR;
  }
  s->text[n] = 0;
  s->len = (uint32_t)n;
  skip_bom(s);
  return SRC_OK;
}

/* Maps a large regular file instead of reading it, as clang does: no
** copy, and no fresh memory to clear. The NUL sentinel is the zero fill
** after the end of the file in its last page, so a file whose size is a
** whole number of pages is read instead. Returns 1 if it mapped f. */
static int map_file(FILE *f, const struct stat *st, Source *s) {
  long page = sysconf(_SC_PAGESIZE);
  if (!S_ISREG(st->st_mode) || st->st_size < MAP_MIN || page <= 0 || st->st_size % page == 0)
    return 0;
  size_t n = (size_t)st->st_size;
  char *p = mmap(NULL, n, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fileno(f), 0);
  if (p == MAP_FAILED) return 0;
  if (p[n] != 0) { /* it grew since fstat: no sentinel */
    munmap(p, n);
    return 0;
  }
  s->text = p;
  s->len = (uint32_t)n;
  s->mapped = 1;
  skip_bom(s);
  return 1;
}

/* Loads from the open file f: a regular file too large is refused from
** its size, before a byte is read (or a page mapped). */
static int load(FILE *f, Source *s, uint32_t limit) {
  struct stat st;
  if (fstat(fileno(f), &st) != 0) return SRC_IO_ERROR;
  if (S_ISDIR(st.st_mode)) return errno = EISDIR, SRC_IO_ERROR;
  if (S_ISREG(st.st_mode) && st.st_size > (off_t)limit) return SRC_TOO_LARGE;
  s->dev = st.st_dev;
  s->ino = st.st_ino;
  return map_file(f, &st, s) ? SRC_OK : read_all(f, &st, s, limit);
}

int src_load(Source *s, const char *path, uint32_t limit) {
  memset(s, 0, sizeof *s);
  s->path = path;
  s->name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  if (strcmp(path, "-") == 0) return load(stdin, s, limit);
  FILE *f = fopen(path, "rb");
  if (!f) return SRC_IO_ERROR;
  int rc = load(f, s, limit);
  int e = errno;
  fclose(f);
  errno = e;
  return rc;
}

void src_from_memory(Source *s, const char *name, const char *text, uint32_t n) {
  memset(s, 0, sizeof *s);
  s->path = s->name = name;
  resize_text(s, 0, (size_t)n + 1);
  memcpy(s->text, text, n);
  s->text[n] = 0;
  s->len = n;
  skip_bom(s);
}

void src_free(Source *s) {
  if (s->mapped) munmap(s->text, s->len);
  else wg_pages_free(s->text, s->cap);
  free(s->lines);
  free(s->blocks);
  s->text = NULL;
  s->cap = 0;
  s->mapped = 0;
  s->lines = NULL;
  s->blocks = NULL;
}

static void build_lines(Source *s) {
  uint32_t cap = 1024, n = 0;
  uint32_t *v = xrealloc(NULL, cap * sizeof *v);
  v[n++] = 0;
  for (const char *p = s->text, *end = s->text + s->len;
       (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
    if (n == cap) v = xrealloc(v, (size_t)(cap *= 2) * sizeof *v);
    v[n++] = (uint32_t)(p - s->text) + 1;
  }
  s->lines = v;
  s->nlines = n;
}

/* Index of the line holding off: the last line start <= off. */
static uint32_t line_index(Source *s, uint32_t off) {
  if (!s->lines) build_lines(s);
  uint32_t lo = 0, hi = s->nlines;
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (s->lines[mid] <= off) lo = mid;
    else hi = mid;
  }
  return lo;
}

/* Code points in n bytes; a byte that starts no valid sequence counts 1. */
static int count_chars(const char *p, uint32_t n) {
  int cols = 0;
  for (uint32_t i = 0; i < n; i++)
    if (((unsigned char)p[i] & 0xC0) != 0x80) cols++;
  return cols;
}

enum { BLOCK = 256 };

/* Fills s->blocks for the line from start to end. */
static void index_line(Source *s, uint32_t i, uint32_t start, uint32_t end) {
  uint32_t n = (end - start) / BLOCK + 1;
  s->blocks = xrealloc(s->blocks, (size_t)n * sizeof *s->blocks);
  s->blocks[0] = 0;
  for (uint32_t k = 1; k < n; k++)
    s->blocks[k] = s->blocks[k - 1] + (uint32_t)count_chars(s->text + start + (k - 1) * BLOCK, BLOCK);
  s->blocks_line = i + 1;
}

void src_position(Source *s, uint32_t off, int *line, int *col) {
  if (off > s->len) off = s->len;
  uint32_t i = line_index(s, off);
  uint32_t start = s->lines[i];
  if (i == 0 && s->bom && off >= s->bom) start = s->bom;
  int chars = 0;
  if (off - start > 4 * BLOCK) {
    uint32_t end = i + 1 < s->nlines ? s->lines[i + 1] : s->len;
    if (s->blocks_line != i + 1) index_line(s, i, start, end);
    uint32_t k = (off - start) / BLOCK;
    chars = (int)s->blocks[k];
    start += k * BLOCK;
  }
  *line = (int)i + 1;
  *col = chars + count_chars(s->text + start, off - start) + 1;
}

void src_position_bytes(Source *s, uint32_t off, int *line, int *col) {
  if (off > s->len) off = s->len;
  uint32_t i = line_index(s, off);
  uint32_t start = s->lines[i];
  if (i == 0 && s->bom && off >= s->bom) start = s->bom;
  *line = (int)i + 1;
  *col = (int)(off - start) + 1;
}

const char *src_line(Source *s, uint32_t off, uint32_t *len) {
  if (off > s->len) off = s->len;
  uint32_t i = line_index(s, off);
  uint32_t start = s->lines[i];
  if (i == 0) start = s->bom;
  uint32_t end = i + 1 < s->nlines ? s->lines[i + 1] - 1 : s->len;
  if (end > start && s->text[end - 1] == '\r') end--;
  *len = end - start;
  return s->text + start;
}

int64_t src_invalid_utf8(const Source *s) { return src_invalid_utf8_in(s, 0, s->len); }

int64_t src_invalid_utf8_in(const Source *s, uint32_t from, uint32_t to) {
  const unsigned char *p = (const unsigned char *)s->text;
  utf8proc_ssize_t i = from, n = to;
  while (i < n) {
    uint64_t w;
    if (n - i >= 8 && (memcpy(&w, p + i, 8), (w & 0x8080808080808080ull) == 0)) {
      i += 8; /* eight ASCII bytes at once: most of any charter */
      continue;
    }
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p + i, n - i, &cp);
    if (k < 0) return i;
    i += k;
  }
  return -1;
}

int src_width(const char *p, uint32_t n) {
  int w = 0;
  utf8proc_ssize_t i = 0;
  while (i < (utf8proc_ssize_t)n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + i, n - i, &cp);
    if (k < 0) {
      w++;
      i++;
      continue;
    }
    int cw = utf8proc_charwidth(cp);
    w += cw < 0 ? 1 : cw;
    i += k;
  }
  return w;
}
