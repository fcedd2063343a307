/*
** `wgc html`: one self-contained HTML page of a charter, to publish or
** send as it is (docs/publish.md). No scripts, no fonts, no images from
** elsewhere: the style is inline, the pictures are inline SVG (the
** timeline drawn by svg_timeline.c, the graph by Graphviz). One function
** per section, in the order the page reads: the group, the problems
** found (if any), the mandate, the composition, the roles, the timeline
** with its table, the deliverables and recommendations, the graph.
**
** Accessible by construction: one h1, sections with h2, tables with
** captions and header cells with scope, statuses in words as well as in
** colour, pictures with a title and description whose facts are also in
** the tables, links to each item from its dependents and from the graph.
** Every string from the charter is escaped; control characters, which
** HTML does not allow, become spaces.
**
** Language version 2 slots in as sections and columns: holders with
** dates under the roles, milestones as rows under their item, `done` and
** `days_late` as columns, non-voting groups marked in the composition.
*/
#include <stdlib.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "buf.h"
#include "emit.h"
#include "palette.h"
#include "../runtime/progress.h"

typedef struct Page {
  Buf b;
  const wg_charter *c;
  wg_arena *a;
  const HtmlInput *in;
} Page;

static const char style[] =
    "<style>\n"
    ":root{--ink:#1b1b1b;--muted:#555;--line:#c8c8c8;--band:#f4f4f4;--late:#b3261e}\n"
    "body{font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,"
    "sans-serif;color:var(--ink);background:#fff;margin:0 auto;max-width:68rem;padding:1rem 1.5rem 3rem}\n"
    "h1{font-size:1.8rem;line-height:1.25;margin:.5rem 0}\n"
    "h2{font-size:1.35rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}\n"
    "h3{font-size:1.1rem;margin-bottom:.3rem}\n"
    ".id,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}\n"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}\n"
    "dl.facts dt{font-weight:600}dl.facts dd{margin:0}\n"
    "nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}\n"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\n"
    "caption{text-align:left;font-weight:600;padding:.3rem 0;color:var(--muted)}\n"
    "th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
    "thead th{background:var(--band)}tfoot th,tfoot td{background:var(--band);font-weight:600}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    ".depth1{padding-left:1.5rem}.depth2{padding-left:2.5rem}.depth3{padding-left:3.5rem}\n"
    ".status{display:inline-block;padding:0 .45rem;border:1px solid #888;border-radius:.6rem;"
    "font-size:.88em;white-space:nowrap}\n"
    ".late{color:var(--late);font-weight:600}\n"
    "ul.problems{padding-left:1.2rem}ul.problems li{margin:.2rem 0}\n"
    ".error{color:var(--late)}.warning{color:#7a5a00}\n"
    "figure{margin:1rem 0}figcaption{color:var(--muted);font-size:.92em}\n"
    "svg.timeline,svg.graph{max-width:100%;height:auto;border:1px solid var(--line)}\n"
    "svg.timeline text{font:11px system-ui,Arial,sans-serif;fill:#1b1b1b}\n"
    "svg.timeline .section{font-weight:700}svg.timeline .id{font-weight:700;font-family:inherit}\n"
    "svg.timeline .year{font-weight:700}svg.timeline .grid line{stroke:#dddddd}\n"
    "svg.timeline line.today{stroke:var(--late);stroke-width:2;stroke-dasharray:4 3}\n"
    "svg.timeline text.today{fill:var(--late);font-weight:700}\n"
    "time{white-space:nowrap}\n"
    "footer{margin-top:3rem;color:var(--muted);font-size:.9em}\n"
    "@media print{nav{display:none}h2{break-after:avoid}}\n"
    "</style>\n";

/* --- Text ------------------------------------------------------------------ */

/* Escaped text: markup characters as entities; control characters, C1
** and the noncharacters U+FFFE and U+FFFF, none allowed in HTML, as
** spaces. */
static void esc(Page *p, const char *s) {
  for (const unsigned char *q = (const unsigned char *)(s ? s : ""); *q; q++) {
    if (*q == '&') buf_puts(&p->b, "&amp;");
    else if (*q == '<') buf_puts(&p->b, "&lt;");
    else if (*q == '>') buf_puts(&p->b, "&gt;");
    else if (*q == '"') buf_puts(&p->b, "&quot;");
    else if ((*q < 0x20 && *q != '\n') || *q == 0x7f) buf_putc(&p->b, ' ');
    else if (*q == 0xC2 && q[1] >= 0x80 && q[1] <= 0x9F) buf_putc(&p->b, ' '), q++;
    else if (*q == 0xEF && q[1] == 0xBF && (q[2] == 0xBE || q[2] == 0xBF)) buf_putc(&p->b, ' '), q += 2;
    else buf_putc(&p->b, (char)*q);
  }
}

static void put(Page *p, const char *s) { buf_puts(&p->b, s); }

/* A diagnostic's message: what it quotes in backticks (names, code) as
** code, the rest as text. */
static void message(Page *p, const char *msg) {
  const char *q = msg ? msg : "";
  for (int code = 0; *q; code = !code) {
    size_t n = strcspn(q, "`");
    char *part = wg_xmalloc(n + 1);
    memcpy(part, q, n);
    part[n] = 0;
    if (code && q[n]) put(p, "<code>"), esc(p, part), put(p, "</code>");
    else esc(p, code ? "`" : ""), esc(p, part);
    free(part);
    q += n + (q[n] != 0);
  }
}

static void day(Page *p, wg_date d) {
  char s[11];
  if (d == WG_NODATE) {
    put(p, "—");
    return;
  }
  wg_date_format(d, s);
  buf_printf(&p->b, "<time datetime=\"%s\">%s</time>", s, s);
}

/* An item's anchor, "item-A.1": ids have no space, so any is valid. */
static void item_link(Page *p, const char *id) {
  put(p, "<a href=\"#item-");
  esc(p, id);
  put(p, "\" class=\"id\">");
  esc(p, id);
  put(p, "</a>");
}

static void status_badge(Page *p, int status) {
  int s = status > 0 && status < WG_NSTATUSES ? status : 0;
  buf_printf(&p->b, "<span class=\"status\" style=\"background:%s\">%s</span>", palette_fill[s],
             palette_label[s]);
}

/* A fact of the group's header: <dt>name</dt><dd>...</dd>. */
static void fact(Page *p, const char *name) {
  put(p, "<dt>");
  put(p, name);
  put(p, "</dt><dd>");
}

/* --- Sections -------------------------------------------------------------- */

static void head(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"wgc\">\n<title>");
  if (c->has_wg && c->wg.title) esc(p, c->wg.title), put(p, " (");
  esc(p, c->has_wg && c->wg.id ? c->wg.id : "charter");
  if (c->has_wg && c->wg.title) put(p, ")");
  put(p, "</title>\n");
  put(p, style);
  put(p, "</head>\n<body>\n");
}

static void group(Page *p) {
  const wg_charter *c = p->c;
  const wg_working_group *g = &c->wg;
  wg_date ts, te;
  put(p, "<header>\n<h1>");
  esc(p, c->has_wg && g->title ? g->title : "Charter");
  if (c->has_wg && g->id) put(p, " <span class=\"id\">("), esc(p, g->id), put(p, ")</span>");
  put(p, "</h1>\n<dl class=\"facts\">\n");
  if (c->has_wg && g->established.date != WG_NODATE) fact(p, "Established"), day(p, g->established.date), put(p, "</dd>\n");
  if (c->has_wg && g->established_by.name) fact(p, "Established by"), esc(p, g->established_by.name), put(p, "</dd>\n");
  if (c->has_wg && g->reports_to.name) fact(p, "Reports to"), esc(p, g->reports_to.name), put(p, "</dd>\n");
  if (c->has_wg && g->report_due.date != WG_NODATE) {
    fact(p, "Report due"), day(p, g->report_due.date);
    if (g->report_due.ref.name) put(p, " ("), esc(p, g->report_due.ref.name), put(p, ")");
    put(p, "</dd>\n");
  }
  fact(p, "Term");
  if (wg_effective_term(c, &ts, &te)) day(p, ts), put(p, " to "), day(p, te);
  else put(p, "not given");
  put(p, "</dd>\n");
  if (c->has_wg && g->decides_by) fact(p, "Decides by"), esc(p, wg_word(wg_decides_by_words, g->decides_by)), put(p, "</dd>\n");
  if (c->has_wg && g->character) fact(p, "Character"), esc(p, wg_word(wg_character_words, g->character)), put(p, "</dd>\n");
  if (p->in->day != WG_NODATE) fact(p, "As of"), day(p, p->in->day), put(p, "</dd>\n");
  put(p, "</dl>\n<nav aria-label=\"Contents\"><ul>\n");
  if (p->in->ndiags) put(p, "<li><a href=\"#problems\">Problems found</a></li>\n");
  put(p, "<li><a href=\"#mandate\">Mandate</a></li>\n<li><a href=\"#composition\">Composition</a></li>\n"
         "<li><a href=\"#roles\">Roles</a></li>\n<li><a href=\"#timeline\">Timeline</a></li>\n"
         "<li><a href=\"#deliverables\">Deliverables</a></li>\n<li><a href=\"#graph\">Graph</a></li>\n"
         "</ul></nav>\n</header>\n<main>\n");
}

static void problems(Page *p) {
  const HtmlInput *in = p->in;
  if (!in->ndiags) return;
  int errors = 0;
  for (int k = 0; k < in->ndiags; k++) errors += in->diags[k].error;
  buf_printf(&p->b, "<section id=\"problems\" aria-labelledby=\"problems-h\">\n<h2 id=\"problems-h\">"
                    "Problems found</h2>\n<p>wgc found %d error%s and %d warning%s in this charter; "
                    "what the page shows may be incomplete where they are.</p>\n<ul class=\"problems\">\n",
             errors, errors == 1 ? "" : "s", in->ndiags - errors, in->ndiags - errors == 1 ? "" : "s");
  for (int k = 0; k < in->ndiags; k++) {
    const HtmlDiag *d = &in->diags[k];
    buf_printf(&p->b, "<li><strong class=\"%s\">%s</strong> <span class=\"id\">WG%03d</span> (",
               d->error ? "error" : "warning", d->error ? "error" : "warning", d->code);
    esc(p, d->name);
    buf_printf(&p->b, "), line %d, column %d: ", d->line, d->column);
    message(p, d->message);
    put(p, "</li>\n");
  }
  put(p, "</ul>\n</section>\n");
}

static void list(Page *p, const char *title, const char *const *v, int n) {
  if (!n) return;
  put(p, "<h4>");
  put(p, title);
  put(p, "</h4>\n<ul>\n");
  for (int k = 0; k < n; k++) put(p, "<li>"), esc(p, v[k]), put(p, "</li>\n");
  put(p, "</ul>\n");
}

static void mandate(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<section id=\"mandate\" aria-labelledby=\"mandate-h\">\n<h2 id=\"mandate-h\">Mandate</h2>\n");
  if (!c->nmandates) put(p, "<p>The charter names no mandate.</p>\n");
  for (int i = 0; i < c->nmandates; i++) {
    const wg_mandate *m = &c->mandates[i];
    put(p, "<h3>");
    esc(p, m->title ? m->title : m->id);
    put(p, "</h3>\n<p>");
    if (m->adopted.date != WG_NODATE) put(p, "Adopted "), day(p, m->adopted.date);
    if (m->adopted_by.name) put(p, m->adopted.date != WG_NODATE ? " by " : "Adopted by "), esc(p, m->adopted_by.name);
    if (m->adopted.date == WG_NODATE && !m->adopted_by.name) put(p, "Adoption not recorded");
    put(p, ".</p>\n");
    list(p, "Tasks", m->tasks, m->ntasks);
    list(p, "Constraints", m->constraints, m->nconstraints);
  }
  put(p, "</section>\n");
}

static void number(Page *p, long long n) {
  if (n < 0) put(p, "<td class=\"num\">—</td>");
  else buf_printf(&p->b, "<td class=\"num\">%lld</td>", n);
}

static void members(Page *p, const wg_group *g) {
  const wg_composition *comp = &p->c->comp;
  for (int k = 0; k < g->nmembers; k++) {
    const wg_member *m = &comp->members[g->member0 + k];
    if (k) put(p, ", ");
    esc(p, m->name);
    if (m->from.name) put(p, " ("), esc(p, m->from.name), put(p, ")");
  }
}

/* A group's row, then its subgroups' (indented). Nesting is bounded by
** the parser's block depth (MAX_DEPTH), so the recursion is too. */
static void group_row(Page *p, const wg_seats *seats, int gi, int depth) {
  const wg_group *g = &p->c->comp.groups[gi];
  buf_printf(&p->b, "<tr><th scope=\"row\" class=\"depth%d\"><span class=\"id\">", depth > 3 ? 3 : depth);
  esc(p, g->id ? g->id : "?");
  put(p, "</span>");
  if (g->title) put(p, " "), esc(p, g->title);
  put(p, "</th><td>");
  esc(p, g->stakeholder ? wg_word(wg_stakeholder_words, g->stakeholder) : "");
  put(p, "</td>");
  number(p, seats[gi].seats);
  number(p, seats[gi].named);
  number(p, seats[gi].vacant);
  put(p, "<td>");
  members(p, g);
  put(p, "</td></tr>\n");
  for (int k = 0; k < g->nsub; k++) group_row(p, seats, g->sub[k], depth + 1);
}

static void composition(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<section id=\"composition\" aria-labelledby=\"composition-h\">\n"
         "<h2 id=\"composition-h\">Composition</h2>\n");
  if (!c->has_composition) {
    put(p, "<p>The charter gives no composition.</p>\n</section>\n");
    return;
  }
  wg_seats *seats = wg_alloc(p->a, (size_t)(c->comp.ngroups + 1) * sizeof *seats), total;
  wg_seat_counts(c, seats, &total);
  if (c->comp.open) put(p, "<p>Open: anyone may take part, so seats are no cap.</p>\n");
  put(p, "<table>\n<caption>");
  esc(p, c->comp.title ? c->comp.title : "Seats by group");
  put(p, "</caption>\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Stakeholder</th>"
         "<th scope=\"col\" class=\"num\">Seats</th><th scope=\"col\" class=\"num\">Named</th>"
         "<th scope=\"col\" class=\"num\">Vacant</th><th scope=\"col\">Members</th></tr></thead>\n<tbody>\n");
  for (int k = 0; k < c->comp.ntop; k++) group_row(p, seats, c->comp.top[k], 0);
  put(p, "</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td></td>");
  number(p, total.seats);
  number(p, total.named);
  number(p, total.vacant);
  put(p, "<td></td></tr></tfoot>\n</table>\n");
  if (!total.named) put(p, "<p>No member is named, so vacancies are not known (—).</p>\n");
  put(p, "</section>\n");
}

static void roles(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<section id=\"roles\" aria-labelledby=\"roles-h\">\n<h2 id=\"roles-h\">Roles</h2>\n");
  if (!c->nroles) {
    put(p, "<p>The charter names no role.</p>\n</section>\n");
    return;
  }
  put(p, "<table>\n<caption>Roles and who holds them</caption>\n<thead><tr><th scope=\"col\">Role"
         "</th><th scope=\"col\">Title</th><th scope=\"col\">Held by</th></tr></thead>\n<tbody>\n");
  for (int i = 0; i < c->nroles; i++) {
    const wg_role *r = &c->roles[i];
    put(p, "<tr><th scope=\"row\" class=\"id\">");
    esc(p, r->id);
    put(p, "</th><td>");
    esc(p, r->title);
    put(p, "</td><td>");
    esc(p, r->held_by ? r->held_by : "not recorded");
    put(p, "</td></tr>\n");
  }
  put(p, "</tbody>\n</table>\n</section>\n");
}

/* A meeting or event's row of the dates table. */
static void date_row(Page *p, wg_date start, wg_date end, const char *kind, const char *id,
                     const char *title, const char *where, const char *every) {
  put(p, "<tr><td>");
  day(p, start);
  if (end != start) put(p, " to "), day(p, end);
  put(p, "</td><td>");
  put(p, kind);
  if (every) put(p, ", every "), esc(p, every);
  put(p, "</td><th scope=\"row\"><span class=\"id\">");
  esc(p, id);
  put(p, "</span> ");
  esc(p, title);
  put(p, "</th><td>");
  esc(p, where);
  put(p, "</td></tr>\n");
}

static void timeline(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline"
         "</h2>\n<figure>\n");
  buf_flush(&p->b);
  svg_timeline(p->b.f, c, p->a, p->in->day);
  put(p, "<figcaption>Meetings (blue), events (purple) and deadlines (diamonds in the colour of "
         "their status)");
  if (p->in->day != WG_NODATE) put(p, "; the dashed red line is "), day(p, p->in->day);
  put(p, ".</figcaption>\n</figure>\n");
  if (!c->nmeetings && !c->nevents) {
    put(p, "<p>The charter lists no meetings or events.</p>\n</section>\n");
    return;
  }
  put(p, "<table>\n<caption>Meetings and events</caption>\n<thead><tr><th scope=\"col\">Dates</th>"
         "<th scope=\"col\">Kind</th><th scope=\"col\">What</th><th scope=\"col\">Where</th></tr>"
         "</thead>\n<tbody>\n");
  for (int i = 0; i < c->nmeetings; i++) {
    const wg_meeting *m = &c->meetings[i];
    date_row(p, m->start, m->end, "meeting", m->id, m->title, m->online ? "online" : m->at_place,
             wg_word(wg_every_words, m->every));
  }
  for (int i = 0; i < c->nevents; i++)
    date_row(p, c->events[i].start, c->events[i].end, "event", c->events[i].id,
             c->events[i].title, c->events[i].at_place, NULL);
  put(p, "</tbody>\n</table>\n</section>\n");
}

static void owners(Page *p, const wg_item *it) {
  for (int k = 0; k < it->nowners; k++) {
    if (k) put(p, ", ");
    esc(p, it->owners[k].name);
  }
}

static void depends(Page *p, const wg_item *it) {
  for (int k = 0; k < it->ndeps; k++) {
    const wg_ref *r = &it->deps[k];
    if (k) put(p, ", ");
    if (r->kind != WG_MILESTONE && r->index >= 0 && r->index < p->c->nitems &&
        p->c->items[r->index].id)
      item_link(p, p->c->items[r->index].id);
    else esc(p, r->name);
  }
}

static void item_row(Page *p, int i) {
  const wg_item *it = &p->c->items[i];
  put(p, "<tr id=\"item-");
  esc(p, it->id ? it->id : "");
  put(p, "\"><th scope=\"row\" class=\"id\">");
  esc(p, it->id ? it->id : "?");
  put(p, "</th><td>");
  esc(p, it->title);
  put(p, "</td><td>");
  esc(p, it->topic >= 0 ? p->c->topics[it->topic].id : "");
  put(p, "</td><td>");
  owners(p, it);
  put(p, "</td><td>");
  day(p, it->due.date);
  if (it->due.ref.name) put(p, " ("), esc(p, it->due.ref.name), put(p, ")");
  int late = wg_days_late(p->c, i, p->in->day);
  if (late) buf_printf(&p->b, "<br><span class=\"late\">%d day%s late</span>", late, late == 1 ? "" : "s");
  put(p, "</td><td>");
  status_badge(p, it->status);
  put(p, "</td><td>");
  depends(p, it);
  put(p, "</td></tr>\n");
}

static void deliverables(Page *p) {
  const wg_charter *c = p->c;
  put(p, "<section id=\"deliverables\" aria-labelledby=\"deliverables-h\">\n"
         "<h2 id=\"deliverables-h\">Deliverables and recommendations</h2>\n");
  if (!c->nitems) {
    put(p, "<p>The charter lists no deliverables or recommendations.</p>\n</section>\n");
    return;
  }
  put(p, "<table>\n<caption>Every item, in the order of the charter</caption>\n<thead><tr>"
         "<th scope=\"col\">Id</th><th scope=\"col\">Title</th><th scope=\"col\">Topic</th>"
         "<th scope=\"col\">Owners</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th>"
         "<th scope=\"col\">Depends on</th></tr></thead>\n<tbody>\n");
  for (int i = 0; i < c->nitems; i++) item_row(p, i);
  put(p, "</tbody>\n</table>\n</section>\n");
}

/* Graphviz's SVG from its <svg> tag on (the XML prolog and DOCTYPE have
** no place inside HTML), marked as a picture with a label. */
static void graph(Page *p) {
  const char *svg = p->in->graph_svg ? strstr(p->in->graph_svg, "<svg") : NULL;
  put(p, "<section id=\"graph\" aria-labelledby=\"graph-h\">\n<h2 id=\"graph-h\">Dependency graph</h2>\n");
  if (!svg) {
    put(p, "<p>");
    esc(p, p->in->graph_note ? p->in->graph_note : "The graph could not be drawn.");
    put(p, "</p>\n</section>\n");
    return;
  }
  put(p, "<figure>\n<svg class=\"graph\" role=\"img\" aria-labelledby=\"graph-caption\"");
  put(p, svg + 4);
  put(p, "<figcaption id=\"graph-caption\">Each box is an item, coloured by status; an arrow runs "
         "from an item to what depends on it; bold is the critical path, red a dependency cycle. "
         "Select a box to go to its row above.</figcaption>\n</figure>\n</section>\n");
}

static void foot(Page *p) {
  put(p, "</main>\n<footer>\n<p>Made by wgc from <span class=\"id\">");
  esc(p, p->c->source);
  put(p, "</span>.</p>\n</footer>\n</body>\n</html>\n");
}

void emit_html(FILE *f, const wg_charter *c, wg_arena *a, const HtmlInput *in) {
  Page *p = wg_xmalloc(sizeof *p);
  buf_init(&p->b, f);
  p->c = c, p->a = a, p->in = in;
  head(p);
  group(p);
  problems(p);
  mandate(p);
  composition(p);
  roles(p);
  timeline(p);
  deliverables(p);
  graph(p);
  foot(p);
  buf_flush(&p->b);
  free(p);
}
