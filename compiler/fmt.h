/*
** The formatter (docs/style.md): a parsed charter written in the one
** canonical layout, from the lossless tree and the comment list. The
** public calls, wg_format and wg_format_range, are in fmt_api.c; `wgc
** fmt` uses these directly, on a file that is parsed but not checked.
*/
#ifndef WGC_FMT_H
#define WGC_FMT_H

#include <stddef.h>

#include "compile.h"

/* Where each statement went: for every declaration and property (by
** node number), the offsets in the output of its first byte and of the
** end of its last token. Filled by fmt_write when asked for. */
typedef struct FmtMap {
  uint32_t *decl_from, *decl_to; /* ndecl_nodes each */
  uint32_t *prop_from, *prop_to; /* nprops each */
} FmtMap;

/* Writes c's charter in the canonical layout into *out (malloc'ed, *len
** bytes and a NUL after them) and fills map if it is not NULL; returns 0.
** -1, and nothing written, when c has syntax errors or holds a byte that
** is neither a token of the tree nor trivia, which the layout would lose
** (the tests show there is none). Running out of memory calls wg_oom
** (runtime/alloc.h). */
int fmt_write(const Ctx *c, char **out, size_t *len, FmtMap *map);

/* The smallest run of whole statements that holds bytes [from, to) of
** c's source (wg_format_range): sets *at to the bytes they take in the
** source, whole lines, and *text (malloc'ed, *len bytes and a NUL) to
** what replaces them. An empty *at and *text when no statement is there.
** -1, and nothing set, when fmt_write would fail. */
int fmt_range(const Ctx *c, uint32_t from, uint32_t to, wg_span *at, char **text, size_t *len);

/* The compilation behind a loaded charter (compiler/api.c). */
const Ctx *api_ctx(const wg_doc *doc);

#endif
