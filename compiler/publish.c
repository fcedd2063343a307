/*
** The publishing commands (publish.h): their options, the reference day
** (`--as-of`, else `as_of` in the file, else today: the one place that
** reads the clock, so the emitters write the same bytes for the same
** input and day), and the choice of emitter.
*/
#define _POSIX_C_SOURCE 200809L
#include "publish.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "output.h"
#include "rules.h"
#include "status.h"
#include "suggest.h"

enum { MAX_DEPTH_OPTION = 1000000, MAX_TIMEOUT = 86400 };

/* The page leaves its graph out above this many items: Graphviz would
** take minutes, and the picture would be too dense to read anyway. */
enum { HTML_GRAPH_MAX = 2000 };

typedef enum { PUB_STATUS, PUB_ICS, PUB_HTML } PubCommand;
static const char *const commands[] = {"status", "ics", "html", NULL};

static int command_index(const char *command) {
  for (int k = 0; command && commands[k]; k++)
    if (strcmp(command, commands[k]) == 0) return k;
  return -1;
}

int publish_command(const char *command) { return command_index(command) >= 0; }

int publish_despite_errors(const char *command) { return command_index(command) == PUB_HTML; }

static int usage(const char *fmt, const char *arg) {
  fputs("wgc: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\nrun `wgc --help` for usage\n", stderr);
  return 2;
}

/* The value of option `name` at argv[*i], as "--name=V" or "--name V". */
static const char *value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=') return argv[*i] + n + 1;
  if (strcmp(argv[*i], name) == 0 && *i + 1 < argc) return argv[++*i];
  return NULL;
}

/* A whole number from 0 to max, or -1. */
static int number(const char *s, int max) {
  char *end;
  long v = strtol(s, &end, 10);
  return *s >= '0' && *s <= '9' && !*end && v <= max ? (int)v : -1;
}

static int for_dot(const Publish *p, const char *option) {
  if (p->command && strcmp(p->command, "dot") == 0) return 0;
  return usage("%s is for `wgc dot`", option);
}

int publish_option(Publish *p, int argc, char **argv, int *i) {
  const char *v;
  if ((v = value(argc, argv, i, "--focus"))) return p->view.focus = v, for_dot(p, "--focus");
  if ((v = value(argc, argv, i, "--topic"))) return p->view.topic = v, for_dot(p, "--topic");
  if ((v = value(argc, argv, i, "--depth"))) {
    if ((p->view.depth = number(v, MAX_DEPTH_OPTION)) < 0)
      return usage("--depth takes a number of steps (0 or more), not `%s`", v);
    p->view.has_depth = 1;
    return for_dot(p, "--depth");
  }
  if ((v = value(argc, argv, i, "--render-timeout"))) {
    if ((p->render_timeout = number(v, MAX_TIMEOUT)) <= 0)
      return usage("--render-timeout takes a number of seconds (1 to 86400), not `%s`", v);
    return for_dot(p, "--render-timeout");
  }
  return -1;
}

/* --- Status, calendar, page ---------------------------------------------------- */

static wg_date today(void) {
  time_t now = time(NULL);
  struct tm tm;
  if (!localtime_r(&now, &tm)) return WG_NODATE;
  return wg_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static int use_color(FILE *f, int choice) {
  if (choice == 1) return 1;
  if (choice == 2) return 0;
  const char *term = getenv("TERM");
  return isatty(fileno(f)) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
}

static int status(FILE *f, Ctx *c, int json, int color) {
  int from;
  wg_date day = wg_reference_day(c->charter, c->as_of, WG_NODATE, &from);
  if (day == WG_NODATE) day = today();
  if (day == WG_NODATE) return fputs("wgc: cannot read today's date\n", stderr), 2;
  Status s;
  status_gather(&s, c->charter, c->arena, day, from);
  if (json) emit_status_json(f, &s);
  else emit_status(f, &s, use_color(f, color));
  return 0;
}

/* The shown diagnostics of c, for the page. */
static HtmlDiag *page_diags(Ctx *c, int *n) {
  HtmlDiag *v = wg_alloc(c->arena, (size_t)(c->diags.n + 1) * sizeof *v);
  *n = 0;
  for (int k = 0; k < c->diags.n; k++) {
    const Diag *d = c->diags.v[k];
    if (d->allowed) continue;
    const Rule *r = rule_by_code(d->code);
    HtmlDiag *h = &v[(*n)++];
    h->error = d->severity == SEV_ERROR;
    h->code = d->code;
    h->name = r ? r->name : "";
    src_position((Source *)c->src, d->at.off, &h->line, &h->column);
    h->message = d->msg;
  }
  return v;
}

/* Graphviz's SVG of the whole graph, laid out as --render lays it out,
** nodes linking to the page's rows; NULL with *note saying why not. */
static char *graph_svg(Ctx *c, const Publish *p, const char **note) {
  if (!c->charter->nitems) {
    *note = "The charter lists no items to draw.";
    return NULL;
  }
  if (c->charter->nitems > HTML_GRAPH_MAX) {
    *note = "The charter has too many items to draw here: draw a part of the graph with "
            "`wgc dot --render svg --focus ITEM` or `--topic T`.";
    return NULL;
  }
  *note = "The graph could not be drawn: Graphviz's `dot` failed or is not installed.";
  char *dot = NULL, *svg = NULL;
  size_t n = 0;
  FILE *mem = open_memstream(&dot, &n);
  Output out = {.f = tmpfile()};
  if (!mem || !out.f) abort();
  out.fd = fileno(out.f);
  DotView v = {.render = 1, .links = 1, .fast = c->charter->nitems > RENDER_FAST};
  emit_dot_view(mem, c->charter, c->arena, &v);
  fclose(mem);
  if (output_render(&out, "svg", dot, n, p->render_timeout) == 0) {
    long size = ftell(out.f);
    svg = size >= 0 ? malloc((size_t)size + 1) : NULL;
    rewind(out.f);
    if (svg && fread(svg, 1, (size_t)size, out.f) == (size_t)size) svg[size] = 0;
    else free(svg), svg = NULL;
  }
  fclose(out.f);
  free(dot);
  return svg;
}

static int html(FILE *f, Ctx *c, const Publish *p) {
  HtmlInput in = {wg_reference_day(c->charter, c->as_of, WG_NODATE, NULL), NULL, 0, NULL, NULL};
  in.diags = page_diags(c, &in.ndiags);
  char *svg = graph_svg(c, p, &in.graph_note);
  in.graph_svg = svg;
  emit_html(f, c->charter, c->arena, &in);
  free(svg);
  return 0;
}

int publish_emit(FILE *f, Ctx *c, const Publish *p, int json, int color) {
  switch ((PubCommand)command_index(p->command)) {
  case PUB_STATUS: return status(f, c, json, color);
  case PUB_ICS: return emit_ics(f, c->charter, c->arena), 0;
  case PUB_HTML: return html(f, c, p);
  default: return usage("unknown command `%s`", p->command);
  }
}

/* --- Graphs ------------------------------------------------------------------- */

static int not_found(const wg_charter *c, const char *what, const char *name, int items) {
  int n = items ? c->nitems : c->ntopics;
  const char **names = calloc((size_t)n + 1, sizeof *names);
  if (!names) abort();
  for (int k = 0; k < n; k++) names[k] = items ? c->items[k].id : c->topics[k].id;
  const char *close = suggest(name, names, n);
  fprintf(stderr, "wgc: %s `%s`: the charter has no %s of that name", what, name,
          items ? "deliverable or recommendation" : "topic");
  if (close) fprintf(stderr, "; did you mean `%s`?", close);
  fputc('\n', stderr);
  free(names);
  return 2;
}

int publish_dot(FILE *f, Ctx *c, const Publish *p, int render) {
  DotView v = p->view;
  v.render = render;
  int n = emit_dot_count(c->charter, c->arena, &v);
  if (n == -1) return not_found(c->charter, "--focus", v.focus, 1);
  if (n == -2) return not_found(c->charter, "--topic", v.topic, 0);
  if (render && n > RENDER_FAST) {
    v.fast = 1;
    fprintf(stderr,
            "wgc: note: drawing %d items; Graphviz's `dot` slows down above %d, so the picture "
            "is laid out with faster, plainer settings (straight edges); draw a part with "
            "`--focus ITEM` or `--topic T` for a clearer one\n",
            n, RENDER_FAST);
  }
  emit_dot_view(f, c->charter, c->arena, &v);
  return 0;
}
