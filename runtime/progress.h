/*
** Derived facts about a charter's progress: what is late or due soon on a
** reference day, the slack along the critical path, status counts per
** topic, seats filled and vacant, the effective term, the next meetings.
** `wgc status`, `wgc ics`, `wgc html` and the DOT writer read them from
** here, so each fact is computed in one place (docs/publish.md says what
** each one means, for users).
**
** Every function reads the model only; scratch memory comes from the
** caller's arena. Item lists are in due-date order, ties by source order.
*/
#ifndef WG_PROGRESS_H
#define WG_PROGRESS_H

#include "arena.h"
#include "wg.h"

/* How many days ahead "due soon" looks, by default. */
enum { WG_DUE_SOON_DAYS = 30 };

/* wg_status_counts: the items outside any topic, or all items. */
enum { WG_NO_TOPIC = -1, WG_ALL_ITEMS = -2 };

/* Where the reference day came from. */
enum { WG_ASOF_OPTION, WG_ASOF_FILE, WG_ASOF_TODAY };

/* A slack that nothing bounds, or of an item without a due date. */
#define WG_NOSLACK INT32_MIN

/* The reference day: `option` (--as-of) if given, else the charter's
** `as_of`, else `today`; *from (may be NULL) says which. */
wg_date wg_reference_day(const wg_charter *c, wg_date option, wg_date today, int *from);

/* The day the charter speaks as of: its `as_of`, else the latest date it
** gives anywhere; WG_NODATE when it gives none. Deterministic, so an
** output stamped with it is the same for the same file. */
wg_date wg_charter_day(const wg_charter *c);

/* The day the group's work must end: `report_due`, else the end of the
** effective term; WG_NODATE when neither is known. */
wg_date wg_work_end(const wg_charter *c);

/* wg_days_late (wg.h) for node v of the dependency graph (graph.h): an
** item, or nitems + a milestone, which is late by its own status and
** due date, and never when its item is `standing` or `optional`. */
int wg_node_days_late(const wg_charter *c, int v, wg_date day);

/* Whether item i is open and due within `days` days from `day` on
** (day <= due <= day + days). */
int wg_due_within(const wg_charter *c, int i, wg_date day, int days);

/* The items late on `day`, into out (room for nitems); returns the count
** (wg_charter_overdue, for a program, brings its own scratch memory). */
int wg_overdue_items(const wg_charter *c, wg_arena *a, wg_date day, int *out);

/* The items wg_due_within(day, days), into out; returns the count. */
int wg_due_soon_items(const wg_charter *c, wg_arena *a, wg_date day, int days, int *out);

/* counts[s] (s = 0 for no status, then WG_NOT_STARTED..WG_DROPPED): the
** items of topic t, of none (WG_NO_TOPIC), or all (WG_ALL_ITEMS). */
void wg_status_counts(const wg_charter *c, int t, int counts[WG_NSTATUSES]);

/* slack[i] for every item: the days i may slip past its due date before
** it makes an item that depends on it late, directly or down the line
** (that item's due, or the slack it has itself), or passes wg_work_end;
** negative when a dependency is due after what depends on it;
** WG_NOSLACK when i has no due date or nothing bounds it. Dropped items
** bound nothing. */
void wg_slack(const wg_charter *c, wg_arena *a, int *slack);

/* What the checker knows beyond the model, for wg_seat_tally: a figure
** it reported invalid, or that a statement which did not parse may have
** changed, makes the seats unknown, so one mistake gives one diagnostic
** (sema_composition.c). Bits of group[g]: */
enum {
  WG_DOUBT_FIGURE = 1, /* `seats` or `per_region` invalid, or the group has no name */
  WG_DOUBT_QUOTA = 2,  /* a `quota` invalid, or perhaps unseen */
  WG_DOUBT_HOLDS = 4   /* subgroups or members perhaps unseen, or a member named twice */
};

typedef struct wg_seat_doubts {
  const unsigned char *group; /* by group, or NULL: none */
  int nregions;               /* regions a quota counts; -1: those with a name */
  int top;                    /* the composition may hold groups unseen */
} wg_seat_doubts;

/* wg_seat_counts (wg.h) with doubts d (NULL for none). */
void wg_seat_tally(const wg_charter *c, const wg_seat_doubts *d, wg_seats *out, wg_seats *total);

/* One meeting day or run of days. */
typedef struct wg_occurrence {
  int meeting;
  wg_date start, end;
} wg_occurrence;

/* The k-th occurrence (from 0) of meeting m into *o; 0 when there is none.
** A meeting has one, its `on`; a series (`every`) one day each week,
** month, quarter or year from the first day of `on` to its last, a day of
** the month past the month's end falling on its last day (2014-01-31,
** 2014-02-28, 2014-03-31...). */
int wg_occurrence_at(const wg_charter *c, int m, int k, wg_occurrence *o);

/* The number of occurrences of meeting m (at most `max`). */
int wg_occurrence_count(const wg_charter *c, int m, int max);

/* The first `max` occurrences of any meeting that end on or after `day`,
** by start day, ties by source order, into out; returns the count. */
int wg_next_meetings(const wg_charter *c, wg_arena *a, wg_date day, int max, wg_occurrence *out);

#endif
