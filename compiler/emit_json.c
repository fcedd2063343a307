/*
** `wgc json`: the compiled charter, format 1 (docs/output.md, "The
** compiled charter"). One function per part, each writing its keys in the order
** docs/output.md shows, arrays in source order.
**
** Why our own small streaming writer (json.c) and not a library such as
** jansson: the output is write-only and its order is fixed by us, so a
** document tree would be built only to be walked once; printing as we go
** keeps memory flat on a 100,000-item charter (the model is already in
** the arena, nothing is copied); there is no dependency to install,
** version or audit; and the layout is ours to the byte (jq's default
** pretty-printing), which golden tests and the "same input, same bytes"
** promise need and which a library's formatter may change between
** releases. Nothing here depends on pointer values, hash order or time.
**
** Only called when the checker found no errors, so every reference is
** resolved; the code still prints null rather than crashing if one is not.
**
** Version 2's keys (docs/output.md, "Keys of language version 2") are
** written only where the charter uses what they say: `KEY_precision`
** beside a date not written to the day, `KEY_offset` beside one counted
** from another, `milestones` on an item that has some, and so on; so a
** version 1 file compiles to the same bytes as before (docs/output.md).
*/
#include "emit.h"
#include "json.h"

/* A reference as the name of what it names, or null. */
static void ref(Json *j, wg_ref r) { json_str(j, r.name); }

/* An enumerated value as its word, or null. */
static void word(Json *j, const char *const *words, int v) { json_str(j, wg_word(words, v)); }

/* A number that -1 marks as absent. */
static void count(Json *j, int v) {
  if (v < 0) json_null(j);
  else json_int(j, v);
}

/* KEY_precision, for a date not written to the day (5.1). */
static void precision(Json *j, const char *key, wg_date d, int p) {
  if (d == WG_NODATE || p == WG_DAY) return;
  char name[48];
  snprintf(name, sizeof name, "%s_precision", key);
  json_key(j, name);
  json_str(j, wg_precision_words[p]);
}

/* KEY and KEY_precision. */
static void date(Json *j, const char *key, wg_date d, int p) {
  json_key(j, key);
  json_date(j, d);
  precision(j, key, d, p);
}

/* KEY_offset: "-3 months" (5.2). */
static void offset(Json *j, const char *key, const wg_when *w) {
  static const char *const units[] = {"", "day", "week", "month"};
  if (!w->offset_unit) return;
  char name[48], text[48];
  int n = w->offset < 0 ? -w->offset : w->offset;
  snprintf(name, sizeof name, "%s_offset", key);
  snprintf(text, sizeof text, "%c%d %s%s", w->offset < 0 ? '-' : '+', n, units[w->offset_unit],
           n == 1 ? "" : "s");
  json_key(j, name);
  json_str(j, text);
}

/* KEY and KEY_ref: the resolved date, and the event, meeting, item or
** milestone it came from (null when the date was written directly);
** then KEY_precision and KEY_offset where they apply. */
static void when(Json *j, const char *key, const char *key_ref, wg_when w) {
  json_key(j, key);
  json_date(j, w.date);
  json_key(j, key_ref);
  ref(j, w.ref);
  precision(j, key, w.date, w.precision);
  offset(j, key, &w);
}

static void strings(Json *j, const char *key, const char *const *v, int n) {
  json_key(j, key);
  json_array(j);
  for (int i = 0; i < n; i++) json_str(j, v[i]);
  json_end_array(j);
}

static void refs(Json *j, const char *key, const wg_ref *r, int n) {
  json_key(j, key);
  json_array(j);
  for (int i = 0; i < n; i++) ref(j, r[i]);
  json_end_array(j);
}

/* The items at indices idx[0..n), as their ids. */
static void item_ids(Json *j, const wg_charter *c, const int *idx, int n) {
  json_array(j);
  for (int i = 0; i < n; i++) json_str(j, c->items[idx[i]].id);
  json_end_array(j);
}

/* KEY: null or {start, end}, each end with its precision. */
static void term(Json *j, const char *key, wg_date start, wg_date end, int p1, int p2) {
  json_key(j, key);
  if (start == WG_NODATE) {
    json_null(j);
    return;
  }
  json_object(j);
  date(j, "start", start, p1);
  date(j, "end", end, p2);
  json_end_object(j);
}

/* KEY: [ids], only when there are some. */
static void some_refs(Json *j, const char *key, const wg_ref *r, int n) {
  if (n) refs(j, key, r, n);
}

/* The working group's version 2 keys. */
static void working_group_v2(Json *j, const wg_charter *c) {
  const wg_working_group *g = &c->wg;
  if (g->ndecides > 1) {
    json_key(j, "decides_by_order");
    json_array(j);
    for (int i = 0; i < g->ndecides; i++) word(j, wg_decides_by_words, g->decides[i]);
    json_end_array(j);
  }
  some_refs(j, "chaired_by", g->chairs, g->nchairs);
  some_refs(j, "liaises_with", g->liaisons, g->nliaisons);
  if (g->term_mandate < 0) return;
  term(j, "effective_term", g->effective_start, g->effective_end, g->effective_start_precision,
       g->effective_end_precision);
  json_key(j, "effective_term_mandate");
  json_str(j, c->mandates[g->term_mandate].id);
}

static void working_group(Json *j, const wg_charter *c) {
  const wg_working_group *g = &c->wg;
  json_key(j, "working_group");
  if (!c->has_wg) {
    json_null(j);
    return;
  }
  json_object(j);
  json_key(j, "id"), json_str(j, g->id);
  json_key(j, "title"), json_str(j, g->title);
  date(j, "established", g->established.date, g->established.precision);
  json_key(j, "established_by"), ref(j, g->established_by);
  json_key(j, "reports_to"), ref(j, g->reports_to);
  when(j, "report_due", "report_due_ref", g->report_due);
  term(j, "term", g->term_start, g->term_end, g->term_start_precision, g->term_end_precision);
  json_key(j, "decides_by"), word(j, wg_decides_by_words, g->decides_by);
  json_key(j, "character"), word(j, wg_character_words, g->character);
  date(j, "as_of", g->as_of, g->as_of_precision);
  working_group_v2(j, c);
  json_end_object(j);
}

static void mandates(Json *j, const wg_charter *c) {
  json_key(j, "mandates");
  json_array(j);
  for (int i = 0; i < c->nmandates; i++) {
    const wg_mandate *m = &c->mandates[i];
    json_object(j);
    json_key(j, "id"), json_str(j, m->id);
    json_key(j, "title"), json_str(j, m->title);
    date(j, "adopted", m->adopted.date, m->adopted.precision);
    json_key(j, "adopted_by"), ref(j, m->adopted_by);
    strings(j, "tasks", m->tasks, m->ntasks);
    strings(j, "constraints", m->constraints, m->nconstraints);
    if (m->term_start != WG_NODATE)
      term(j, "term", m->term_start, m->term_end, m->term_start_precision, m->term_end_precision);
    json_end_object(j);
  }
  json_end_array(j);
}

/* A member's or holder's `since` and `until`, where given. */
static void period(Json *j, wg_date since, wg_date until, int p1, int p2) {
  if (since != WG_NODATE) date(j, "since", since, p1);
  if (until != WG_NODATE) date(j, "until", until, p2);
}

/* `holders`, when the role says more than version 1's `held_by` can:
** several names, or a `holder` with dates. */
static void holders(Json *j, const wg_role *r) {
  if (r->nholders < 2 && !(r->nholders == 1 && !r->held_by)) return;
  json_key(j, "holders");
  json_array(j);
  for (int k = 0; k < r->nholders; k++) {
    const wg_holder *h = &r->holders[k];
    json_object(j);
    json_key(j, "name"), json_str(j, h->name);
    period(j, h->since, h->until, h->since_precision, h->until_precision);
    json_end_object(j);
  }
  json_end_array(j);
}

/* Bodies, roles and regions: the three simple kinds. */
static void simple(Json *j, const wg_charter *c) {
  json_key(j, "bodies");
  json_array(j);
  for (int i = 0; i < c->nbodies; i++) {
    json_object(j);
    json_key(j, "id"), json_str(j, c->bodies[i].id);
    json_key(j, "title"), json_str(j, c->bodies[i].title);
    json_key(j, "reports_to"), ref(j, c->bodies[i].reports_to);
    some_refs(j, "liaises_with", c->bodies[i].liaisons, c->bodies[i].nliaisons);
    json_end_object(j);
  }
  json_end_array(j);
  json_key(j, "roles");
  json_array(j);
  for (int i = 0; i < c->nroles; i++) {
    json_object(j);
    json_key(j, "id"), json_str(j, c->roles[i].id);
    json_key(j, "title"), json_str(j, c->roles[i].title);
    json_key(j, "held_by"), json_str(j, c->roles[i].held_by);
    holders(j, &c->roles[i]);
    json_end_object(j);
  }
  json_end_array(j);
  json_key(j, "regions");
  json_array(j);
  for (int i = 0; i < c->nregions; i++) {
    json_object(j);
    json_key(j, "id"), json_str(j, c->regions[i].id);
    json_key(j, "title"), json_str(j, c->regions[i].title);
    json_end_object(j);
  }
  json_end_array(j);
}

static void groups(Json *j, const wg_composition *comp, const int *idx, int n);

/* A group's version 2 keys: its categories, `non_voting`, `quota`. */
static void group_v2(Json *j, const wg_group *g) {
  if (__builtin_popcount(g->stakeholders) > 1) {
    json_key(j, "stakeholders");
    json_array(j);
    for (int k = 1; wg_stakeholder_words[k - 1]; k++)
      if (g->stakeholders & (1u << k)) json_str(j, wg_stakeholder_words[k - 1]);
    json_end_array(j);
  }
  if (g->non_voting) json_key(j, "non_voting"), json_bool(j, 1);
  if (!g->nquotas) return;
  json_key(j, "quota");
  json_array(j);
  for (int k = 0; k < g->nquotas; k++) {
    json_object(j);
    json_key(j, "region"), ref(j, g->quotas[k].region);
    json_key(j, "seats"), json_int(j, g->quotas[k].seats);
    json_end_object(j);
  }
  json_end_array(j);
}

/* One group and, recursively, its subgroups. Nesting is bounded by the
** parser's block depth (MAX_DEPTH), so the recursion is too. */
static void group(Json *j, const wg_composition *comp, const wg_group *g) {
  json_object(j);
  json_key(j, "id"), json_str(j, g->id);
  json_key(j, "title"), json_str(j, g->title);
  json_key(j, "seats"), count(j, g->seats);
  json_key(j, "stakeholder"), word(j, wg_stakeholder_words, g->stakeholder);
  json_key(j, "per_region"), count(j, g->per_region);
  json_key(j, "members");
  json_array(j);
  for (int i = g->member0; i < g->member0 + g->nmembers; i++) {
    const wg_member *m = &comp->members[i];
    json_object(j);
    json_key(j, "name"), json_str(j, m->name);
    json_key(j, "from"), ref(j, m->from);
    period(j, m->since, m->until, m->since_precision, m->until_precision);
    json_end_object(j);
  }
  json_end_array(j);
  groups(j, comp, g->sub, g->nsub);
  group_v2(j, g);
  json_end_object(j);
}

static void groups(Json *j, const wg_composition *comp, const int *idx, int n) {
  json_key(j, "groups");
  json_array(j);
  for (int i = 0; i < n; i++) group(j, comp, &comp->groups[idx[i]]);
  json_end_array(j);
}

static void composition(Json *j, const wg_charter *c) {
  const wg_composition *comp = &c->comp;
  json_key(j, "composition");
  if (!c->has_composition) {
    json_null(j);
    return;
  }
  json_object(j);
  json_key(j, "title"), json_str(j, comp->title);
  json_key(j, "open"), json_bool(j, comp->open);
  json_key(j, "seats"), count(j, comp->seats);
  groups(j, comp, comp->top, comp->ntop);
  if (comp->minimum >= 0) json_key(j, "minimum"), json_int(j, comp->minimum);
  json_end_object(j);
}

static void events(Json *j, const wg_charter *c) {
  json_key(j, "events");
  json_array(j);
  for (int i = 0; i < c->nevents; i++) {
    const wg_event *e = &c->events[i];
    json_object(j);
    json_key(j, "id"), json_str(j, e->id);
    json_key(j, "title"), json_str(j, e->title);
    date(j, "start", e->start, e->start_precision);
    date(j, "end", e->end, e->end_precision);
    json_key(j, "at"), json_str(j, e->at_place);
    json_end_object(j);
  }
  json_end_array(j);
}

static void meetings(Json *j, const wg_charter *c) {
  json_key(j, "meetings");
  json_array(j);
  for (int i = 0; i < c->nmeetings; i++) {
    const wg_meeting *m = &c->meetings[i];
    json_object(j);
    json_key(j, "id"), json_str(j, m->id);
    json_key(j, "title"), json_str(j, m->title);
    date(j, "start", m->start, m->start_precision);
    date(j, "end", m->end, m->end_precision);
    json_key(j, "at"), json_str(j, m->at_place);
    json_key(j, "online"), json_bool(j, m->online);
    json_key(j, "every"), word(j, wg_every_words, m->every);
    strings(j, "agenda", m->agenda, m->nagenda);
    json_end_object(j);
  }
  json_end_array(j);
}

static void topics(Json *j, const wg_charter *c) {
  json_key(j, "topics");
  json_array(j);
  for (int i = 0; i < c->ntopics; i++) {
    const wg_topic *t = &c->topics[i];
    json_object(j);
    json_key(j, "id"), json_str(j, t->id);
    json_key(j, "title"), json_str(j, t->title);
    refs(j, "owners", t->owners, t->nowners);
    json_key(j, "items"), item_ids(j, c, t->items, t->nitems);
    json_end_object(j);
  }
  json_end_array(j);
}

/* Dependencies as the ids of the items and milestones they name. */
static void depends_on(Json *j, const wg_charter *c, const wg_ref *deps, int n) {
  json_key(j, "depends_on");
  json_array(j);
  for (int k = 0; k < n; k++) {
    const wg_ref *r = &deps[k];
    int d = r->index;
    if (r->kind == WG_MILESTONE) json_str(j, d >= 0 && d < c->nmilestones ? c->milestones[d].id : r->name);
    else json_str(j, d >= 0 && d < c->nitems ? c->items[d].id : r->name);
  }
  json_end_array(j);
}

/* `done`, and `days_late` when the deadline is known too (may be < 0). */
static void done(Json *j, wg_date done, int prec, const wg_when *due) {
  if (done == WG_NODATE) return;
  date(j, "done", done, prec);
  if (due->date == WG_NODATE) return;
  json_key(j, "days_late"), json_int(j, (int64_t)done - due->date);
}

static void milestone(Json *j, const wg_charter *c, const wg_milestone *m) {
  json_object(j);
  json_key(j, "id"), json_str(j, m->id);
  json_key(j, "title"), json_str(j, m->title);
  refs(j, "owners", m->owners, m->nowners); /* the item's, when it names none */
  when(j, "due", "due_ref", m->due);
  when(j, "after", "after_ref", m->after);
  depends_on(j, c, m->deps, m->ndeps);
  json_key(j, "status"), word(j, wg_status_words, m->status);
  done(j, m->done, m->done_precision, &m->due);
  json_end_object(j);
}

/* An item's version 2 keys. */
static void item_v2(Json *j, const wg_charter *c, const wg_item *it) {
  if (it->standing) json_key(j, "standing"), json_bool(j, 1);
  if (it->optional) json_key(j, "optional"), json_bool(j, 1);
  done(j, it->done, it->done_precision, &it->due);
  if (!it->nmilestones) return;
  json_key(j, "milestones");
  json_array(j);
  for (int k = 0; k < it->nmilestones; k++) milestone(j, c, &c->milestones[it->milestone0 + k]);
  json_end_array(j);
}

static void item(Json *j, const wg_charter *c, const wg_item *it) {
  json_object(j);
  json_key(j, "id"), json_str(j, it->id);
  json_key(j, "kind"), json_str(j, wg_kind_names[it->kind]);
  json_key(j, "title"), json_str(j, it->title);
  json_key(j, "topic"), json_str(j, it->topic >= 0 ? c->topics[it->topic].id : NULL);
  refs(j, "owners", it->owners, it->nowners); /* inherited from the topic by sema_build */
  when(j, "due", "due_ref", it->due);
  when(j, "after", "after_ref", it->after);
  depends_on(j, c, it->deps, it->ndeps);
  json_key(j, "status"), word(j, wg_status_words, it->status);
  json_key(j, "cost"), word(j, wg_cost_words, it->cost);
  item_v2(j, c, it);
  json_end_object(j);
}

static void items(Json *j, const wg_charter *c) {
  json_key(j, "items");
  json_array(j);
  for (int i = 0; i < c->nitems; i++) item(j, c, &c->items[i]);
  json_end_array(j);
}

/* `order` and `critical_path`, as the library derives them. */
static void schedule(Json *j, const wg_charter *c) {
  int n;
  json_key(j, "order"), item_ids(j, c, wg_charter_order(c), c->nitems);
  const int *path = wg_charter_critical_path(c, &n);
  json_key(j, "critical_path"), item_ids(j, c, path, n);
}

void emit_json(FILE *f, const wg_charter *c) {
  Json j;
  json_init(&j, f);
  json_object(&j);
  json_key(&j, "format"), json_int(&j, 1);
  json_key(&j, "source"), json_str(&j, c->source);
  working_group(&j, c);
  mandates(&j, c);
  simple(&j, c);
  composition(&j, c);
  events(&j, c);
  meetings(&j, c);
  topics(&j, c);
  items(&j, c);
  schedule(&j, c);
  json_end_object(&j);
}
