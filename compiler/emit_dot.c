/*
** `wgc dot`: the items' dependency graph in Graphviz DOT (CLI.md,
** "Dependency graph"). Drawing conventions, documented in docs/output.md:
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
**   items they belong to (version 2: "Version 2" below);
** - dates as precisely as they were written: `due 2025-Q1`;
** - the critical path bold (penwidth 3) on its nodes and edges; the
**   edges of each cycle that wg_cycles gives (one per knot of items, the
**   one WG501 names) red and thicker;
** - a topic's recommendations in `subgraph "cluster_TOPIC"`;
** - in pictures that wgc renders (`--render`), items with no dependency
**   either way laid out in rows, by invisible edges, and topics holding
**   only such items likewise side by side: left alone, Graphviz stacks
**   them all in the first rank, and a charter that records few
**   dependencies (most do) came out as one column five times higher than
**   wide. The DOT text leaves them out, since CLI.md makes every edge a
**   dependency.
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

#include "emit.h"

enum {
  TITLE_WIDTH = 30, /* columns per title line: legible at the default size */
  TITLE_LINES = 5,  /* a longer title is cut with an ellipsis */
  OWNER_LINES = 2,
  CLUSTER_WIDTH = 40,
  CLUSTER_LINES = 2,
  GRAPH_WIDTH = 80, /* the graph's title, above it all */
  GRAPH_LINES = 2
};

/* Fill colours: Paul Tol's light scheme; index = status (0: none). */
static const char *const fills[] = {"#FFFFFF", "#99DDFF", "#EEDD88",
                                    "#44BB99", "#EE8866", "#DDDDDD"};
static const char *const status_labels[] = {"no status", "not started", "ongoing",
                                            "completed", "uncertain",   "dropped"};
enum { NSTATUS = 6 };

#define EDGE_COLOR "#777777"
#define CYCLE_COLOR "#CC3311" /* Tol's vibrant red */

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

/* The nodes that draw as item i: the item, then its milestones. */
static int node_of(const wg_charter *c, int i, int k) {
  return k == 0 ? i : c->nitems + c->items[i].milestone0 + k - 1;
}

/* The item a dependency's node is drawn as, or -1 if unresolved. */
static int dep_item(const wg_charter *c, const wg_ref *r) {
  int v = wg_dep_node(c, r);
  return v < 0 ? -1 : wg_node_item(c, v);
}

/* --- Text ---------------------------------------------------------------- */

/* The next code point of s[*i..n), advancing *i; a stray byte reads as
** U+FFFD (the lexer has rejected invalid UTF-8 already). */
static int32_t next_cp(const char *s, size_t n, size_t *i) {
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
static int width(int32_t cp) { return utf8proc_charwidth(cp); }

/* One code point inside an HTML-like label. */
static void html_cp(FILE *f, int32_t cp) {
  if (cp == '&') fputs("&amp;", f);
  else if (cp == '<') fputs("&lt;", f);
  else if (cp == '>') fputs("&gt;", f);
  else if (cp == '"') fputs("&quot;", f);
  else if (is_space(cp) || cp == 0xFFFE || cp == 0xFFFF) fputc(' ', f);
  else if (cp < 0x80) fputc((int)cp, f);
  else fprintf(f, "&#%ld;", (long)cp);
}

static void html(FILE *f, const char *s) {
  size_t n = strlen(s), i = 0;
  while (i < n) html_cp(f, next_cp(s, n, &i));
}

/* Filling lines of at most `cols` columns and `max` lines, joined by
** <BR/>; a word wider than a line is broken where it reaches the edge. */
typedef struct Wrap {
  FILE *f;
  int cols, max, line, col, full;
} Wrap;

static void wrap_break(Wrap *w) {
  if (w->line + 1 >= w->max) {
    fputs("&#8230;", w->f); /* … */
    w->full = 1;
    return;
  }
  fputs("<BR/>", w->f);
  w->line++;
  w->col = 0;
}

static void wrap_word(Wrap *w, const char *s, size_t n) {
  int cols = 0;
  for (size_t i = 0; i < n;) cols += width(next_cp(s, n, &i));
  if (w->col > 0 && w->col + 1 + cols > w->cols) wrap_break(w);
  else if (w->col > 0) fputc(' ', w->f), w->col++;
  for (size_t i = 0; i < n && !w->full;) {
    int32_t cp = next_cp(s, n, &i);
    if (w->col > 0 && w->col + width(cp) > w->cols) wrap_break(w);
    if (w->full) break;
    html_cp(w->f, cp);
    w->col += width(cp);
  }
}

/* Writes s wrapped, words being the runs between spaces and controls. */
static void wrap(FILE *f, const char *s, int cols, int max) {
  Wrap w = {f, cols, max, 0, 0, 0};
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
static void quoted_body(FILE *f, const char *s) {
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch == '"' || ch == '\\') fputc('\\', f), fputc(ch, f);
    else if (ch < 0x20 || ch == 0x7f) fputc(' ', f);
    else fputc(ch, f);
  }
}

static void quoted(FILE *f, const char *s) {
  fputc('"', f);
  quoted_body(f, s);
  fputc('"', f);
}

/* A tooltip: the full text on one line, runs of white space and control
** characters as one space, since a tooltip cannot show them anyway. */
static void tooltip(FILE *f, const char *s) {
  fputs(", tooltip=\"", f);
  int space = 0, any = 0;
  for (; *s; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch <= 0x20 || ch == 0x7f) {
      space = any;
      continue;
    }
    if (space) fputc(' ', f), space = 0;
    if (ch == '"' || ch == '\\') fputc('\\', f);
    fputc(ch, f);
    any = 1;
  }
  fputc('"', f);
}

/* An item's node id: its name, or a stand-in that no name can equal. */
static void node_id(FILE *f, const wg_charter *c, int i) {
  if (c->items[i].id) quoted(f, c->items[i].id);
  else fprintf(f, "\"(item %d)\"", i + 1);
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
  int n = wg_critical_path(c, a, path);
  for (int i = 0; i < n; i++) {
    m->node[path[i]] = ON_PATH;
    if (i > 0) mark_items(m, path[i], path[i - 1], ON_PATH);
  }
  wg_cycles(c, a, mark_cycle, m);
}

/* --- Drawing -------------------------------------------------------------- */

/* "done 2012-05", after the owners and due date, when it was finished. */
static void done_line(FILE *f, const wg_item *it) {
  if (it->done == WG_NODATE) return;
  char buf[11];
  wg_date_format_precision(it->done, it->done_precision, buf);
  fprintf(f, "%sdone %s", it->nowners || it->due.date != WG_NODATE ? "<BR/>" : "", buf);
}

/* The small print: owners, wrapped like the title, then the due date. */
static void owners_and_due(FILE *f, const wg_item *it) {
  fputs("<FONT POINT-SIZE=\"9\">", f);
  Wrap w = {f, TITLE_WIDTH, OWNER_LINES, 0, 0, 0};
  for (int k = 0; k < it->nowners && !w.full; k++) {
    const char *name = it->owners[k].name ? it->owners[k].name : "?";
    wrap_word(&w, name, strlen(name));
    if (k + 1 < it->nowners && !w.full) fputc(',', f), w.col++;
  }
  if (it->due.date != WG_NODATE) {
    char buf[11];
    wg_date_format_precision(it->due.date, it->due.precision, buf);
    fprintf(f, "%sdue %s", it->nowners ? "<BR/>" : "", buf);
  }
  done_line(f, it);
  fputs("</FONT>", f);
}

/* One small line per milestone: name, date as written, status. */
static void milestone_lines(FILE *f, const wg_charter *c, const wg_item *it) {
  for (int k = 0; k < it->nmilestones; k++) {
    const wg_milestone *m = &c->milestones[it->milestone0 + k];
    const char *dot = m->id ? strrchr(m->id, '.') : NULL;
    fputs("<BR/><FONT POINT-SIZE=\"9\">", f);
    html(f, dot ? dot + 1 : "?");
    if (m->due.date != WG_NODATE) {
      char buf[11];
      wg_date_format_precision(m->due.date, m->due.precision, buf);
      fprintf(f, " %s", buf);
    }
    if (m->status) fprintf(f, " %s", status_labels[m->status]);
    fputs("</FONT>", f);
  }
}

static void node(FILE *f, const wg_charter *c, const Marks *m, int i) {
  const wg_item *it = &c->items[i];
  int status = it->status >= 0 && it->status < NSTATUS ? it->status : 0;
  fputs("  ", f);
  node_id(f, c, i);
  fputs(" [label=<<B>", f);
  html(f, it->id ? it->id : "?");
  fputs("</B>", f);
  if (it->title && *it->title) fputs("<BR/>", f), wrap(f, it->title, TITLE_WIDTH, TITLE_LINES);
  if (it->nowners || it->due.date != WG_NODATE || it->done != WG_NODATE)
    fputs("<BR/>", f), owners_and_due(f, it);
  milestone_lines(f, c, it);
  fprintf(f, ">, fillcolor=\"%s\"", fills[status]);
  if (status == WG_DROPPED || it->standing || it->optional)
    fputs(", style=\"rounded,filled,dashed\"", f);
  if (m->node[i] & ON_PATH) fputs(", penwidth=3", f);
  if (it->title) tooltip(f, it->title);
  fputs("];\n", f);
}

/* The legend: one table node, so it takes one slot of the layout. Its
** id has a space, which no item id can have. */
static void legend(FILE *f) {
  fputs("  \"wgc legend\" [shape=plaintext, style=\"\", label=<"
        "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
        "<TR><TD COLSPAN=\"2\"><B>legend</B></TD></TR>", f);
  for (int s = 1; s <= NSTATUS; s++) /* the statuses in order, "no status" last */
    fprintf(f, "<TR><TD BGCOLOR=\"%s\" WIDTH=\"24\"></TD><TD ALIGN=\"LEFT\">%s</TD></TR>",
            fills[s % NSTATUS], status_labels[s % NSTATUS]);
  fputs("<TR><TD><B>bold</B></TD><TD ALIGN=\"LEFT\">critical path</TD></TR>"
        "<TR><TD><FONT COLOR=\"" CYCLE_COLOR "\"><B>red</B></FONT></TD>"
        "<TD ALIGN=\"LEFT\">dependency cycle</TD></TR>"
        "</TABLE>>];\n", f);
}

static void cluster(FILE *f, const wg_charter *c, const Marks *m, int t) {
  const wg_topic *tp = &c->topics[t];
  fputs("  subgraph \"cluster_", f);
  quoted_body(f, tp->id ? tp->id : "");
  fputs("\" {\n    style=\"rounded,filled\"; fillcolor=\"#F4F4F4\"; color=\"#AAAAAA\";\n"
        "    label=<<B>", f);
  html(f, tp->id ? tp->id : "?");
  fputs("</B>", f);
  if (tp->title) fputs(" ", f), wrap(f, tp->title, CLUSTER_WIDTH, CLUSTER_LINES);
  fputs(">;\n", f);
  for (int k = 0; k < tp->nitems; k++) fputs("  ", f), node(f, c, m, tp->items[k]);
  fputs("  }\n", f);
}

static void edge(FILE *f, const wg_charter *c, int from, int to, unsigned char mk) {
  fputs("  ", f);
  node_id(f, c, from);
  fputs(" -> ", f);
  node_id(f, c, to);
  if (mk & ON_CYCLE)
    fprintf(f, " [color=\"" CYCLE_COLOR "\", penwidth=%d]", mk & ON_PATH ? 3 : 2);
  else if (mk & ON_PATH) fputs(" [color=\"#000000\", penwidth=3]", f);
  fputs(";\n", f);
}

/* Every resolved dependency of an item or its milestones as an edge
** between items, once, carrying the marks of all it stands for:
** `depends_on a, a` draws one. stamp[d] is 1 + the last item that met d,
** mk[d] its marks, and order[] the items met in order of dependency. */
static void edges(FILE *f, const wg_charter *c, const Marks *m, wg_arena *a) {
  int *stamp = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *stamp);
  int *order = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *order);
  unsigned char *mk = wg_alloc(a, (size_t)c->nitems + 1);
  for (int i = 0; i < c->nitems; i++) {
    int no = 0;
    for (int k = 0; k <= c->items[i].nmilestones; k++) {
      int v = node_of(c, i, k), n;
      const wg_ref *deps = node_deps(c, v, &n);
      for (int e = 0; e < n; e++) {
        int d = dep_item(c, &deps[e]);
        if (d < 0 || (d == i && k > 0)) continue; /* one milestone after another */
        if (stamp[d] != i + 1) stamp[d] = i + 1, mk[d] = 0, order[no++] = d;
        mk[d] |= m->edge[m->base[v] + e];
      }
    }
    for (int k = 0; k < no; k++) edge(f, c, order[k], i, mk[order[k]]);
  }
}

/* Whether each item has a resolved dependency, or is one. */
static unsigned char *linked_items(const wg_charter *c, wg_arena *a) {
  unsigned char *linked = wg_alloc(a, (size_t)c->nitems + 1);
  for (int v = 0; v < wg_node_count(c); v++) {
    int n, i = wg_node_item(c, v);
    const wg_ref *deps = node_deps(c, v, &n);
    for (int k = 0; k < n; k++) {
      int d = dep_item(c, &deps[k]);
      if (d >= 0 && d != i) linked[i] = linked[d] = 1;
    }
  }
  return linked;
}

/* An invisible edge, from item a to item b: b is drawn right of a, or
** below it in a rank=same group. Written between `before` and `after`. */
static void invisible(FILE *f, const wg_charter *c, int a, int b, const char *before,
                      const char *after) {
  fputs(before, f);
  node_id(f, c, a);
  fputs(" -> ", f);
  node_id(f, c, b);
  fputs(" [style=invis];", f);
  fputs(after, f);
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
** wide as high); returns the last item of the first row. With `ordered`,
** the rows also go top to bottom in source order, by invisible edges
** within the first rank; Graphviz allows that only outside clusters. */
static int rows(FILE *f, const wg_charter *c, const int *v, int n, int ordered) {
  int k = row_length(n, 2);
  for (int j = 1; j < n; j++) {
    if (j % k) invisible(f, c, v[j - 1], v[j], "  ", "\n");
    else if (ordered) invisible(f, c, v[j - k], v[j], "  {rank=same; ", "}\n");
  }
  return v[(k < n ? k : n) - 1];
}

/* rows() for the items outside any topic, then for each topic's; the
** topics whose items are all unlinked are then set side by side, in rows
** too, by an edge from the end of one's first row to the next one's
** first item. */
static void unlinked_rows(FILE *f, const wg_charter *c, const unsigned char *in_cluster,
                          wg_arena *a) {
  const unsigned char *linked = linked_items(c, a);
  int *v = wg_alloc(a, (size_t)(c->nitems + 1) * sizeof *v), n = 0;
  int *first = wg_alloc(a, (size_t)(c->ntopics + 1) * sizeof *first);
  int *end = wg_alloc(a, (size_t)(c->ntopics + 1) * sizeof *end), m = 0;
  for (int i = 0; i < c->nitems; i++)
    if (!in_cluster[i] && !linked[i]) v[n++] = i;
  if (n) rows(f, c, v, n, 1);
  for (int t = 0; t < c->ntopics; t++) {
    n = 0;
    for (int k = 0; k < c->topics[t].nitems; k++)
      if (!linked[c->topics[t].items[k]]) v[n++] = c->topics[t].items[k];
    if (!n) continue;
    int last = rows(f, c, v, n, 0);
    if (n == c->topics[t].nitems) first[m] = v[0], end[m++] = last;
  }
  int k = row_length(m, 1);
  for (int j = 1; j < m; j++)
    if (j % k) invisible(f, c, end[j - 1], first[j], "  ", "\n");
}

static void header(FILE *f, const wg_charter *c) {
  fputs("digraph ", f);
  quoted(f, c->has_wg && c->wg.id ? c->wg.id : "charter");
  fputs(" {\n  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=12, nodesep=0.25, "
        "ranksep=0.5, labelloc=t", f);
  if (c->has_wg && c->wg.id) {
    fputs(", label=<<B>", f);
    html(f, c->wg.id);
    fputs("</B>", f);
    if (c->wg.title) fputs(" ", f), wrap(f, c->wg.title, GRAPH_WIDTH, GRAPH_LINES);
    fputs(">", f);
  }
  fputs("];\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, "
        "margin=\"0.15,0.08\"];\n  edge [color=\"" EDGE_COLOR "\", arrowsize=0.7];\n",
        f);
}

void emit_dot(FILE *f, const wg_charter *c, wg_arena *a, int rows) {
  Marks m;
  marks_init(&m, c, a);
  /* Items drawn inside a cluster; any other goes at the top level, so
  ** every item gets its node even when a topic lost one to an error. */
  unsigned char *in_cluster = wg_alloc(a, (size_t)c->nitems + 1);
  for (int t = 0; t < c->ntopics; t++)
    for (int k = 0; k < c->topics[t].nitems; k++) in_cluster[c->topics[t].items[k]] = 1;
  header(f, c);
  legend(f);
  for (int i = 0; i < c->nitems; i++)
    if (!in_cluster[i]) node(f, c, &m, i);
  for (int t = 0; t < c->ntopics; t++)
    if (c->topics[t].nitems) cluster(f, c, &m, t);
  edges(f, c, &m, a);
  if (rows) unlinked_rows(f, c, in_cluster, a);
  fputs("}\n", f);
}
