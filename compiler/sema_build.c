/*
** Building the charter model from the checked tree: values are read only
** where the checker found them valid, names become indices, and dates
** given by reference are resolved (docs/schema.md; docs/language.md): a `due` on
** an event or meeting is its first day, an `after` its last day, an
** `after` on an item or milestone its due date, a `due` on a milestone
** that milestone's; a date written as a period (month, quarter, year) is
** the period's last day as a deadline and its first day as a start, and
** keeps its precision; an offset moves the date it follows.
**
** Derived facts that a rule and an emitter both need are computed here,
** once: an item's due date from its last milestone, the effective term
** (docs/language.md). Dates that depend on others (a milestone's `due`
** given as another milestone's) are resolved after every item and
** milestone is built (resolve_dates).
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

/* The day a date property stands for, first (a start) or last (an end),
** and its precision; WG_NODATE if absent or invalid. */
static wg_date day_of(const Sema *s, const Decl *d, int key, int last, int *prec) {
  const Value *v = val(s, d, key);
  wg_date first, end;
  Precision p = P_DAY;
  *prec = WG_DAY;
  if (!v || !tree_dates(v, &first, &end, &p)) return WG_NODATE;
  *prec = (int)p;
  return last ? end : first;
}

static wg_date first_day(const Sema *s, const Decl *d, int key, int *prec) {
  return day_of(s, d, key, 0, prec);
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

/* --- Dates by reference and offsets --------------------------------------- */

/* The day an event or meeting stands for: its first day (start) or its
** last day (!start), with that day's precision. An item's or a
** milestone's date is its due date, known only once all are built:
** resolve_dates. */
static wg_date ref_date(const Sema *s, wg_ref r, int start, int *prec) {
  const wg_charter *ch = s->ch;
  if (r.kind == WG_EVENT) {
    const wg_event *e = &ch->events[r.index];
    *prec = start ? e->start_precision : e->end_precision;
    return start ? e->start : e->end;
  }
  if (r.kind == WG_MEETING) {
    const wg_meeting *m = &ch->meetings[r.index];
    *prec = start ? m->start_precision : m->end_precision;
    return start ? m->start : m->end;
  }
  return WG_NODATE;
}

/* The unit word of an offset (checked by sema_props.c). */
static int unit_of(const Value *v) {
  const char *u = tree_offset_unit(v)->s;
  return u[0] == 'd' ? WG_DAYS : u[0] == 'w' ? WG_WEEKS : WG_MONTHS;
}

/* Whether moving a date of precision prec by w's offset leaves it a date
** of that precision: a month moved by months, a quarter by whole
** quarters, a year by whole years. Otherwise the result is a day. */
static int keeps_precision(const wg_when *w) {
  if (w->offset_unit != WG_MONTHS) return 0;
  int n = w->offset < 0 ? -w->offset : w->offset;
  return w->precision == WG_MONTH || (w->precision == WG_QUARTER && n % 3 == 0) ||
         (w->precision == WG_YEAR && n % 12 == 0);
}

/* Years an offset may land in (docs/rules.md, WG511). */
enum { OFFSET_FIRST_YEAR = 1900, OFFSET_LAST_YEAR = 2199 };

/* Applies w's offset to its resolved date (WG511 if that leaves the
** years 1900-2199); the date is then no longer known. */
static void apply_offset(Sema *s, wg_when *w) {
  if (!w->offset_unit || w->date == WG_NODATE) return;
  wg_date from = w->date;
  w->date = wg_date_add(from, w->offset, w->offset_unit);
  if (!keeps_precision(w)) w->precision = WG_DAY;
  int y = 0, m, d;
  if (w->date != WG_NODATE) wg_date_split(w->date, &y, &m, &d);
  if (y >= OFFSET_FIRST_YEAR && y <= OFFSET_LAST_YEAR) return;
  char buf[11];
  wg_date_format(from, buf);
  diag_report(s->c, RULE_OFFSET_OUT_OF_RANGE, w->at,
              "this offset moves %s (`%s`) outside the years %d to %d: "
              "correct the offset or the date it is counted from",
              buf, w->ref.name, OFFSET_FIRST_YEAR, OFFSET_LAST_YEAR);
  w->date = WG_NODATE;
}

/* A date property: deadline picks a period's last day, else its first.
** A reference to an item or milestone waits for resolve_dates. */
static wg_when when_of(Sema *s, const Decl *d, int key, int deadline) {
  wg_when w = {.date = WG_NODATE, .precision = WG_DAY, .ref = no_ref()};
  const Value *v = val(s, d, key);
  wg_date first, last;
  Precision prec;
  if (!v) return w;
  w.at = v->at;
  if (tree_dates(v, &first, &last, &prec)) {
    w.date = deadline ? last : first;
    w.precision = (unsigned)prec;
    return w;
  }
  if (v->type == V_OFFSET) {
    const Value *n = tree_offset_amount(v);
    w.offset = (int)(v->neg ? -n->i : n->i); /* at most 36525 days (sema_props.c) */
    w.offset_unit = unit_of(v);
    v = tree_offset_base(v);
  }
  w.ref = use_ref(s, v);
  if (w.ref.kind == WG_EVENT || w.ref.kind == WG_MEETING) {
    int p;
    w.date = ref_date(s, w.ref, deadline, &p);
    w.precision = (unsigned)p;
    apply_offset(s, &w);
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

/* The names of values written without their commas (`owner W A`,
** reported): what they name is not unused as well (WG701). */
static void use_parts(Sema *s, const Value *run) {
  for (const Value *x = run->parts; x; x = x->next) {
    const Name *n = x->type == V_IDENT || x->type == V_PATH ? sema_find(s, x->s, x->hash) : NULL;
    if (n) use(s, (wg_ref){x->s, (int)n->kind, (int)n->index, x->at});
  }
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
      for (const Value *x = p->vals; x; x = x->next) {
        if (!sema_v(s, x)->bad) r[(*n)++] = use_ref(s, x);
        else if (x->type == V_SEQ) use_parts(s, x);
      }
  return r;
}

/* All valid words of a list property, in order. */
static int *words(Sema *s, const Decl *d, int key, int *n) {
  const Prop *p = get(s, d, key);
  int *v = wg_alloc(s->c->arena, (size_t)(p ? p->nvals : 0) * sizeof *v + sizeof *v);
  *n = 0;
  for (const Value *x = p ? p->vals : NULL; x; x = x->next)
    if (!sema_v(s, x)->bad) v[(*n)++] = sema_v(s, x)->word;
  return v;
}

/* `on`: its first and last day, and their precisions. */
static void dates_of(const Sema *s, const Decl *d, wg_date *start, wg_date *end, int *p1, int *p2,
                     wg_span *at) {
  const Value *v = val(s, d, KEY_ON);
  Precision prec = P_DAY;
  if (!v || !tree_dates(v, start, end, &prec)) *start = *end = WG_NODATE;
  *p1 = (int)prec;
  *p2 = v ? (int)tree_end_precision(v) : WG_DAY;
  *at = v ? v->at : d->kw_at;
}

/* `term`: the same, for a range that is known to be valid. */
static void term_of(const Sema *s, const Decl *d, wg_date *start, wg_date *end, int *p1,
                    int *p2) {
  const Value *v = val(s, d, KEY_TERM);
  *start = v ? v->first : WG_NODATE;
  *end = v ? v->last : WG_NODATE;
  *p1 = v ? v->prec : WG_DAY;
  *p2 = v ? v->prec_end : WG_DAY;
}

static wg_span name_at(const Sema *s, const Decl *d) { return sema_name_at(s, d); }
static const char *id_of(const Sema *s, const Decl *d) { return sema_d(s, d)->id; }
static const char *title(const Decl *d) { return d->title ? d->title->s : NULL; }

/* --- One builder per kind ---------------------------------------------- */

/* "A, B": the names of `held_by`, as version 1's one string. */
static const char *joined(Sema *s, const char *const *v, int n) {
  if (n <= 1) return n ? v[0] : NULL;
  size_t len = 1;
  for (int i = 0; i < n; i++) len += strlen(v[i]) + 2;
  char *out = wg_alloc(s->c->arena, len), *o = out;
  for (int i = 0; i < n; i++) {
    if (i) memcpy(o, ", ", 2), o += 2;
    size_t m = strlen(v[i]);
    memcpy(o, v[i], m), o += m;
  }
  return out;
}

static void build_role(Sema *s, int i) {
  const Decl *d = s->decls[WG_ROLE][i];
  wg_role *r = &s->ch->roles[i];
  *r = (wg_role){id_of(s, d), title(d), NULL, 0, 0, name_at(s, d), d->at, NULL, 0};
  int n, nholder = 0;
  const char **names = strings(s, d, KEY_HELD_BY, &n);
  for (const Decl *k = d->children; k; k = k->next) nholder += k->kind == WG_HOLDER;
  r->held_by = joined(s, names, n);
  r->holders = wg_alloc(s->c->arena, (size_t)(n + nholder + 1) * sizeof *r->holders);
  const Prop *p = get(s, d, KEY_HELD_BY);
  const Value *v = p ? p->vals : NULL;
  for (int k = 0; k < n; k++, v = v->next) {
    while (sema_v(s, v)->bad) v = v->next;
    r->holders[r->nholders++] = (wg_holder){names[k], WG_NODATE, WG_NODATE, WG_DAY, WG_DAY, v->at};
  }
}

/* A role's `holder` declarations, once their properties are checked. */
static void build_holders(Sema *s) {
  for (int i = 0; i < s->ndecls[WG_HOLDER]; i++) {
    const Decl *d = s->decls[WG_HOLDER][i];
    if (d->parent->kind != WG_ROLE || sema_d(s, d->parent)->bad || !d->title) continue;
    wg_role *r = &s->ch->roles[sema_d(s, d->parent)->index];
    wg_holder *h = &r->holders[r->nholders++];
    h->name = d->title->s;
    h->at = d->title->at;
    h->since = day_of(s, d, KEY_SINCE, 0, &h->since_precision);
    h->until = day_of(s, d, KEY_UNTIL, 1, &h->until_precision);
  }
}

static void build_simple(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->nregions; i++) {
    const Decl *d = s->decls[WG_REGION][i];
    ch->regions[i] = (wg_region){id_of(s, d), title(d), 0, name_at(s, d), d->at};
  }
  for (int i = 0; i < ch->nroles; i++) build_role(s, i);
  for (int i = 0; i < ch->nbodies; i++) {
    const Decl *d = s->decls[WG_BODY][i];
    ch->bodies[i] = (wg_body){id_of(s, d), title(d), no_ref(), 0, name_at(s, d), d->at, NULL, 0};
  }
  for (int i = 0; i < ch->nbodies; i++) { /* after all bodies exist: forward references */
    const Decl *d = s->decls[WG_BODY][i];
    ch->bodies[i].reports_to = use_ref(s, val(s, d, KEY_REPORTS_TO));
    ch->bodies[i].liaisons = refs(s, d, KEY_LIAISES_WITH, &ch->bodies[i].nliaisons);
  }
}

static void build_events(Sema *s) {
  wg_charter *ch = s->ch;
  for (int i = 0; i < ch->nevents; i++) {
    const Decl *d = s->decls[WG_EVENT][i];
    wg_event *e = &ch->events[i];
    memset(e, 0, sizeof *e);
    e->id = id_of(s, d);
    e->title = title(d);
    e->at_place = str(s, d, KEY_AT);
    e->at = name_at(s, d);
    e->decl = d->at;
    dates_of(s, d, &e->start, &e->end, &e->start_precision, &e->end_precision, &e->on_at);
  }
  for (int i = 0; i < ch->nmeetings; i++) {
    const Decl *d = s->decls[WG_MEETING][i];
    wg_meeting *m = &ch->meetings[i];
    memset(m, 0, sizeof *m);
    m->id = id_of(s, d);
    m->title = title(d);
    m->at_place = str(s, d, KEY_AT);
    dates_of(s, d, &m->start, &m->end, &m->start_precision, &m->end_precision, &m->on_at);
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
    term_of(s, d, &m->term_start, &m->term_end, &m->term_start_precision,
            &m->term_end_precision);
  }
}

/* The effective term (docs/language.md): the latest-adopted mandate with
** a `term` (the first written, on a tie; one adopted on no known day
** counts as the earliest), else the group's own. */
static void effective_term(Sema *s) {
  wg_working_group *g = &s->ch->wg;
  int best = -1;
  for (int i = 0; i < s->ch->nmandates; i++) {
    const wg_mandate *m = &s->ch->mandates[i];
    if (m->term_start == WG_NODATE) continue;
    if (best < 0 || m->adopted.date > s->ch->mandates[best].adopted.date) best = i;
  }
  g->term_mandate = best;
  if (best < 0) {
    g->effective_start = g->term_start, g->effective_end = g->term_end;
    g->effective_start_precision = g->term_start_precision;
    g->effective_end_precision = g->term_end_precision;
    return;
  }
  const wg_mandate *m = &s->ch->mandates[best];
  g->effective_start = m->term_start, g->effective_end = m->term_end;
  g->effective_start_precision = m->term_start_precision;
  g->effective_end_precision = m->term_end_precision;
}

static void build_working_group(Sema *s) {
  const Decl *d = s->wg;
  wg_working_group *g = &s->ch->wg;
  s->ch->has_wg = d != NULL;
  g->term_start = g->term_end = g->as_of = WG_NODATE;
  g->established.date = g->report_due.date = WG_NODATE;
  g->established_by = g->reports_to = no_ref();
  g->decides = wg_alloc(s->c->arena, sizeof *g->decides);
  if (d) {
    g->id = id_of(s, d);
    g->title = title(d);
    g->established = when_of(s, d, KEY_ESTABLISHED, 0);
    g->established_by = use_ref(s, val(s, d, KEY_ESTABLISHED_BY));
    g->reports_to = use_ref(s, val(s, d, KEY_REPORTS_TO));
    g->report_due = when_of(s, d, KEY_REPORT_DUE, 1);
    term_of(s, d, &g->term_start, &g->term_end, &g->term_start_precision,
            &g->term_end_precision);
    g->decides = words(s, d, KEY_DECIDES_BY, &g->ndecides);
    g->decides_by = g->ndecides ? g->decides[0] : 0;
    g->character = word(s, d, KEY_CHARACTER);
    g->as_of = first_day(s, d, KEY_AS_OF, &g->as_of_precision);
    g->chairs = refs(s, d, KEY_CHAIRED_BY, &g->nchairs);
    g->liaisons = refs(s, d, KEY_LIAISES_WITH, &g->nliaisons);
    g->at = name_at(s, d);
    g->decl = d->at;
  }
  effective_term(s);
}

static void add_member(Sema *s, wg_group *g, int gi, const char *name, wg_ref from, wg_span at) {
  wg_composition *c = &s->ch->comp;
  wg_member *m = &c->members[c->nmembers++];
  *m = (wg_member){name, from, gi, at, WG_NODATE, WG_NODATE, WG_DAY, WG_DAY};
  g->nmembers++;
  use(s, from);
}

/* A `member` declaration: its region and its dates. */
static void add_member_decl(Sema *s, wg_group *g, int gi, const Decl *m) {
  add_member(s, g, gi, m->title->s, ref_of(s, val(s, m, KEY_FROM)), m->title->at);
  wg_member *mm = &s->ch->comp.members[s->ch->comp.nmembers - 1];
  if (!m->props) return;
  int p1, p2;
  mm->since = day_of(s, m, KEY_SINCE, 0, &p1);
  mm->until = day_of(s, m, KEY_UNTIL, 1, &p2);
  mm->since_precision = (unsigned char)p1, mm->until_precision = (unsigned char)p2;
  g->dated |= mm->since != WG_NODATE || mm->until != WG_NODATE;
}

/* The group's `quota` pairs, their regions resolved. */
static void build_quotas(Sema *s, wg_group *g, const Decl *d) {
  int n = 0;
  for (const Prop *p = d->props; p; p = p->next) n += p->key == KEY_QUOTA;
  if (!n) return;
  g->quotas = wg_alloc(s->c->arena, (size_t)n * sizeof *g->quotas);
  for (const Prop *p = d->props; p; p = p->next) {
    if (p->key != KEY_QUOTA || sema_pbad(s, p) || sema_v(s, p->vals)->bad) continue;
    const Value *region = p->vals->parts;
    if (sema_v(s, region)->bad) continue;
    g->quotas[g->nquotas++] = (wg_quota){use_ref(s, region), (int)region->next->i, p->vals->at};
  }
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
  int n;
  const int *st = words(s, d, KEY_STAKEHOLDER, &n);
  g->stakeholder = n ? st[0] : 0;
  for (int k = 0; k < n; k++) g->stakeholders |= 1u << st[k];
  g->non_voting = get(s, d, KEY_NON_VOTING) != NULL;
  build_quotas(s, g, d);
  g->parent = d->parent->kind == WG_GROUP ? sema_d(s, d->parent)->index : -1;
  g->member0 = c->nmembers;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == KEY_MEMBERS && !sema_pbad(s, p))
      for (const Value *v = p->vals; v; v = v->next)
        if (!sema_v(s, v)->bad) add_member(s, g, gi, v->s, no_ref(), v->at);
  for (const Decl *m = d->children; m; m = m->next)
    if (m->kind == WG_MEMBER && !sema_d(s, m)->bad && m->title) add_member_decl(s, g, gi, m);
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
  c->seats = c->minimum = -1;
  c->members = wg_alloc(s->c->arena, (size_t)(s->nmembers + 1) * sizeof *c->members);
  for (int i = 0; i < c->ngroups; i++) build_group(s, i);
  for (int i = 0; i < c->ngroups; i++)
    c->groups[i].sub = subgroups(s, s->decls[WG_GROUP][i], &c->groups[i].nsub);
  if (!d) return;
  c->title = title(d);
  c->open = get(s, d, KEY_OPEN) != NULL;
  const Value *seats = val(s, d, KEY_SEATS), *minimum = val(s, d, KEY_MINIMUM);
  c->seats = seats ? (int)seats->i : -1;
  c->minimum = minimum ? (int)minimum->i : -1;
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

/* `status`, or `completed` when `done` alone is given (docs/language.md). */
static int status_of(const Sema *s, const Decl *d, wg_date done) {
  int st = word(s, d, KEY_STATUS);
  return !st && done != WG_NODATE ? WG_COMPLETED : st;
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
  it->due_implied = !it->due.at.len && !sema_gave(s, d, KEY_DUE); /* if it has milestones */
  it->after = when_of(s, d, KEY_AFTER, 0); /* an item's date: resolve_dates */
  it->deps = refs(s, d, KEY_DEPENDS_ON, &it->ndeps);
  int p;
  it->done = day_of(s, d, KEY_DONE, 1, &p); /* finished by the period's end */
  it->done_precision = (unsigned char)p;
  it->status = status_of(s, d, it->done);
  s->due[i] = it->due.date;
  s->status[i] = (unsigned char)it->status;
  it->cost = word(s, d, KEY_COST);
  it->standing = get(s, d, KEY_STANDING) != NULL;
  it->optional = get(s, d, KEY_OPTIONAL) != NULL;
  const Value *st = val(s, d, KEY_STATUS);
  it->status_at = st ? st->at : name_at(s, d);
  it->at = name_at(s, d);
  it->decl = d->at;
}

/* A milestone, after its item; it takes its item's owners if it names
** none. Milestones come in source order, so each item's are contiguous. */
static void build_milestone(Sema *s, int i) {
  const Decl *d = s->decls[WG_MILESTONE][i];
  wg_milestone *m = &s->ch->milestones[i];
  wg_item *it = &s->ch->items[sema_d(s, d->parent)->index];
  m->id = id_of(s, d);
  m->title = title(d);
  m->item = sema_d(s, d->parent)->index;
  if (it->nmilestones++ == 0) it->milestone0 = i;
  m->owners = refs(s, d, KEY_OWNER, &m->nowners);
  count_owned(s, m->owners, m->nowners);
  m->owners_inherited = m->nowners == 0 && !get(s, d, KEY_OWNER);
  m->due = when_of(s, d, KEY_DUE, 1);
  m->after = when_of(s, d, KEY_AFTER, 0);
  m->deps = refs(s, d, KEY_DEPENDS_ON, &m->ndeps);
  m->done = day_of(s, d, KEY_DONE, 1, &m->done_precision);
  m->status = status_of(s, d, m->done);
  const Value *st = val(s, d, KEY_STATUS);
  m->status_at = st ? st->at : name_at(s, d);
  m->at = name_at(s, d);
  m->decl = d->at;
}

/* --- Dates that come from items and milestones -------------------------- */

/* Nodes: items 0..nitems-1, then milestones. A node's due date may come
** from a milestone's (`due vcdm2.cr - 3 months`), and an item's with no
** `due` from its last milestone's: each node waits on at most one other,
** so the waits form chains, followed here without recursion (a chain of
** a million milestones must not overflow the stack). */
typedef struct Dates {
  Sema *s;
  unsigned char *state; /* 0 not yet, 1 on the chain being followed, 2 done */
  int *chain;
} Dates;

static wg_when *due_of(const wg_charter *ch, int v) {
  return v < ch->nitems ? &ch->items[v].due : &ch->milestones[v - ch->nitems].due;
}

/* The node v's due date waits on, or -1. */
static int waits_on(const wg_charter *ch, int v) {
  const wg_when *w = due_of(ch, v);
  if (w->ref.kind == WG_MILESTONE) return ch->nitems + w->ref.index;
  if (v < ch->nitems && ch->items[v].due_implied && ch->items[v].nmilestones) {
    const wg_item *it = &ch->items[v];
    return ch->nitems + it->milestone0 + it->nmilestones - 1;
  }
  return -1;
}

/* v's due date from the date of the node it waits on, t. */
static void take_due(Sema *s, int v, int t) {
  wg_charter *ch = s->ch;
  wg_when *w = due_of(ch, v);
  const wg_when *from = due_of(ch, t);
  if (v < ch->nitems && ch->items[v].due_implied) { /* due at its last milestone */
    wg_milestone *m = &ch->milestones[t - ch->nitems];
    if (!from->at.len) { /* which has no `due` either (WG507) */
      ch->items[v].due_implied = 0;
      return;
    }
    *w = *from;
    w->ref = (wg_ref){m->id, WG_MILESTONE, t - ch->nitems, m->at};
    w->offset = 0;
    w->offset_unit = WG_NO_OFFSET;
    return;
  }
  w->date = from->date;
  w->precision = from->precision;
  apply_offset(s, w);
}

/* A chain that comes back to itself: its dates are unknowable. */
static void due_cycle(Sema *s, const int *chain, int from, int n) {
  const wg_charter *ch = s->ch;
  const wg_when *w = due_of(ch, chain[n - 1]);
  const char **names = wg_alloc(s->c->arena, (size_t)(n - from) * sizeof *names);
  for (int k = from; k < n; k++) {
    int v = chain[k];
    names[k - from] = v < ch->nitems ? ch->items[v].id : ch->milestones[v - ch->nitems].id;
    if (!names[k - from]) names[k - from] = "(unnamed)";
  }
  diag_report(s->c, RULE_INVALID_VALUE, w->at,
              "these due dates are given by each other, so none is known: "
              "`%s`; give one of them a date",
              sema_cycle_text(s, names, n - from));
  for (int k = from; k < n; k++) due_of(ch, chain[k])->date = WG_NODATE;
}

static void resolve_due(Dates *t, int v) {
  const wg_charter *ch = t->s->ch;
  int n = 0;
  while (t->state[v] == 0) {
    t->state[v] = 1;
    t->chain[n++] = v;
    int next = waits_on(ch, v);
    if (next < 0) break;
    v = next;
  }
  int end = n;
  if (t->state[v] == 1 && waits_on(ch, t->chain[n - 1]) == v) { /* a cycle back to v */
    int from = n - 1;
    while (t->chain[from] != v) from--;
    due_cycle(t->s, t->chain, from, n);
    for (int k = from; k < n; k++) t->state[t->chain[k]] = 2;
    end = from;
  }
  for (int k = end - 1; k >= 0; k--) {
    int u = t->chain[k], next = waits_on(ch, u);
    if (next >= 0) take_due(t->s, u, next);
    t->state[u] = 2;
  }
}

/* An `after` on an item or milestone: its due date. */
static void resolve_after(Sema *s, wg_when *w) {
  const wg_charter *ch = s->ch;
  const wg_when *from;
  if (w->ref.kind == WG_DELIVERABLE || w->ref.kind == WG_RECOMMENDATION)
    from = &ch->items[w->ref.index].due;
  else if (w->ref.kind == WG_MILESTONE) from = &ch->milestones[w->ref.index].due;
  else return;
  w->date = from->date;
  w->precision = from->precision;
  apply_offset(s, w);
}

/* Every due date first, as an `after` reads them. Without milestones no
** due date waits on another, and the chains are skipped. */
static void resolve_dates(Sema *s) {
  wg_charter *ch = s->ch;
  int n = ch->nitems + ch->nmilestones;
  if (ch->nmilestones) {
    Dates t = {s, wg_alloc(s->c->arena, (size_t)n + 1),
               wg_alloc(s->c->arena, (size_t)(n + 1) * sizeof(int))};
    for (int v = 0; v < n; v++) resolve_due(&t, v);
    for (int i = 0; i < ch->nmilestones; i++) resolve_after(s, &ch->milestones[i].after);
  }
  for (int i = 0; i < ch->nitems; i++) {
    wg_item *it = &ch->items[i];
    if (it->owners_inherited) {
      it->owners = ch->topics[it->topic].owners;
      it->nowners = ch->topics[it->topic].nowners;
      count_owned(s, it->owners, it->nowners);
    }
    if (it->after.ref.kind >= WG_DELIVERABLE) resolve_after(s, &it->after);
    if (!it->nmilestones) it->due_implied = 0;
    s->due[i] = it->due.date;
  }
  for (int i = 0; i < ch->nmilestones; i++) {
    wg_milestone *m = &ch->milestones[i];
    if (m->owners_inherited) m->owners = ch->items[m->item].owners, m->nowners = ch->items[m->item].nowners;
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
    else if (kind == WG_MILESTONE) build_milestone(s, i);
  }
}

#define ARRAY(field, kind) \
  (ch->n##field = s->ndecls[kind], ch->field = wg_alloc(a, (size_t)(s->ndecls[kind] + 1) * sizeof *ch->field))

/* Declarations are checked kind by kind, each kind's model built once
** what it refers to is; the items are built as they are checked, their
** milestones, topics and roles' holders after them. Diagnostics come
** out in the order of the kinds, the items in theirs. */
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
  ARRAY(milestones, WG_MILESTONE);
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
  build_holders(s);
  build_topics(s);
  resolve_dates(s);
}
