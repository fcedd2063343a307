/*
** Reports (report.h): picking what each file shows, counting, and what
** the formats share: positions, fingerprints, paths and URIs.
*/
#include "report.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "report_impl.h"

static const ReportFormat *const formats[] = {
    [REPORT_TEXT] = &report_text,   [REPORT_JSON] = &report_json,
    [REPORT_SARIF] = &report_sarif, [REPORT_GITHUB] = &report_github,
    [REPORT_GITLAB] = &report_gitlab,
};

Report *report_begin(FILE *out, FILE *err, const ReportOptions *o) {
  Report *r = calloc(1, sizeof *r);
  if (!r) abort();
  r->o = *o;
  r->out = out;
  r->err = err;
  r->fmt = formats[o->format];
  r->fmt->begin(r);
  return r;
}

/* Fills r->shown with the file's diagnostics to show; returns how many,
** and in *more how many others there were. */
static int pick(Report *r, Ctx *c, int *more) {
  int n = 0, errors = 0, warnings = 0;
  diag_count(c, &errors, &warnings);
  if (r->cap < c->diags.n) {
    r->cap = c->diags.n;
    r->shown = realloc(r->shown, (size_t)r->cap * sizeof *r->shown);
    if (!r->shown) abort();
  }
  for (int i = 0; i < c->diags.n && (!r->o.max || n < r->o.max); i++)
    if (!c->diags.v[i]->allowed) r->shown[n++] = c->diags.v[i];
  r->t.errors += errors;
  r->t.warnings += warnings;
  *more = errors + warnings - n;
  return n;
}

void report_file(Report *r, const ReportFile *f) {
  int n = 0, more = 0;
  r->t.files++;
  if (f->c) {
    n = pick(r, f->c, &more);
  } else {
    r->t.errors++;
    r->t.unreadable++;
  }
  r->t.not_shown += more;
  r->fmt->file(r, f, r->shown, n, more);
}

ReportTotals report_end(Report *r) {
  r->fmt->end(r);
  ReportTotals t = r->t;
  free(r->shown);
  for (int i = 0; i < r->nnotices; i++) {
    free(r->notices[i].uri);
    free(r->notices[i].msg);
  }
  free(r->notices);
  free(r->json);
  free(r);
  return t;
}

int report_status(const ReportTotals *t) { return t->unreadable ? 2 : t->errors ? 1 : 0; }

/* --- Shared by the formats -------------------------------------------------- */

void report_position(const Report *r, Source *s, uint32_t off, int *line, int *col) {
  if (r->o.column_bytes) src_position_bytes(s, off, line, col);
  else src_position(s, off, line, col);
}

void report_code(char buf[8], int code) { snprintf(buf, 8, "WG%03d", code % 1000); }

const char *report_rule_name(int code) {
  const Rule *rule = rule_by_code(code);
  return rule ? rule->name : "";
}

char *report_unreadable(const ReportFile *f) {
  const char *why = strerror(f->error ? f->error : EIO);
  size_t n = strlen(f->name) + strlen(why) + 24;
  char *s = malloc(n);
  if (!s) abort();
  snprintf(s, n, "cannot read `%s`: %s", f->name, why);
  return s;
}

/* --- Fingerprints ----------------------------------------------------------- */

enum { CONTEXT_BEFORE = 128, CONTEXT_MAX = 256 }; /* bytes of the line hashed */

static uint64_t fnv(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ull;
  return h;
}

/* What identifies a diagnostic however the file moves around it: its
** rule, its message and the text around it on its line (at most 256
** bytes, spaces at either end left out), never its line number. */
static uint64_t identity(Source *s, const Diag *d, const char *salt) {
  uint32_t len;
  const char *line = src_line(s, d->at.off, &len), *end = line + len;
  const char *from = s->text + d->at.off > line + CONTEXT_BEFORE
                         ? s->text + d->at.off - CONTEXT_BEFORE : line;
  if (from > end) from = end;
  const char *to = end - from > CONTEXT_MAX ? from + CONTEXT_MAX : end;
  while (from < to && (*from == ' ' || *from == '\t')) from++;
  while (to > from && (to[-1] == ' ' || to[-1] == '\t')) to--;
  char code[8];
  report_code(code, d->code);
  uint64_t h = fnv(0xcbf29ce484222325ull, salt, strlen(salt) + 1);
  h = fnv(h, code, strlen(code) + 1);
  h = fnv(h, d->msg, strlen(d->msg) + 1);
  return fnv(h, from, (size_t)(to - from));
}

typedef struct Keyed {
  uint64_t h;
  int i;
} Keyed;

static int by_key(const void *a, const void *b) {
  const Keyed *x = a, *y = b;
  if (x->h != y->h) return x->h < y->h ? -1 : 1;
  return x->i - y->i;
}

void report_fingerprints(Source *s, Diag **v, int n, const char *salt, char (*out)[24]) {
  if (n == 0) return;
  Keyed *k = malloc((size_t)n * sizeof *k);
  if (!k) abort();
  for (int i = 0; i < n; i++) k[i] = (Keyed){identity(s, v[i], salt), i};
  qsort(k, (size_t)n, sizeof *k, by_key); /* identical ones together, in file order */
  for (int i = 0, occurrence = 0; i < n; i++) {
    occurrence = i > 0 && k[i].h == k[i - 1].h ? occurrence + 1 : 0;
    snprintf(out[k[i].i], 24, "%016llx:%d", (unsigned long long)k[i].h, occurrence % 100000);
  }
  free(k);
}

/* --- Paths and URIs ---------------------------------------------------------- */

/* Appends segment [p, p+n) to the normal path being built in out. */
static void append_segment(char *out, size_t *len, const char *p, size_t n, int absolute) {
  if (n == 0 || (n == 1 && p[0] == '.')) return;
  if (n == 2 && p[0] == '.' && p[1] == '.') {
    char *last = strrchr(out, '/');
    const char *seg = last ? last + 1 : out;
    if (*len > (size_t)absolute && strcmp(seg, "..") != 0) { /* drop the segment */
      *len = last ? (size_t)(last - out) : 0;
      if (*len == 0 && absolute) *len = 1;
      out[*len] = 0;
      return;
    }
    if (absolute) return; /* "/.." is "/" */
  }
  if (*len > 0 && out[*len - 1] != '/') out[(*len)++] = '/';
  memcpy(out + *len, p, n);
  *len += n;
  out[*len] = 0;
}

/* name with `.` and empty segments dropped and `..` resolved by text. */
static char *normal(const char *name) {
  size_t len = 0;
  int absolute = name[0] == '/';
  char *out = malloc(strlen(name) + 2);
  if (!out) abort();
  if (absolute) out[len++] = '/';
  out[len] = 0;
  for (const char *p = name; *p;) {
    const char *slash = strchr(p, '/');
    size_t n = slash ? (size_t)(slash - p) : strlen(p);
    append_segment(out, &len, p, n, absolute);
    p += n + (slash != NULL);
  }
  if (len == 0) strcpy(out, ".");
  return out;
}

char *report_path(const ReportFile *f) {
  if (strcmp(f->path, "-") == 0 && strcmp(f->name, "<stdin>") == 0) return strdup("-");
  char *p = normal(f->name);
  if (p[0] != '/') return p;
  char *cwd = getcwd(NULL, 0);
  size_t n = cwd ? strlen(cwd) : 0;
  if (cwd && n > 1 && strncmp(p, cwd, n) == 0 && p[n] == '/') memmove(p, p + n + 1, strlen(p + n));
  free(cwd);
  return p;
}

char *report_uri(const ReportFile *f) {
  static const char hex[] = "0123456789ABCDEF";
  char *path = report_path(f);
  char *out = malloc(strlen(path) * 3 + 8), *o = out;
  if (!out) abort();
  if (path[0] == '/') o += sprintf(o, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
        strchr("-._~/", *p)) {
      *o++ = (char)*p;
    } else {
      *o++ = '%';
      *o++ = hex[*p >> 4];
      *o++ = hex[*p & 15];
    }
  }
  *o = 0;
  free(path);
  return out;
}

/* --- The functions of old, for the tests ------------------------------------ */

static ReportTotals print_all(FILE *f, Ctx **cs, int n, const ReportOptions *o) {
  Report *r = report_begin(f, f, o);
  for (int i = 0; i < n; i++) {
    ReportFile file = {cs[i]->src->name, cs[i]->src->path, cs[i], 0};
    report_file(r, &file);
  }
  return report_end(r);
}

void diag_print_text(FILE *f, Ctx *c, int color) {
  ReportOptions o = {.format = REPORT_TEXT, .color = color, .quiet = 1};
  print_all(f, &c, 1, &o);
}

void diag_print_json(FILE *f, Ctx **cs, int n) {
  ReportOptions o = {.format = REPORT_JSON};
  print_all(f, cs, n, &o);
}

void diag_print_sarif(FILE *f, Ctx **cs, int n, const char *version) {
  ReportOptions o = {.format = REPORT_SARIF, .version = version};
  print_all(f, cs, n, &o);
}
