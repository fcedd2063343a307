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

#include "compile.h"
#include "schema.h"
#include "tree.h"

/* A declared name. Items (deliverables and recommendations) share one
** index space, the charter's items array; groups index comp.groups. */
typedef struct Name {
  const char *name;
  uint32_t hash; /* of name: most probes are settled without a strcmp */
  int kind, index;
  Decl *decl;
} Name;

typedef struct Sema {
  Ctx *c;
  wg_charter *ch;
  Name *names; /* open-addressing hash table */
  uint32_t cap;
  Decl **named; /* the declarations with an id, in source order */
  int nnamed, capnamed;
  Decl **decls[WG_NKINDS]; /* by kind (items under WG_DELIVERABLE), model order */
  int ndecls[WG_NKINDS], capdecls[WG_NKINDS];
  int nmembers;            /* member declarations and `members` strings */
  Decl *wg, *comp;         /* the first working_group and composition */
  int suggestions;         /* "did you mean" searches left (they cost O(names)) */
  int unresolved;          /* references reported unresolved (WG204) */
  int allows;              /* valid `allow` properties: without any, sema_allow
                              need not walk the tree */
} Sema;

/* The name table entry for name, or NULL. */
const Name *sema_lookup(const Sema *s, const char *name);

/* The same, for a name whose tree_hash is h. */
const Name *sema_find(const Sema *s, const char *name, uint32_t h);

/* Asks the processor to fetch what a lookup of hash h will read: its
** slot, or (name set, once the slot has arrived) the name it holds. */
void sema_prefetch(const Sema *s, uint32_t h, int name);

/* The slot of kind in s->decls: items share WG_DELIVERABLE's. */
int sema_slot(int kind);

/* Checks every property of d against the schema (WG204-WG208, WG210,
** WG505), marking what is invalid so nothing downstream reports it. */
void sema_check_props(Sema *s, Decl *d);

/* Builds s->ch from the checked tree. */
void sema_build(Sema *s);

/* The closest declared name of one of the kinds in `kinds` (bits of
** 1 << wg_kind), or NULL. */
const char *sema_suggest_name(Sema *s, const char *word, unsigned kinds);

/* "2013-11-06", in the arena, for messages that name several dates. */
const char *sema_day(Sema *s, wg_date t);

/* "2013-11-06", or "2013-11-06 (`M2`)" when the date came from a name. */
const char *sema_when(Sema *s, const wg_when *w);

/* "a -> b -> c -> a" for the n names of a cycle, in the arena. */
const char *sema_cycle_text(Sema *s, const char *const *names, int n);

/* "a deliverable", "an event": the kind's name with its article. */
const char *sema_kind_phrase(int kind);

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
