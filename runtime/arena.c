/*
** A bump allocator over a list of chunks. Chunks grow geometrically so a
** large charter needs few of them; an oversized request gets a chunk of
** its own so it never wastes the rest of the current one. Chunks come
** zeroed from calloc (fresh pages, for large ones) and memory is never
** reused, so allocations need no clearing of their own. Alignment is 8:
** nothing in the tree or model needs more, and 16 would waste a fifth.
*/
#include "arena.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
  struct Chunk *next;
  size_t size, used;
  uint64_t data[];
} Chunk;

struct wg_arena {
  Chunk *head;
  size_t next_size, total;
};

enum { FIRST_CHUNK = 16 * 1024, MAX_CHUNK = 8 * 1024 * 1024 };

static void *xmalloc(size_t n) {
  void *p = calloc(1, n);
  if (!p) {
    fputs("wgc: out of memory\n", stderr);
    abort();
  }
  return p;
}

wg_arena *wg_arena_new(void) {
  wg_arena *a = xmalloc(sizeof *a);
  a->head = NULL;
  a->next_size = FIRST_CHUNK;
  a->total = 0;
  return a;
}

void wg_arena_free(wg_arena *a) {
  if (!a) return;
  for (Chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(a);
}

static Chunk *new_chunk(wg_arena *a, size_t need) {
  size_t size = a->next_size;
  if (size < need) size = need;
  if (a->next_size < MAX_CHUNK) a->next_size *= 2;
  Chunk *c = xmalloc(sizeof *c + size);
  c->size = size;
  c->used = 0;
  if (a->head && need > a->head->size - a->head->used && size == need) {
    /* Oversized: link it behind the current chunk, which stays in use. */
    c->next = a->head->next;
    a->head->next = c;
  } else {
    c->next = a->head;
    a->head = c;
  }
  return c;
}

void *wg_alloc(wg_arena *a, size_t n) {
  const size_t align = sizeof(uint64_t);
  n = (n + align - 1) / align * align;
  if (n == 0) n = align;
  Chunk *c = a->head;
  if (!c || c->size - c->used < n) c = new_chunk(a, n);
  void *p = (char *)c->data + c->used;
  c->used += n;
  a->total += n;
  return p;
}

char *wg_strndup(wg_arena *a, const char *s, size_t n) {
  char *p = wg_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

size_t wg_arena_used(const wg_arena *a) { return a->total; }
