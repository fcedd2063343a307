/*
** A bump allocator over a list of chunks. Chunks grow geometrically so a
** large charter needs few of them; an oversized request gets a chunk of
** its own so it never wastes the rest of the current one. Chunks come
** zeroed (pages.h: fresh huge pages, for large ones) and memory is never
** reused, so allocations need no clearing of their own. Alignment is 8:
** nothing in the tree or model needs more, and 16 would waste a fifth.
*/
#include "arena.h"
#include "pages.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Chunk {
  struct Chunk *next;
  size_t bytes, size, used; /* bytes: the whole block, header included */
  uint64_t data[];
} Chunk;

/* A cache line of its own (pages.h aligns, sizeof pads): two threads may
** each fill an arena, and arenas side by side would otherwise share a
** line that both write at every allocation (parse_file.c). */
struct wg_arena {
  _Alignas(64) Chunk *head;
  size_t next_size, total;
};

enum { FIRST_CHUNK = 16 * 1024, MAX_CHUNK = 8 * 1024 * 1024 };

wg_arena *wg_arena_new(void) {
  wg_arena *a = wg_pages_alloc(sizeof *a);
  a->head = NULL;
  a->next_size = FIRST_CHUNK;
  a->total = 0;
  return a;
}

void wg_arena_free(wg_arena *a) {
  if (!a) return;
  for (Chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    wg_pages_free(c, c->bytes);
  }
  wg_pages_free(a, sizeof *a);
}

void wg_arena_reserve(wg_arena *a, size_t n) {
  if (n > a->next_size) a->next_size = n;
}

static Chunk *new_chunk(wg_arena *a, size_t need) {
  size_t bytes = a->next_size;
  int oversized = bytes < sizeof(Chunk) + need;
  if (oversized) bytes = sizeof(Chunk) + need;
  if (a->next_size < MAX_CHUNK) a->next_size *= 2;
  bytes = wg_pages_size(bytes); /* a huge page is touched whole: use it whole */
  Chunk *c = wg_pages_alloc(bytes);
  c->bytes = bytes;
  c->size = bytes - sizeof *c;
  c->used = 0;
  if (a->head && oversized) {
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

void wg_arena_adopt(wg_arena *a, wg_arena *from) {
  Chunk **tail = &from->head;
  while (*tail) tail = &(*tail)->next;
  if (a->head) {
    /* Behind a's current chunk, which stays the one allocated from. */
    *tail = a->head->next;
    a->head->next = from->head;
  } else {
    a->head = from->head;
  }
  a->total += from->total;
  from->head = NULL;
  wg_arena_free(from);
}

size_t wg_arena_used(const wg_arena *a) { return a->total; }
