/*
** Where a missing brace belongs (docs/checks.md, "After a mistake").
** When the braces of a file do not balance, the parser still closes
** every block at the end of the file (and skips a `}` that closes none),
** so the file is checked whole; then the indentation shows where the
** drafter meant the brace: a block should have closed before the first
** later line, indented no deeper than the line that opened it, that
** starts a declaration; a stray `}` closes the block of the nearest line
** above it indented no deeper, if that line declares something without
** a block. The file is parsed again with that brace supplied (the
** driver reports it there, with a fix), until the braces balance or
** nothing better can be said.
*/
#include <string.h>

#include "compile.h"
#include "parse_driver.h"
#include "schema.h"
#include "suggest.h"
#include "tree.h"

/* --- Lines ---------------------------------------------------------------- */

typedef struct Line {
  uint32_t start, first, end; /* its first byte, first non-blank byte, line end */
  int indent;                 /* columns before `first`, tabs to multiples of 8 */
} Line;

/* The line that starts at off. */
static Line line_at(const Source *src, uint32_t off) {
  Line l = {off, off, off, 0};
  const char *s = src->text;
  while (l.first < src->len && (s[l.first] == ' ' || s[l.first] == '\t'))
    l.indent = s[l.first++] == '\t' ? (l.indent / 8 + 1) * 8 : l.indent + 1;
  l.end = l.first;
  while (l.end < src->len && s[l.end] != '\n') l.end++;
  if (l.end > l.first && s[l.end - 1] == '\r') l.end--;
  return l;
}

/* The line holding off. */
static Line line_of(const Source *src, uint32_t off) {
  while (off > 0 && src->text[off - 1] != '\n') off--;
  return line_at(src, off);
}

/* The line after l, or one with start == len at the end. */
static Line next_line(const Source *src, Line l) {
  uint32_t off = l.end;
  while (off < src->len && src->text[off] != '\n') off++;
  return line_at(src, off < src->len ? off + 1 : src->len);
}

static int blank(const Source *src, Line l) {
  return l.first >= l.end || src->text[l.first] == '#';
}

/* Whether line l starts with a declaration's keyword, or a near miss of
** one (the driver reads `deliverabel` as `deliverable`). */
static int declares(const Source *src, Line l) {
  uint32_t e = l.first;
  while (e < l.end && (((src->text[e] | 32) >= 'a' && (src->text[e] | 32) <= 'z') ||
                       src->text[e] == '_'))
    e++;
  if (e == l.first || e - l.first > 40 || (e < l.end && src->text[e] != ' ' && src->text[e] != '\t'))
    return 0;
  char word[48];
  memcpy(word, src->text + l.first, e - l.first);
  word[e - l.first] = 0;
  int index, several, what = schema_keyword(word, e - l.first, &index);
  if (what) return what == SCHEMA_KIND_WORD; /* a property's key is no misspelt kind */
  return suggest_one(word, wg_kind_names, WG_NKINDS, &several) && !several;
}

/* --- A `}` missing ----------------------------------------------------------- */

/* Where d's block should have closed, if the indentation says it should
** have before it did: the first token of that line, or TREE_NONE. */
static uint32_t should_close(const Ctx *c, const Decl *d) {
  const Source *src = c->src;
  Line open = line_of(src, d->kw_at.off);
  /* Its `}`, or where one was supplied (its last byte then): the end of
  ** the file for a block closed there. */
  uint32_t end = d->rbrace != TREE_NONE ? d->rbrace : d->at.off + d->at.len;
  for (Line l = next_line(src, line_of(src, d->lbrace)); l.start < end && l.start < src->len;
       l = next_line(src, l)) {
    if (blank(src, l) || l.indent > open.indent) continue;
    return declares(src, l) && l.first < end ? l.first : TREE_NONE;
  }
  return TREE_NONE;
}

/* The earliest such place over d's declarations and theirs. */
static void earliest_close(const Ctx *c, const Decl *d, BraceFix *best) {
  for (; d; d = d->next) {
    if (d->kind >= 0 && d->lbrace != TREE_NONE) {
      uint32_t at = should_close(c, d);
      if (at != TREE_NONE && at < best->at)
        *best = (BraceFix){at, d->lbrace, line_of(c->src, at).start, 0};
    }
    earliest_close(c, d->children, best);
  }
}

/* --- A `{` missing -------------------------------------------------------------- */

/* The declaration without a block whose keyword is at off, or NULL. */
static const Decl *decl_at(const Decl *d, uint32_t off) {
  for (; d; d = d->next) {
    if (d->kind >= 0 && d->kw_at.off == off) return d;
    const Decl *k = decl_at(d->children, off);
    if (k) return k;
  }
  return NULL;
}

/* For the stray `}` at close: the line above it, indented no deeper,
** that declares something without a block, with deeper lines between. */
static int should_open(const Ctx *c, uint32_t close, BraceFix *out) {
  const Source *src = c->src;
  Line brace = line_of(src, close);
  int deeper = 0;
  for (uint32_t off = brace.start; off > 0;) {
    Line l = line_of(src, off - 1);
    off = l.start;
    if (blank(src, l)) continue;
    if (l.indent > brace.indent) {
      deeper = 1;
      continue;
    }
    const Decl *d = declares(src, l) ? decl_at(c->root, l.first) : NULL;
    if (!deeper || !d || d->lbrace != TREE_NONE || d->end_kind != END_NEWLINE) return 0;
    *out = (BraceFix){d->end, close, d->at.off + d->at.len, 1};
    return 1;
  }
  return 0;
}

int parse_braces_find(const Ctx *c, BraceFix *out) {
  if (!c->root) return 0;
  if (c->stray_closes.n) return should_open(c, c->stray_closes.v[0].off, out);
  BraceFix best = {TREE_NONE, 0, 0, 0};
  earliest_close(c, c->root->children, &best);
  *out = best;
  return best.at != TREE_NONE;
}

/* Each block the end of the file closed: reported at its `{`. */
static void report_unclosed(Ctx *c) {
  if (c->eof_in_string || c->eof_in_broken) return; /* what ran to the end says it */
  for (uint32_t i = 0; i < c->unclosed.n; i++) {
    uint32_t at = c->unclosed.v[i].off;
    Diag *d = diag_report(c, RULE_SYNTAX_ERROR, (wg_span){at, 1}, "%s",
                          "this block is never closed: write its `}` after its last line");
    Line open = line_of(c->src, at);
    char *text = wg_alloc(c->arena, open.first - open.start + 4);
    size_t n = 0;
    if (c->src->len && c->src->text[c->src->len - 1] != '\n') text[n++] = '\n';
    memcpy(text + n, c->src->text + open.start, open.first - open.start);
    n += open.first - open.start;
    memcpy(text + n, "}\n", 3);
    diag_fix1(c, d, 0, (wg_span){c->src->len, 0}, text, "close the block at the end");
  }
}

void parse_whole(Ctx *c) {
  BraceFix fixes[MAX_DEPTH + 1];
  int n = 0;
  parse_part(c, c->src->bom, c->src->len);
  while ((c->unclosed.n || c->stray_closes.n) && !c->fatal && n <= MAX_DEPTH) {
    BraceFix f;
    if (!parse_braces_find(c, &f)) break;
    int k = n;
    for (int i = 0; i < n; i++)
      if (fixes[i].at == f.at) k = -1; /* no progress: stop */
    if (k < 0) break;
    while (k > 0 && fixes[k - 1].at > f.at) fixes[k] = fixes[k - 1], k--;
    fixes[k] = f;
    n++;
    compile_reset(c);
    c->brace_fixes = fixes;
    c->nbrace_fixes = n;
    parse_part(c, c->src->bom, c->src->len);
  }
  c->brace_fixes = NULL;
  c->nbrace_fixes = 0;
  report_unclosed(c);
}
