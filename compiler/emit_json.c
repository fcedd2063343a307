/*
** `wgc json`: the compiled charter, format 1 (CLI.md, "Compiled
** charter"). One function per part, each writing its keys in the order
** CLI.md shows, arrays in source order.
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

/* KEY and KEY_ref: the resolved date, and the event, meeting or item it
** came from (null when the date was written directly). */
static void when(Json *j, const char *key, const char *key_ref, wg_when w) {
  json_key(j, key);
  json_date(j, w.date);
  json_key(j, key_ref);
  ref(j, w.ref);
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
  json_key(j, "established"), json_date(j, g->established.date);
  json_key(j, "established_by"), ref(j, g->established_by);
  json_key(j, "reports_to"), ref(j, g->reports_to);
  when(j, "report_due", "report_due_ref", g->report_due);
  json_key(j, "term");
  if (g->term_start == WG_NODATE) json_null(j);
  else {
    json_object(j);
    json_key(j, "start"), json_date(j, g->term_start);
    json_key(j, "end"), json_date(j, g->term_end);
    json_end_object(j);
  }
  json_key(j, "decides_by"), word(j, wg_decides_by_words, g->decides_by);
  json_key(j, "character"), word(j, wg_character_words, g->character);
  json_key(j, "as_of"), json_date(j, g->as_of);
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
    json_key(j, "adopted"), json_date(j, m->adopted.date);
    json_key(j, "adopted_by"), ref(j, m->adopted_by);
    strings(j, "tasks", m->tasks, m->ntasks);
    strings(j, "constraints", m->constraints, m->nconstraints);
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
    json_object(j);
    json_key(j, "name"), json_str(j, comp->members[i].name);
    json_key(j, "from"), ref(j, comp->members[i].from);
    json_end_object(j);
  }
  json_end_array(j);
  groups(j, comp, g->sub, g->nsub);
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
    json_key(j, "start"), json_date(j, e->start);
    json_key(j, "end"), json_date(j, e->end);
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
    json_key(j, "start"), json_date(j, m->start);
    json_key(j, "end"), json_date(j, m->end);
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

/* An item's dependencies as the ids of the items they name. */
static void depends_on(Json *j, const wg_charter *c, const wg_item *it) {
  json_key(j, "depends_on");
  json_array(j);
  for (int k = 0; k < it->ndeps; k++) {
    int d = it->deps[k].index;
    json_str(j, d >= 0 && d < c->nitems ? c->items[d].id : it->deps[k].name);
  }
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
  depends_on(j, c, it);
  json_key(j, "status"), word(j, wg_status_words, it->status);
  json_key(j, "cost"), word(j, wg_cost_words, it->cost);
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
