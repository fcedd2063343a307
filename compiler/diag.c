/*
** Collecting diagnostics. Rules report in whatever order they run;
** diag_finish puts the list in position order once, so every output
** format shows the same diagnostics in the same order.
**
** A hostile file can hold a diagnostic every byte (a million stray `}`),
** and each costs a hundred bytes or so kept: with diag_bound, only the
** first diagnostics reported are kept and the rest are counted, before
** any memory is spent on their messages. Which ones are kept depends on
** the order of reporting alone, never on timing.
*/
#include "diag.h"

#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "compile.h"
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

void diag_bound(Ctx *c, const Policy *p, int keep) {
  c->diags.policy = p;
  c->diags.keep = keep > 0 ? keep : 0;
}

/* The severity of rule `code` under policy p (or as the rule table has
** it, for none); -1 when p allows it. */
static int graded(const Policy *p, int code, int severity) {
  if (!p || severity != SEV_WARNING) return severity;
  int level = code >= 0 && code < 1000 ? p->level[code] : 0;
  if (level == POLICY_ALLOW) return -1;
  return level == POLICY_DENY || p->werror ? SEV_ERROR : SEV_WARNING;
}

static void count_dropped(DiagList *l, int severity) {
  if (severity == SEV_ERROR) l->dropped_errors++;
  else l->dropped_warnings++;
}

/* A diagnostic is kept with its rule's severity: `allow` in a
** declaration (sema_allow.c) silences warnings only, and wins over
** --deny and --werror, so the policy raises severities in diag_finish,
** after it. Only what the policy allows is dropped at once. */
Diag *diag_report(Ctx *c, RuleCode code, wg_span at, const char *fmt, ...) {
  DiagList *l = &c->diags;
  const Rule *r = rule_by_code(code);
  assert(r); /* every RULE_ code has its row (test_rules.c) */
  int severity = r ? (int)r->severity : SEV_ERROR, final = graded(l->policy, code, severity);
  if (final < 0 || (l->keep && l->n >= l->keep)) {
    if (final >= 0) count_dropped(l, final);
    l->spare = (Diag){.code = code, .severity = severity, .allowed = 1, .at = at, .msg = ""};
    return &l->spare;
  }
  grow(l, 1);
  Diag *d = wg_alloc(c->arena, sizeof *d);
  d->code = code;
  d->severity = severity;
  d->seq = (unsigned)l->n;
  d->at = at;
  va_list ap;
  va_start(ap, fmt);
  d->msg = vformat(c->arena, fmt, ap);
  va_end(ap);
  l->v[l->n++] = d;
  return d;
}

void diag_note(Ctx *c, Diag *d, wg_span at, const char *fmt, ...) {
  if (d == &c->diags.spare) return; /* not kept: nor are its notes */
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

/* A diagnostic not kept gets a stand-in fix, and its edits go nowhere:
** a million mistakes with a fix each cost no memory past the bound. */
Fix *diag_fix(Ctx *c, Diag *d, int safe, const char *fmt, ...) {
  if (d == &c->diags.spare) return &c->diags.spare_fix;
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
  if (f == &c->diags.spare_fix) return;
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
  if (!p) p = l->policy;
  if (!p) return;
  for (int i = 0; i < l->n; i++) {
    Diag *d = l->v[i];
    int severity = graded(p, d->code, d->severity);
    if (severity < 0) d->allowed = 1;
    else d->severity = severity;
  }
}

void diag_count(const Ctx *c, int *errors, int *warnings) {
  for (int i = 0; i < c->diags.n; i++) {
    const Diag *d = c->diags.v[i];
    if (d->allowed) continue;
    if (d->severity == SEV_ERROR) ++*errors;
    else ++*warnings;
  }
  *errors += c->diags.dropped_errors;
  *warnings += c->diags.dropped_warnings;
}

void diag_free(DiagList *l) {
  free(l->v);
  l->v = NULL;
  l->n = l->cap = 0;
}
