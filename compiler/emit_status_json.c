/*
** `wgc status --format json`: the status report for programs, one JSON
** object with the sections of the text report in the same order. Its
** JSON Schema is docs/schema/status.schema.json; docs/publish.md says
** what each key means. Keys are always there (null or [] when there is
** nothing to say), as in the compiled charter.
*/
#include "emit.h"
#include "json.h"
#include "status.h"

/* The status words as keys of `counts`, in the order of wg_status_words,
** then "none" for no status. */
static const char *const count_keys[WG_NSTATUSES] = {"none",      "not_started", "ongoing",
                                                     "completed", "uncertain",   "dropped"};

static void owners(Json *j, const wg_item *it) {
  json_key(j, "owners");
  json_array(j);
  for (int k = 0; k < it->nowners; k++) json_str(j, it->owners[k].name);
  json_end_array(j);
}

static void item_head(Json *j, const wg_item *it) {
  json_key(j, "id"), json_str(j, it->id);
  json_key(j, "title"), json_str(j, it->title);
  owners(j, it);
  json_key(j, "due"), json_date(j, it->due.date);
  json_key(j, "status"), json_str(j, wg_word(wg_status_words, it->status));
}

static void group_and_term(Json *j, const Status *s) {
  static const char *const from[] = {"option", "file", "today"};
  const wg_charter *c = s->c;
  json_key(j, "as_of"), json_date(j, s->day);
  json_key(j, "as_of_from"), json_str(j, from[s->day_from]);
  json_key(j, "working_group");
  if (!c->has_wg) {
    json_null(j);
    return;
  }
  json_object(j);
  json_key(j, "id"), json_str(j, c->wg.id);
  json_key(j, "title"), json_str(j, c->wg.title);
  json_key(j, "term");
  if (!s->has_term) json_null(j);
  else {
    json_object(j);
    json_key(j, "start"), json_date(j, s->term_start);
    json_key(j, "end"), json_date(j, s->term_end);
    json_end_object(j);
  }
  json_key(j, "reports_to"), json_str(j, c->wg.reports_to.name);
  json_key(j, "report_due"), json_date(j, c->wg.report_due.date);
  json_key(j, "days_to_report");
  if (c->wg.report_due.date == WG_NODATE) json_null(j);
  else json_int(j, (long long)c->wg.report_due.date - s->day);
  json_end_object(j);
}

static void progress_row(Json *j, const wg_charter *c, int t) {
  int counts[WG_NSTATUSES], total = 0;
  wg_status_counts(c, t, counts);
  json_object(j);
  json_key(j, "topic"), json_str(j, t >= 0 ? c->topics[t].id : NULL);
  json_key(j, "title"), json_str(j, t >= 0 ? c->topics[t].title : NULL);
  json_key(j, "counts");
  json_object(j);
  for (int k = 0; k < WG_NSTATUSES; k++) {
    json_key(j, count_keys[k]), json_int(j, counts[k]);
    total += counts[k];
  }
  json_end_object(j);
  json_key(j, "total"), json_int(j, total);
  json_end_object(j);
}

/* `progress`: the items outside any topic (when there are), each topic,
** then `all` for every item. */
static void progress(Json *j, const wg_charter *c) {
  int any = 0;
  for (int i = 0; i < c->nitems && !any; i++) any = c->items[i].topic < 0;
  json_key(j, "progress");
  json_array(j);
  if (any) progress_row(j, c, WG_NO_TOPIC);
  for (int t = 0; t < c->ntopics; t++) progress_row(j, c, t);
  json_end_array(j);
  json_key(j, "all");
  progress_row(j, c, WG_ALL_ITEMS);
}

static void overdue(Json *j, const Status *s) {
  json_key(j, "overdue");
  json_array(j);
  for (int k = 0; k < s->noverdue; k++) {
    json_object(j);
    item_head(j, &s->c->items[s->overdue[k]]);
    json_key(j, "days_late"), json_int(j, wg_days_late(s->c, s->overdue[k], s->day));
    json_end_object(j);
  }
  json_end_array(j);
}

static void due_soon(Json *j, const Status *s) {
  json_key(j, "due_soon");
  json_object(j);
  json_key(j, "days"), json_int(j, WG_DUE_SOON_DAYS);
  json_key(j, "items");
  json_array(j);
  for (int k = 0; k < s->nsoon; k++) {
    const wg_item *it = &s->c->items[s->soon[k]];
    json_object(j);
    item_head(j, it);
    json_key(j, "days_left"), json_int(j, (long long)it->due.date - s->day);
    json_end_object(j);
  }
  json_end_array(j);
  json_end_object(j);
}

static void meetings(Json *j, const Status *s) {
  json_key(j, "next_meetings");
  json_array(j);
  for (int k = 0; k < s->nmeetings; k++) {
    const wg_occurrence *o = &s->meetings[k];
    const wg_meeting *m = &s->c->meetings[o->meeting];
    json_object(j);
    json_key(j, "id"), json_str(j, m->id);
    json_key(j, "title"), json_str(j, m->title);
    json_key(j, "start"), json_date(j, o->start);
    json_key(j, "end"), json_date(j, o->end);
    json_key(j, "at"), json_str(j, m->at_place);
    json_key(j, "online"), json_bool(j, m->online);
    json_key(j, "every"), json_str(j, wg_word(wg_every_words, m->every));
    json_key(j, "days_until"), json_int(j, (long long)o->start - s->day);
    json_end_object(j);
  }
  json_end_array(j);
}

static void critical_path(Json *j, const Status *s) {
  json_key(j, "critical_path");
  json_array(j);
  for (int k = 0; k < s->npath; k++) {
    const wg_item *it = &s->c->items[s->path[k]];
    int sl = s->slack[s->path[k]];
    json_object(j);
    json_key(j, "id"), json_str(j, it->id);
    json_key(j, "title"), json_str(j, it->title);
    json_key(j, "due"), json_date(j, it->due.date);
    json_key(j, "status"), json_str(j, wg_word(wg_status_words, it->status));
    json_key(j, "slack_days");
    if (sl == WG_NOSLACK) json_null(j);
    else json_int(j, sl);
    json_end_object(j);
  }
  json_end_array(j);
}

static void count(Json *j, const char *key, long long n) {
  json_key(j, key);
  if (n < 0) json_null(j);
  else json_int(j, n);
}

static void seat_numbers(Json *j, const wg_seats *st) {
  count(j, "seats", st->seats);
  count(j, "named", st->named);
  count(j, "vacant", st->vacant);
}

/* A group and its subgroups. Nesting is bounded by the parser's block
** depth (MAX_DEPTH), so the recursion is too. */
static void group(Json *j, const Status *s, int g) {
  const wg_group *gr = &s->c->comp.groups[g];
  json_object(j);
  json_key(j, "id"), json_str(j, gr->id);
  json_key(j, "title"), json_str(j, gr->title);
  seat_numbers(j, &s->seats[g]);
  json_key(j, "groups");
  json_array(j);
  for (int k = 0; k < gr->nsub; k++) group(j, s, gr->sub[k]);
  json_end_array(j);
  json_end_object(j);
}

static void seats(Json *j, const Status *s) {
  const wg_composition *comp = &s->c->comp;
  json_key(j, "seats");
  if (!s->c->has_composition) {
    json_null(j);
    return;
  }
  json_object(j);
  json_key(j, "open"), json_bool(j, comp->open);
  seat_numbers(j, &s->total);
  json_key(j, "groups");
  json_array(j);
  for (int k = 0; k < comp->ntop; k++) group(j, s, comp->top[k]);
  json_end_array(j);
  json_end_object(j);
}

void emit_status_json(FILE *f, const Status *s) {
  Json j;
  json_init(&j, f);
  json_object(&j);
  json_key(&j, "format"), json_int(&j, 1);
  json_key(&j, "source"), json_str(&j, s->c->source);
  group_and_term(&j, s);
  progress(&j, s->c);
  overdue(&j, s);
  due_soon(&j, s);
  meetings(&j, s);
  critical_path(&j, s);
  seats(&j, s);
  json_end_object(&j);
}
