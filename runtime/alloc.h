/*
** Running out of memory. Library code never checks an allocation: every
** one that fails calls wg_oom, which jumps back to the innermost
** WG_TRY of the thread (wg_load's, so that it returns WG_ERR_NOMEM with
** everything freed), or ends the process when there is none. As in Lua
** (luaD_throw), this keeps the error out of every caller's way.
*/
#ifndef WG_ALLOC_H
#define WG_ALLOC_H

#include <setjmp.h>
#include <stddef.h>

typedef struct wg_try {
  jmp_buf env;
  struct wg_try *outer;
} wg_try;

/* Runs the block after it, or, if memory runs out within it, returns 0
** from setjmp a second time with `failed` set:
**   wg_try t; if (WG_TRY(&t)) { ... } wg_try_end(&t); */
#define WG_TRY(t) (wg_try_begin(t), setjmp((t)->env) == 0)

void wg_try_begin(wg_try *t);

/* Leaves t: an allocation failing after it goes to the outer one. */
void wg_try_end(wg_try *t);

/* Reports that memory ran out; does not return. */
_Noreturn void wg_oom(void);

/* malloc and realloc that call wg_oom instead of returning NULL. */
void *wg_xmalloc(size_t n);
void *wg_xrealloc(void *p, size_t n);

/* Counts an allocation, for the tests' fault injection: 1 if it must
** fail. wg_pages_alloc and the two above call it. */
int wg_alloc_should_fail(void);

/* Makes the n-th allocation from now fail (0: none), in this thread:
** the tests that show no failure leaks or crashes (test_api.c). */
void wg_alloc_fail_after(long n);

#endif
