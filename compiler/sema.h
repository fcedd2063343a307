/*
** The checker's internals, shared by its files: sema.c (declarations and
** names), sema_props.c (properties and values against the schema),
** sema_build.c (the model), and one file per family of rules:
** sema_composition.c (WG3xx), sema_owners.c (WG4xx), sema_schedule.c
** (WG5xx), sema_status.c (WG6xx), sema_hygiene.c (WG7xx) and
** sema_allow.c (`allow`, WG704).
*/
#ifndef WGC_SEMA_H
#define WGC_SEMA_H

#include "../runtime/graph.h"
#include "compile.h"
#include "schema.h"
#include "tree.h"

/* A declared name. Items (deliverables and recommendations) share one
** index space, the charter's items array; groups index comp.groups. */
typedef struct Name {
  const char *name;
  uint32_t hash;       /* of name: most probes are settled without a strcmp */
  uint32_t kind : 8;   /* a wg_kind */
  uint32_t index : 24; /* in the model; sema_decl gives the declaration. 16
                          bytes a slot: the table is a cache miss per lookup,
                          and memory the kernel must clear (MAX_FILE bytes
                          hold fewer than 2^24 declarations) */
} Name;

/* A "did you mean" wanted for an unresolved name (WG204). The searches
** cost O(names), so they wait until all are known and the first
** MAX_SUGGESTIONS, in declaration order, are made (sema_suggest_all). */
typedef struct Suggestion {
  Diag *diag; /* whose message the hint completes */
  const char *word;
  unsigned kinds; /* what the name should have been: bits of 1 << wg_kind */
  struct Suggestion *next;
} Suggestion;

/* A name used in a reference: the bytes that name the declaration (the
** last part of a path, "1" in "A.1"; its first part "A" is a reference
** to the topic), and what it names. */
typedef struct SemaRef {
  wg_span at;
  int kind, index; /* the model's: items share one index space */
} SemaRef;

/* What the checker finds about a declaration (the tree is read-only). */
typedef struct DeclFacts {
  const char *id; /* its name as others refer to it ("A.1"), or NULL:
                     unnamed, or its name was rejected */
  /* What d may hold that the checker cannot see (sema_unsure.c): keys a
  ** statement that did not parse, or a misspelt key, may have given,
  ** and kinds it may have declared inside d. */
  uint64_t maybe_keys;
  uint32_t maybe_kinds;
  uint32_t hash;  /* tree_hash of id */
  int index;      /* its place in the model's array for its kind */
  uint8_t bad;    /* misplaced, or a second working group: neither it nor
                     what it holds is checked further */
  uint8_t no_name; /* it has a name, rejected (WG208): its keyword stands
                      for it in messages */
} DeclFacts;

/* And about a value. */
typedef struct ValueFacts {
  int32_t index; /* a resolved reference: its index in the model */
  int8_t kind;   /* and its wg_kind, or -1 */
  uint8_t word;  /* WORD: 1 + its place in the property's set */
  uint8_t bad;   /* invalid or unresolved, and reported */
} ValueFacts;

typedef struct Sema {
  Ctx *c;
  DeclFacts *dfacts;   /* by Decl.n */
  ValueFacts *vfacts;  /* by Value.n */
  uint8_t *pbad;       /* by Prop.n: not allowed here, or given twice */
  wg_charter *ch;
  Name *names; /* open-addressing hash table */
  uint32_t cap;
  const Decl **named; /* the declarations with an id, in source order */
  int nnamed, capnamed;
  const Decl **decls[WG_NKINDS]; /* by kind (items under WG_DELIVERABLE), model order */
  int ndecls[WG_NKINDS], capdecls[WG_NKINDS];
  int nmembers;            /* member declarations and `members` strings */
  const Decl *wg, *comp;         /* the first working_group and composition */
  int suggestions;         /* "did you mean" searches left */
  Suggestion *wanted, **wanted_tail; /* searches asked for, in report order */
  wg_date *due;            /* each item's due date and status, copied as it */
  unsigned char *status;   /* is built: the rules that follow dependencies read
                              these instead of missing the cache on each item */
  int unresolved;          /* references reported unresolved (WG204) */
  int allows;              /* valid `allow` properties: without any, sema_allow
                              need not walk the tree */
  SemaRef *refs;           /* every resolved name, in source order, once
                              sema_collect_refs has gathered them */
  const char **maybe;      /* names that statements which did not parse
                              mention: a hash set of maybe_cap slots */
  uint32_t maybe_cap, nmaybe;
  int nrefs, caprefs, refs_collected;
  const Prop **quota_first; /* by region: its first `quota` in the group of */
  uint32_t *quota_stamp;    /* 1 + this Decl.n (sema_props.c) */
} Sema;

static inline DeclFacts *sema_d(const Sema *s, const Decl *d) { return &s->dfacts[d->n]; }
static inline ValueFacts *sema_v(const Sema *s, const Value *v) { return &s->vfacts[v->n]; }
static inline int sema_pbad(const Sema *s, const Prop *p) { return s->pbad[p->n]; }

/* d's name, unless the checker rejected it. */
static inline const Value *sema_name(const Sema *s, const Decl *d) {
  return s->dfacts[d->n].no_name ? NULL : d->name;
}

/* Where d is named, or its keyword if it is not. */
static inline wg_span sema_name_at(const Sema *s, const Decl *d) {
  const Value *n = sema_name(s, d);
  return n ? n->at : d->kw_at;
}

/* --- What statements that did not parse may have said (sema_unsure.c) --
** One mechanism keeps every rule quiet where a broken statement could
** have changed its answer: the checker records what each broken
** statement (and each unknown key) may have given, and a rule that
** reports something missing, or sums over what a declaration holds,
** asks first. */

/* Records broken statement b, which stands in d. */
void sema_note_broken(Sema *s, const Decl *d, const Decl *b);

/* Records that d has a key the checker could not place (WG206): meant
** as `hint` (a Key), or as anything when hint < 0. */
void sema_note_unknown_key(Sema *s, const Decl *d, int hint);

/* Whether d may have given key, or declared a child of kind. */
int sema_maybe_key(const Sema *s, const Decl *d, int key);
int sema_maybe_kind(const Sema *s, const Decl *d, int kind);

/* Whether d gave key, rightly or wrongly (reported), or may have: a rule
** that would say the key is missing stays quiet. */
int sema_gave(const Sema *s, const Decl *d, int key);

/* Whether a broken statement mentions name (so may declare or use it). */
int sema_maybe_name(const Sema *s, const char *name);

/* Frees what s holds outside the arena. */
void sema_free(Sema *s);

/* Records a use of the declaration of kind and index, named at `at`. */
void sema_add_ref(Sema *s, wg_span at, int kind, int index);

/* Puts the references in source order, for sema_ref_at. */
void sema_sort_refs(Sema *s);

/* Gathers every use of a name from the checked tree (the values the
** checker resolved, and the topics their paths name) into s->refs, in
** source order; once, when the library loads a charter (api.c): checking
** alone does not pay for them (sema_props.c). */
void sema_collect_refs(Sema *s);

/* The reference whose name covers offset off (its end included, as a
** cursor after a name is on it), or NULL. */
const SemaRef *sema_ref_at(const Sema *s, uint32_t off);

/* The name table entry for name, or NULL. */
const Name *sema_lookup(const Sema *s, const char *name);

/* The same, for a name whose tree_hash is h. */
const Name *sema_find(const Sema *s, const char *name, uint32_t h);

/* Asks the processor to fetch what a lookup of hash h will read: its
** slot, or (name set, once the slot has arrived) the name it holds. */
void sema_prefetch(const Sema *s, uint32_t h, int name);

/* The slot of kind in s->decls: items share WG_DELIVERABLE's. */
int sema_slot(int kind);

/* The declaration n names (the first, if the name is declared twice). */
const Decl *sema_decl(const Sema *s, const Name *n);

/* Checks every property of d against the schema (WG204-WG208, WG210,
** WG505), marking what is invalid so nothing downstream reports it. */
void sema_check_props(Sema *s, const Decl *d);

/* Checks every declaration's properties and builds s->ch from them. */
void sema_build(Sema *s);

/* Asks for a "did you mean" after the message of d: the closest
** declared name of one of kinds to word, if there is one. */
void sema_want_suggestion(Sema *s, Diag *d, const char *word, unsigned kinds);

/* Makes the suggestions asked for, as many as the budget allows. */
void sema_suggest_all(Sema *s);

/* "2013-11-06", in the arena, for messages that name several dates. */
const char *sema_day(Sema *s, wg_date t);

/* Day t as written with `precision`: "2013-11-06", "2013-11", "2025-Q1". */
const char *sema_date(Sema *s, wg_date t, int precision);

/* "2013-11-06", or "2013-11-06 (`M2`)" when the date came from a name,
** "2023-06 (3 months before `vcdm2.cr`)" with an offset; each date as
** precisely as it was written. */
const char *sema_when(Sema *s, const wg_when *w);

/* "a -> b -> c -> a" for the n names of a cycle, in the arena. */
const char *sema_cycle_text(Sema *s, const char *const *names, int n);


/* The rule families, run in this order on a built model. */
void sema_composition(Sema *s);
void sema_owners(Sema *s);
void sema_schedule(Sema *s);
void sema_status(Sema *s);
void sema_hygiene(Sema *s);

/* Checks `allow` values (WG704), then silences the warnings they name
** inside their declarations. Runs last. */
void sema_allow(Sema *s);

#endif
