/*
** The charter model: a working group's charter with every name resolved
** and every date computed, as the checker builds it from a .wg file and
** the emitters and other programs read it. All of it lives in one arena.
**
** Conventions: an index of -1 means "none"; an enumerated field of 0 means
** "not given", else it is 1 + its position in the matching wg_*_words list;
** a date of WG_NODATE means "not given or not resolvable".
*/
#ifndef WG_H
#define WG_H

#include <stdint.h>

#include "arena.h"
#include "date.h"

/* What the library exports: everything else is hidden (docs/library.md). */
#if defined(__GNUC__)
#define WG_API __attribute__((visibility("default")))
#else
#define WG_API
#endif

/* A byte range in the source text, for locating diagnostics. */
typedef struct wg_span {
  uint32_t off, len;
} wg_span;

/* Declaration kinds, in the order LANGUAGE.md lists them. */
typedef enum wg_kind {
  WG_WORKING_GROUP, WG_MANDATE, WG_BODY, WG_ROLE, WG_REGION, WG_COMPOSITION,
  WG_GROUP, WG_MEMBER, WG_EVENT, WG_MEETING, WG_DELIVERABLE, WG_TOPIC,
  WG_RECOMMENDATION, WG_NKINDS
} wg_kind;

/* The keyword of each kind ("working_group", ...). */
extern const char *const wg_kind_names[WG_NKINDS];

/* Word sets of the enumerated properties, NULL-terminated. */
extern const char *const wg_decides_by_words[]; /* consensus majority chair */
extern const char *const wg_character_words[];  /* multistakeholder intergovernmental */
extern const char *const wg_stakeholder_words[];
extern const char *const wg_every_words[]; /* week month quarter year */
extern const char *const wg_status_words[];
extern const char *const wg_cost_words[]; /* yes no unknown */

/* The word for an enumerated value v (0 gives NULL). */
const char *wg_word(const char *const *words, int v);

enum { WG_NOT_STARTED = 1, WG_ONGOING, WG_COMPLETED, WG_UNCERTAIN, WG_DROPPED };
enum { WG_GOVERNMENT = 1 }; /* the one stakeholder the rules single out */
enum { WG_MULTISTAKEHOLDER = 1 };

/* A reference by name; kind and index are -1 until (unless) resolved. */
typedef struct wg_ref {
  const char *name; /* NFC-normalised, as written; "A.1" for a path */
  int kind;         /* a wg_kind */
  int index;        /* into the charter's array of that kind */
  wg_span at;
} wg_ref;

/* A date given directly or through a reference to an event, meeting or
** item; date is the resolved day. */
typedef struct wg_when {
  wg_date date;
  wg_ref ref; /* ref.name is NULL when the date was written directly */
  wg_span at;
} wg_when;

typedef struct wg_working_group {
  const char *id, *title;
  wg_when established, report_due;
  wg_ref established_by, reports_to;
  wg_date term_start, term_end;
  int decides_by, character;
  wg_date as_of;
  wg_span at, decl;
} wg_working_group;

typedef struct wg_mandate {
  const char *id, *title; /* id may be NULL */
  wg_when adopted;
  wg_ref adopted_by;
  const char **tasks, **constraints;
  int ntasks, nconstraints;
  wg_span at, decl;
} wg_mandate;

typedef struct wg_body {
  const char *id, *title;
  wg_ref reports_to;
  int uses; /* references to it from elsewhere in the charter */
  wg_span at, decl;
} wg_body;

typedef struct wg_role {
  const char *id, *title, *held_by;
  int uses, owns; /* owns: items (or topics) it owns */
  wg_span at, decl;
} wg_role;

typedef struct wg_region {
  const char *id, *title;
  int uses;
  wg_span at, decl;
} wg_region;

typedef struct wg_member {
  const char *name;
  wg_ref from;
  int group;
  wg_span at;
} wg_member;

/* Groups are kept flat, in source order; parent and sub give the tree.
** A group's members are contiguous in the composition's member array. */
typedef struct wg_group {
  const char *id, *title;
  int seats, per_region; /* -1 when not given or invalid */
  int stakeholder;
  int parent;            /* -1 for a group directly in the composition */
  int *sub, nsub;        /* indices of subgroups, in source order */
  int member0, nmembers; /* its own members, not those of subgroups */
  int bad_seats;         /* seats was given but invalid (already reported) */
  wg_span at, decl, seats_at, per_region_at;
} wg_group;

typedef struct wg_composition {
  const char *title;
  int open;
  int seats; /* -1 when not given */
  int *top, ntop; /* indices of the groups directly inside */
  wg_group *groups;
  int ngroups;
  wg_member *members;
  int nmembers;
  int bad_seats;
  wg_span at, decl, seats_at;
} wg_composition;

typedef struct wg_event {
  const char *id, *title, *at_place;
  wg_date start, end;
  int uses;
  wg_span at, decl, on_at;
} wg_event;

typedef struct wg_meeting {
  const char *id, *title, *at_place;
  wg_date start, end;
  int online, every;
  const char **agenda;
  int nagenda;
  wg_span at, decl, on_at;
} wg_meeting;

typedef struct wg_topic {
  const char *id, *title;
  wg_ref *owners;
  int nowners;
  int *items, nitems;
  wg_span at, decl;
} wg_topic;

typedef struct wg_item {
  const char *id; /* "A.1" for a recommendation in topic A */
  int kind;       /* WG_DELIVERABLE or WG_RECOMMENDATION */
  const char *title;
  int topic;      /* -1 outside a topic */
  wg_ref *owners;
  int nowners, owners_inherited;
  wg_when due, after;
  wg_ref *deps; /* depends_on, as written; deps[i].index is an item index */
  int ndeps;
  int status, cost;
  wg_span at, decl, status_at;
} wg_item;

typedef struct wg_derived wg_derived;

typedef struct wg_charter {
  const char *source; /* the file name, as given */
  wg_arena *arena;    /* where it lives, and its derived facts */
  wg_derived *derived; /* computed on first use (wg_charter_order, ...) */
  int has_wg, has_composition;
  wg_working_group wg;
  wg_composition comp;
  wg_mandate *mandates;
  wg_body *bodies;
  wg_role *roles;
  wg_region *regions;
  wg_event *events;
  wg_meeting *meetings;
  wg_topic *topics;
  wg_item *items;
  int nmandates, nbodies, nroles, nregions, nevents, nmeetings, ntopics, nitems;
} wg_charter;

/* --- Derived facts, computed once per charter on first use and kept:
** the checker, the emitters and other programs ask here, and none
** computes them again (derived.c). ----------------------------------- */

/* A topological order of the items (nitems indices): dependencies first,
** ties broken by source order; items on a cycle last, in source order. */
WG_API const int *wg_charter_order(const wg_charter *c);

/* The critical path (wg_critical_path below): item indices, first to
** last; *n gets their count. */
WG_API const int *wg_charter_critical_path(const wg_charter *c, int *n);

/* --- Evaluation (graph.c). All iterative and O(V+E) or near it, so a
** chain or cycle of 100,000 items needs no deep recursion. ------------ */

/* Writes a topological order of the items into out (nitems entries):
** dependencies first, ties broken by source order. Items on a cycle come
** last, in source order. */
void wg_order(const wg_charter *c, wg_arena *a, int *out);

/* The longest dependency chain ending at the item due last (ties by
** source order); writes item indices, first to last, and returns the
** count. With no due dates, the longest chain of all. */
int wg_critical_path(const wg_charter *c, wg_arena *a, int *out);

/* Calls fn once per dependency cycle with its items in order, each one
** depending on the next and the last on the first. Cycles are reported
** by the strongly connected component they lie in, one each, starting
** at the component's first item in source order. */
void wg_cycles(const wg_charter *c, wg_arena *a,
               void (*fn)(void *ctx, const int *cycle, int n), void *ctx);

/* Calls fn once per reporting cycle among bodies (reports_to), as
** wg_cycles does for items. */
void wg_body_cycles(const wg_charter *c, wg_arena *a,
                    void (*fn)(void *ctx, const int *cycle, int n), void *ctx);

#endif
