/*
** The ownership rules (WG401-WG402): every deliverable and recommendation
** has someone answering for it, and a role that answers for work has
** somebody named to hold it. An `owner` or `held_by` that was written but
** found invalid has been reported already, so it is not missing as well;
** nor is one that a misspelt key or a statement that did not parse may
** have given (sema_gave).
*/
#include "sema.h"
#include "suggest.h"


/* WG401 for item i: no owner of its own, none from its topic. */
static void missing_owner(Sema *s, int i) {
  const wg_item *it = &s->ch->items[i];
  const Decl *item = s->decls[WG_DELIVERABLE][i];
  const Decl *topic = it->topic >= 0 ? s->decls[WG_TOPIC][it->topic] : NULL;
  if (!it->id || (topic && !topic->id) || it->nowners || sema_gave(s, item, KEY_OWNER) ||
      sema_gave(s, topic, KEY_OWNER))
    return; /* a missing name (WG210) or a bad owner is reported already */
  const char *kind = wg_kind_names[it->kind];
  const char *wg = s->ch->has_wg && s->ch->wg.id ? s->ch->wg.id : "NAME";
  if (!topic) {
    diag_report(s->c, RULE_MISSING_OWNER, it->at,
                "%s `%s` has no `owner`: say who answers for it, as in `owner %s` (the working "
                "group, or a role, body or group)", kind, it->id, wg);
    return;
  }
  const wg_topic *t = &s->ch->topics[it->topic];
  Diag *d = diag_report(s->c, RULE_MISSING_OWNER, it->at,
                        "%s `%s` has no `owner`, and neither has its topic `%s`: add one to "
                        "either, as in `owner %s` (the working group, or a role, body or group)",
                        kind, it->id, t->id, wg);
  diag_note(s->c, d, t->at, "topic `%s` is declared here, without `owner`", t->id);
}

/* What a role owns: the number of items, and the first place it is
** named as an owner (an item's own `owner`, else a topic's). */
typedef struct Owned {
  int items, topics, last_item;
  wg_span first;
  const char *what, *id; /* "deliverable", "report" */
} Owned;

static void owned_by(Owned *o, const wg_ref *r, int item, const char *what, const char *id) {
  if (!id || (item >= 0 && o->last_item == item)) return; /* no name (WG210); `owner a, a` */
  if (item >= 0) o->items++, o->last_item = item;
  else o->topics++;
  if (!o->what || r->at.off < o->first.off) o->first = r->at, o->what = what, o->id = id;
}

/* One pass over every owner reference, items and topics. */
static Owned *tally_roles(Sema *s) {
  const wg_charter *ch = s->ch;
  Owned *o = wg_alloc(s->c->arena, (size_t)(ch->nroles + 1) * sizeof *o);
  for (int r = 0; r < ch->nroles; r++) o[r].last_item = -1;
  for (int i = 0; i < ch->nitems; i++) {
    const wg_item *it = &ch->items[i];
    for (int k = 0; k < it->nowners; k++) {
      const wg_ref *r = &it->owners[k];
      if (r->kind != WG_ROLE) continue;
      if (it->owners_inherited) /* the reference is the topic's */
        owned_by(&o[r->index], r, i, "topic", ch->topics[it->topic].id);
      else owned_by(&o[r->index], r, i, wg_kind_names[it->kind], it->id);
    }
  }
  for (int m = 0; m < ch->nmilestones; m++) {
    const wg_milestone *ms = &ch->milestones[m];
    for (int k = 0; !ms->owners_inherited && k < ms->nowners; k++)
      if (ms->owners[k].kind == WG_ROLE)
        owned_by(&o[ms->owners[k].index], &ms->owners[k], ms->item, "milestone", ms->id);
  }
  for (int t = 0; t < ch->ntopics; t++)
    for (int k = 0; k < ch->topics[t].nowners; k++) {
      const wg_ref *r = &ch->topics[t].owners[k];
      if (r->kind == WG_ROLE) owned_by(&o[r->index], r, -1, "topic", ch->topics[t].id);
    }
  return o;
}

/* WG402: a role that owns work, with nobody named to hold it. */
static void unheld_role(Sema *s, int r, const Owned *o) {
  const wg_role *role = &s->ch->roles[r];
  if (!role->owns || role->nholders || sema_gave(s, s->decls[WG_ROLE][r], KEY_HELD_BY) ||
      !o->what)
    return;
  int n = o->items ? o->items : o->topics;
  const char *unit = o->items ? (n == 1 ? "item" : "items") : (n == 1 ? "topic" : "topics");
  Diag *d = diag_report(s->c, RULE_UNHELD_ROLE, role->at,
                        "role `%s` owns %d %s, but nobody is named to hold it: add `held_by` "
                        "with the name of the person who holds it",
                        role->id, n, unit);
  diag_note(s->c, d, o->first, "it is the owner of %s `%s` here", o->what, o->id);
}

void sema_owners(Sema *s) {
  for (int i = 0; i < s->ch->nitems; i++) missing_owner(s, i);
  Owned *o = tally_roles(s);
  for (int r = 0; r < s->ch->nroles; r++) unheld_role(s, r, &o[r]);
}
