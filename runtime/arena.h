/*
** Arena allocation: one pool per compilation, freed at once. The syntax
** tree and the charter model live here, so no node is ever freed alone.
*/
#ifndef WG_ARENA_H
#define WG_ARENA_H

#include <stddef.h>

typedef struct wg_arena wg_arena;

/* A new, empty arena. Running out of memory here, as in every
** allocation below, calls wg_oom (alloc.h). */
wg_arena *wg_arena_new(void);

/* Makes the next chunk the arena takes hold at least n bytes: a caller
** that can estimate its needs gets them in one block. */
void wg_arena_reserve(wg_arena *a, size_t n);

/* Frees the arena and everything allocated from it. */
void wg_arena_free(wg_arena *a);

/* n zeroed bytes, aligned for any type; valid until the arena is freed. */
void *wg_alloc(wg_arena *a, size_t n);

/* A NUL-terminated copy of the n bytes at s. */
char *wg_strndup(wg_arena *a, const char *s, size_t n);

/* Moves everything allocated from `from` into a, to be freed with it,
** and frees `from`. */
void wg_arena_adopt(wg_arena *a, wg_arena *from);

/* Bytes allocated so far (for the benchmark's memory figures). */
size_t wg_arena_used(const wg_arena *a);

#endif
