/*
** `allow NAME, ...`: silences the named warnings for diagnostics located
** inside the declaration that says it (and what it holds); at the top
** level of the file, for the whole file. Naming an error or something
** that is no rule is itself a warning (WG704): errors are mistakes to
** fix, not opinions to silence. Runs after every other rule.
*/
#include <string.h>

#include "sema.h"
#include "suggest.h"

typedef struct Allow {
  wg_span scope;
  int code;
} Allow;

typedef struct Allows {
  Allow *v;
  int n, cap;
  wg_arena *arena; /* they are few: a list outgrown stays there */
} Allows;

static void push(Allows *a, wg_span scope, int code) {
  if (a->n == a->cap) {
    a->cap = a->cap ? 2 * a->cap : 16;
    Allow *v = wg_alloc(a->arena, (size_t)a->cap * sizeof *v);
    if (a->n) memcpy(v, a->v, (size_t)a->n * sizeof *v);
    a->v = v;
  }
  a->v[a->n++] = (Allow){scope, code};
}

/* WG704 for a value naming no rule or an error; else the rule's code. */
static int allowed_code(Sema *s, const Value *v) {
  const Rule *r = rule_find(v->s);
  if (!r) {
    const char *names[128];
    int n = 0;
    for (int i = 0; i < rule_count && n < 128; i++) names[n++] = rule_table[i].name;
    int several;
    const char *hint = suggest_one(v->s, names, n, &several);
    if (hint)
      diag_fix1(s->c, diag_report(s->c, 704, v->at, "`%.60s` is not a rule; did you mean `%s`?",
                                  v->s, hint),
                !several, v->at, hint, hint);
    else
      diag_report(s->c, 704, v->at, "`%.60s` is not a rule: `wgc rules` lists them", v->s);
    return 0;
  }
  if (r->severity == SEV_ERROR) {
    diag_report(s->c, 704, v->at,
                "`%.60s` is an error, and errors cannot be allowed: fix the mistake instead",
                v->s);
    return 0;
  }
  return r->code;
}

static void collect(Sema *s, const Decl *d, Allows *a) {
  wg_span scope = d->kind < 0 ? (wg_span){0, s->c->src->len + 1} : d->at;
  for (const Prop *p = d->props; p; p = p->next) {
    if (p->key != KEY_ALLOW || sema_pbad(s, p)) continue;
    for (const Value *v = p->vals; v; v = v->next) {
      int code = sema_v(s, v)->bad ? 0 : allowed_code(s, v);
      if (code) push(a, scope, code);
    }
  }
  for (const Decl *k = d->children; k; k = k->next)
    if (!sema_d(s, k)->bad) collect(s, k, a);
}

static int covers(wg_span scope, uint32_t off) {
  return off >= scope.off && off - scope.off < scope.len;
}

void sema_allow(Sema *s) {
  Allows a = {.arena = s->c->arena};
  if (s->allows) collect(s, s->c->root, &a);
  for (int i = 0; i < s->c->diags.n; i++) {
    Diag *d = s->c->diags.v[i];
    if (d->severity != SEV_WARNING) continue;
    for (int k = 0; k < a.n && !d->allowed; k++)
      if (a.v[k].code == d->code && covers(a.v[k].scope, d->at.off)) d->allowed = 1;
  }
}
