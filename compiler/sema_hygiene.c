/*
** The hygiene rules (WG701-WG703): declarations nothing refers to,
** reporting lines that come back to where they started, and topics
** without recommendations. WG704 (`allow`) lives in sema_allow.c.
**
** The model counts references (`uses`) as it is built. Two decisions on
** top of that count: a `per_region` quota uses every declared region,
** since it counts them all; and a body's `reports_to` naming the body
** itself is no use of it (that is a reporting cycle, WG702). And one
** mistake, one diagnostic: a declaration that an unresolved reference
** (WG204) comes close to, by the same measure as its "did you mean", is
** taken to be the one meant, and not reported unused as well. In a file
** without a working group (WG201) nothing is reported unused: most
** references would come from the working group.
*/
#include <string.h>

#include "sema.h"
#include "suggest.h"

/* Unresolved references looked at, at most: a file with more has bigger
** problems, and each one costs a pass over the unused declarations. */
enum { MAX_MISSES = 64 };

typedef struct Misses {
  const Value *v[MAX_MISSES];
  unsigned kinds[MAX_MISSES]; /* the kinds the property accepts */
  int n;
} Misses;

static void collect_misses(Sema *s, const Decl *d, Misses *m) {
  for (const Prop *p = d->props; p && m->n < MAX_MISSES; p = p->next) {
    const PropSpec *spec = sema_pbad(s, p) || p->key < 0 ? NULL : schema_prop(d->kind, p->key);
    if (!spec || !(spec->types & T_REF)) continue;
    for (const Value *v = p->vals; v && m->n < MAX_MISSES; v = v->next)
      if (sema_v(s, v)->bad && v->s && v->type != V_STRING && !sema_lookup(s, v->s))
        m->v[m->n] = v, m->kinds[m->n++] = spec->refs;
  }
}

/* Some unresolved reference to this kind was probably meant for id. */
static int meant(const Misses *m, int kind, const char *id) {
  for (int k = 0; k < m->n; k++) {
    int limit = suggest_limit(m->v[k]->s);
    if ((m->kinds[k] & (1u << kind)) && suggest_distance(m->v[k]->s, id, limit) <= limit) return 1;
  }
  return 0;
}

/* Where a declaration of each kind is typically referred to, for the
** fix in WG701's message. */
static const char *where_used(int kind) {
  switch (kind) {
  case WG_BODY: return "`reports_to`, `established_by`, `adopted_by` or `owner`";
  case WG_ROLE: return "`owner` or `established_by`";
  case WG_REGION: return "a member's `from`";
  default: return "`due`, `after` or `report_due`";
  }
}

static void unused(Sema *s, const Misses *m, int kind, int i, const char *id, wg_span at) {
  const Name *n = id ? sema_lookup(s, id) : NULL;
  /* Without a name (WG210), or a second declaration of one (WG203), it
  ** cannot be referred to: that is the mistake, already reported. */
  if (!n || sema_decl(s, n) != s->decls[kind][i] || meant(m, kind, id)) return;
  if (sema_maybe_name(s, id)) return; /* a statement that did not parse may use it */
  int index;
  if (schema_keyword(id, (unsigned)strlen(id), &index)) return; /* named by a keyword: WG107 */
  diag_report(s->c, RULE_UNUSED_DECLARATION, at,
              "%s `%s` is declared but nothing refers to it: refer to it in %s, "
              "or remove it",
              wg_kind_names[kind], id, where_used(kind));
}

/* Any valid `per_region` in the composition. */
static int has_quota(const wg_charter *ch) {
  for (int gi = 0; gi < ch->comp.ngroups; gi++)
    if (ch->comp.groups[gi].per_region >= 0) return 1;
  return 0;
}

/* WG701: bodies, roles, regions and events nothing refers to; not a
** role that has a holder (docs/language.md). */
static void unused_declaration(Sema *s) {
  const wg_charter *ch = s->ch;
  Misses m = {.n = 0};
  if (!ch->has_wg) return; /* WG201: what it would refer to is missing with it */
  for (int k = 0; k < WG_NKINDS && s->unresolved; k++)
    for (int i = 0; i < s->ndecls[k] && m.n < MAX_MISSES; i++)
      collect_misses(s, s->decls[k][i], &m);
  for (int i = 0; i < ch->nbodies; i++) {
    const wg_body *b = &ch->bodies[i];
    int self = b->reports_to.kind == WG_BODY && b->reports_to.index == i;
    if (b->uses - self == 0) unused(s, &m, WG_BODY, i, b->id, b->at);
  }
  for (int i = 0; i < ch->nroles; i++) /* a role someone holds is part of the group */
    if (!ch->roles[i].uses && !ch->roles[i].nholders)
      unused(s, &m, WG_ROLE, i, ch->roles[i].id, ch->roles[i].at);
  for (int i = 0, quota = has_quota(ch); i < ch->nregions && !quota; i++)
    if (!ch->regions[i].uses) unused(s, &m, WG_REGION, i, ch->regions[i].id, ch->regions[i].at);
  for (int i = 0; i < ch->nevents; i++)
    if (!ch->events[i].uses) unused(s, &m, WG_EVENT, i, ch->events[i].id, ch->events[i].at);
}

/* "A -> B -> A" for a cycle of bodies. */
static const char *chain(Sema *s, const int *cycle, int n) {
  const char **names = wg_alloc(s->c->arena, (size_t)n * sizeof *names);
  for (int k = 0; k < n; k++) names[k] = s->ch->bodies[cycle[k]].id;
  return sema_cycle_text(s, names, n);
}

/* WG702, once per cycle: each body in it reports to the next. */
static void reporting_cycle(void *ctx, const int *cycle, int n) {
  Sema *s = ctx;
  const wg_body *b = s->ch->bodies;
  Diag *d;
  if (n == 1) {
    diag_report(s->c, RULE_REPORTING_CYCLE, b[cycle[0]].reports_to.at,
                "body `%s` reports to itself: name the body above it, or remove `reports_to`",
                b[cycle[0]].id);
    return;
  }
  d = diag_report(s->c, RULE_REPORTING_CYCLE, b[cycle[0]].reports_to.at,
                  "bodies report to each other in a cycle: `%s`; correct the `reports_to` that "
                  "is wrong", chain(s, cycle, n));
  for (int k = 1; k < n; k++)
    diag_note(s->c, d, b[cycle[k]].reports_to.at, "`%s` reports to `%s` here", b[cycle[k]].id,
              b[cycle[(k + 1) % n]].id);
}

/* WG703: a topic with no recommendations. */
static void empty_topic(Sema *s, int t) {
  const wg_topic *topic = &s->ch->topics[t];
  if (topic->nitems || !topic->id) return;
  if (sema_maybe_kind(s, s->decls[WG_TOPIC][t], WG_RECOMMENDATION)) return;
  diag_report(s->c, RULE_EMPTY_TOPIC, topic->at,
              "topic `%s` has no recommendations: add them inside its block, or remove the "
              "topic", topic->id);
}

void sema_hygiene(Sema *s) {
  unused_declaration(s);
  wg_body_cycles(s->ch, s->c->arena, reporting_cycle, s);
  for (int t = 0; t < s->ch->ntopics; t++) empty_topic(s, t);
}
