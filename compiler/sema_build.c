/*
** Building the charter model from the checked tree: values are read only
** where the checker found them valid, names become indices, and dates
** given by reference are resolved (LANGUAGE.md §3): a `due` on an event
** or meeting is its first day, an `after` its last day, an `after` on an
** item that item's due date; a month-precision date is the month's last
** day as a deadline and its first day as a start.
*/
#include <string.h>

#include "sema.h"

/* The first valid property with key in d, or NULL. */
static const Prop *get(const Sema *s, const Decl *d, int key) {
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p)) return p;
  return NULL;
}

/* The value of a one-value property, if valid. */
static const Value *val(const Sema *s, const Decl *d, int key) {
  const Prop *p = get(s, d, key);
  return p && !sema_v(s, p->vals)->bad ? p->vals : NULL;
}

static const char *str(const Sema *s, const Decl *d, int key) {
  const Value *v = val(s, d, key);
  return v ? v->s : NULL;
}

static int word(const Sema *s, const Decl *d, int key) {
  const Value *v = val(s, d, key);
  return v ? sema_v(s, v)->word : 0;
}

/* The first day of a date property, or WG_NODATE. */
static wg_date first_day(const Sema *s, const Decl *d, int key) {
  const Value *v = val(s, d, key);
  wg_date first, last;
  Precision prec;
  return v && tree_dates(v, &first, &last, &prec) ? first : WG_NODATE;
}

static wg_ref no_ref(void) { return (wg_ref){NULL, -1, -1, {0, 0}}; }

static wg_ref ref_of(const Sema *s, const Value *v) {
  if (!v) return no_ref();
  const ValueFacts *f = sema_v(s, v);
  return (wg_ref){v->s, f->bad ? -1 : f->kind, f->bad ? -1 : f->index, v->at};
}

/* Counts a reference to a body, role, region or event (WG701). */
static void use(Sema *s, wg_ref r) {
  wg_charter *ch = s->ch;
  if (r.kind == WG_BODY) ch->bodies[r.index].uses++;
  else if (r.kind == WG_ROLE) ch->roles[r.index].uses++;
  else if (r.kind == WG_REGION) ch->regions[r.index].uses++;
  else if (r.kind == WG_EVENT) ch->events[r.index].uses++;
}

/* Counts the roles among n owners (WG402). */
static void count_owned(Sema *s, const wg_ref *owners, int n) {
  for (int k = 0; k < n; k++)
    if (owners[k].kind == WG_ROLE) s->ch->roles[owners[k].index].owns++;
}

static wg_ref use_ref(Sema *s, const Value *v) {
  wg_ref r = ref_of(s, v);
  use(s, r);
  return r;
}

/* The day an event or meeting stands for: its first day (start) or its
** last day (!start). An item's date is its due date, known only once all
** items are built: after_items. */
static wg_date ref_date(const Sema *s, wg_ref r, int start) {
  const wg_charter *ch = s->ch;
  if (r.kind == WG_EVENT) return start ? ch->events[r.index].start : ch->events[r.index].end;
  if (r.kind == WG_MEETING) return start ? ch->meetings[r.index].start : ch->meetings[r.index].end;
  return WG_NODATE;
}

/* A date property: deadline picks a month's last day, else its first. */
static wg_when when_of(Sema *s, const Decl *d, int key, int deadline) {
  wg_when w = {WG_NODATE, no_ref(), {0, 0}};
  const Value *v = val(s, d, key);
  wg_date first, last;
  Precision prec;
  if (!v) return w;
  w.at = v->at;
  if (tree_dates(v, &first, &last, &prec)) w.date = deadline ? last : first;
  else {
    w.ref = use_ref(s, v);
    if (w.ref.kind >= 0) w.date = ref_date(s, w.ref, deadline);
  }
  return w;
}

/* All values of a repeatable property, as strings. */
static const char **strings(Sema *s, const Decl *d, int key, int *n) {
  *n = 0;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p)) *n += p->nvals;
  const char **v = wg_alloc(s->c->arena, (size_t)*n * sizeof *v);
  int i = 0;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p))
      for (const Value *x = p->vals; x; x = x->next)
        if (!sema_v(s, x)->bad) v[i++] = x->s;
  *n = i;
  return v;
}

/* All valid references of a repeatable property. */
static wg_ref *refs(Sema *s, const Decl *d, int key, int *n) {
  int cap = 0;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p)) cap += p->nvals;
  wg_ref *r = wg_alloc(s->c->arena, (size_t)cap * sizeof *r);
  *n = 0;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p))
      for (const Value *x = p->vals; x; x = x->next)
        if (!sema_v(s, x)->bad) r[(*n)++] = use_ref(s, x);
  return r;
}

static void dates_of(const Sema *s, const Decl *d, wg_date *start, wg_date *end, wg_span *at) {
  const Value *v = val(s, d, KEY_ON);
  Precision prec;
  if (!v || !tree_dates(v, start, end, &prec)) *start = *end = WG_NODATE;
  *at = v ? v->at : d->kw_at;
}

static wg_span name_at(const Sema *s, const Decl *d) { return sema_name_at(s, d); }
static const char *id_of(const Sema *s, const Decl *d) { return sema_d(s, d)->id; }
static const char *title(const Decl *d) { return d->title ? d->title->s : NULL; }

/* --- One builder per kind ---------------------------------------------- */

static void build_simple(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->nregions; i++) {
    const Decl *d = s->decls[WG_REGION][i];
    ch->regions[i] = (wg_region){id_of(s, d), title(d), 0, name_at(s, d), d->at};
  }
  for (int i = 0; i < ch->nroles; i++) {
    const Decl *d = s->decls[WG_ROLE][i];
    ch->roles[i] = (wg_role){id_of(s, d), title(d), str(s, d, KEY_HELD_BY), 0, 0, name_at(s, d), d->at};
  }
  for (int i = 0; i < ch->nbodies; i++) {
    const Decl *d = s->decls[WG_BODY][i];
    ch->bodies[i] = (wg_body){id_of(s, d), title(d), no_ref(), 0, name_at(s, d), d->at};
  }
  for (int i = 0; i < ch->nbodies; i++) /* after all bodies exist: forward references */
    ch->bodies[i].reports_to = use_ref(s, val(s, s->decls[WG_BODY][i], KEY_REPORTS_TO));
}

static void build_events(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->nevents; i++) {
    const Decl *d = s->decls[WG_EVENT][i];
    wg_event *e = &ch->events[i];
    *e = (wg_event){id_of(s, d), title(d), str(s, d, KEY_AT), 0, 0, 0, name_at(s, d), d->at, {0, 0}};
    dates_of(s, d, &e->start, &e->end, &e->on_at);
  }
  for (int i = 0; i < ch->nmeetings; i++) {
    const Decl *d = s->decls[WG_MEETING][i];
    wg_meeting *m = &ch->meetings[i];
    memset(m, 0, sizeof *m);
    m->id = id_of(s, d);
    m->title = title(d);
    m->at_place = str(s, d, KEY_AT);
    dates_of(s, d, &m->start, &m->end, &m->on_at);
    m->online = get(s, d, KEY_ONLINE) != NULL;
    m->every = word(s, d, KEY_EVERY);
    m->agenda = strings(s, d, KEY_AGENDA, &m->nagenda);
    m->at = name_at(s, d);
    m->decl = d->at;
  }
}

static void build_mandates(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->nmandates; i++) {
    const Decl *d = s->decls[WG_MANDATE][i];
    wg_mandate *m = &ch->mandates[i];
    m->id = id_of(s, d);
    m->title = title(d);
    m->adopted = when_of(s, d, KEY_ADOPTED, 0);
    m->adopted_by = use_ref(s, val(s, d, KEY_ADOPTED_BY));
    m->tasks = strings(s, d, KEY_TASK, &m->ntasks);
    m->constraints = strings(s, d, KEY_CONSTRAINT, &m->nconstraints);
    m->at = name_at(s, d);
    m->decl = d->at;
  }
}

static void build_working_group(Sema *s) {
  const Decl *d = s->wg;
  wg_working_group *g = &s->ch->wg;
  s->ch->has_wg = d != NULL;
  g->term_start = g->term_end = g->as_of = WG_NODATE;
  g->established.date = g->report_due.date = WG_NODATE;
  g->established_by = g->reports_to = no_ref();
  if (!d) return;
  g->id = id_of(s, d);
  g->title = title(d);
  g->established = when_of(s, d, KEY_ESTABLISHED, 0);
  g->established_by = use_ref(s, val(s, d, KEY_ESTABLISHED_BY));
  g->reports_to = use_ref(s, val(s, d, KEY_REPORTS_TO));
  g->report_due = when_of(s, d, KEY_REPORT_DUE, 1);
  const Value *term = val(s, d, KEY_TERM);
  if (term) g->term_start = term->first, g->term_end = term->last;
  g->decides_by = word(s, d, KEY_DECIDES_BY);
  g->character = word(s, d, KEY_CHARACTER);
  g->as_of = first_day(s, d, KEY_AS_OF);
  g->at = name_at(s, d);
  g->decl = d->at;
}

static void add_member(Sema *s, wg_group *g, int gi, const char *name, wg_ref from, wg_span at) {
  wg_composition *c = &s->ch->comp;
  c->members[c->nmembers++] = (wg_member){name, from, gi, at};
  g->nmembers++;
  use(s, from);
}

static void build_group(Sema *s, int gi) {
  const Decl *d = s->decls[WG_GROUP][gi];
  wg_composition *c = &s->ch->comp;
  wg_group *g = &c->groups[gi];
  g->id = id_of(s, d);
  g->title = title(d);
  const Value *seats = val(s, d, KEY_SEATS), *per = val(s, d, KEY_PER_REGION);
  g->seats = seats ? (int)seats->i : -1;
  g->bad_seats = !seats && sema_gave(s, d, KEY_SEATS);
  g->seats_at = seats ? seats->at : name_at(s, d);
  g->per_region = per ? (int)per->i : -1;
  g->per_region_at = per ? per->at : name_at(s, d);
  g->stakeholder = word(s, d, KEY_STAKEHOLDER);
  g->parent = d->parent->kind == WG_GROUP ? sema_d(s, d->parent)->index : -1;
  g->member0 = c->nmembers;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == KEY_MEMBERS && !sema_pbad(s, p))
      for (const Value *v = p->vals; v; v = v->next)
        if (!sema_v(s, v)->bad) add_member(s, g, gi, v->s, no_ref(), v->at);
  for (const Decl *m = d->children; m; m = m->next)
    if (m->kind == WG_MEMBER && !sema_d(s, m)->bad && m->title)
      add_member(s, g, gi, m->title->s, ref_of(s, val(s, m, KEY_FROM)), m->title->at);
  g->at = name_at(s, d);
  g->decl = d->at;
}

/* Indices of d's subgroups, in source order. */
static int *subgroups(Sema *s, const Decl *d, int *n) {
  *n = 0;
  for (const Decl *k = d->children; k; k = k->next) *n += k->kind == WG_GROUP && !sema_d(s, k)->bad;
  int *v = wg_alloc(s->c->arena, (size_t)(*n + 1) * sizeof *v), i = 0;
  for (const Decl *k = d->children; k; k = k->next)
    if (k->kind == WG_GROUP && !sema_d(s, k)->bad) v[i++] = sema_d(s, k)->index;
  return v;
}

static void build_composition(Sema *s) {
  wg_composition *c = &s->ch->comp;
  const Decl *d = s->comp;
  s->ch->has_composition = d != NULL;
  c->seats = -1;
  c->members = wg_alloc(s->c->arena, (size_t)(s->nmembers + 1) * sizeof *c->members);
  for (int i = 0; i < c->ngroups; i++) build_group(s, i);
  for (int i = 0; i < c->ngroups; i++)
    c->groups[i].sub = subgroups(s, s->decls[WG_GROUP][i], &c->groups[i].nsub);
  if (!d) return;
  c->title = title(d);
  c->open = get(s, d, KEY_OPEN) != NULL;
  const Value *seats = val(s, d, KEY_SEATS);
  c->seats = seats ? (int)seats->i : -1;
  c->bad_seats = !seats && sema_gave(s, d, KEY_SEATS);
  c->seats_at = seats ? seats->at : d->kw_at;
  c->top = subgroups(s, d, &c->ntop);
  c->at = d->kw_at;
  c->decl = d->at;
}

static void build_topics(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->ntopics; i++) {
    const Decl *d = s->decls[WG_TOPIC][i];
    wg_topic *t = &ch->topics[i];
    t->id = id_of(s, d);
    t->title = title(d);
    t->owners = refs(s, d, KEY_OWNER, &t->nowners);
    count_owned(s, t->owners, t->nowners);
    t->nitems = 0;
    for (const Decl *k = d->children; k; k = k->next) t->nitems += k->kind == WG_RECOMMENDATION && !sema_d(s, k)->bad;
    t->items = wg_alloc(s->c->arena, (size_t)(t->nitems + 1) * sizeof *t->items);
    int n = 0;
    for (const Decl *k = d->children; k; k = k->next)
      if (k->kind == WG_RECOMMENDATION && !sema_d(s, k)->bad) t->items[n++] = sema_d(s, k)->index;
    t->at = name_at(s, d);
    t->decl = d->at;
  }
}

static void build_item(Sema *s, int i) {
  const Decl *d = s->decls[WG_DELIVERABLE][i];
  wg_item *it = &s->ch->items[i];
  it->id = id_of(s, d);
  it->kind = d->kind;
  it->title = title(d);
  it->topic = d->parent->kind == WG_TOPIC ? sema_d(s, d->parent)->index : -1;
  it->owners = refs(s, d, KEY_OWNER, &it->nowners);
  count_owned(s, it->owners, it->nowners);
  it->owners_inherited = it->nowners == 0 && it->topic >= 0 && !get(s, d, KEY_OWNER); /* after_items */
  it->due = when_of(s, d, KEY_DUE, 1);
  it->after = when_of(s, d, KEY_AFTER, 0); /* an item's date: after_items */
  it->deps = refs(s, d, KEY_DEPENDS_ON, &it->ndeps);
  it->status = word(s, d, KEY_STATUS);
  s->due[i] = it->due.date;
  s->status[i] = (unsigned char)it->status;
  it->cost = word(s, d, KEY_COST);
  const Value *st = val(s, d, KEY_STATUS);
  it->status_at = st ? st->at : name_at(s, d);
  it->at = name_at(s, d);
  it->decl = d->at;
}

/* What an item takes from others once all are built (the tree is not
** walked again: by then it has left the cache): its topic's owners if
** it has none (counted for their roles), and, for an `after` naming an
** item, that item's due date. */
static void after_items(Sema *s) {
  for (int i = 0; i < s->ch->nitems; i++) {
    wg_item *it = &s->ch->items[i];
    if (it->owners_inherited) {
      it->owners = s->ch->topics[it->topic].owners;
      it->nowners = s->ch->topics[it->topic].nowners;
      count_owned(s, it->owners, it->nowners);
    }
    wg_when *w = &it->after;
    if (w->ref.kind == WG_DELIVERABLE || w->ref.kind == WG_RECOMMENDATION)
      w->date = s->ch->items[w->ref.index].due.date;
  }
}

/* --- Checking and building ---------------------------------------------- */

/* Fetches the name-table slots (name: the names) that d's references
** will read, ahead of checking d. */
static void prefetch_refs(const Sema *s, const Decl *d, int name) {
  for (const Prop *p = d->props; p; p = p->next)
    for (const Value *v = p->vals; v; v = v->next)
      if (v->type == V_IDENT || v->type == V_PATH) sema_prefetch(s, v->hash, name);
}

/* Checks the properties of declarations [from, to) of the slot of kind,
** and builds them if they are items, while they are in cache. Name
** lookups dominate at scale, and they wait on memory: so the slots are
** fetched a few declarations ahead, and the names they hold half as far
** ahead. */
static void check_decls(Sema *s, int kind, int from, int to) {
  enum { AHEAD = 4 };
  const Decl **v = s->decls[kind];
  for (int i = from; i < to; i++) {
    if (i + AHEAD < to) prefetch_refs(s, v[i + AHEAD], 0);
    if (i + AHEAD / 2 < to) prefetch_refs(s, v[i + AHEAD / 2], 1);
    sema_check_props(s, v[i]);
    if (kind == WG_DELIVERABLE) build_item(s, i);
  }
}

#define ARRAY(field, kind) \
  (ch->n##field = s->ndecls[kind], ch->field = wg_alloc(a, (size_t)(s->ndecls[kind] + 1) * sizeof *ch->field))

/* Declarations are checked kind by kind, each kind's model built once
** what it refers to is; the items are built as they are checked, their
** topics after them. Diagnostics come out in the order of the kinds,
** the items in theirs. */
void sema_build(Sema *s) {
  wg_arena *a = s->c->arena;
  wg_charter *ch = s->ch = s->c->charter = wg_alloc(a, sizeof *ch);
  ch->source = s->c->src->name;
  ch->arena = a;
  ARRAY(mandates, WG_MANDATE);
  ARRAY(bodies, WG_BODY);
  ARRAY(roles, WG_ROLE);
  ARRAY(regions, WG_REGION);
  ARRAY(events, WG_EVENT);
  ARRAY(meetings, WG_MEETING);
  ARRAY(topics, WG_TOPIC);
  ARRAY(items, WG_DELIVERABLE);
  s->due = wg_alloc(a, (size_t)(ch->nitems + 1) * sizeof *s->due);
  s->status = wg_alloc(a, (size_t)ch->nitems + 1);
  ch->comp.ngroups = s->ndecls[WG_GROUP];
  ch->comp.groups = wg_alloc(a, (size_t)(ch->comp.ngroups + 1) * sizeof *ch->comp.groups);
  for (int k = 0; k < WG_DELIVERABLE; k++) check_decls(s, k, 0, s->ndecls[k]);
  build_simple(s);
  build_events(s);
  build_mandates(s);
  build_working_group(s);
  build_composition(s);
  check_decls(s, WG_DELIVERABLE, 0, s->ndecls[WG_DELIVERABLE]);
  for (int k = WG_DELIVERABLE + 1; k < WG_NKINDS; k++) check_decls(s, k, 0, s->ndecls[k]);
  sema_check_props(s, s->c->root);
  sema_suggest_all(s);
  build_topics(s);
  after_items(s);
}
