/*
** `wgc dot`: the items' dependency graph in Graphviz DOT (docs/output.md,
** "The dependency graph"). Drawing conventions, documented in docs/output.md:
**
** - left to right (rankdir=LR): dependencies left of what depends on
**   them, so a long chain reads like a timeline and a wide charter grows
**   downwards, which scrolls better than a very wide page;
** - a node per item, id "A.1", with an HTML-like label: the id in bold,
**   the title wrapped at ~30 columns (at most TITLE_LINES lines, the full
**   title in the tooltip), then owners and due date in a smaller font;
** - fill colour by status, from Paul Tol's "light" scheme, which stays
**   distinguishable with the common colour-vision deficiencies and keeps
**   black text readable; a legend node lists it; dropped items are also
**   dashed, so the difference survives grey-scale printing, and so is
**   work with no end date (`standing`, `optional`);
** - an item's milestones inside its label, one line each (name, date,
**   status); a dependency on a milestone, or of one, is drawn between the
**   items they belong to ("Version 2" below);
** - dates as precisely as they were written: `due 2025-Q1`;
** - the critical path bold (penwidth 3) on its nodes and edges; the
**   edges of each cycle that wg_cycles gives (one per knot of items, the
**   one WG501 names) red and thicker;
** - a topic's recommendations in `subgraph "cluster_TOPIC"`;
** - in pictures that wgc renders (`--render`, `wgc html`), items with no
**   dependency either way laid out in rows, by invisible edges: left
**   alone, Graphviz stacks them all in the first rank, and a charter that
**   records few dependencies (most do) came out as one column five times
**   higher than wide; and the graph's connected parts packed in a grid in
**   source order (dot_layout.c). The DOT text leaves both out, since
**   docs/output.md makes every edge a dependency;
** - a view (`--focus`, `--topic`, `--depth`) draws some items only, with
**   the dependencies among them; the focused item has a double border.
**
** This runs despite semantic errors (a cycle must be drawn), so names may
** be missing or unresolved: such items get a stand-in node id and such
** dependencies are left out rather than guessed.
**
** Label text goes through html(): markup characters become entities and
** everything outside ASCII a numeric reference, so the labels parse the
** same whatever `charset` Graphviz assumes; control characters, which XML
** forbids, become spaces.
*/
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "../runtime/alloc.h"
#include "buf.h"
#include "dot_layout.h"
#include "emit.h"
#include "palette.h"

enum {
  TITLE_WIDTH = 30, /* columns per title line: legible at the default size */
  TITLE_LINES = 5,  /* a longer title is cut with an ellipsis */
  OWNER_LINES = 2,
  CLUSTER_WIDTH = 40,
  CLUSTER_LINES = 2,
  GRAPH_WIDTH = 80, /* the graph's title, above it all */
  GRAPH_LINES = 2
};

enum { NSTATUS = WG_NSTATUSES }; /* statuses, 0 being none (palette.h) */

#define EDGE_COLOR "#777777"
#define CYCLE_COLOR PALETTE_CYCLE

/* Graphviz settings for a large picture (--render above RENDER_FAST, in
** output.c): fewer rounds of crossing minimisation and network simplex,
** straight edges. Measured on a generated charter of 2,000 items: 14.3 s
** with the defaults, 2.7 s with these (docs/performance.md). */
#define FAST_SETTINGS \
  ", splines=false, nslimit=1, nslimit1=1, mclimit=0.01, remincross=false"

/* Per-edge marks: an edge is node v's k-th dependency, at base[v] + k;
** the nodes are the items, then the milestones (runtime/graph.h). */
enum { ON_PATH = 1, ON_CYCLE = 2 };

typedef struct Marks {
  const wg_charter *c;
  int *base;               /* nodes + 1 offsets into edge */
  unsigned char *edge;     /* ON_PATH | ON_CYCLE per dependency */
  unsigned char *node;     /* ON_PATH per item */
} Marks;

/* --- Version 2: milestones, as part of their items -------------------- */

/* Node v's dependencies. */
static const wg_ref *node_deps(const wg_charter *c, int v, int *n) {
  if (v < c->nitems) return *n = c->items[v].ndeps, c->items[v].deps;
  return *n = c->milestones[v - c->nitems].ndeps, c->milestones[v - c->nitems].deps;
}

/* The nodes that draw as item i: the item (k 0), then its milestones. */
static int node_of(const wg_charter *c, int i, int k) {
  return k == 0 ? i : c->nitems + c->items[i].milestone0 + k - 1;
}

/* The item a dependency's node is drawn as, or -1 if unresolved. */
static int dep_item(const wg_charter *c, const wg_ref *r) {
  int v = wg_dep_node(c, r);
  return v < 0 ? -1 : wg_node_item(c, v);
}

/* What is drawn: keep[i] is KEPT or FOCUS for an item drawn. */
enum { KEPT = 1, FOCUS = 2 };

typedef struct Dot {
  Buf *b;
  const wg_charter *c;
  const DotView *v;
  Marks m;
  unsigned char *keep;
} Dot;

/* --- Text ---------------------------------------------------------------- */

/* The next code point of s[*i..n), advancing *i; a stray byte reads as
** U+FFFD (the lexer has rejected invalid UTF-8 already). */
static int32_t next_cp(const char *s, size_t n, size_t *i) {
  unsigned char ch = (unsigned char)s[*i];
  if (ch < 0x80) return *i += 1, ch; /* most text: no call */
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + *i, (utf8proc_ssize_t)(n - *i), &cp);
  if (k <= 0) {
    *i += 1;
    return 0xFFFD;
  }
  *i += (size_t)k;
  return cp;
}

/* Breaks words: white space and every control character, C0 and C1. */
static int is_space(int32_t cp) { return cp <= 0x20 || (cp >= 0x7f && cp <= 0x9f); }

/* Columns a code point takes: 2 for wide (CJK, emoji), 0 for combining. */
static int width(int32_t cp) { return cp < 0x7f ? cp >= 0x20 : utf8proc_charwidth(cp); }

/* One code point inside an HTML-like label. */
static void html_cp(Buf *b, int32_t cp) {
  if (cp == '&') buf_puts(b, "&amp;");
  else if (cp == '<') buf_puts(b, "&lt;");
  else if (cp == '>') buf_puts(b, "&gt;");
  else if (cp == '"') buf_puts(b, "&quot;");
  else if (is_space(cp) || cp == 0xFFFE || cp == 0xFFFF) buf_putc(b, ' ');
  else if (cp < 0x80) buf_putc(b, (char)cp);
  else buf_putc(b, '&'), buf_putc(b, '#'), buf_int(b, cp), buf_putc(b, ';');
}

static void html(Buf *b, const char *s) {
  size_t n = strlen(s), i = 0;
  while (i < n) html_cp(b, next_cp(s, n, &i));
}

/* Filling lines of at most `cols` columns and `max` lines, joined by
** <BR/>; a word wider than a line is broken where it reaches the edge. */
typedef struct Wrap {
  Buf *b;
  int cols, max, line, col, full;
} Wrap;

static void wrap_break(Wrap *w) {
  if (w->line + 1 >= w->max) {
    buf_puts(w->b, "&#8230;"); /* … */
    w->full = 1;
    return;
  }
  buf_puts(w->b, "<BR/>");
  w->line++;
  w->col = 0;
}

static void wrap_word(Wrap *w, const char *s, size_t n) {
  int cols = 0;
  for (size_t i = 0; i < n;) cols += width(next_cp(s, n, &i));
  if (w->col > 0 && w->col + 1 + cols > w->cols) wrap_break(w);
  else if (w->col > 0) buf_putc(w->b, ' '), w->col++;
  for (size_t i = 0; i < n && !w->full;) {
    int32_t cp = next_cp(s, n, &i);
    if (w->col > 0 && w->col + width(cp) > w->cols) wrap_break(w);
    if (w->full) break;
    html_cp(w->b, cp);
    w->col += width(cp);
  }
}

/* Writes s wrapped, words being the runs between spaces and controls. */
static void wrap(Buf *b, const char *s, int cols, int max) {
  Wrap w = {b, cols, max, 0, 0, 0};
  size_t n = strlen(s), i = 0, start = 0;
  while (!w.full) {
    size_t at = i;
    if (i == n || is_space(next_cp(s, n, &i))) {
      if (at > start) wrap_word(&w, s + start, at - start);
      if (at == n) break;
      start = i;
    }
  }
}

/* A DOT quoted string: quotes and backslashes escaped, controls as
** spaces. Ids are identifiers and paths, so this is only a safeguard. */
static void quoted_body(Buf *b, const char *s) {
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') buf_putc(b, '\\'), buf_putc(b, (char)ch);
    else if (ch < 0x20 || ch == 0x7f) buf_putc(b, ' ');
    else buf_putc(b, (char)ch);
  }
}

static void quoted(Buf *b, const char *s) {
  buf_putc(b, '"');
  quoted_body(b, s);
  buf_putc(b, '"');
}

/* A tooltip: the full text on one line, runs of white space and control
** characters as one space, since a tooltip cannot show them anyway. */
static void tooltip(Buf *b, const char *s) {
  buf_puts(b, ", tooltip=\"");
  int space = 0, any = 0;
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch <= 0x20 || ch == 0x7f) {
      space = any;
      continue;
    }
    if (space) buf_putc(b, ' '), space = 0;
    if (ch == '"' || ch == '\\') buf_putc(b, '\\');
    buf_putc(b, (char)ch);
    any = 1;
  }
  buf_putc(b, '"');
}

/* An item's node id: its name, or a stand-in that no name can equal. */
static void node_id(Buf *b, const wg_charter *c, int i) {
  if (c->items[i].id) quoted(b, c->items[i].id);
  else buf_printf(b, "\"(item %d)\"", i + 1);
}

/* --- Marks: critical path and cycles ---------------------------------- */

/* Marks node `from`'s dependencies on node `to` with `bit`, repeats
** too, so whichever one edges() draws carries the mark. */
static void mark_edge(Marks *m, int from, int to, unsigned char bit) {
  int n;
  const wg_ref *deps = node_deps(m->c, from, &n);
  for (int k = 0; k < n; k++)
    if (wg_dep_node(m->c, &deps[k]) == to) m->edge[m->base[from] + k] |= bit;
}

/* The same between items, through their milestones: the critical path
** is a chain of items. */
static void mark_items(Marks *m, int from, int to, unsigned char bit) {
  for (int k = 0; k <= m->c->items[from].nmilestones; k++) {
    int v = node_of(m->c, from, k), n;
    const wg_ref *deps = node_deps(m->c, v, &n);
    for (int e = 0; e < n; e++)
      if (dep_item(m->c, &deps[e]) == to) m->edge[m->base[v] + e] |= bit;
  }
}

/* wg_cycles callback: cycle[i] depends on cycle[i + 1], the last on the first. */
static void mark_cycle(void *ctx, const int *cycle, int n) {
  for (int i = 0; i < n; i++) mark_edge(ctx, cycle[i], cycle[(i + 1) % n], ON_CYCLE);
}

static void marks_init(Marks *m, const wg_charter *c, wg_arena *a) {
  int nodes = wg_node_count(c);
  m->c = c;
  m->base = wg_alloc(a, (size_t)(nodes + 1) * sizeof *m->base);
  for (int v = 0; v < nodes; v++) {
    int n;
    node_deps(c, v, &n);
    m->base[v + 1] = m->base[v] + n;
  }
  m->edge = wg_alloc(a, (size_t)m->base[nodes] + 1);
  m->node = wg_alloc(a, (size_t)c->nitems + 1);
  int *path = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *path);
  int n;
  const int *cp = wg_charter_critical_path(c, &n);
  memcpy(path, cp, (size_t)n * sizeof *path);
  for (int i = 0; i < n; i++) {
    m->node[path[i]] = ON_PATH;
    if (i > 0) mark_items(m, path[i], path[i - 1], ON_PATH);
  }
  wg_cycles(c, a, mark_cycle, m);
}

/* Whether d is a dependency that names an item. */
static int resolved(const wg_charter *c, wg_ref d) {
  return (d.kind == WG_DELIVERABLE || d.kind == WG_RECOMMENDATION) && d.index >= 0 &&
         d.index < c->nitems;
}

/* --- Views: what is drawn -------------------------------------------------- */

/* The items that depend on each item, as compressed rows: those of i
** are in[off[i] .. off[i + 1]). */
typedef struct Dependents {
  int *off, *in;
} Dependents;

static Dependents dependents(const wg_charter *c, wg_arena *a) {
  Dependents d = {wg_alloc(a, (size_t)(c->nitems + 2) * sizeof(int)), NULL};
  for (int i = 0; i < c->nitems; i++)
    for (int k = 0; k < c->items[i].ndeps; k++)
      if (resolved(c, c->items[i].deps[k])) d.off[c->items[i].deps[k].index + 2]++;
  for (int i = 0; i < c->nitems; i++) d.off[i + 2] += d.off[i + 1];
  d.in = wg_alloc(a, (size_t)(d.off[c->nitems + 1] + 1) * sizeof(int));
  for (int i = 0; i < c->nitems; i++)
    for (int k = 0; k < c->items[i].ndeps; k++)
      if (resolved(c, c->items[i].deps[k])) d.in[d.off[c->items[i].deps[k].index + 1]++] = i;
  return d;
}

/* Marks what lies up to `depth` steps (all, if negative) from the marked
** items, following dependencies (up) or dependents (down) only, breadth
** first, so each item is reached by its shortest way. */
static void reach(const wg_charter *c, wg_arena *a, unsigned char *keep, int depth, int up,
                  const Dependents *d) {
  int *queue = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *queue);
  int *dist = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *dist);
  unsigned char *seen = wg_alloc(a, (size_t)c->nitems + 1);
  int head = 0, tail = 0;
  for (int i = 0; i < c->nitems; i++)
    if (keep[i]) queue[tail++] = i, seen[i] = 1;
  while (head < tail) {
    int i = queue[head++];
    if (depth >= 0 && dist[i] >= depth) continue;
    int n = up ? c->items[i].ndeps : d->off[i + 1] - d->off[i];
    for (int k = 0; k < n; k++) {
      int j = up ? (resolved(c, c->items[i].deps[k]) ? c->items[i].deps[k].index : -1)
                 : d->in[d->off[i] + k];
      if (j < 0 || seen[j]) continue;
      seen[j] = 1, dist[j] = dist[i] + 1, queue[tail++] = j;
    }
  }
  for (int i = 0; i < c->nitems; i++)
    if (seen[i] && !keep[i]) keep[i] = KEPT;
}

static int find_item(const wg_charter *c, const char *id) {
  for (int i = 0; i < c->nitems; i++)
    if (c->items[i].id && strcmp(c->items[i].id, id) == 0) return i;
  return -1;
}

static int find_topic(const wg_charter *c, const char *id) {
  for (int t = 0; t < c->ntopics; t++)
    if (c->topics[t].id && strcmp(c->topics[t].id, id) == 0) return t;
  return -1;
}

/* keep[] for the view; NULL, with *missing -1 or -2, when its focus or
** topic names nothing. */
static unsigned char *select_items(const wg_charter *c, wg_arena *a, const DotView *v,
                                   int *missing) {
  unsigned char *keep = wg_alloc(a, (size_t)c->nitems + 1);
  if (!v->focus && !v->topic) {
    memset(keep, KEPT, (size_t)c->nitems);
    return keep;
  }
  int f = v->focus ? find_item(c, v->focus) : -1, t = v->topic ? find_topic(c, v->topic) : -1;
  *missing = v->focus && f < 0 ? -1 : v->topic && t < 0 ? -2 : 0;
  if (*missing) return NULL;
  if (f >= 0) keep[f] = FOCUS;
  for (int k = 0; t >= 0 && k < c->topics[t].nitems; k++) keep[c->topics[t].items[k]] = KEPT;
  int depth = v->has_depth ? v->depth : v->focus ? -1 : 0;
  if (depth == 0) return keep;
  Dependents d = dependents(c, a);
  unsigned char *down = wg_alloc(a, (size_t)c->nitems + 1);
  memcpy(down, keep, (size_t)c->nitems);
  reach(c, a, keep, depth, 1, &d);
  reach(c, a, down, depth, 0, &d);
  for (int i = 0; i < c->nitems; i++)
    if (down[i] && !keep[i]) keep[i] = KEPT;
  return keep;
}

/* --- Drawing -------------------------------------------------------------- */

/* "done 2012-05", after the owners and due date, when it was finished. */
static void done_line(Buf *b, const wg_item *it) {
  if (it->done == WG_NODATE) return;
  char day[11];
  wg_date_format_precision(it->done, it->done_precision, day);
  if (it->nowners || it->due.date != WG_NODATE) buf_puts(b, "<BR/>");
  buf_puts(b, "done "), buf_puts(b, day);
}

/* The small print: owners, wrapped like the title, then the due date. */
static void owners_and_due(Buf *b, const wg_item *it) {
  buf_puts(b, "<FONT POINT-SIZE=\"9\">");
  Wrap w = {b, TITLE_WIDTH, OWNER_LINES, 0, 0, 0};
  for (int k = 0; k < it->nowners && !w.full; k++) {
    const char *name = it->owners[k].name ? it->owners[k].name : "?";
    wrap_word(&w, name, strlen(name));
    if (k + 1 < it->nowners && !w.full) buf_putc(b, ','), w.col++;
  }
  if (it->due.date != WG_NODATE) {
    char day[11];
    wg_date_format_precision(it->due.date, it->due.precision, day);
    if (it->nowners) buf_puts(b, "<BR/>");
    buf_puts(b, "due ");
    buf_puts(b, day);
  }
  done_line(b, it);
  buf_puts(b, "</FONT>");
}

/* One small line per milestone: name, date as written, status. */
static void milestone_lines(Buf *b, const wg_charter *c, const wg_item *it) {
  for (int k = 0; k < it->nmilestones; k++) {
    const wg_milestone *m = &c->milestones[it->milestone0 + k];
    const char *dot = m->id ? strrchr(m->id, '.') : NULL;
    buf_puts(b, "<BR/><FONT POINT-SIZE=\"9\">");
    html(b, dot ? dot + 1 : "?");
    if (m->due.date != WG_NODATE) {
      char day[11];
      wg_date_format_precision(m->due.date, m->due.precision, day);
      buf_putc(b, ' '), buf_puts(b, day);
    }
    if (m->status > 0 && m->status < NSTATUS) buf_putc(b, ' '), buf_puts(b, palette_label[m->status]);
    buf_puts(b, "</FONT>");
  }
}

static void node(Dot *d, int i) {
  Buf *b = d->b;
  const wg_item *it = &d->c->items[i];
  int status = it->status >= 0 && it->status < NSTATUS ? it->status : 0;
  buf_puts(b, "  ");
  node_id(b, d->c, i);
  buf_puts(b, " [label=<<B>");
  html(b, it->id ? it->id : "?");
  buf_puts(b, "</B>");
  if (it->title && *it->title) buf_puts(b, "<BR/>"), wrap(b, it->title, TITLE_WIDTH, TITLE_LINES);
  if (it->nowners || it->due.date != WG_NODATE || it->done != WG_NODATE)
    buf_puts(b, "<BR/>"), owners_and_due(b, it);
  milestone_lines(b, d->c, it);
  buf_puts(b, ">, fillcolor=\"");
  buf_puts(b, palette_fill[status]);
  buf_putc(b, '"');
  if (status == WG_DROPPED || it->standing || it->optional)
    buf_puts(b, ", style=\"rounded,filled,dashed\"");
  if (d->m.node[i] & ON_PATH) buf_puts(b, ", penwidth=3");
  if (d->keep[i] == FOCUS) buf_puts(b, ", peripheries=2");
  if (d->v->links && it->id) buf_puts(b, ", href=\"#item-"), quoted_body(b, it->id), buf_putc(b, '"');
  if (it->title) tooltip(b, it->title);
  buf_puts(b, "];\n");
}

/* The legend: one table node, so it takes one slot of the layout. Its
** id has a space, which no item id can have. */
static void legend(Buf *b) {
  buf_puts(b, "  \"wgc legend\" [shape=plaintext, style=\"\", label=<"
              "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
              "<TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>");
  for (int s = 1; s <= NSTATUS; s++) /* the statuses in order, "no status" last */
    buf_printf(b, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"24\"></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
               palette_fill[s % NSTATUS], palette_label[s % NSTATUS]);
  buf_puts(b, "<TR><TD><B>bold</B></TD><TD ALIGN=\"LEFT\">critical path</TD></TR>"
              "<TR><TD><FONT COLOR=\"" CYCLE_COLOR "\"><B>red</B></FONT></TD>"
              "<TD ALIGN=\"LEFT\">dependency cycle</TD></TR>"
              "</TABLE>>];\n");
}

static void cluster(Dot *d, int t) {
  Buf *b = d->b;
  const wg_topic *tp = &d->c->topics[t];
  int any = 0;
  for (int k = 0; k < tp->nitems; k++) any |= d->keep[tp->items[k]];
  if (!any) return;
  buf_puts(b, "  subgraph \"cluster_");
  quoted_body(b, tp->id ? tp->id : "");
  buf_puts(b, "\" {\n    style=\"rounded,filled\"; fillcolor=\"#F4F4F4\"; color=\"#AAAAAA\";\n"
              "    label=<<B>");
  html(b, tp->id ? tp->id : "?");
  buf_puts(b, "</B>");
  if (tp->title) buf_putc(b, ' '), wrap(b, tp->title, CLUSTER_WIDTH, CLUSTER_LINES);
  buf_puts(b, ">;\n");
  for (int k = 0; k < tp->nitems; k++)
    if (d->keep[tp->items[k]]) buf_puts(b, "  "), node(d, tp->items[k]);
  buf_puts(b, "  }\n");
}

static void edge(Buf *b, const wg_charter *c, int from, int to, unsigned char mk) {
  buf_puts(b, "  ");
  node_id(b, c, from);
  buf_puts(b, " -> ");
  node_id(b, c, to);
  if (mk & ON_CYCLE)
    buf_printf(b, " [color=\"" CYCLE_COLOR "\", penwidth=%d]", mk & ON_PATH ? 3 : 2);
  else if (mk & ON_PATH) buf_puts(b, " [color=\"#000000\", penwidth=3]");
  buf_puts(b, ";\n");
}

/* Every resolved dependency between drawn items, of an item or of its
** milestones, as an edge between the items, once, carrying the marks of
** all it stands for: `depends_on a, a` draws one. seen[f] is 1 + the
** last item that met f, mk[f] its marks, order[] the items met. */
static void edges(Dot *d, int *seen, wg_arena *a) {
  const wg_charter *c = d->c;
  int *order = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *order);
  unsigned char *mk = wg_alloc(a, (size_t)c->nitems + 1);
  for (int i = 0; i < c->nitems; i++) {
    if (!d->keep[i]) continue;
    int no = 0;
    for (int k = 0; k <= c->items[i].nmilestones; k++) {
      int v = node_of(c, i, k), n;
      const wg_ref *deps = node_deps(c, v, &n);
      for (int e = 0; e < n; e++) {
        int from = dep_item(c, &deps[e]);
        if (from < 0 || !d->keep[from] || (from == i && k > 0)) continue; /* a step on a step */
        if (seen[from] != i + 1) seen[from] = i + 1, mk[from] = 0, order[no++] = from;
        mk[from] |= d->m.edge[d->m.base[v] + e];
      }
    }
    for (int k = 0; k < no; k++) edge(d->b, c, order[k], i, mk[order[k]]);
  }
}

/* Whether each drawn item has a drawn dependency, or is one. */
static unsigned char *linked_items(const Dot *d, wg_arena *a) {
  const wg_charter *c = d->c;
  unsigned char *linked = wg_alloc(a, (size_t)c->nitems + 1);
  for (int v = 0; v < wg_node_count(c); v++) {
    int n, i = wg_node_item(c, v);
    const wg_ref *deps = node_deps(c, v, &n);
    for (int k = 0; k < n && d->keep[i]; k++) {
      int f = dep_item(c, &deps[k]);
      if (f >= 0 && f != i && d->keep[f]) linked[i] = linked[f] = 1;
    }
  }
  return linked;
}

/* An invisible edge, from item a to item b: b is drawn right of a, or
** below it in a rank=same group. Written between `before` and `after`. */
static void invisible(Buf *b, const wg_charter *c, int x, int y, const char *before,
                      const char *after) {
  buf_puts(b, before);
  node_id(b, c, x);
  buf_puts(b, " -> ");
  node_id(b, c, y);
  buf_puts(b, " [style=invis];");
  buf_puts(b, after);
}

/* The length of rows that lays n blocks out roughly square, given that
** a block is `aspect` times as wide as high: the least k with
** aspect * k * k >= n. */
static int row_length(int n, int aspect) {
  int k = 1;
  while (aspect * k * k < n) k++;
  return k;
}

/* Lays the n unlinked items of v out in rows (nodes are about twice as
** wide as high), noting the row length of each in rowlen. With `ordered`,
** the rows also go top to bottom in source order, by invisible edges
** within the first rank; Graphviz allows that only outside clusters. */
static void rows(Dot *d, const int *v, int n, int ordered, int *rowlen) {
  int k = row_length(n, 2);
  for (int j = 0; j < n; j++) rowlen[v[j]] = k;
  for (int j = 1; j < n; j++) {
    if (j % k) invisible(d->b, d->c, v[j - 1], v[j], "  ", "\n");
    else if (ordered) invisible(d->b, d->c, v[j - k], v[j], "  {rank=same; ", "}\n");
  }
}

/* rows() for the drawn items outside any topic, then for each topic's. */
static void unlinked_rows(Dot *d, const unsigned char *linked, const unsigned char *in_cluster,
                          int *rowlen, wg_arena *a) {
  const wg_charter *c = d->c;
  int *v = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *v), n = 0;
  for (int i = 0; i < c->nitems; i++)
    if (d->keep[i] && !in_cluster[i] && !linked[i]) v[n++] = i;
  if (n) rows(d, v, n, 1, rowlen);
  for (int t = 0; t < c->ntopics; t++) {
    n = 0;
    for (int k = 0; k < c->topics[t].nitems; k++) {
      int i = c->topics[t].items[k];
      if (d->keep[i] && !linked[i]) v[n++] = i;
    }
    if (n) rows(d, v, n, 0, rowlen);
  }
}

/* "focus on `analysis`, 2 steps": what a view shows, under the title. */
static void view_label(Buf *b, const DotView *v) {
  if (!v->focus && !v->topic) return;
  buf_puts(b, "<BR/><FONT POINT-SIZE=\"10\">");
  if (v->focus) buf_puts(b, "around "), html(b, v->focus);
  if (v->focus && v->topic) buf_puts(b, " and ");
  if (v->topic) buf_puts(b, "topic "), html(b, v->topic);
  if (v->has_depth) buf_printf(b, ", %d step%s either way", v->depth, v->depth == 1 ? "" : "s");
  buf_puts(b, "</FONT>");
}

static void header(Dot *d, const DotPack *pk) {
  Buf *b = d->b;
  const wg_charter *c = d->c;
  buf_puts(b, "digraph ");
  quoted(b, c->has_wg && c->wg.id ? c->wg.id : "charter");
  buf_puts(b, " {\n  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, "
              "ranksep=0.5, labelloc=t");
  if (pk) buf_printf(b, ", pack=true, packmode=\"array_cu%d\"", pk->columns);
  if (d->v->fast) buf_puts(b, FAST_SETTINGS);
  if (c->has_wg && c->wg.id) {
    buf_puts(b, ", label=<<B>");
    html(b, c->wg.id);
    buf_puts(b, "</B>");
    if (c->wg.title) buf_putc(b, ' '), wrap(b, c->wg.title, GRAPH_WIDTH, GRAPH_LINES);
    view_label(b, d->v);
    buf_puts(b, ">");
  }
  buf_puts(b, "];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", "
              "fontsize=10, margin=\"0.15,0.08\"];\n  edge [color=\"" EDGE_COLOR
              "\", arrowsize=0.7];\n");
}

/* The items of each part, in source order: those of part p are
** v[off[p] .. off[p + 1]). */
static int *items_by_part(const wg_charter *c, wg_arena *a, const DotPack *pk, int **off) {
  int *o = wg_alloc(a, (size_t)(pk->nparts + 2) * sizeof *o);
  int *v = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *v);
  for (int i = 0; i < c->nitems; i++)
    if (pk->part[i] >= 0) o[pk->part[i] + 2]++;
  for (int p = 0; p < pk->nparts; p++) o[p + 2] += o[p + 1];
  for (int i = 0; i < c->nitems; i++)
    if (pk->part[i] >= 0) v[o[pk->part[i] + 1]++] = i;
  *off = o;
  return v;
}

/* A topic's part: that of its first drawn item (all are in one). */
static int topic_part(const Dot *d, const DotPack *pk, int t) {
  for (int k = 0; k < d->c->topics[t].nitems; k++)
    if (d->keep[d->c->topics[t].items[k]]) return pk->part[d->c->topics[t].items[k]];
  return -1;
}

/* Whether part p holds a topic's frame. */
static int has_topic(const Dot *d, const DotPack *pk, int p) {
  for (int t = 0; t < d->c->ntopics; t++)
    if (topic_part(d, pk, t) == p) return 1;
  return 0;
}

/* The parts in Graphviz's fill order (dot_layout.c): a part that holds a
** topic's frame as it is, any other inside an invisible frame of its own;
** a slot without a part gets an invisible filler. Wrapping a part that
** holds frames would turn the order of its ranks over (Graphviz keeps the
** written order top to bottom for the outermost graph only). */
static void packed(Dot *d, const DotPack *pk, const unsigned char *in_cluster, wg_arena *a) {
  Buf *b = d->b;
  int *off, *v = items_by_part(d->c, a, pk, &off);
  for (int s = 0; s < pk->nslots; s++) {
    int p = pk->part_at[s], framed = p < 0 || !has_topic(d, pk, p);
    if (framed)
      buf_printf(b, "  subgraph \"cluster wgc %d\" {\n  graph [style=invis, label=\"\"];\n",
                 s + 1);
    if (p < 0)
      buf_printf(b, "  \"wgc pad %d\" [style=invis, shape=point, width=0, height=0, "
                    "label=\"\"];\n", s + 1);
    else if (p == pk->nparts - 1) legend(b);
    for (int k = p >= 0 ? off[p] : 0; p >= 0 && k < off[p + 1]; k++)
      if (!in_cluster[v[k]]) node(d, v[k]);
    for (int t = 0; t < d->c->ntopics && p >= 0; t++)
      if (topic_part(d, pk, t) == p) cluster(d, t);
    if (framed) buf_puts(b, "  }\n");
  }
}

/* The rows' invisible edges, as text to write after the nodes (malloc'ed):
** laying the rows out gives each item its row length, which dot_pack
** needs before the first node is written. */
static char *rows_aside(Dot *d, const unsigned char *linked, const unsigned char *in_cluster,
                        int *rowlen, wg_arena *a) {
  char *text = NULL;
  size_t n = 0;
  FILE *mem = open_memstream(&text, &n);
  Buf *rb = wg_xmalloc(sizeof *rb);
  if (!mem) wg_oom();
  Buf *b = d->b;
  buf_init(rb, mem);
  d->b = rb;
  unlinked_rows(d, linked, in_cluster, rowlen, a);
  buf_flush(rb);
  d->b = b;
  free(rb);
  fclose(mem);
  return text;
}

/* The rows and the packing are worked out before the nodes are written,
** since the packing puts each node in its part's frame. */
static void draw(Dot *d, wg_arena *a) {
  const wg_charter *c = d->c;
  Buf *b = d->b;
  unsigned char *in_cluster = wg_alloc(a, (size_t)c->nitems + 1);
  for (int t = 0; t < c->ntopics; t++)
    for (int k = 0; k < c->topics[t].nitems; k++) in_cluster[c->topics[t].items[k]] = 1;
  char *rows_text = NULL;
  if (d->v->render) {
    const unsigned char *linked = linked_items(d, a);
    int *rowlen = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *rowlen);
    rows_text = rows_aside(d, linked, in_cluster, rowlen, a);
    DotPack pk;
    dot_pack(&pk, c, a, d->keep, linked, rowlen);
    header(d, &pk);
    packed(d, &pk, in_cluster, a);
  } else {
    /* Items outside any cluster first; every item gets its node even
    ** when a topic lost one to an error. */
    header(d, NULL);
    legend(b);
    for (int i = 0; i < c->nitems; i++)
      if (d->keep[i] && !in_cluster[i]) node(d, i);
    for (int t = 0; t < c->ntopics; t++) cluster(d, t);
  }
  edges(d, wg_alloc(a, (size_t)(c->nitems + 1) * sizeof(int)), a);
  if (rows_text) buf_puts(b, rows_text);
  free(rows_text);
  buf_puts(b, "}\n");
}

static int drawn(const wg_charter *c, const unsigned char *keep) {
  int n = 0;
  for (int i = 0; i < c->nitems; i++) n += keep[i] != 0;
  return n;
}

int emit_dot_count(const wg_charter *c, wg_arena *a, const DotView *v) {
  int missing = 0;
  unsigned char *keep = select_items(c, a, v, &missing);
  return keep ? drawn(c, keep) : missing;
}

int emit_dot_view(FILE *f, const wg_charter *c, wg_arena *a, const DotView *v) {
  int missing = 0;
  Dot d = {NULL, c, v, {0}, select_items(c, a, v, &missing)};
  if (!d.keep) return missing;
  Buf *b = wg_xmalloc(sizeof *b);
  buf_init(b, f);
  d.b = b;
  marks_init(&d.m, c, a);
  draw(&d, a);
  buf_flush(b);
  free(b);
  return drawn(c, d.keep);
}

void emit_dot(FILE *f, const wg_charter *c, wg_arena *a, int rows) {
  DotView v = {.render = rows};
  emit_dot_view(f, c, a, &v);
}
