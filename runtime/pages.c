/*
** Blocks of 1 MiB and more are mapped privately and marked for huge
** pages (madvise: the kernel may decline, and then it is only a hint).
** Smaller blocks come from malloc, aligned to a cache line so that two
** threads' blocks never share one; huge pages would waste memory there.
** Which of the two a block came from follows from its size alone.
*/
#include "pages.h"

#include "alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

enum { MAPPED = 1 << 20, HUGE_PAGE = 2 << 20, LINE = 64 };


/* Rounds n up to whole huge pages, so that a mapping is all huge pages. */
static size_t mapped_size(size_t n) { return (n + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE; }

/* A mapping of n bytes aligned to a huge page: map one page more, then
** trim the ends. */
static void *map_aligned(size_t n) {
  size_t over = n + HUGE_PAGE;
  char *p = mmap(NULL, over, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) wg_oom();
  char *q = (char *)(((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1));
  if (q > p) munmap(p, (size_t)(q - p));
  if (p + over > q + n) munmap(q + n, (size_t)(p + over - (q + n)));
  return q;
}

size_t wg_pages_size(size_t n) {
  return n < MAPPED ? (n ? (n + LINE - 1) / LINE * LINE : LINE) : mapped_size(n);
}

void *wg_pages_alloc(size_t n) {
  if (wg_alloc_should_fail()) wg_oom();
  if (n < MAPPED) {
    size_t size = wg_pages_size(n); /* whole lines */
    void *p = aligned_alloc(LINE, size);
    if (!p) wg_oom();
    return memset(p, 0, size);
  }
  n = mapped_size(n);
  void *p = map_aligned(n);
#ifdef MADV_HUGEPAGE
  madvise(p, n, MADV_HUGEPAGE);
#endif
  return p;
}

void wg_pages_free(void *p, size_t n) {
  if (!p) return;
  if (n < MAPPED) free(p);
  else munmap(p, mapped_size(n));
}
