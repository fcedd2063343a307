/*
** The emitters: the compiled charter as JSON and the dependency graph as
** Graphviz DOT (docs/output.md). Both read only the model, and write the same
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
** every edge docs/output.md makes a dependency. */
void emit_dot(FILE *f, const wg_charter *c, wg_arena *a, int rows);

/* A part of the graph, and how to lay it out (docs/output.md). */
typedef struct DotView {
  const char *focus; /* --focus ITEM: it, what it depends on, what depends on it */
  const char *topic; /* --topic T: the topic's items */
  int depth;         /* --depth N: steps of dependencies each way from them */
  int has_depth;     /* without it: all for a focus, none for a topic */
  int render;        /* for a picture wgc renders: rows of unlinked items,
                        parts packed in a grid (emit_dot's `rows`) */
  int fast;          /* Graphviz settings that trade looks for speed */
  int links;         /* each node links to "#item-ID" (the HTML page's table) */
} DotView;

/* Writes the graph of the view; returns the number of items drawn, or
** (writing nothing) -1 when its focus names no item, -2 when its topic
** names no topic. */
int emit_dot_view(FILE *f, const wg_charter *c, wg_arena *a, const DotView *v);

/* What emit_dot_view would return, without writing anything. */
int emit_dot_count(const wg_charter *c, wg_arena *a, const DotView *v);

/* `wgc status` (status.h): the report as text, with ANSI colour when
** `color`, or as JSON (docs/schema/status.schema.json). */
struct Status;
void emit_status(FILE *f, const struct Status *s, int color);
void emit_status_json(FILE *f, const struct Status *s);

/* `wgc ics`: the meetings, events and deadlines as iCalendar (RFC 5545). */
void emit_ics(FILE *f, const wg_charter *c, wg_arena *a);

/* `wgc html`'s timeline: an SVG of the meetings, events and deadlines,
** with a line at `day` unless it is WG_NODATE; nothing when the charter
** dates nothing. */
void svg_timeline(FILE *f, const wg_charter *c, wg_arena *a, wg_date day);

/* A diagnostic as the HTML page lists it. */
typedef struct HtmlDiag {
  int error;        /* else a warning */
  int code;         /* 301 for WG301 */
  const char *name; /* the rule's name */
  int line, column;
  const char *message;
} HtmlDiag;

/* What the HTML page shows besides the model. */
typedef struct HtmlInput {
  wg_date day;             /* --as-of, else `as_of`; WG_NODATE: none */
  const HtmlDiag *diags;
  int ndiags;
  const char *graph_svg;   /* Graphviz's SVG of the graph, or NULL */
  const char *graph_note;  /* without one: why */
} HtmlInput;

/* `wgc html`: one self-contained HTML page of the charter. */
void emit_html(FILE *f, const wg_charter *c, wg_arena *a, const HtmlInput *in);

#endif
