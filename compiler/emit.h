/*
** The emitters: the compiled charter as JSON and the dependency graph as
** Graphviz DOT (CLI.md). Both read only the model, and write the same
** bytes for the same model.
*/
#ifndef WGC_EMIT_H
#define WGC_EMIT_H

#include <stdio.h>

#include "../runtime/arena.h"
#include "../runtime/graph.h"
#include "../runtime/wg.h"

/* Writes the compiled charter (format 1) to f. */
void emit_json(FILE *f, const wg_charter *c);

/* Writes the dependency graph of the items to f. With `rows`, items that
** have no dependency either way are also laid out in rows by invisible
** edges: for pictures that wgc renders itself, not for the DOT text, whose
** every edge CLI.md makes a dependency. */
void emit_dot(FILE *f, const wg_charter *c, wg_arena *a, int rows);

#endif
