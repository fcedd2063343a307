/*
** The line formats: GCC-style text for people, editors and log matchers
** (docs/output.md), and GitHub Actions workflow commands, which the runner turns
** into annotations on the pull request. Everything taken from a file or
** its name is escaped for the terminal (term.h): a charter cannot
** recolour, clear or forge lines of the output it is shown in.
*/
#include <stdlib.h>
#include <string.h>

#include "report_impl.h"
#include "term.h"

#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define MAGENTA "\033[1;35m"
#define CYAN "\033[1;36m"
#define GREEN "\033[1;32m"
#define YELLOW "\033[1;33m"
#define RESET "\033[0m"

enum { EXCERPT_MAX = 160, EXCERPT_BEFORE = 60 }; /* bytes of a long line shown */

static const char *paint(const Report *r, const char *code) { return r->o.color ? code : ""; }

/* Steps back from p to the start of its UTF-8 sequence: 3 bytes at most,
** so that a run of stray continuation bytes (invalid UTF-8) cannot pull a
** window's end back before its caret. */
static const char *char_start(const char *line, const char *p) {
  for (int i = 0; i < 3 && p > line && ((unsigned char)*p & 0xC0) == 0x80; i++) p--;
  return p;
}

/* Pads the caret line to the width of the n bytes at p as shown, tab for
** tab. */
static void put_padding(FILE *f, const char *p, uint32_t n) {
  for (uint32_t i = 0; i < n;) {
    if (p[i] == '\t') {
      fputc('\t', f);
      i++;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && ((unsigned char)p[j] & 0xC0) == 0x80 && j - i < 4) j++;
    for (int k = term_width(p + i, j - i, TERM_TAB); k > 0; k--) fputc(' ', f);
    i = j;
  }
}

/* Where a line of [text, end) longer than EXCERPT_MAX bytes is cut: a
** window around `focus`. */
static void cut(const char *text, const char *end, const char *focus, const char **from,
                const char **to) {
  *from = text;
  *to = end;
  if (end - text <= EXCERPT_MAX) return;
  if (focus - text > EXCERPT_BEFORE) *from = char_start(text, focus - EXCERPT_BEFORE);
  if (end - *from > EXCERPT_MAX) *to = char_start(text, *from + EXCERPT_MAX);
}

/* "   12 | TEXT" for the bytes [from, to) of the line [text, end), "..."
** where it was cut; returns the gutter's width, for put_under. */
static int put_source(Report *r, int line, const char *text, const char *end, const char *from,
                      const char *to) {
  FILE *f = r->out;
  int gutter = fprintf(f, "%5d", line); /* wider past line 99999 */
  fprintf(f, " | %s", from > text ? "..." : "");
  term_write(f, from, (size_t)(to - from), TERM_TAB);
  fprintf(f, "%s\n", to < end ? "..." : "");
  return gutter;
}

/* The start of the line under put_source's, up to the text's first column. */
static void put_under(Report *r, int gutter, int was_cut) {
  fprintf(r->out, "%*s | %s", gutter, "", was_cut ? "   " : "");
}

static void print_excerpt(Report *r, Source *s, wg_span at, int line) {
  FILE *f = r->out;
  uint32_t len;
  const char *text = src_line(s, at.off, &len);
  const char *caret = s->text + at.off, *end = text + len;
  if (caret > end) caret = end;
  const char *from, *to;
  cut(text, end, caret, &from, &to);
  const char *stop = caret + at.len > to ? to : caret + at.len;
  put_under(r, put_source(r, line, text, end, from, to), from > text);
  put_padding(f, from, (uint32_t)(caret - from));
  int w = term_width(caret, (size_t)(stop - caret), TERM_TAB);
  fputs(paint(r, GREEN), f);
  for (int k = 0; k < (w > 0 ? w : 1); k++) fputc('^', f);
  fprintf(f, "%s\n", paint(r, RESET));
}

/* --- Fixes ------------------------------------------------------------------
** After a diagnostic and its notes, a line for each of its fixes (docs/
** output.md, "Fixes"): `= help:` for the one `check --fix` applies, `=
** maybe:` for one to weigh first. When the message alone does not say
** what to write, the lines as the fix leaves them follow, the new text
** marked: `+` inserted, `~` written in place of something. */

enum { VIEW_LINES = 3, VIEW_RESULT_LINES = 6 }; /* more is no longer a glance */

/* Whether the message says all the fix writes: each edit writes nothing,
** only blanks, or text the message quotes (`..`). */
static int message_says_it(const Fix *f) {
  for (const Edit *e = f->edits; e; e = e->next) {
    if (strspn(e->text, " \t") == strlen(e->text)) continue;
    size_t n = strlen(e->text);
    const char *m = f->msg;
    int quoted = 0;
    while (!quoted && (m = strchr(m, '`')) != NULL) {
      quoted = strncmp(m + 1, e->text, n) == 0 && m[1 + n] == '`';
      m++;
    }
    if (!quoted) return 0;
  }
  return 1;
}

/* Marks under the bytes [from, to) of a line: mark[i] under from[i]
** (0: none), each run of one mark as wide as its text shows; nothing
** after the last, and no line at all without one. */
static void put_marks(Report *r, int gutter, int was_cut, const char *from, const char *to,
                      const char *mark) {
  FILE *f = r->out;
  int last = -1;
  for (int i = 0; i < to - from; i++)
    if (mark[i]) last = i;
  if (last < 0) return;
  put_under(r, gutter, was_cut);
  for (int i = 0; i <= last;) {
    int j = i + 1;
    while (j <= last && mark[j] == mark[i]) j++;
    int n = j - i;
    if (!mark[i]) {
      put_padding(f, from + i, (uint32_t)n);
    } else {
      int w = term_width(from + i, (size_t)n, TERM_TAB);
      fputs(paint(r, GREEN), f);
      for (int k = 0; k < (w > 0 ? w : 1); k++) fputc(mark[i], f);
      fputs(paint(r, RESET), f);
    }
    i = j;
  }
  fputc('\n', f);
}

/* The text the view shows: the source lines f's edits touch, with the
** edits made, and under each byte its mark. */
typedef struct View {
  char *text, *mark;
  size_t len;
} View;

/* Builds the view of f, or returns 0 when it would not help: edits out
** of order, or over more lines than a glance takes. */
static int view_build(Source *s, const Fix *f, View *v, int *first_line) {
  const Edit *e0 = f->edits;
  uint32_t at = e0->at.off, size = 1;
  for (const Edit *e = e0; e; e = e->next) {
    if (e->at.off < at) return 0;
    at = e->at.off + e->at.len;
    size += (uint32_t)strlen(e->text);
  }
  uint32_t len, last_len;
  const char *start = src_line(s, e0->at.off, &len), *last = src_line(s, at, &last_len);
  int line, col, last_line;
  src_position(s, e0->at.off, &line, &col);
  src_position(s, at, &last_line, &col);
  if (start > s->text + e0->at.off || last_line - line >= VIEW_LINES) return 0;
  uint32_t from = (uint32_t)(start - s->text), to = (uint32_t)(last - s->text) + last_len;
  if (to < at) to = at;
  size += to - from;
  v->text = malloc(size);
  v->mark = calloc(size, 1);
  if (!v->text || !v->mark) abort();
  v->len = 0;
  uint32_t p = from;
  for (const Edit *e = e0; e; e = e->next) {
    memcpy(v->text + v->len, s->text + p, e->at.off - p);
    v->len += e->at.off - p;
    size_t n = strlen(e->text);
    memcpy(v->text + v->len, e->text, n);
    memset(v->mark + v->len, e->at.len ? '~' : '+', n);
    v->len += n;
    p = e->at.off + e->at.len;
  }
  memcpy(v->text + v->len, s->text + p, to - p);
  v->len += to - p;
  *first_line = line;
  return 1;
}

/* Prints the view's lines, from line number `line` on. */
static void view_print(Report *r, const View *v, int line) {
  size_t n = 0;
  for (size_t i = 0; i < v->len; i++) n += v->text[i] == '\n';
  if (n >= VIEW_RESULT_LINES) return;
  for (size_t a = 0; a <= v->len; line++) {
    size_t b = a;
    while (b < v->len && v->text[b] != '\n') b++;
    size_t e = b > a && v->text[b - 1] == '\r' ? b - 1 : b; /* CRLF: the CR is the line end's */
    if (a == v->len && a > 0) break; /* nothing after a line end the fix writes last */
    const char *text = v->text + a, *end = v->text + e, *focus = text;
    while (focus < end && !v->mark[focus - v->text]) focus++;
    const char *from, *to;
    cut(text, end, focus == end ? text : focus, &from, &to);
    int gutter = put_source(r, line, text, end, from, to);
    put_marks(r, gutter, from > text, from, to, v->mark + (from - v->text));
    a = b + 1;
  }
}

/* "NAME:LINE:COL:" in bold, the name escaped. */
static void put_where(Report *r, const char *name, int line, int col) {
  fputs(paint(r, BOLD), r->out);
  term_puts(r->out, name, 0);
  fprintf(r->out, ":%d:%d:%s ", line, col, paint(r, RESET));
}

/* "      = help: MESSAGE", and the view when the message is not enough. */
static void text_fix(Report *r, Source *s, const Fix *f, int applied, int gutter) {
  fprintf(r->out, "%*s = %s%s:%s ", gutter, "", paint(r, applied ? GREEN : YELLOW),
          applied ? "help" : "maybe", paint(r, RESET));
  term_puts(r->out, f->msg, 0);
  fputc('\n', r->out);
  View v;
  int line;
  if (!f->edits || message_says_it(f) || !view_build(s, f, &v, &line)) return;
  view_print(r, &v, line);
  free(v.text);
  free(v.mark);
}

static void text_diag(Report *r, const char *name, Source *s, const Diag *d) {
  int line, col, err = d->severity == SEV_ERROR;
  report_position(r, s, d->at.off, &line, &col);
  int gutter = snprintf(NULL, 0, "%5d", line);
  put_where(r, name, line, col);
  fprintf(r->out, "%s%s[WG%d]:%s ", paint(r, err ? RED : MAGENTA), err ? "error" : "warning",
          d->code, paint(r, RESET));
  term_puts(r->out, d->msg, 0);
  fputc('\n', r->out);
  print_excerpt(r, s, d->at, line);
  for (Note *n = d->notes; n; n = n->next) {
    report_position(r, s, n->at.off, &line, &col);
    put_where(r, name, line, col);
    fprintf(r->out, "%snote:%s ", paint(r, CYAN), paint(r, RESET));
    term_puts(r->out, n->msg, 0);
    fputc('\n', r->out);
  }
  /* The first fix is the one `check --fix` applies, when it is safe. */
  for (const Fix *f = d->fixes; f; f = f->next) text_fix(r, s, f, f == d->fixes && f->safe, gutter);
}

static void more_line(Report *r, const char *name, int more) {
  term_puts(r->out, name, 0);
  fprintf(r->out,
          ": %d more diagnostic%s not shown: wgc shows at most %d a file "
          "(--max-diagnostics N changes it)\n",
          more, more == 1 ? "" : "s", r->o.max);
}

static void text_file(Report *r, const ReportFile *f, Diag **v, int n, int more) {
  if (!f->c) {
    char *msg = report_unreadable(f);
    fputs("wgc: ", r->out);
    term_puts(r->out, msg, 0);
    fputc('\n', r->out);
    free(msg);
    return;
  }
  for (int i = 0; i < n; i++) text_diag(r, f->name, (Source *)f->c->src, v[i]);
  if (more) more_line(r, f->name, more);
}

static void nothing(Report *r) { (void)r; }

/* "2 errors, 1 warning in 3 files" on stderr, unless quiet or clean. */
static void summary(Report *r) {
  int e = r->t.errors, w = r->t.warnings, n = r->t.files;
  if (r->o.quiet || e + w == 0) return;
  fprintf(r->err, "%d error%s, %d warning%s in %d file%s\n", e, e == 1 ? "" : "s", w,
          w == 1 ? "" : "s", n, n == 1 ? "" : "s");
}

const ReportFormat report_text = {nothing, text_file, summary};

/* --- GitHub Actions ------------------------------------------------------- */

/* Writes s for a workflow command: escaped for the terminal (the log is
** one), then '%', CR and LF as %25, %0D, %0A, and in a property also ':'
** and ',', as the runner reads them (docs/ci.md). */
static void gh_put(FILE *f, const char *s, int property) {
  char *shown = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&shown, &n);
  if (!m) abort();
  term_puts(m, s, 0);
  fclose(m);
  for (size_t i = 0; i < n; i++) {
    char c = shown[i];
    if (c == '%') fputs("%25", f);
    else if (c == '\r') fputs("%0D", f);
    else if (c == '\n') fputs("%0A", f);
    else if (property && c == ':') fputs("%3A", f);
    else if (property && c == ',') fputs("%2C", f);
    else fputc(c, f);
  }
  free(shown);
}

static void gh_diag(Report *r, const char *name, Source *s, const Diag *d) {
  int line, col, eline, ecol;
  report_position(r, s, d->at.off, &line, &col);
  report_position(r, s, d->at.off + d->at.len, &eline, &ecol);
  fprintf(r->out, "::%s file=", d->severity == SEV_ERROR ? "error" : "warning");
  gh_put(r->out, name, 1);
  fprintf(r->out, ",line=%d,col=%d,endLine=%d,endColumn=%d,title=WG%d ", line, col, eline, ecol,
          d->code);
  gh_put(r->out, report_rule_name(d->code), 1);
  fputs("::", r->out);
  gh_put(r->out, d->msg, 0);
  for (Note *n = d->notes; n; n = n->next) {
    report_position(r, s, n->at.off, &line, &col);
    fputs("%0A", r->out);
    gh_put(r->out, name, 0);
    fprintf(r->out, ":%d:%d: note: ", line, col);
    gh_put(r->out, n->msg, 0);
  }
  fputc('\n', r->out);
}

static void gh_file(Report *r, const ReportFile *f, Diag **v, int n, int more) {
  if (!f->c) {
    char *msg = report_unreadable(f);
    fputs("::error file=", r->out);
    gh_put(r->out, f->name, 1);
    fprintf(r->out, ",title=WG100 %s::", report_rule_name(RULE_UNREADABLE_FILE));
    gh_put(r->out, msg, 0);
    fputc('\n', r->out);
    free(msg);
    return;
  }
  for (int i = 0; i < n; i++) gh_diag(r, f->name, (Source *)f->c->src, v[i]);
  if (!more) return;
  fputs("::warning file=", r->out);
  gh_put(r->out, f->name, 1);
  fprintf(r->out, ",title=wgc::%d more diagnostic%s not shown: wgc shows at most %d a file "
                  "(--max-diagnostics N changes it)\n",
          more, more == 1 ? "" : "s", r->o.max);
}

const ReportFormat report_github = {nothing, gh_file, summary};
