/*
** The facts of a status report (`wgc status`), gathered once from the
** runtime's derived facts (runtime/progress.h) for both of its forms,
** text (emit_status.c) and JSON (emit_status_json.c). Nothing here is
** computed anew: each field is a progress.h function's answer.
**
** Language version 2 adds fields here, and a section to each form: a
** milestone list under each item of `overdue` and `due_soon`, `done`
** and `days_late` on the critical path, holders with dates (a section of
** their own), non-voting groups in `seats`.
*/
#ifndef WGC_STATUS_H
#define WGC_STATUS_H

#include "../runtime/progress.h"

enum { STATUS_MEETINGS = 3 }; /* the next meetings a report lists */

typedef struct Status {
  const wg_charter *c;
  wg_date day;  /* the reference day */
  int day_from; /* WG_ASOF_OPTION, WG_ASOF_FILE or WG_ASOF_TODAY */
  int has_term;
  wg_date term_start, term_end;
  int *overdue, noverdue;   /* items late on `day`, by due date */
  int *soon, nsoon;         /* items due within WG_DUE_SOON_DAYS */
  wg_occurrence meetings[STATUS_MEETINGS];
  int nmeetings;
  int *path, npath;         /* the critical path, first to last */
  int *slack;               /* per item (wg_slack) */
  wg_seats *seats, total;   /* per group, and the composition's */
} Status;

/* The facts of c on `day` (from: where that day came from). */
void status_gather(Status *s, const wg_charter *c, wg_arena *a, wg_date day, int from);

#endif
