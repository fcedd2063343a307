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
#include <stdio.h>

/* What the library exports: everything else is hidden (docs/library.md). */
#if defined(__GNUC__)
#define WG_API __attribute__((visibility("default")))
#else
#define WG_API
#endif

/* --- Dates: day numbers, so that comparing and subtracting dates is
** integer arithmetic. Proleptic Gregorian calendar, years 1..9999. ----- */

/* Days since 1970-01-01; WG_NODATE where no date is known. */
typedef int32_t wg_date;
#define WG_NODATE INT32_MIN

/* Whether y-m-d exists (month 1-12, day within the month). */
WG_API int wg_date_valid(int y, int m, int d);

/* The day number of a valid y-m-d. */
WG_API wg_date wg_date_make(int y, int m, int d);

/* Splits a day number into year, month and day. */
WG_API void wg_date_split(wg_date t, int *y, int *m, int *d);

/* Writes "YYYY-MM-DD" and a NUL into buf, which holds 11 bytes. */
WG_API void wg_date_format(wg_date t, char buf[11]);

/* Parses exactly "YYYY-MM-DD" (n bytes); WG_NODATE if malformed or
** impossible. */
WG_API wg_date wg_date_parse(const char *s, int n);

/* How precisely a date was written (docs/language.md): to the day, the
** month (2014-05), the quarter (2025-Q1) or the year (2014). A date
** written as a period is resolved to its last day as a deadline and its
** first day as a start; the precision says which period it stood for. */
typedef enum wg_precision { WG_DAY, WG_MONTH, WG_QUARTER, WG_YEAR } wg_precision;

/* "day", "month", "quarter", "year", indexed by wg_precision. */
WG_API extern const char *const wg_precision_words[];

/* Writes day t as written with `precision` and a NUL into buf:
** "2014-05-12", "2014-05", "2025-Q1" or "2014". */
WG_API void wg_date_format_precision(wg_date t, int precision, char buf[11]);

/* The units of an offset (`due cr - 3 months`, docs/language.md). */
enum { WG_NO_OFFSET, WG_DAYS, WG_WEEKS, WG_MONTHS };

/* The memory a charter lives in (internal). */
typedef struct wg_arena wg_arena;

/* A byte range in the source text, for locating diagnostics. */
typedef struct wg_span {
  uint32_t off, len;
} wg_span;

/* Declaration kinds, in the order docs/language.md lists them: version
** 1's, then version 2's, so that version 1's keep their values. */
typedef enum wg_kind {
  WG_WORKING_GROUP, WG_MANDATE, WG_BODY, WG_ROLE, WG_REGION, WG_COMPOSITION,
  WG_GROUP, WG_MEMBER, WG_EVENT, WG_MEETING, WG_DELIVERABLE, WG_TOPIC,
  WG_RECOMMENDATION, WG_MILESTONE, WG_HOLDER, WG_NKINDS
} wg_kind;

/* The keyword of each kind ("working_group", ...). */
WG_API extern const char *const wg_kind_names[WG_NKINDS];

/* The words of each enumerated property, in one list each: X(NAME,
** word). The list makes both the property's values, NAME being 1 + the
** word's place (0: not given), and its wg_*_words (words.c). New words
** go at the end, so that a program built against an older wg.h keeps
** its values. */
#define WG_DECIDES_BY_WORDS(X) X(WG_CONSENSUS, "consensus") X(WG_MAJORITY, "majority") \
  X(WG_BY_CHAIR, "chair")
#define WG_CHARACTER_WORDS(X) X(WG_MULTISTAKEHOLDER, "multistakeholder") \
  X(WG_INTERGOVERNMENTAL, "intergovernmental")
#define WG_STAKEHOLDER_WORDS(X) X(WG_GOVERNMENT, "government") \
  X(WG_PRIVATE_SECTOR, "private_sector") X(WG_CIVIL_SOCIETY, "civil_society") \
  X(WG_TECHNICAL, "technical") X(WG_ACADEMIA, "academia") \
  X(WG_STAKEHOLDER_INTERGOVERNMENTAL, "intergovernmental")
#define WG_EVERY_WORDS(X) X(WG_WEEKLY, "week") X(WG_MONTHLY, "month") \
  X(WG_QUARTERLY, "quarter") X(WG_YEARLY, "year")
#define WG_STATUS_WORDS(X) X(WG_NOT_STARTED, "not_started") X(WG_ONGOING, "ongoing") \
  X(WG_COMPLETED, "completed") X(WG_UNCERTAIN, "uncertain") X(WG_DROPPED, "dropped")
#define WG_COST_WORDS(X) X(WG_COST_YES, "yes") X(WG_COST_NO, "no") X(WG_COST_UNKNOWN, "unknown")

#define WG_WORD_VALUE(name, word) name,
enum { WG_NO_DECIDES_BY, WG_DECIDES_BY_WORDS(WG_WORD_VALUE) WG_NDECIDES_BY };
enum { WG_NO_CHARACTER, WG_CHARACTER_WORDS(WG_WORD_VALUE) WG_NCHARACTERS };
enum { WG_NO_STAKEHOLDER, WG_STAKEHOLDER_WORDS(WG_WORD_VALUE) WG_NSTAKEHOLDERS };
enum { WG_NO_EVERY, WG_EVERY_WORDS(WG_WORD_VALUE) WG_NEVERY };
enum { WG_NO_STATUS, WG_STATUS_WORDS(WG_WORD_VALUE) WG_NSTATUSES };
enum { WG_NO_COST, WG_COST_WORDS(WG_WORD_VALUE) WG_NCOSTS };
#undef WG_WORD_VALUE

/* Word sets of the enumerated properties, NULL-terminated. */
WG_API extern const char *const wg_decides_by_words[]; /* consensus majority chair */
WG_API extern const char *const wg_character_words[];  /* multistakeholder intergovernmental */
WG_API extern const char *const wg_stakeholder_words[];
WG_API extern const char *const wg_every_words[]; /* week month quarter year */
WG_API extern const char *const wg_status_words[];
WG_API extern const char *const wg_cost_words[]; /* yes no unknown */

/* The word for an enumerated value v (0 gives NULL). */
WG_API const char *wg_word(const char *const *words, int v);

/* A reference by name; kind and index are -1 until (unless) resolved. */
typedef struct wg_ref {
  const char *name; /* NFC-normalised, as written; "A.1" for a path */
  int kind;         /* a wg_kind */
  int index;        /* into the charter's array of that kind */
  wg_span at;
} wg_ref;

/* A date given directly or through a reference to an event, meeting,
** item or milestone, maybe moved by an offset; date is the resolved day. */
typedef struct wg_when {
  wg_date date;
  /* In what was padding before version 2: an item holds three of these. */
  unsigned precision : 2;   /* a wg_precision: as written, or as the date it came from */
  unsigned offset_unit : 2; /* WG_DAYS, WG_WEEKS, WG_MONTHS, or WG_NO_OFFSET */
  signed offset : 28;       /* `REF - 3 months`: -3; 0 without an offset */
  wg_ref ref; /* ref.name is NULL when the date was written directly */
  wg_span at;
} wg_when;

typedef struct wg_working_group {
  const char *id, *title;
  wg_when established, report_due;
  wg_ref established_by, reports_to;
  wg_date term_start, term_end;
  int decides_by, character; /* decides_by: the first of decides */
  wg_date as_of;
  wg_span at, decl;
  int term_start_precision, term_end_precision, as_of_precision;
  int *decides, ndecides;  /* every `decides_by` word, in fallback order */
  wg_ref *chairs;          /* chaired_by */
  wg_ref *liaisons;        /* liaises_with */
  int nchairs, nliaisons;
  /* The effective term (docs/language.md): the `term` of the latest
  ** adopted mandate that has one (term_mandate), else the group's own
  ** (term_mandate -1); WG_NODATE when neither gives one. */
  wg_date effective_start, effective_end;
  int effective_start_precision, effective_end_precision, term_mandate;
} wg_working_group;

typedef struct wg_mandate {
  const char *id, *title; /* id may be NULL */
  wg_when adopted;
  wg_ref adopted_by;
  const char **tasks, **constraints;
  int ntasks, nconstraints;
  wg_span at, decl;
  wg_date term_start, term_end; /* the term it grants, or WG_NODATE */
  int term_start_precision, term_end_precision;
} wg_mandate;

typedef struct wg_body {
  const char *id, *title;
  wg_ref reports_to;
  int uses; /* references to it from elsewhere in the charter */
  wg_span at, decl;
  wg_ref *liaisons; /* liaises_with */
  int nliaisons;
} wg_body;

/* Who holds a role, and when: a `holder` declaration, or one name of
** `held_by` (which gives no dates). */
typedef struct wg_holder {
  const char *name;
  wg_date since, until; /* the first and last day held, or WG_NODATE */
  int since_precision, until_precision;
  wg_span at;
} wg_holder;

typedef struct wg_role {
  const char *id, *title;
  const char *held_by; /* the names of `held_by`, joined by ", "; or NULL */
  int uses, owns; /* owns: items (or topics) it owns */
  wg_span at, decl;
  wg_holder *holders; /* `held_by` names first, then `holder` declarations */
  int nholders;
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
  wg_date since, until; /* seated from and to (inclusive), or WG_NODATE */
  unsigned char since_precision, until_precision;
} wg_member;

/* A regional quota: `quota african 11`. */
typedef struct wg_quota {
  wg_ref region;
  int seats;
  wg_span at;
} wg_quota;

/* Groups are kept flat, in source order; parent and sub give the tree.
** A group's members are contiguous in the composition's member array. */
typedef struct wg_group {
  const char *id, *title;
  int seats, per_region; /* -1 when not given or invalid */
  int stakeholder;       /* the first of stakeholders */
  int parent;            /* -1 for a group directly in the composition */
  int *sub, nsub;        /* indices of subgroups, in source order */
  int member0, nmembers; /* its own members, not those of subgroups */
  int bad_seats;         /* seats was given but invalid (already reported) */
  wg_span at, decl, seats_at, per_region_at;
  unsigned stakeholders; /* every `stakeholder` word, as bits 1 << word */
  int non_voting;        /* its seats are not counted (docs/language.md) */
  wg_quota *quotas;
  int nquotas;
  int dated;             /* some member has `since` or `until` */
} wg_group;

typedef struct wg_composition {
  const char *title;
  int open;
  int minimum; /* the fewest participants expected, or -1 */
  int seats; /* -1 when not given */
  int *top, ntop; /* indices of the groups directly inside */
  wg_group *groups;
  int ngroups;
  wg_member *members;
  int nmembers;
  int bad_seats;
  wg_span at, decl, seats_at;
} wg_composition;

/* Events and meetings: start is the first day they may begin on and
** end the last they may end on; with a precision other than WG_DAY the
** day itself is unknown within its period (docs/language.md). */
typedef struct wg_event {
  const char *id, *title, *at_place;
  wg_date start, end;
  int uses;
  wg_span at, decl, on_at;
  int start_precision, end_precision;
} wg_event;

typedef struct wg_meeting {
  const char *id, *title, *at_place;
  wg_date start, end;
  int online, every;
  const char **agenda;
  int nagenda;
  wg_span at, decl, on_at;
  int start_precision, end_precision;
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
  wg_ref *deps; /* depends_on, as written: deps[i].index is an index into
                   items, or into milestones when deps[i].kind is
                   WG_MILESTONE */
  int ndeps;
  int status, cost; /* status: WG_COMPLETED when `done` alone is given */
  wg_span at, decl, status_at;
  wg_date done;           /* the day it was finished, or WG_NODATE */
  int milestone0, nmilestones; /* its milestones, contiguous in milestones */
  unsigned char done_precision;
  unsigned char standing, optional; /* flags (docs/language.md) */
  unsigned char due_implied; /* due is its last milestone's: no `due` written */
} wg_item;

/* A dated step of an item (docs/language.md), named "ITEM.NAME". */
typedef struct wg_milestone {
  const char *id; /* "vcdm2.cr" */
  const char *title;
  int item;       /* its item's index */
  wg_ref *owners; /* its own, else its item's (owners_inherited) */
  int nowners, owners_inherited;
  wg_when due, after;
  wg_ref *deps;   /* as an item's */
  int ndeps;
  int status;     /* WG_COMPLETED when `done` alone is given */
  wg_span at, decl, status_at;
  wg_date done;   /* the day it was finished, or WG_NODATE */
  int done_precision;
} wg_milestone;

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
  wg_milestone *milestones; /* every item's, in source order */
  int nmilestones;
} wg_charter;

/* --- Derived facts, computed once per charter on first use and kept:
** the checker, the emitters and other programs ask here, and none
** computes them again (derived.c, progress.c). ----------------------- */

/* A topological order of the items (nitems indices): dependencies first,
** ties broken by source order; items on a cycle last, in source order. */
WG_API const int *wg_charter_order(const wg_charter *c);

/* The critical path: the longest chain of dependencies ending at the
** item due last, as item indices, first to last; *n gets their count.
** Items that are `standing` or `optional` are left out, and a chain
** that runs through a milestone counts its item once (docs/checks.md). */
WG_API const int *wg_charter_critical_path(const wg_charter *c, int *n);

/* How many members of group g are seated on day t (members without
** dates always are); t WG_NODATE counts every member of g. */
WG_API int wg_group_seated_on(const wg_charter *c, int g, wg_date t);

/* The most members of group g seated on any one day, and the first day
** that many are (WG_NODATE when none of them has dates: then always). */
WG_API int wg_group_seated_peak(const wg_charter *c, int g, wg_date *day);

/* Whether item i is still to be done: neither completed nor dropped. */
WG_API int wg_item_open(const wg_charter *c, int i);

/* Days item i is late on day `day`: due before it and neither completed
** nor dropped, nor `standing` or `optional`; else 0. "Before" is strict,
** as for WG602: an item due on the day is not late. */
WG_API int wg_days_late(const wg_charter *c, int i, wg_date day);

/* The items late on `day` (wg_days_late > 0), by due date, ties in
** source order: writes the first max indices into out (NULL for max 0)
** and returns how many there are, or WG_ERR_NOMEM. WG602 reports the
** same items, and their milestones too. */
WG_API int wg_charter_overdue(const wg_charter *c, wg_date day, int *out, int max);

/* The effective term (docs/language.md, "People, relations, mandates"):
** its first and last day, and 1; 0 when there is none. */
WG_API int wg_effective_term(const wg_charter *c, wg_date *start, wg_date *end);

/* Where the seats of a group come from (docs/checks.md, WG301-WG307). */
enum {
  WG_SEATS_UNKNOWN,   /* invalid, or `seats 0` outside an open composition */
  WG_SEATS_GIVEN,     /* its `seats` (the composition's) */
  WG_SEATS_QUOTA,     /* `per_region` times the regions, or its `quota`s */
  WG_SEATS_SUBGROUPS, /* the sum of its subgroups (the composition's groups) */
  WG_SEATS_MEMBERS,   /* the most members it seats at once */
  WG_SEATS_NONE       /* none of those: no seats */
};

/* The seats of a group, or of the composition, as the checker counts
** them (WG301-WG307). */
typedef struct wg_seats {
  long long seats;  /* -1 when unknown */
  int from;         /* a WG_SEATS_ word */
  long long sum;    /* what its subgroups (the composition's groups) add
                       up to, `non_voting` ones left out: -1 when one is
                       unknown or it has none */
  int named;        /* members named, subgroups included */
  int seated;       /* members seated at once, at most (wg_group_seated_peak,
                       summed over subgroups) */
  long long vacant; /* seats - seated, at least 0; -1 when unknown: no
                       member named, seats unknown, or an open composition,
                       where seats are no cap */
} wg_seats;

/* out[g] for every group g (room for comp.ngroups), and *total for the
** composition: its `seats`, else the sum of its groups. */
WG_API void wg_seat_counts(const wg_charter *c, wg_seats *out, wg_seats *total);

/* ====================================================================
** The library: load a charter, read its diagnostics, walk its model,
** ask where names are defined and used; free it with one call
** (compiler/api.c; docs/library.md has a complete example). Every call
** that can fail returns one of these; none aborts the program.
** ==================================================================== */

#define WG_VERSION "2.0.0"

enum { WG_OK = 0, WG_ERR_NOMEM = -1, WG_ERR_TOO_LARGE = -2, WG_ERR_USAGE = -3 };

/* A sentence for one of the codes above. */
WG_API const char *wg_strerror(int err);

/* --- Options ---------------------------------------------------------- */

typedef struct wg_options wg_options;

/* New options: no reference date, every rule at its own severity. NULL
** when out of memory. */
WG_API wg_options *wg_options_new(void);
WG_API void wg_options_free(wg_options *o);

/* The reference date for overdue items (WG602), "YYYY-MM-DD"; it
** overrides the charter's own `as_of`. WG_ERR_USAGE if not a date. */
WG_API int wg_options_as_of(wg_options *o, const char *date);

/* What to do with warning `rule` (a code such as "WG304", or a name):
** WG_LEVEL_ALLOW leaves it out, WG_LEVEL_DENY makes it an error.
** WG_ERR_USAGE for an unknown rule, or one that is an error already. */
enum { WG_LEVEL_DEFAULT, WG_LEVEL_ALLOW, WG_LEVEL_DENY };
WG_API int wg_options_level(wg_options *o, const char *rule, int level);

/* Whether every warning is an error. */
WG_API void wg_options_werror(wg_options *o, int on);

/* --- Loading ---------------------------------------------------------- */

typedef struct wg_doc wg_doc;

/* Parses and checks the len bytes at `bytes` (copied; they need not
** outlive the call), named `name` in diagnostics; o may be NULL. On
** WG_OK, *out is the charter, to free with wg_free, whatever mistakes it
** has: those are its diagnostics. WG_ERR_TOO_LARGE over 64 MiB. */
WG_API int wg_load(const char *bytes, size_t len, const char *name, const wg_options *o,
                   wg_doc **out);

/* Frees the charter and everything the calls below returned. */
WG_API void wg_free(wg_doc *doc);

/* The name it was loaded under, and its text (*len bytes, NUL after). */
WG_API const char *wg_doc_name(const wg_doc *doc);
WG_API const char *wg_doc_text(const wg_doc *doc, size_t *len);

/* The 1-based line and column (in characters) of byte offset off. */
WG_API void wg_doc_position(wg_doc *doc, uint32_t off, int *line, int *column);

/* --- Diagnostics, in position order, with the options applied --------- */

typedef enum wg_severity { WG_SEV_ERROR, WG_SEV_WARNING } wg_severity;

typedef struct wg_note {
  wg_span at;
  const char *message;
} wg_note;

/* An edit: replace the bytes at `at` by `text`. */
typedef struct wg_edit {
  wg_span at;
  const char *text;
} wg_edit;

/* A fix: edits that repair the mistake and change nothing else; `safe`
** when it is the one right answer (docs/rules.md, "Fixes"). */
typedef struct wg_fix {
  const char *message;
  int safe;
  const wg_edit *edits;
  int nedits;
} wg_fix;

typedef struct wg_diag {
  int code;         /* 301 for WG301 */
  const char *name; /* "seat-count-mismatch" */
  wg_severity severity;
  wg_span at;
  const char *message;
  const wg_note *notes;
  int nnotes;
  const wg_fix *fixes;
  int nfixes;
} wg_diag;

WG_API int wg_diag_count(const wg_doc *doc);
WG_API const wg_diag *wg_diag_get(const wg_doc *doc, int i);

/* How many of them are errors, and warnings. */
WG_API int wg_error_count(const wg_doc *doc);
WG_API int wg_warning_count(const wg_doc *doc);

/* --- Rules ------------------------------------------------------------ */

typedef struct wg_rule {
  int code;
  const char *name;
  wg_severity severity;    /* by default */
  const char *summary;     /* one line */
  const char *explanation; /* what is wrong, and why it matters */
  const char *wrong;       /* a small charter that breaks it */
  const char *fixed;       /* the same, mended */
} wg_rule;

WG_API int wg_rule_count(void);
WG_API const wg_rule *wg_rule_at(int i);

/* The rule named by "WG301", "301" or "seat-count-mismatch", or NULL. */
WG_API const wg_rule *wg_rule_find(const char *code_or_name);

/* --- The model and the declarations ------------------------------------ */

/* The model: never NULL; the parts that did not parse are missing. */
WG_API const wg_charter *wg_doc_charter(const wg_doc *doc);

/* A declaration as written, in source order (each before what it holds). */
typedef struct wg_decl {
  int kind;          /* a wg_kind, or WG_BROKEN: a statement that did not parse */
  const char *id;    /* as references name it ("A.1"), or NULL */
  const char *title; /* or NULL */
  wg_span at;        /* all of it, block included */
  wg_span name_at;   /* its name, or its keyword if it has none */
  int parent;        /* the declaration holding it, or -1 at the top level */
  int index;         /* in the model's array for its kind, or -1 */
} wg_decl;

enum { WG_BROKEN = -2 };

WG_API int wg_doc_decl_count(const wg_doc *doc);
WG_API const wg_decl *wg_doc_decl(const wg_doc *doc, int i);

/* The innermost declaration whose bytes hold offset off, or -1. */
WG_API int wg_doc_decl_at(const wg_doc *doc, uint32_t off);

/* --- Names ------------------------------------------------------------ */

/* A declared name: what it is and where. */
typedef struct wg_symbol {
  int kind;        /* a wg_kind */
  int index;       /* in the model's array for its kind (items: items[]) */
  int decl;        /* its declaration, for wg_doc_decl */
  const char *id;  /* "A.1" */
  wg_span name_at; /* where its declaration names it */
} wg_symbol;

/* The declaration named id, if any: 1, else 0. */
WG_API int wg_doc_lookup(const wg_doc *doc, const char *id, wg_symbol *out);

/* The name at offset off (a declaration's own, or one part of a
** reference: in "A.1", "A" is the topic and "1" the recommendation),
** its end included: 1 and *out, else 0. */
WG_API int wg_doc_symbol_at(const wg_doc *doc, uint32_t off, wg_symbol *out);

/* Every place that names sym: its declaration first, then each
** reference in source order. Writes up to max spans into out (which may
** be NULL for max 0) and returns how many there are. */
WG_API int wg_doc_references(const wg_doc *doc, const wg_symbol *sym, wg_span *out, int max);

/* --- Fixes -------------------------------------------------------------- */

/* The text with the first fix of each diagnostic applied (the safe ones
** only, if safe_only; a fix that would overlap one applied before it is
** left out), in *out (malloc'ed, *len bytes and a NUL, for the caller to
** free). Returns how many fixes were applied, or WG_ERR_NOMEM. Load the
** result again to see what is left. */
WG_API int wg_doc_apply_fixes(const wg_doc *doc, int safe_only, char **out, size_t *len);

/* --- Outputs -------------------------------------------------------------- */

/* Writes the compiled charter (docs/output.md, "The compiled charter") to f;
** WG_ERR_USAGE when it has errors (nothing is written). */
WG_API int wg_write_json(const wg_doc *doc, FILE *f);

/* --- Formatting: the layout of `wgc fmt` (docs/style.md) ------------------ */

/* Returned when the charter has syntax errors (its diagnostics say
** which): a file that did not parse is not formatted. Also, which the
** tests rule out, when it holds text the layout has no place for. */
enum { WG_ERR_SYNTAX = -4 };

/* The whole charter in the canonical layout: *out is malloc'ed (free it),
** *len bytes and a NUL after them (len may be NULL); NULL on an error.
** The same text gives the same bytes; formatting them again changes
** nothing; the JSON, the comments and the diagnostics stay the same. */
WG_API int wg_format(const wg_doc *doc, char **out, size_t *len);

/* For an editor's "format selection": the smallest run of whole
** statements, in whole lines, that holds the bytes of `range`, formatted
** as wg_format would. *edit replaces edit->at (those lines, without
** their last line end) with edit->text, which is malloc'ed: free((char
** *)edit->text). A range that holds no statement gives an empty edit at
** its start. WG_ERR_USAGE for a range beyond the text. */
WG_API int wg_format_range(const wg_doc *doc, wg_span range, wg_edit *edit);


#endif
