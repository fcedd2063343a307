/*
** Out of memory, without a check at every call (alloc.h).
*/
#include "alloc.h"

#include <stdio.h>
#include <stdlib.h>

static _Thread_local wg_try *innermost;
static _Thread_local long fail_countdown; /* 0: no fault injected */

void wg_try_begin(wg_try *t) {
  t->outer = innermost;
  innermost = t;
}

void wg_try_end(wg_try *t) { innermost = t->outer; }

_Noreturn void wg_oom(void) {
  wg_try *t = innermost;
  if (t) {
    innermost = t->outer;
    longjmp(t->env, 1);
  }
  fputs("wgc: out of memory\n", stderr);
  abort();
}

int wg_alloc_should_fail(void) { return fail_countdown > 0 && --fail_countdown == 0; }

void wg_alloc_fail_after(long n) { fail_countdown = n; }

void *wg_xmalloc(size_t n) {
  void *p = wg_alloc_should_fail() ? NULL : malloc(n ? n : 1);
  if (!p) wg_oom();
  return p;
}

void *wg_xrealloc(void *p, size_t n) {
  void *q = wg_alloc_should_fail() ? NULL : realloc(p, n ? n : 1);
  if (!q) wg_oom();
  return q;
}
