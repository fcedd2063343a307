/*
** The line formats: GCC-style text for people, editors and log matchers
** (CLI.md), and GitHub Actions workflow commands, which the runner turns
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

static void print_excerpt(Report *r, Source *s, wg_span at, int line) {
  FILE *f = r->out;
  uint32_t len;
  const char *text = src_line(s, at.off, &len);
  const char *caret = s->text + at.off, *end = text + len;
  if (caret > end) caret = end;
  const char *stop = caret + at.len > end ? end : caret + at.len;
  /* A long line is cut to a window around the caret. */
  const char *from = text, *to = end;
  if (len > EXCERPT_MAX) {
    if (caret - text > EXCERPT_BEFORE) from = char_start(text, caret - EXCERPT_BEFORE);
    if (end - from > EXCERPT_MAX) to = char_start(text, from + EXCERPT_MAX);
    if (stop > to) stop = to;
  }
  const char *pre = from > text ? "..." : "", *post = to < end ? "..." : "";
  int gutter = fprintf(f, "%5d", line); /* wider past line 99999 */
  fprintf(f, " | %s", pre);
  term_write(f, from, (size_t)(to - from), TERM_TAB);
  fprintf(f, "%s\n%*s | %s", post, gutter, "", pre[0] ? "   " : "");
  put_padding(f, from, (uint32_t)(caret - from));
  int w = term_width(caret, (size_t)(stop - caret), TERM_TAB);
  fputs(paint(r, GREEN), f);
  for (int k = 0; k < (w > 0 ? w : 1); k++) fputc('^', f);
  fprintf(f, "%s\n", paint(r, RESET));
}

/* "NAME:LINE:COL:" in bold, the name escaped. */
static void put_where(Report *r, const char *name, int line, int col) {
  fputs(paint(r, BOLD), r->out);
  term_puts(r->out, name, 0);
  fprintf(r->out, ":%d:%d:%s ", line, col, paint(r, RESET));
}

static void text_diag(Report *r, const char *name, Source *s, const Diag *d) {
  int line, col, err = d->severity == SEV_ERROR;
  report_position(r, s, d->at.off, &line, &col);
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
    fprintf(r->out, ",title=WG100 %s::", report_rule_name(100));
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
