/*
** The checker's entry and its first pass: every declaration is checked
** for where it stands and how it is named (WG201-WG203, WG208-WG210),
** and entered into the name table, before any reference is resolved.
*/
#include "sema.h"
#include "suggest.h"

#include "../runtime/alloc.h"
#include "../runtime/pages.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* At most this many "did you mean" searches per file. */
enum { MAX_SUGGESTIONS = 200 };

/* The closest declared name of one of kinds to word, or NULL; *several
** when another is as close. */
static const char *suggest_name(const Sema *s, const char *word, unsigned kinds, int *several) {
  const char *best = NULL;
  int bestd = suggest_limit(word) + 1;
  *several = 0;
  for (uint32_t i = 0; i < s->cap; i++) {
    const Name *n = &s->names[i];
    if (!n->name || !(kinds & (1u << n->kind))) continue;
    int d = suggest_distance(word, n->name, bestd);
    if (d < bestd) *several = 0;
    else if (d == bestd && best) *several = 1;
    /* Ties go to the smallest name, so the hash order cannot decide. */
    if (d < bestd || (d == bestd && best && strcmp(n->name, best) < 0)) {
      best = n->name;
      bestd = d;
    }
  }
  return best;
}

void sema_want_suggestion(Sema *s, Diag *d, const char *word, unsigned kinds) {
  Suggestion *q = wg_alloc(s->c->arena, sizeof *q);
  *q = (Suggestion){d, word, kinds, NULL};
  *s->wanted_tail = q;
  s->wanted_tail = &q->next;
}

void sema_suggest_all(Sema *s) {
  for (Suggestion *q = s->wanted; q && s->suggestions > 0; q = q->next, s->suggestions--) {
    int several;
    const char *hint = suggest_name(s, q->word, q->kinds, &several);
    if (!hint) continue;
    diag_fix_replace(s->c, q->diag, !several, q->diag->at, hint);
    const char *fmt = "%s; did you mean `%.60s`?";
    int n = snprintf(NULL, 0, fmt, q->diag->msg, hint);
    char *msg = wg_alloc(s->c->arena, (size_t)n + 1);
    snprintf(msg, (size_t)n + 1, fmt, q->diag->msg, hint);
    q->diag->msg = msg;
  }
  s->wanted = NULL;
  s->wanted_tail = &s->wanted;
}

/* --- Messages ---------------------------------------------------------------- */

const char *sema_day(Sema *s, wg_date t) {
  char *buf = wg_alloc(s->c->arena, 11);
  wg_date_format(t, buf);
  return buf;
}

const char *sema_date(Sema *s, wg_date t, int precision) {
  char *buf = wg_alloc(s->c->arena, 11);
  wg_date_format_precision(t, precision, buf);
  return buf;
}

const char *sema_when(Sema *s, const wg_when *w) {
  const char *day = sema_date(s, w->date, w->precision);
  if (!w->ref.name) return day;
  size_t n = strlen(w->ref.name) + 64;
  char *buf = wg_alloc(s->c->arena, n);
  if (w->offset_unit) {
    static const char *const units[] = {"", "day", "week", "month"};
    int k = w->offset < 0 ? -w->offset : w->offset;
    snprintf(buf, n, "%s (%d %s%s %s `%s`)", day, k, units[w->offset_unit], k == 1 ? "" : "s",
             w->offset < 0 ? "before" : "after", w->ref.name);
  } else {
    snprintf(buf, n, "%s (`%s`)", day, w->ref.name);
  }
  return buf;
}

const char *sema_cycle_text(Sema *s, const char *const *names, int n) {
  size_t len = 1;
  for (int k = 0; k <= n; k++) len += strlen(names[k % n]) + 4;
  char *buf = wg_alloc(s->c->arena, len), *o = buf;
  for (int k = 0; k <= n; k++) {
    size_t m = strlen(names[k % n]);
    if (k) memcpy(o, " -> ", 4), o += 4;
    memcpy(o, names[k % n], m), o += m;
  }
  return buf;
}


int sema_slot(int kind) { return kind == WG_RECOMMENDATION ? WG_DELIVERABLE : kind; }

const Decl *sema_decl(const Sema *s, const Name *n) { return s->decls[sema_slot(n->kind)][n->index]; }

/* --- The name table ------------------------------------------------------ */

static uint32_t hash(const char *s) { return tree_hash(TREE_HASH_SEED, s, strlen(s)); }

static Name *find_slot(Name *slots, uint32_t cap, const char *name, uint32_t h) {
  for (uint32_t i = h & (cap - 1);; i = (i + 1) & (cap - 1))
    if (!slots[i].name || (slots[i].hash == h && strcmp(slots[i].name, name) == 0))
      return &slots[i];
}

const Name *sema_find(const Sema *s, const char *name, uint32_t h) {
  if (!s->cap) return NULL;
  Name *n = find_slot(s->names, s->cap, name, h);
  return n->name ? n : NULL;
}

const Name *sema_lookup(const Sema *s, const char *name) { return sema_find(s, name, hash(name)); }

/* Out of line: inlined into a loop, GCC 12 may drop the prefetch. */
void sema_prefetch(const Sema *s, uint32_t h, int name) {
  const Name *n = &s->names[h & (s->cap - 1)];
  if (!name) __builtin_prefetch(n);
  else if (n->name && n->hash == h) __builtin_prefetch(n->name);
}

/* Enters d under its id; reports a duplicate (WG203). */
static void define(Sema *s, const Decl *d) {
  const DeclFacts *f = sema_d(s, d);
  Name *n = find_slot(s->names, s->cap, f->id, f->hash);
  if (n->name) {
    Diag *g = diag_report(s->c, RULE_DUPLICATE_DEFINITION, d->name->at,
                          "`%s` is already declared, as %s", f->id, schema_kind_phrase(n->kind));
    diag_note(s->c, g, sema_decl(s, n)->name->at, "`%s` is first declared here", f->id);
    return;
  }
  *n = (Name){f->id, f->hash, (uint32_t)d->kind, (uint32_t)f->index};
}

/* Enters every named declaration, in source order so that the first of
** a name is the one kept. The table is sized once, at most half full,
** and each slot is fetched a few names ahead: at a hundred thousand
** names, waiting for memory is most of what a table costs. */
static void define_all(Sema *s) {
  enum { AHEAD = 8 };
  uint32_t cap = 256;
  while (cap < 2 * (uint32_t)s->nnamed) cap *= 2;
  assert((cap & (cap - 1)) == 0 && 2 * (uint32_t)s->nnamed <= cap); /* probes mask with cap - 1 */
  s->names = wg_pages_alloc(cap * sizeof *s->names);
  s->cap = cap;
  for (int i = 0; i < s->nnamed; i++) {
    if (i + AHEAD < s->nnamed) sema_prefetch(s, sema_d(s, s->named[i + AHEAD])->hash, 0);
    define(s, s->named[i]);
  }
}

/* --- Declarations ----------------------------------------------------------- */

/* Appends d to the array v of *n declarations, with room for *cap. */
static void push(const Decl ***v, int *n, int *cap, const Decl *d) {
  if (*n == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    *v = wg_xrealloc(*v, (size_t)*cap * sizeof **v);
  }
  (*v)[(*n)++] = d;
}

/* Gives each array the room the parser's counts call for, so that
** push() need not grow them: at scale, copying them was a cost. */
static void reserve(Sema *s) {
  int total = 0;
  for (int k = 0; k < WG_NKINDS; k++) {
    int slot = sema_slot(k);
    s->capdecls[slot] += s->c->ndecls[k];
    total += s->c->ndecls[k];
  }
  for (int k = 0; k < WG_NKINDS; k++)
    if (s->capdecls[k]) s->decls[k] = wg_xmalloc((size_t)s->capdecls[k] * sizeof **s->decls);
  s->capnamed = total;
  if (total) s->named = wg_xmalloc((size_t)total * sizeof *s->named);
}

static void add_decl(Sema *s, const Decl *d) {
  int k = sema_slot(d->kind);
  assert(s->ndecls[k] < s->capdecls[k]); /* reserve() made the room */
  sema_d(s, d)->index = s->ndecls[k];
  push(&s->decls[k], &s->ndecls[k], &s->capdecls[k], d);
}

/* WG209: d must stand where its kind may. */
static int check_place(Sema *s, const Decl *d) {
  const KindSpec *k = &schema_kinds[d->kind];
  int parent = d->parent->kind;
  unsigned bit = parent < 0 ? IN_TOP : 1u << parent;
  if (k->parents & bit) return 1;
  const char *where = k->parents == IN_TOP ? "at the top level of the file"
                      : d->kind == WG_GROUP ? "inside the `composition` or another `group`"
                      : d->kind == WG_MEMBER ? "inside a `group`"
                      : d->kind == WG_MILESTONE ? "inside a `deliverable` or `recommendation`"
                      : d->kind == WG_HOLDER ? "inside a `role`"
                                             : "at the top level or inside a `topic`";
  if (parent < 0)
    diag_report(s->c, RULE_MISPLACED_DECLARATION, d->kw_at,
                "%s cannot stand at the top level: it belongs %s", schema_kind_phrase(d->kind),
                where);
  else
    diag_report(s->c, RULE_MISPLACED_DECLARATION, d->kw_at,
                "%s cannot stand inside %s: it belongs %s", schema_kind_phrase(d->kind),
                schema_kind_phrase(parent), where);
  return 0;
}

/* WG208-WG210: the name and title d's kind asks for. */
static void check_naming(Sema *s, const Decl *d) {
  const KindSpec *k = &schema_kinds[d->kind];
  const char *kw = wg_kind_names[d->kind];
  DeclFacts *f = sema_d(s, d);
  if (k->name == NAME_NONE && d->name) {
    diag_report(s->c, RULE_INVALID_VALUE, d->name->at, "`%s` takes no name: write `%s \"title\"`",
                kw, kw);
    f->no_name = 1;
    f->id = NULL;
  } else if (k->name == NAME_REQUIRED && !d->name) {
    diag_report(s->c, RULE_MISSING_PROPERTY, d->kw_at,
                "this `%s` needs a name, as in `%s my_name \"title\"`", kw, kw);
  } else if (d->name && d->int_name && !k->int_name) {
    diag_report(s->c, RULE_INVALID_VALUE, d->name->at, "`%s` is named by a word, not a number", kw);
    f->no_name = 1;
    f->id = NULL;
  }
  if (k->title_required && !d->title && d->kind == WG_MEMBER)
    diag_report(s->c, RULE_MISSING_PROPERTY, d->kw_at, "%s",
                "this `member` needs the member's name in quotes");
  else if (k->title_required && !d->title && d->kind == WG_HOLDER)
    diag_report(s->c, RULE_MISSING_PROPERTY, d->kw_at, "%s",
                "this `holder` needs the person's name in quotes");
  else if (k->title_required && !d->title)
    diag_report(s->c, RULE_MISSING_PROPERTY, d->kw_at, "this `%s` needs a title in quotes", kw);
}

/* WG209 for a recommendation numbered outside a topic; else whether d
** has an id, qualified by its topic's for a recommendation and by its
** item's for a milestone (which has none if its item has none). */
static int set_id(Sema *s, const Decl *d) {
  DeclFacts *f = sema_d(s, d);
  const char *topic = d->parent->kind == WG_TOPIC || d->kind == WG_MILESTONE
                          ? sema_d(s, d->parent)->id : NULL;
  if (!f->id) return 0;
  if (d->kind == WG_MILESTONE && !topic) {
    f->id = NULL; /* its item's name is missing (WG210) */
    return 0;
  }
  if (d->kind != WG_RECOMMENDATION && d->kind != WG_MILESTONE) return 1;
  if (topic) {
    size_t n = strlen(topic), m = strlen(f->id);
    char *id = wg_alloc(s->c->arena, n + m + 2);
    memcpy(id, topic, n);
    id[n] = '.';
    memcpy(id + n + 1, f->id, m + 1);
    f->id = id;
    f->hash = hash(id);
  } else if (d->int_name) {
    diag_report(s->c, RULE_MISPLACED_DECLARATION, d->name->at,
                "a recommendation numbered `%s` must stand inside a `topic` (it is then "
                "referred to as TOPIC.%s)", f->id, f->id);
    f->id = NULL;
    return 0;
  }
  return 1;
}

/* WG202: one working group, at most one composition. */
static int check_single(Sema *s, const Decl *d, const Decl **first) {
  if (!*first) {
    *first = d;
    return 1;
  }
  Diag *g = diag_report(s->c, RULE_DUPLICATE_WORKING_GROUP, d->kw_at,
                        "a charter has only one `%s`; this is a second one", wg_kind_names[d->kind]);
  diag_note(s->c, g, (*first)->kw_at, "the first `%s` is here", wg_kind_names[d->kind]);
  return 0;
}

static void count_members(Sema *s, const Decl *d) {
  if (d->kind == WG_MEMBER) s->nmembers++;
  if (d->kind != WG_GROUP) return;
  for (Prop *p = d->props; p; p = p->next)
    if (p->key == KEY_MEMBERS) s->nmembers += p->nvals;
}

/* Enters parent's children and theirs, in source order. A recommendation
** reads its name's text to qualify it (set_id): the text is fetched a
** few siblings ahead, as each would otherwise wait on memory. */
static void declare(Sema *s, const Decl *parent) {
  enum { AHEAD = 4 };
  Decl *ahead = parent->children;
  for (int k = 0; k < AHEAD && ahead; k++) ahead = ahead->next;
  for (Decl *d = parent->children; d; d = d->next) {
    if (ahead) {
      if (ahead->kind == WG_RECOMMENDATION && ahead->id) __builtin_prefetch(ahead->id);
      ahead = ahead->next;
    }
    DeclFacts *f = sema_d(s, d);
    f->id = d->id;
    f->hash = d->id_hash;
    if (d->kind == DECL_BROKEN) sema_note_broken(s, parent, d);
    if (d->kind < 0 || !check_place(s, d)) {
      f->bad = 1;
      continue;
    }
    check_naming(s, d);
    if ((d->kind == WG_WORKING_GROUP && !check_single(s, d, &s->wg)) ||
        (d->kind == WG_COMPOSITION && !check_single(s, d, &s->comp))) {
      f->bad = 1;
      continue;
    }
    add_decl(s, d);
    count_members(s, d);
    if (set_id(s, d)) push(&s->named, &s->nnamed, &s->capnamed, d);
    declare(s, d);
  }
}

/* The rule families, in this order. */
static void run_rules(Sema *s) {
  sema_composition(s);
  sema_owners(s);
  sema_schedule(s);
  sema_status(s);
  sema_hygiene(s);
}

/* The places names are used, in source order: a name at a position is
** then found by binary search (sema_ref_at). Only queries need it, so
** checking alone does not pay for it (11% of its instructions). */
static int by_offset(const void *a, const void *b) {
  const SemaRef *x = a, *y = b;
  return x->at.off < y->at.off ? -1 : x->at.off > y->at.off;
}

void sema_check(Ctx *c) {
  Sema *s = c->sema = wg_alloc(c->arena, sizeof *s);
  *s = (Sema){.c = c, .suggestions = MAX_SUGGESTIONS};
  s->dfacts = wg_alloc(c->arena, (c->ndecl_nodes + 1) * sizeof *s->dfacts);
  s->vfacts = wg_alloc(c->arena, (c->nvals + 1) * sizeof *s->vfacts);
  s->pbad = wg_alloc(c->arena, c->nprops + 1);
  for (uint32_t i = 0; i < c->nvals; i++) s->vfacts[i] = (ValueFacts){-1, -1, 0, 0};
  s->wanted_tail = &s->wanted;
  reserve(s);
  declare(s, c->root);
  define_all(s);
  if (!s->wg && !sema_maybe_kind(s, c->root, WG_WORKING_GROUP))
    diag_report(c, RULE_MISSING_WORKING_GROUP, (wg_span){c->src->bom, 0}, "%s",
                "this file has no `working_group`: every charter declares one, as in "
                "`working_group WGEC \"Working Group on Enhanced Cooperation\"`");
  sema_build(s);
  run_rules(s);
  sema_allow(s);
}

void sema_sort_refs(Sema *s) {
  if (s->nrefs > 1) qsort(s->refs, (size_t)s->nrefs, sizeof *s->refs, by_offset);
}

void sema_free(Sema *s) {
  if (!s) return;
  if (s->names) wg_pages_free(s->names, s->cap * sizeof *s->names);
  for (int k = 0; k < WG_NKINDS; k++) free(s->decls[k]);
  free(s->named);
  free(s->refs);
}

void sema_add_ref(Sema *s, wg_span at, int kind, int index) {
  if (s->nrefs == s->caprefs) {
    s->caprefs = s->caprefs ? 2 * s->caprefs : 64;
    s->refs = wg_xrealloc(s->refs, (size_t)s->caprefs * sizeof *s->refs);
  }
  s->refs[s->nrefs++] = (SemaRef){at, kind, index};
}

const SemaRef *sema_ref_at(const Sema *s, uint32_t off) {
  int lo = 0, hi = s->nrefs - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    const SemaRef *r = &s->refs[mid];
    if (off < r->at.off) hi = mid - 1;
    else if (off > r->at.off + r->at.len) lo = mid + 1;
    else return r;
  }
  return NULL;
}
