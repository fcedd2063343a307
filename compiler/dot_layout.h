/*
** The layout of the pictures wgc renders itself (`--render`, the graph of
** `wgc html`): each connected part of the graph (a topic's frame holds
** its items together, the items linked to nothing outside a topic make
** one block of rows, the legend one more) is laid out on its own, and
** Graphviz packs the parts into a grid in source order, reading left to
** right, then down (docs/output.md, "Layout").
*/
#ifndef WGC_DOT_LAYOUT_H
#define WGC_DOT_LAYOUT_H

#include "../runtime/arena.h"
#include "../runtime/wg.h"

typedef struct DotPack {
  int *part;    /* per drawn item: its part, in reading order (0 top left) */
  int nparts;   /* parts, the legend being the last */
  int columns;  /* parts per row of the grid */
  int *part_at; /* per slot of Graphviz's fill order: a part, or -1 for an
                   invisible filler that completes the last row */
  int nslots;   /* rows times columns */
} DotPack;

/* Items are drawn where keep[i]; linked[i] when a drawn dependency joins
** them to another drawn item; rows[i] is the length of the rows its
** block of unlinked items is laid out in (0 for a linked item). */
void dot_pack(DotPack *p, const wg_charter *c, wg_arena *a, const unsigned char *keep,
              const unsigned char *linked, const int *rows);

#endif
