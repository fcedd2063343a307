/*
** `allow NAME, ...`: silences the named warnings for diagnostics located
** inside the declaration that says it (and what it holds); at the top
** level of the file, for the whole file. Naming an error or something
** that is no rule is itself a warning (WG704): errors are mistakes to
** fix, not opinions to silence. An allow that silences nothing is stale
** (WG705): kept after its problem was fixed, it would hide the next one.
** Runs after every other rule.
*/
#include <string.h>

#include "../runtime/progress.h"
#include "sema.h"
#include "suggest.h"

typedef struct Allow {
  wg_span scope;
  int code;
  const Value *v; /* the name, where WG705 points */
  int used;       /* it silenced a diagnostic */
  int top;        /* written at the top level: its scope is the file */
} Allow;

typedef struct Allows {
  Allow *v;
  int n, cap;
  wg_arena *arena; /* they are few: a list outgrown stays there */
} Allows;

static void push(Allows *a, wg_span scope, int code, const Value *v, int top) {
  if (a->n == a->cap) {
    a->cap = a->cap ? 2 * a->cap : 16;
    Allow *nv = wg_alloc(a->arena, (size_t)a->cap * sizeof *nv);
    if (a->n) memcpy(nv, a->v, (size_t)a->n * sizeof *nv);
    a->v = nv;
  }
  a->v[a->n++] = (Allow){scope, code, v, 0, top};
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
      diag_fix_replace(s->c,
                       diag_report(s->c, RULE_USELESS_ALLOW, v->at,
                                   "`%.60s` is not a rule; did you mean `%s`?", v->s, hint),
                       !several, v->at, hint);
    else
      diag_report(s->c, RULE_USELESS_ALLOW, v->at, "`%.60s` is not a rule: `wgc rules` lists them",
                  v->s);
    return 0;
  }
  if (r->severity == SEV_ERROR) {
    diag_report(s->c, RULE_USELESS_ALLOW, v->at,
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
      if (code) push(a, scope, code, v, d->kind < 0);
    }
  }
  for (const Decl *k = d->children; k; k = k->next)
    if (!sema_d(s, k)->bad) collect(s, k, a);
}

static int covers(wg_span scope, uint32_t off) {
  return off >= scope.off && off - scope.off < scope.len;
}

/* Silences the warnings with `code` (or every code but WG705's, for
** code 0) that an allow covers, crediting every allow that covers one. */
static void silence(Sema *s, Allows *a, int code) {
  for (int i = 0; i < s->c->diags.n; i++) {
    Diag *d = s->c->diags.v[i];
    if (d->severity != SEV_WARNING || (code ? d->code != code : d->code == RULE_STALE_ALLOW)) continue;
    for (int k = 0; k < a->n; k++)
      if (a->v[k].code == d->code && covers(a->v[k].scope, d->at.off))
        d->allowed = a->v[k].used = 1;
  }
}

/* Whether an error lies in the scope: a mistake there may keep the
** warning from being checked at all, so the allow may still be needed. */
static int error_in(const Sema *s, wg_span scope) {
  for (int i = 0; i < s->c->diags.n; i++)
    if (s->c->diags.v[i]->severity == SEV_ERROR && covers(scope, s->c->diags.v[i]->at.off))
      return 1;
  return 0;
}

/* WG705 for each allow of `code` (all but WG705's, for 0) that silenced
** nothing. WG602 runs only with a reference date: without one, an
** `allow overdue` is not stale, only idle; nor is one whose warnings
** --allow drops before they are kept (diag.c). */
static void stale(Sema *s, const Allows *a, int code, int have_as_of) {
  const Policy *p = s->c->diags.policy;
  for (int k = 0; k < a->n; k++) {
    const Allow *x = &a->v[k];
    if (x->used || (code ? x->code != code : x->code == RULE_STALE_ALLOW) ||
        (x->code == RULE_OVERDUE && !have_as_of))
      continue;
    if (p && p->level[x->code] == POLICY_ALLOW) continue; /* --allow dropped what it silences */
    if (error_in(s, x->scope)) continue;
    diag_report(s->c, RULE_STALE_ALLOW, x->v->at,
                "`allow %.60s` silenced nothing %s: remove it, now that "
                "there is nothing to allow",
                x->v->s, x->top ? "in this file" : "in this declaration");
  }
}

void sema_allow(Sema *s) {
  Allows a = {.arena = s->c->arena};
  if (!s->allows) return;
  collect(s, s->c->root, &a);
  int have_as_of = wg_reference_day(s->ch, s->c->as_of, WG_NODATE, NULL) != WG_NODATE;
  silence(s, &a, 0);
  if (s->c->syntax_errors) return; /* rules kept quiet by a broken statement */
  if (s->c->diags.keep && s->c->diags.n >= s->c->diags.keep) return; /* some were not kept */
  stale(s, &a, 0, have_as_of);
  silence(s, &a, RULE_STALE_ALLOW);
  stale(s, &a, RULE_STALE_ALLOW, have_as_of);
}
