/*
** Diagnostics: collected per compilation, within a bound, graded by the
** command-line policy as they are reported, then sorted into position
** order. report.h renders them (text, JSON, SARIF, GitHub, GitLab).
*/
#ifndef WGC_DIAG_H
#define WGC_DIAG_H

#include <stdio.h>

#include "../runtime/wg.h"
#include "rules.h"

struct Ctx;

typedef struct Note {
  wg_span at;
  const char *msg;
  struct Note *next;
} Note;

/* A fix (docs/rules.md, "Fixes"): edits that repair the mistake and
** change nothing else, each replacing the bytes `at` by `text`; safe when
** it is the one right answer, so that `wgc check --fix` may apply it. */
typedef struct Edit {
  wg_span at;
  const char *text;
  struct Edit *next;
} Edit;

typedef struct Fix {
  const char *msg;
  int safe;
  Edit *edits, *last;
  struct Fix *next;
} Fix;

typedef struct Diag {
  int code;     /* 301 for WG301 */
  int severity; /* SEV_ERROR or SEV_WARNING, after the policy applies */
  int allowed;  /* silenced by `allow` or --allow: not shown */
  unsigned seq; /* report order, to keep the sort stable */
  wg_span at;
  const char *msg;
  Note *notes, *last;
  Fix *fixes, *last_fix;
} Diag;

/* The command line's say on severities. */
typedef struct Policy {
  unsigned char level[1000]; /* by code: 0 as is, POLICY_ALLOW, POLICY_DENY */
  int werror;
} Policy;
enum { POLICY_ALLOW = 1, POLICY_DENY = 2 };

typedef struct DiagList {
  Diag **v;
  int n, cap;
  /* Set by diag_bound before compiling; all zero for no bound. */
  const Policy *policy; /* its `allow`s applied as each is reported */
  int keep;             /* the most kept; those reported later are counted only */
  int dropped_errors, dropped_warnings; /* counted only */
  Diag spare;           /* what diag_report returns for one not kept */
  Fix spare_fix;        /* and diag_fix for it */
} DiagList;

/* Bounds c's diagnostics (a fresh context's): those the policy p allows
** are dropped as they are reported, and only the first `keep` reported
** are kept (0: all), the others only counted, so that memory stays
** bounded however many there are (docs/limits.md). */
void diag_bound(struct Ctx *c, const Policy *p, int keep);

/* Reports rule `code` (a RULE_ name, never a bare number) at `at`; the
** message is printf-style. The Diag returned may be a stand-in, for one
** not kept: give it notes, nothing else. */
Diag *diag_report(struct Ctx *c, RuleCode code, wg_span at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Adds a note pointing at another place involved. */
void diag_note(struct Ctx *c, Diag *d, wg_span at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Adds a fix to d, described by the printf-style message, and returns
** it for its edits. */
Fix *diag_fix(struct Ctx *c, Diag *d, int safe, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Adds to f the edit that replaces the bytes at `at` by text (copied). */
void diag_edit(struct Ctx *c, Fix *f, wg_span at, const char *text);

/* A fix that writes `text` for the bytes at `at`, said as "replace `old`
** with `text`" (did you mean). */
void diag_fix_replace(struct Ctx *c, Diag *d, int safe, wg_span at, const char *text);

/* A fix of one edit, the usual case. */
void diag_fix1(struct Ctx *c, Diag *d, int safe, wg_span at, const char *text, const char *msg);

/* Sorts c's diagnostics into position order and applies the policy p
** (or diag_bound's, for NULL) to their severities. */
void diag_finish(struct Ctx *c, const Policy *p);

/* Adds c's errors and warnings to *errors and *warnings: those shown,
** and those counted only. */
void diag_count(const struct Ctx *c, int *errors, int *warnings);

/* Prints c's diagnostics as text, with source excerpts and carets
** (report.h does this and more; kept for the tests). */
void diag_print_text(FILE *f, struct Ctx *c, int color);

/* Prints the diagnostics of n compilations as one JSON document. */
void diag_print_json(FILE *f, struct Ctx **cs, int n);

/* Prints the diagnostics of n compilations as one SARIF 2.1.0 log. */
void diag_print_sarif(FILE *f, struct Ctx **cs, int n, const char *version);

/* Frees the list itself (the diagnostics live in the arena). */
void diag_free(DiagList *l);

#endif
