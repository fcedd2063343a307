/*
** Collecting and rendering diagnostics. Rules report in whatever order
** they run; diag_finish puts the list in position order once, so every
** output format shows the same diagnostics in the same order.
*/
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "compile.h"
#include "json.h"
#include "../runtime/alloc.h"

static char *vformat(wg_arena *a, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  char *s = wg_alloc(a, (size_t)(n < 0 ? 0 : n) + 1);
  if (n > 0) vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

/* Room for n more in l. */
static void grow(DiagList *l, int n) {
  if (l->n + n <= l->cap) return;
  while (l->n + n > l->cap) l->cap = l->cap ? l->cap * 2 : 16;
  l->v = wg_xrealloc(l->v, (size_t)l->cap * sizeof *l->v);
}

Diag *diag_report(Ctx *c, int code, wg_span at, const char *fmt, ...) {
  DiagList *l = &c->diags;
  grow(l, 1);
  Diag *d = wg_alloc(c->arena, sizeof *d);
  const Rule *r = rule_by_code(code);
  d->code = code;
  d->severity = r ? (int)r->severity : SEV_ERROR;
  d->seq = (unsigned)l->n;
  d->at = at;
  va_list ap;
  va_start(ap, fmt);
  d->msg = vformat(c->arena, fmt, ap);
  va_end(ap);
  l->v[l->n++] = d;
  return d;
}

void diag_insert(DiagList *l, int at, DiagList *from) {
  if (from->n == 0) { /* and from->v may be NULL, which memcpy may not take */
    diag_free(from);
    return;
  }
  grow(l, from->n);
  memmove(l->v + at + from->n, l->v + at, (size_t)(l->n - at) * sizeof *l->v);
  memcpy(l->v + at, from->v, (size_t)from->n * sizeof *l->v);
  l->n += from->n;
  for (int i = at; i < l->n; i++) l->v[i]->seq = (unsigned)i;
  diag_free(from);
}

void diag_note(Ctx *c, Diag *d, wg_span at, const char *fmt, ...) {
  Note *n = wg_alloc(c->arena, sizeof *n);
  n->at = at;
  va_list ap;
  va_start(ap, fmt);
  n->msg = vformat(c->arena, fmt, ap);
  va_end(ap);
  if (d->last) d->last->next = n;
  else d->notes = n;
  d->last = n;
}

Fix *diag_fix(Ctx *c, Diag *d, int safe, const char *fmt, ...) {
  Fix *f = wg_alloc(c->arena, sizeof *f);
  f->safe = safe;
  va_list ap;
  va_start(ap, fmt);
  f->msg = vformat(c->arena, fmt, ap);
  va_end(ap);
  if (d->last_fix) d->last_fix->next = f;
  else d->fixes = f;
  d->last_fix = f;
  return f;
}

void diag_edit(Ctx *c, Fix *f, wg_span at, const char *text) {
  Edit *e = wg_alloc(c->arena, sizeof *e);
  e->at = at;
  e->text = wg_strndup(c->arena, text, strlen(text));
  if (f->last) f->last->next = e;
  else f->edits = e;
  f->last = e;
}

void diag_fix_replace(Ctx *c, Diag *d, int safe, wg_span at, const char *text) {
  Fix *f = diag_fix(c, d, safe, "replace `%.*s` with `%s`", (int)(at.len > 60 ? 60 : at.len),
                    c->src->text + at.off, text);
  diag_edit(c, f, at, text);
}

void diag_fix1(Ctx *c, Diag *d, int safe, wg_span at, const char *text, const char *msg) {
  diag_edit(c, diag_fix(c, d, safe, "%s", msg), at, text);
}

static int by_position(const void *a, const void *b) {
  const Diag *x = *(Diag *const *)a, *y = *(Diag *const *)b;
  if (x->at.off != y->at.off) return x->at.off < y->at.off ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void diag_finish(Ctx *c, const Policy *p) {
  DiagList *l = &c->diags;
  if (l->n > 1) qsort(l->v, (size_t)l->n, sizeof *l->v, by_position);
  for (int i = 0; i < l->n; i++) {
    Diag *d = l->v[i];
    if (d->severity != SEV_WARNING || !p) continue;
    int level = d->code >= 0 && d->code < 1000 ? p->level[d->code] : 0;
    if (level == POLICY_ALLOW) d->allowed = 1;
    else if (level == POLICY_DENY || p->werror) d->severity = SEV_ERROR;
  }
}

void diag_count(const Ctx *c, int *errors, int *warnings) {
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    if (d->allowed) continue;
    if (d->severity == SEV_ERROR) ++*errors;
    else ++*warnings;
  }
}

void diag_free(DiagList *l) {
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}

/* --- Text ------------------------------------------------------------ */

#define BOLD "\033[1m"
#define RED "\033[1;31m"
#define MAGENTA "\033[1;35m"
#define CYAN "\033[1;36m"
#define GREEN "\033[1;32m"
#define RESET "\033[0m"

enum { EXCERPT_MAX = 160, EXCERPT_BEFORE = 60 }; /* bytes of a long line shown */

static const char *paint(int color, const char *code) { return color ? code : ""; }

/* Steps back from p to the start of its UTF-8 sequence: 3 bytes at most,
** so that a run of stray continuation bytes (invalid UTF-8) cannot pull a
** window's end back before its caret. */
static const char *char_start(const char *line, const char *p) {
  for (int i = 0; i < 3 && p > line && ((unsigned char)*p & 0xC0) == 0x80; i++) p--;
  return p;
}

/* Writes n bytes of a source line, control characters and invalid UTF-8
** shown as '?', so that no input can upset the terminal. */
static void put_source(FILE *f, const char *p, uint32_t n) {
  for (uint32_t i = 0; i < n;) {
    unsigned char ch = (unsigned char)p[i];
    if (ch >= 0x80) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)p + i, n - i, &cp);
      if (k > 0) fwrite(p + i, 1, (size_t)k, f);
      else fputc('?', f);
      i += k > 0 ? (uint32_t)k : 1;
      continue;
    }
    fputc(ch == '\t' || (ch >= 0x20 && ch != 0x7f) ? ch : '?', f);
    i++;
  }
}

/* Pads the caret line to the width of the n bytes at p, tab for tab. */
static void put_padding(FILE *f, const char *p, uint32_t n) {
  for (uint32_t i = 0; i < n;) {
    if (p[i] == '\t') {
      fputc('\t', f);
      i++;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && ((unsigned char)p[j] & 0xC0) == 0x80) j++;
    int w = (unsigned char)p[i] < 0x20 ? 1 : src_width(p + i, j - i);
    for (int k = 0; k < w; k++) fputc(' ', f);
    i = j;
  }
}

static void print_excerpt(FILE *f, Source *s, wg_span at, int line, int color) {
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
  put_source(f, from, (uint32_t)(to - from));
  fprintf(f, "%s\n%*s | %s", post, gutter, "", pre[0] ? "   " : "");
  put_padding(f, from, (uint32_t)(caret - from));
  int w = src_width(caret, (uint32_t)(stop - caret));
  fputs(paint(color, GREEN), f);
  for (int k = 0; k < (w > 0 ? w : 1); k++) fputc('^', f);
  fprintf(f, "%s\n", paint(color, RESET));
}

void diag_print_text(FILE *f, Ctx *c, int color) {
  Source *s = (Source *)c->src;
  for (int i = 0; i < c->diags.n; i++) {
    Diag *d = c->diags.v[i];
    if (d->allowed) continue;
    int line, col, err = d->severity == SEV_ERROR;
    src_position(s, d->at.off, &line, &col);
    fprintf(f, "%s%s:%d:%d:%s %s%s[WG%d]:%s %s\n", paint(color, BOLD), s->name, line, col,
            paint(color, RESET), paint(color, err ? RED : MAGENTA), err ? "error" : "warning",
            d->code, paint(color, RESET), d->msg);
    print_excerpt(f, s, d->at, line, color);
    for (Note *n = d->notes; n; n = n->next) {
      src_position(s, n->at.off, &line, &col);
      fprintf(f, "%s%s:%d:%d:%s %snote:%s %s\n", paint(color, BOLD), s->name, line, col,
              paint(color, RESET), paint(color, CYAN), paint(color, RESET), n->msg);
    }
  }
}

/* --- JSON ------------------------------------------------------------ */

static void json_position(Json *j, Source *s, wg_span at, int with_end) {
  int line, col;
  src_position(s, at.off, &line, &col);
  json_key(j, "line");
  json_int(j, line);
  json_key(j, "column");
  json_int(j, col);
  if (!with_end) return;
  src_position(s, at.off + at.len, &line, &col);
  json_key(j, "end_line");
  json_int(j, line);
  json_key(j, "end_column");
  json_int(j, col);
}

static void json_diag(Json *j, Source *s, const Diag *d) {
  const Rule *r = rule_by_code(d->code);
  char code[16];
  snprintf(code, sizeof code, "WG%d", d->code);
  json_object(j);
  json_key(j, "code");
  json_str(j, code);
  json_key(j, "name");
  json_str(j, r ? r->name : "");
  json_key(j, "severity");
  json_str(j, d->severity == SEV_ERROR ? "error" : "warning");
  json_key(j, "file");
  json_str(j, s->name);
  json_position(j, s, d->at, 1);
  json_key(j, "message");
  json_str(j, d->msg);
  json_key(j, "notes");
  json_array(j);
  for (Note *n = d->notes; n; n = n->next) {
    json_object(j);
    json_key(j, "file");
    json_str(j, s->name);
    json_position(j, s, n->at, 0);
    json_key(j, "message");
    json_str(j, n->msg);
    json_end_object(j);
  }
  json_end_array(j);
  json_end_object(j);
}

void diag_print_json(FILE *f, Ctx **cs, int n) {
  Json j;
  json_init(&j, f);
  json_object(&j);
  json_key(&j, "diagnostics");
  json_array(&j);
  for (int k = 0; k < n; k++)
    for (int i = 0; i < cs[k]->diags.n; i++)
      if (!cs[k]->diags.v[i]->allowed) json_diag(&j, (Source *)cs[k]->src, cs[k]->diags.v[i]);
  json_end_array(&j);
  json_end_object(&j);
}

/* --- SARIF ----------------------------------------------------------- */

/* A relative URI reference for a file name: unreserved bytes and '/'
** kept, everything else percent-encoded. */
static char *file_uri(wg_arena *a, const char *name) {
  static const char hex[] = "0123456789ABCDEF";
  size_t n = strlen(name);
  char *out = wg_alloc(a, n * 3 + 8), *o = out;
  if (name[0] == '/') o += sprintf(o, "file://");
  for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/", *p)) {
      *o++ = (char)*p;
    } else {
      *o++ = '%';
      *o++ = hex[*p >> 4];
      *o++ = hex[*p & 15];
    }
  }
  return out;
}

static void sarif_text(Json *j, const char *key, const char *text) {
  json_key(j, key);
  json_object(j);
  json_key(j, "text");
  json_str(j, text);
  json_end_object(j);
}

static void sarif_rules(Json *j) {
  json_key(j, "rules");
  json_array(j);
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    char id[16];
    snprintf(id, sizeof id, "WG%d", r->code);
    json_object(j);
    json_key(j, "id");
    json_str(j, id);
    json_key(j, "name");
    json_str(j, r->name);
    sarif_text(j, "shortDescription", r->summary);
    sarif_text(j, "fullDescription", r->explanation);
    sarif_text(j, "help", r->explanation);
    json_key(j, "defaultConfiguration");
    json_object(j);
    json_key(j, "level");
    json_str(j, r->severity == SEV_ERROR ? "error" : "warning");
    json_end_object(j);
    json_end_object(j);
  }
  json_end_array(j);
}

static void sarif_location(Json *j, Source *s, const char *uri, wg_span at) {
  int line, col, eline, ecol;
  src_position(s, at.off, &line, &col);
  src_position(s, at.off + at.len, &eline, &ecol);
  if (eline == line && ecol == col) ecol++; /* SARIF regions are not empty */
  json_key(j, "physicalLocation");
  json_object(j);
  json_key(j, "artifactLocation");
  json_object(j);
  json_key(j, "uri");
  json_str(j, uri);
  json_end_object(j);
  json_key(j, "region");
  json_object(j);
  json_key(j, "startLine");
  json_int(j, line);
  json_key(j, "startColumn");
  json_int(j, col);
  json_key(j, "endLine");
  json_int(j, eline);
  json_key(j, "endColumn");
  json_int(j, ecol);
  json_end_object(j);
  json_end_object(j);
}

static int rule_index(int code) {
  for (int i = 0; i < rule_count; i++)
    if (rule_table[i].code == code) return i;
  return 0;
}

static void sarif_result(Json *j, Ctx *c, const char *uri, const Diag *d) {
  char id[16];
  snprintf(id, sizeof id, "WG%d", d->code);
  json_object(j);
  json_key(j, "ruleId");
  json_str(j, id);
  json_key(j, "ruleIndex");
  json_int(j, rule_index(d->code));
  json_key(j, "level");
  json_str(j, d->severity == SEV_ERROR ? "error" : "warning");
  sarif_text(j, "message", d->msg);
  json_key(j, "locations");
  json_array(j);
  json_object(j);
  sarif_location(j, (Source *)c->src, uri, d->at);
  json_end_object(j);
  json_end_array(j);
  if (d->notes) {
    json_key(j, "relatedLocations");
    json_array(j);
    int id_no = 1;
    for (Note *n = d->notes; n; n = n->next) {
      json_object(j);
      json_key(j, "id");
      json_int(j, id_no++);
      sarif_location(j, (Source *)c->src, uri, n->at);
      sarif_text(j, "message", n->msg);
      json_end_object(j);
    }
    json_end_array(j);
  }
  json_end_object(j);
}

void diag_print_sarif(FILE *f, Ctx **cs, int n, const char *version) {
  Json j;
  json_init(&j, f);
  json_object(&j);
  json_key(&j, "$schema");
  json_str(&j, "https://json.schemastore.org/sarif-2.1.0.json");
  json_key(&j, "version");
  json_str(&j, "2.1.0");
  json_key(&j, "runs");
  json_array(&j);
  json_object(&j);
  json_key(&j, "tool");
  json_object(&j);
  json_key(&j, "driver");
  json_object(&j);
  json_key(&j, "name");
  json_str(&j, "wgc");
  json_key(&j, "version");
  json_str(&j, version);
  sarif_rules(&j);
  json_end_object(&j);
  json_end_object(&j);
  json_key(&j, "columnKind");
  json_str(&j, "unicodeCodePoints");
  json_key(&j, "results");
  json_array(&j);
  for (int k = 0; k < n; k++) {
    char *uri = file_uri(cs[k]->arena, cs[k]->src->name);
    for (int i = 0; i < cs[k]->diags.n; i++)
      if (!cs[k]->diags.v[i]->allowed) sarif_result(&j, cs[k], uri, cs[k]->diags.v[i]);
  }
  json_end_array(&j);
  json_end_object(&j);
  json_end_array(&j);
  json_end_object(&j);
}
