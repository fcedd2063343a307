/*
** The composition rules (WG301-WG309): do the seats add up, do the named
** members fit them, does a regional quota hold, and does a multistakeholder
** working group seat more than governments.
**
** Every group first gets the number of seats it holds from wg_seat_tally
** (runtime/progress.c), the count `wgc status`, the HTML page and the
** library's users get too; the checker adds what only it knows (doubts:
** values it reported invalid, what statements that did not parse may
** have held). Where docs/rules.md is silent:
** - a group without `seats` holds what its `per_region` or `quota` makes,
**   else the sum of its subgroups, else as many seats as it seats members
**   at once (dated members who follow each other share a seat);
** - a `non_voting` group is left out of its parent's sum and of WG308,
**   but its own seats and members are checked as any group's;
** - a group that has subgroups is checked through them only: its own
**   members (rare) are not counted against its seats (WG303, WG304);
** - the sums (WG301, WG302) are checked in an `open` composition too, as
**   arithmetic; `seats 0` there is no mistake;
** - a seat count that is unknown (invalid, missing, or `seats 0`, all
**   reported elsewhere) makes every sum above it unknown, so one mistake
**   gives one diagnostic; so does a group without a name (WG210), which
**   is not checked until it has one.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../runtime/progress.h"
#include "sema.h"

/* What the rules share: the seats of every group and of the composition
** (wg_seats), and the regions a quota counts. */
typedef struct Seats {
  wg_seats *seats;       /* by group */
  wg_seats all;          /* the composition */
  unsigned char *dup;    /* the group has a member who sits twice (WG305) */
  int nregions;          /* regions with a name, each counted once */
  unsigned char *region; /* region[r]: r is one of those */
  int *count;            /* members per region, for a moment; else all 0 */
  int *want;             /* a group's `quota` by region, for a moment; else all 0 */
} Seats;

/* The most members group gi seats on one day (all of them when none is
** dated), and that day (runtime/derived.c). */
static int seated(const Sema *s, int gi, wg_date *day) {
  wg_date unused;
  return wg_group_seated_peak(s->ch, gi, day ? day : &unused);
}

static const char *plural(long long n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

/* "1st", "2nd", "3rd", "11th"... */
static const char *ordinal(int n) {
  int t = n % 100, u = n % 10;
  return t >= 11 && t <= 13 ? "th" : u == 1 ? "st" : u == 2 ? "nd" : u == 3 ? "rd" : "th";
}

static const Decl *group_decl(Sema *s, int gi) { return s->decls[WG_GROUP][gi]; }

/* The property was written but its value was found invalid (reported),
** or a statement that did not parse may have given it. */
static int bad_prop(Sema *s, int gi, int key, int value) {
  return value < 0 && sema_gave(s, group_decl(s, gi), key);
}

/* A statement that did not parse may have declared more subgroups in
** group gi, or named more members: what it holds is not known. */
static int unsure_subgroups(Sema *s, int gi) {
  return sema_maybe_kind(s, group_decl(s, gi), WG_GROUP);
}

static int unsure_members(Sema *s, int gi) {
  const Decl *d = group_decl(s, gi);
  return sema_maybe_key(s, d, KEY_MEMBERS) || sema_maybe_kind(s, d, WG_MEMBER);
}

/* Whether group gi counts in its parent's seats (not `non_voting`). */
static int counted(const Sema *s, int gi) { return !s->ch->comp.groups[gi].non_voting; }

/* A `quota` was written but is invalid (reported), or a statement that
** did not parse may have been one: the sum is unknown. */
static int bad_quota(Sema *s, int gi) {
  for (const Prop *p = group_decl(s, gi)->props; p; p = p->next)
    if (p->key == KEY_QUOTA && (sema_pbad(s, p) || sema_v(s, p->vals)->bad)) return 1;
  return sema_maybe_key(s, group_decl(s, gi), KEY_QUOTA);
}

/* The seats a group's `quota` pairs add up to; -1 if one is invalid. */
static long long quota_sum(Sema *s, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  long long sum = 0;
  for (int k = 0; k < g->nquotas; k++) sum += g->quotas[k].seats;
  return bad_quota(s, gi) ? -1 : sum;
}

/* What makes group gi's seats unknown to the checker (progress.h): a
** figure it reported invalid, a group without a name (WG210), what a
** statement that did not parse may have held, a member named twice
** (WG305: the count stands or falls with which of the two is a mistake). */
static unsigned char doubts(Sema *s, const Seats *t, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  unsigned char d = 0;
  if (!g->id || bad_prop(s, gi, KEY_PER_REGION, g->per_region)) d |= WG_DOUBT_FIGURE;
  if (g->nquotas && bad_quota(s, gi)) d |= WG_DOUBT_QUOTA;
  if (unsure_subgroups(s, gi) || (!g->nsub && (unsure_members(s, gi) || t->dup[gi])))
    d |= WG_DOUBT_HOLDS;
  return d;
}

/* A region without a name (WG210), or a second one of a name (WG203),
** cannot be referred to, so a quota does not count it. */
static void count_regions(Sema *s, Seats *t) {
  int n = s->ch->nregions;
  t->region = wg_alloc(s->c->arena, (size_t)n + 1);
  t->count = wg_alloc(s->c->arena, (size_t)(n + 1) * sizeof *t->count);
  t->want = wg_alloc(s->c->arena, (size_t)(n + 1) * sizeof *t->want);
  t->nregions = 0;
  for (int r = 0; r < n; r++) {
    const char *id = s->ch->regions[r].id;
    const Name *name = id ? sema_lookup(s, id) : NULL;
    t->region[r] = name && sema_decl(s, name) == s->decls[WG_REGION][r];
    t->nregions += t->region[r];
  }
}

/* Needs t->dup and the regions. */
static void count_seats(Sema *s, Seats *t) {
  const wg_composition *c = &s->ch->comp;
  unsigned char *doubt = wg_alloc(s->c->arena, (size_t)c->ngroups + 1);
  for (int gi = 0; gi < c->ngroups; gi++) doubt[gi] = doubts(s, t, gi);
  wg_seat_doubts d = {doubt, t->nregions, sema_maybe_kind(s, s->comp, WG_GROUP)};
  t->seats = wg_alloc(s->c->arena, (size_t)(c->ngroups + 1) * sizeof *t->seats);
  wg_seat_tally(s->ch, &d, t->seats, &t->all);
}

/* A note saying how many seats group gi holds, at the figure's place. */
static void seats_note(Sema *s, const Seats *t, Diag *d, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  long long n = t->seats[gi].seats;
  switch (t->seats[gi].from) {
  case WG_SEATS_QUOTA:
    if (g->per_region < 0)
      diag_note(s->c, d, g->quotas[0].at, "group `%s` has %lld %s by its quotas", g->id, n,
                plural(n, "seat", "seats"));
    else
      diag_note(s->c, d, g->per_region_at, "group `%s` has %lld %s, %d from each region", g->id,
                n, plural(n, "seat", "seats"), g->per_region);
    break;
  case WG_SEATS_SUBGROUPS:
    diag_note(s->c, d, g->at, "group `%s` has %lld %s in its subgroups", g->id, n,
              plural(n, "seat", "seats"));
    break;
  case WG_SEATS_MEMBERS:
    if (g->dated)
      diag_note(s->c, d, g->at, "group `%s` seats at most %lld %s at once", g->id, n,
                plural(n, "member", "members"));
    else
      diag_note(s->c, d, g->at, "group `%s` names %lld %s", g->id, n,
                plural(n, "member", "members"));
    break;
  default:
    diag_note(s->c, d, g->seats_at, "group `%s` has %lld %s", g->id, n,
              plural(n, "seat", "seats"));
  }
}

/* WG301: the composition's total against its top groups. */
static void seat_count_mismatch(Sema *s, const Seats *t) {
  const wg_composition *c = &s->ch->comp;
  long long sum = t->all.sum;
  if (c->seats < 0 || sum < 0 || sum == c->seats) return;
  Diag *d = diag_report(s->c, RULE_SEAT_COUNT_MISMATCH, c->seats_at,
                        "composition has %d %s but its groups add up to %lld", c->seats,
                        plural(c->seats, "seat", "seats"), sum);
  for (int k = 0; k < c->ntop; k++)
    if (counted(s, c->top[k])) seats_note(s, t, d, c->top[k]);
}

/* WG302: a group's own `seats` against its subgroups. */
static void subgroup_seat_mismatch(Sema *s, const Seats *t, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  if (t->seats[gi].from != WG_SEATS_GIVEN || t->seats[gi].seats < 0 || g->nsub == 0 || unsure_subgroups(s, gi))
    return;
  long long sum = t->seats[gi].sum;
  int any = 0;
  for (int k = 0; k < g->nsub; k++) any |= counted(s, g->sub[k]);
  if (sum < 0 || sum == g->seats || !any) return;
  Diag *d = diag_report(s->c, RULE_SUBGROUP_SEAT_MISMATCH, g->seats_at,
                        "group `%s` has %d %s but its subgroups add up to %lld", g->id, g->seats,
                        plural(g->seats, "seat", "seats"), sum);
  for (int k = 0; k < g->nsub; k++)
    if (counted(s, g->sub[k])) seats_note(s, t, d, g->sub[k]);
}

/* The seats that cap a group's named members: its own `seats` or its
** quota, for a group without subgroups; -1 when there is no cap, or the
** members are not all known. */
static long long member_cap(Sema *s, const Seats *t, const wg_group *g, int gi) {
  if (g->nsub || g->nmembers == 0 || t->seats[gi].seats <= 0 || t->dup[gi] || unsure_members(s, gi))
    return -1;
  return t->seats[gi].from == WG_SEATS_GIVEN || t->seats[gi].from == WG_SEATS_QUOTA ? t->seats[gi].seats : -1;
}

/* Where a group's quota is written: `per_region`, or its first `quota`. */
static wg_span quota_at(const wg_group *g) {
  return g->per_region >= 0 || !g->nquotas ? g->per_region_at : g->quotas[0].at;
}

/* "2015-01-01", for a day some member's dates fall on. */
static const char *day_text(Sema *s, wg_date day) { return sema_day(s, day); }

/* WG303 for a group whose members have dates: the day the most are
** seated, and a note at each member over the cap that day. */
static void too_many_seated(Sema *s, const Seats *t, int gi, long long cap, int peak,
                            wg_date day) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  int quota = t->seats[gi].from == WG_SEATS_QUOTA;
  char fix[80] = "";
  if (!quota) snprintf(fix, sizeof fix, ", or raise its `seats` to %d", peak);
  Diag *d = diag_report(s->c, RULE_TOO_MANY_MEMBERS, quota ? quota_at(g) : g->seats_at,
                        "group `%s` has %lld %s%s but seats %d members on %s: end %lld of their "
                        "terms earlier with `until`%s",
                        g->id, cap, plural(cap, "seat", "seats"),
                        quota ? ", by its regional quota," : "", peak, day_text(s, day),
                        peak - cap, fix);
  int n = 0;
  for (int k = g->member0; k < g->member0 + g->nmembers; k++) {
    const wg_member *m = &c->members[k];
    if ((m->since != WG_NODATE && m->since > day) || (m->until != WG_NODATE && m->until < day))
      continue;
    if (++n > cap)
      diag_note(s->c, d, m->at, "`%s` is the %d%s member seated on %s", m->name, n, ordinal(n),
                day_text(s, day));
  }
}

/* WG303: more members named than seats, where seats are a cap. */
static void too_many_members(Sema *s, const Seats *t, int gi) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  long long cap = member_cap(s, t, g, gi);
  wg_date day;
  int peak = seated(s, gi, &day);
  if (c->open || cap < 0 || peak <= cap) return;
  if (g->dated) {
    too_many_seated(s, t, gi, cap, peak, day);
    return;
  }
  long long extra = g->nmembers - cap;
  int quota = t->seats[gi].from == WG_SEATS_QUOTA;
  char fix[80] = "";
  if (!quota) snprintf(fix, sizeof fix, ", or raise its `seats` to %d", g->nmembers);
  Diag *d = diag_report(s->c, RULE_TOO_MANY_MEMBERS, quota ? quota_at(g) : g->seats_at,
                        "group `%s` has %lld %s%s but names %d members: remove %lld of them%s",
                        g->id, cap, plural(cap, "seat", "seats"),
                        quota ? ", by its regional quota," : "", g->nmembers, extra, fix);
  const wg_member *m = &c->members[g->member0 + cap];
  diag_note(s->c, d, m->at, "the %lld%s member, `%s`, is named here", cap + 1,
            ordinal((int)(cap + 1)), m->name);
}

/* WG304: some members named, but fewer than the seats, on the day the
** most are seated. */
static void vacant_seats(Sema *s, const Seats *t, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  long long cap = member_cap(s, t, g, gi);
  int peak = t->seats[gi].seated; /* no subgroups, when there is a cap */
  if (cap < 0 || peak >= cap) return;
  long long vacant = cap - peak;
  int quota = t->seats[gi].from == WG_SEATS_QUOTA;
  char fix[80] = "";
  if (!quota) snprintf(fix, sizeof fix, ", or lower its `seats` to %d", peak);
  diag_report(s->c, RULE_VACANT_SEATS, quota ? quota_at(g) : g->seats_at,
              "group `%s` has %lld seats but %s %d %s%s, so %lld %s vacant: name the "
              "missing %s%s",
              g->id, cap, g->dated ? "seats at most" : "names only", peak,
              plural(peak, "member", "members"), g->dated ? " at once" : "", vacant,
              plural(vacant, "seat is", "seats are"), plural(vacant, "member", "members"), fix);
}

/* --- WG305 ------------------------------------------------------------- */

/* ASCII alone is its own NFC, and folds case as A-Z to a-z: the common
** case, done without utf8proc's general (and much slower) mapping. */
static char *fold_ascii(Sema *s, const char *name) {
  size_t n = 0;
  while (name[n] && !((unsigned char)name[n] & 0x80)) n++;
  if (name[n]) return NULL;
  char *out = wg_alloc(s->c->arena, n + 1);
  for (size_t i = 0; i <= n; i++)
    out[i] = name[i] >= 'A' && name[i] <= 'Z' ? (char)(name[i] - 'A' + 'a') : name[i];
  return out;
}

/* A member's name as compared: NFC, case folded, in the arena. */
static char *fold(Sema *s, const char *name) {
  char *ascii = fold_ascii(s, name);
  return ascii ? ascii : compile_normalize(s->c, name, strlen(name), 1);
}

static uint32_t fnv(const char *s) {
  uint32_t h = 2166136261u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static const char *group_name(const wg_group *g) { return g->id ? g->id : "(no name)"; }

static void report_duplicate(Sema *s, const wg_member *first, const wg_member *m) {
  const char *g = group_name(&s->ch->comp.groups[m->group]);
  const char *g1 = group_name(&s->ch->comp.groups[first->group]);
  const char *fix = "a member holds one seat, so remove one of the two";
  char where[96] = "this group";
  if (m->group != first->group) snprintf(where, sizeof where, "group `%.60s`", g1);
  Diag *d;
  if (strcmp(first->name, m->name) != 0) /* equal only once folded */
    d = diag_report(s->c, RULE_DUPLICATE_MEMBER, m->at,
                    "`%s` is the same member as `%s`, already named in %s: %s", m->name,
                    first->name, where, fix);
  else if (m->group == first->group)
    d = diag_report(s->c, RULE_DUPLICATE_MEMBER, m->at, "`%s` is named twice in group `%s`: %s",
                    m->name, g, fix);
  else
    d = diag_report(s->c, RULE_DUPLICATE_MEMBER, m->at,
                    "`%s` is named in group `%s` and already in %s: %s", m->name, g, where, fix);
  diag_note(s->c, d, first->at, "`%s` is first named here", first->name);
}

/* WG305: one hash table of folded names over the whole composition.
** A group with a member sitting twice has its count of members left
** unchecked (WG303, WG304, WG306): the count stands or falls with
** which of the two is a mistake. */
static void duplicate_member(Sema *s, Seats *t) {
  const wg_composition *c = &s->ch->comp;
  t->dup = wg_alloc(s->c->arena, (size_t)(c->ngroups + 1));
  if (c->nmembers < 2) return;
  uint32_t cap = 4;
  while (cap < 2u * (uint32_t)c->nmembers) cap *= 2;
  int *slot = wg_alloc(s->c->arena, cap * sizeof *slot);
  char **key = wg_alloc(s->c->arena, (size_t)c->nmembers * sizeof *key);
  memset(slot, -1, cap * sizeof *slot);
  for (int i = 0; i < c->nmembers; i++) {
    key[i] = fold(s, c->members[i].name);
    uint32_t h = fnv(key[i]) & (cap - 1);
    while (slot[h] >= 0 && strcmp(key[slot[h]], key[i]) != 0) h = (h + 1) & (cap - 1);
    if (slot[h] < 0) {
      slot[h] = i;
      continue;
    }
    report_duplicate(s, &c->members[slot[h]], &c->members[i]);
    t->dup[c->members[i].group] = t->dup[c->members[slot[h]].group] = 1;
  }
}

/* --- WG306 ------------------------------------------------------------- */

/* `quota` pairs against the group's own `seats`; 0 if they cannot hold. */
static int quotas_fit_seats(Sema *s, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  long long sum = quota_sum(s, gi);
  if (sum < 0) return 0;
  if (g->seats < 0 || g->seats == sum) return 1;
  Diag *d = diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, g->quotas[0].at,
                        "the quotas of group `%s` add up to %lld %s, but it has %d: make its "
                        "`seats` %lld, or change a quota",
                        g->id, sum, plural(sum, "seat", "seats"), g->seats, sum);
  diag_note(s->c, d, g->seats_at, "group `%s` has %d seats here", g->id, g->seats);
  return 0;
}

/* The quota against the group's own `seats`; 0 if it cannot hold. */
static int quota_fits_seats(Sema *s, const Seats *t, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  int nregions = t->nregions;
  if (g->per_region < 0) return quotas_fit_seats(s, gi);
  if (nregions == 0) {
    diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, g->per_region_at,
                "group `%s` has `per_region %d`, but the charter declares no `region`: declare "
                "the regions the quota counts, as in `region african \"African States\"`",
                g->id, g->per_region);
    return 0;
  }
  long long quota = (long long)g->per_region * nregions;
  if (g->seats < 0 || g->seats == quota) return 1;
  Diag *d = diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, g->per_region_at,
                        "`per_region %d` with %d declared %s makes %lld seats, but group `%s` "
                        "has %d: make its `seats` %lld, or change the quota",
                        g->per_region, nregions, plural(nregions, "region", "regions"), quota,
                        g->id, g->seats, quota);
  diag_note(s->c, d, g->seats_at, "group `%s` has %d seats here", g->id, g->seats);
  return 0;
}

static void no_region(Sema *s, const wg_group *g, const char *name, wg_span at) {
  if (g->per_region < 0)
    diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, at,
                "member `%s` of group `%s` does not say which region it comes from, but the "
                "group has a quota for each region: write `member \"%s\" from REGION`",
                name, g->id, name);
  else
    diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, at,
                "member `%s` of group `%s` does not say which region it comes from, but the "
                "group has %d %s per region: write `member \"%s\" from REGION`",
                name, g->id, g->per_region, plural(g->per_region, "seat", "seats"), name);
}

/* Members of a quota group that do not say where they come from: those
** of `members` cannot. Read from the tree, where a `from` that was
** written but is unresolved (reported) differs from none. 0 if any
** region is missing or unresolved: the tally is then unknown. */
static int members_have_regions(Sema *s, int gi) {
  const Decl *d = group_decl(s, gi);
  const wg_group *g = &s->ch->comp.groups[gi];
  int ok = 1;
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == KEY_MEMBERS && !sema_pbad(s, p))
      for (const Value *v = p->vals; v; v = v->next)
        if (!sema_v(s, v)->bad) no_region(s, g, v->s, v->at), ok = 0;
  for (const Decl *m = d->children; m; m = m->next) {
    if (m->kind != WG_MEMBER || sema_d(s, m)->bad || !m->title) continue;
    const Prop *from = tree_find(m, KEY_FROM);
    if (!from) no_region(s, g, m->title->s, m->title->at), ok = 0;
    else ok &= !sema_pbad(s, from) && from->vals && !sema_v(s, from->vals)->bad;
  }
  return ok;
}

/* "3 from `african` and 1 from `grulac`": the regions off the quota,
** the first four of them by name. */
static const char *off_regions(Sema *s, const Seats *t, int per, int full) {
  const int *count = t->count;
  char *buf = wg_alloc(s->c->arena, 400), *o = buf;
  int off[4], n = 0, more = 0;
  for (int r = 0; r < s->ch->nregions; r++)
    if (t->region[r] && (count[r] > per || (count[r] < per && full))) {
      if (n < 4) off[n++] = r;
      else more++;
    }
  for (int k = 0; k < n; k++)
    o += sprintf(o, "%s%d from `%.40s`", k == 0 ? "" : k == n - 1 && !more ? " and " : ", ",
                 count[off[k]], s->ch->regions[off[k]].id);
  if (more) sprintf(o, " and %d other %s off the quota", more, plural(more, "region", "regions"));
  return buf;
}

/* The named members, N from each region. The seats equal the quota by
** now, so with no region over it and every seat named, each region has
** exactly N; a region short of N is wrong only once every seat is named
** (before that, WG304 reports the vacancy). */
static void quota_tally(Sema *s, const Seats *t, int gi) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  int full = g->nmembers >= t->seats[gi].seats, over = 0;
  for (int k = g->member0; k < g->member0 + g->nmembers; k++)
    over |= ++t->count[c->members[k].from.index] > g->per_region;
  if (over) {
    Diag *d = diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, g->per_region_at,
                          "group `%s` should have %d %s from each region, but has %s", g->id,
                          g->per_region, plural(g->per_region, "member", "members"),
                          off_regions(s, t, g->per_region, full));
    int *seen = wg_alloc(s->c->arena, (size_t)s->ch->nregions * sizeof *seen);
    for (int k = g->member0; k < g->member0 + g->nmembers; k++) {
      const wg_member *m = &c->members[k];
      int n = ++seen[m->from.index];
      if (n > g->per_region)
        diag_note(s->c, d, m->at, "`%s` is the %d%s member from `%s`", m->name, n, ordinal(n),
                  m->from.name);
    }
  }
  for (int k = g->member0; k < g->member0 + g->nmembers; k++)
    t->count[c->members[k].from.index] = 0;
}

/* --- WG306 with `quota` pairs or dated members ---------------------------- */

/* Sets t->want to group g's seats per region: `per_region` for each
** counted region, else its `quota` (0 for a region without one). */
static void set_want(Sema *s, Seats *t, const wg_group *g, int on) {
  for (int r = 0; r < s->ch->nregions; r++)
    t->want[r] = on && g->per_region >= 0 && t->region[r] ? g->per_region : 0;
  for (int k = 0; on && g->per_region < 0 && k < g->nquotas; k++)
    t->want[g->quotas[k].region.index] = g->quotas[k].seats;
}

/* "12 from `african` (quota 11)": the regions off their quotas on the
** day counted (those short of it too, when every seat is filled), the
** first four by name. */
static const char *off_quotas(Sema *s, const Seats *t, int full) {
  char *buf = wg_alloc(s->c->arena, 480), *o = buf;
  int off[4], n = 0, more = 0;
  for (int r = 0; r < s->ch->nregions; r++)
    if (t->count[r] > t->want[r] || (t->count[r] < t->want[r] && full)) {
      if (n < 4) off[n++] = r;
      else more++;
    }
  for (int k = 0; k < n; k++) {
    int r = off[k];
    o += sprintf(o, "%s%d from `%.40s` (quota %d)", k == 0 ? "" : k == n - 1 && !more ? " and " : ", ",
                 t->count[r], s->ch->regions[r].id, t->want[r]);
  }
  if (more) sprintf(o, " and %d other %s off the quota", more, plural(more, "region", "regions"));
  return buf;
}

static int seated_on(const wg_member *m, wg_date day) {
  return day == WG_NODATE || ((m->since == WG_NODATE || m->since <= day) &&
                              (m->until == WG_NODATE || m->until >= day));
}

/* The report, for the members seated on `day` (WG_NODATE: all of them),
** whose tally is in t->count; a note at each one over its region's quota. */
static void quota_over(Sema *s, const Seats *t, int gi, wg_date day, int seated_then) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  int full = seated_then >= t->seats[gi].seats;
  char on[40] = "";
  if (day != WG_NODATE) snprintf(on, sizeof on, " on %s", day_text(s, day));
  Diag *d = diag_report(s->c, RULE_REGIONAL_QUOTA_MISMATCH, quota_at(g),
                        "group `%s` seats members%s that its regional "
                        "quotas do not allow: %s",
                        g->id, on, off_quotas(s, t, full));
  int *seen = wg_alloc(s->c->arena, (size_t)(s->ch->nregions + 1) * sizeof *seen);
  for (int k = g->member0; k < g->member0 + g->nmembers; k++) {
    const wg_member *m = &c->members[k];
    if (!seated_on(m, day)) continue;
    int n = ++seen[m->from.index];
    if (n > t->want[m->from.index])
      diag_note(s->c, d, m->at, "`%s` is the %d%s member from `%s`%s", m->name, n, ordinal(n),
                m->from.name, on);
  }
}

/* Counts member m in or out of its region; returns the change in the
** number of regions over their quota. */
static int tally(Seats *t, const wg_member *m, int delta) {
  int r = m->from.index, was = t->count[r] > t->want[r];
  t->count[r] += delta;
  return (t->count[r] > t->want[r]) - was;
}

/* A member's day of joining (+1) or leaving (-1, the day after `until`). */
typedef struct Turn {
  wg_date day;
  int member, delta;
} Turn;

static int by_turn(const void *a, const void *b) {
  const Turn *x = a, *y = b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  return (x->member > y->member) - (x->member < y->member);
}

/* The members seated on each day the seating changes, in date order, up
** to the first day some region is over its quota: reported then. */
static void quota_sweep(Sema *s, Seats *t, int gi) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  Turn *v = wg_alloc(s->c->arena, (size_t)(2 * g->nmembers + 1) * sizeof *v);
  int n = 0, over = 0, now = 0;
  for (int k = g->member0; k < g->member0 + g->nmembers; k++) {
    const wg_member *m = &c->members[k];
    if (m->since == WG_NODATE) over += tally(t, m, 1), now++;
    else v[n++] = (Turn){m->since, k, 1};
    if (m->until != WG_NODATE) v[n++] = (Turn){m->until + 1, k, -1};
  }
  qsort(v, (size_t)n, sizeof *v, by_turn);
  wg_date day = n ? v[0].day - 1 : WG_NODATE;
  for (int k = 0; !over && k < n;) {
    day = v[k].day;
    for (; k < n && v[k].day == day; k++) over += tally(t, &c->members[v[k].member], v[k].delta),
                                          now += v[k].delta;
  }
  if (over) quota_over(s, t, gi, day, now);
  for (int r = 0; r < s->ch->nregions; r++) t->count[r] = 0;
}

/* WG306: the quota against the seats, the members' `from`, the tally.
** A quota on a group with subgroups is checked for its seats only. */
static void regional_quota_mismatch(Sema *s, Seats *t, int gi) {
  const wg_composition *c = &s->ch->comp;
  const wg_group *g = &c->groups[gi];
  if ((g->per_region < 0 && !g->nquotas) || g->bad_seats || (g->seats == 0 && !c->open)) return;
  if (sema_maybe_kind(s, s->c->root, WG_REGION)) return; /* the regions are not all known */
  if (!quota_fits_seats(s, t, gi) || g->nsub || !members_have_regions(s, gi)) return;
  if (unsure_members(s, gi)) return;
  if (g->nmembers == 0 || t->dup[gi]) return;
  if (!c->open && t->seats[gi].seated > t->seats[gi].seats) return; /* WG303 */
  if (g->per_region >= 0 && !g->dated) {
    quota_tally(s, t, gi); /* version 1's words */
    return;
  }
  set_want(s, t, g, 1);
  quota_sweep(s, t, gi);
  set_want(s, t, g, 0);
}

/* --- WG307-WG309 ------------------------------------------------------- */

/* WG307: a group that holds no seat. A group with subgroups is left to
** them, so a seatless subtree is reported at its leaves only. */
static void group_without_seats(Sema *s, const Seats *t, int gi) {
  const wg_group *g = &s->ch->comp.groups[gi];
  if (s->ch->comp.open) return;
  if (g->seats == 0)
    diag_report(s->c, RULE_GROUP_WITHOUT_SEATS, g->seats_at,
                "group `%s` has `seats 0`: give it its seats, or remove the group", g->id);
  else if (t->seats[gi].from == WG_SEATS_NONE && g->nsub == 0)
    diag_report(s->c, RULE_GROUP_WITHOUT_SEATS, g->at,
                "group `%s` has no seats: give it `seats N`, subgroups with seats, or named "
                "members; or mark the composition `open` if anyone may join", g->id);
}

/* Stakeholder categories seated, as bits of 1 << stakeholder; -1 when
** a group's stakeholder is invalid (reported), so nothing can be said.
** Seats are held by the leaf groups, each with its own stakeholders or
** the nearest ancestor's; a leaf's seat problems are WG307's. A group
** seating several categories counts under each; a `non_voting` group
** (and what it holds) under none: `*listed` gets those. */
static int seated_categories(Sema *s, int *listed) {
  const wg_composition *c = &s->ch->comp;
  unsigned *st = wg_alloc(s->c->arena, (size_t)(c->ngroups + 1) * sizeof *st);
  unsigned char *nv = wg_alloc(s->c->arena, (size_t)c->ngroups + 1);
  int bits = 0;
  *listed = 0;
  if (sema_maybe_kind(s, s->comp, WG_GROUP)) return -1;
  for (int gi = 0; gi < c->ngroups; gi++) { /* a parent comes before its subgroups */
    const wg_group *g = &c->groups[gi];
    if (bad_prop(s, gi, KEY_STAKEHOLDER, g->stakeholder ? g->stakeholder : -1)) return -1;
    if (unsure_subgroups(s, gi)) return -1;
    st[gi] = g->stakeholders ? g->stakeholders : g->parent >= 0 ? st[g->parent] : 0;
    nv[gi] = g->non_voting || (g->parent >= 0 && nv[g->parent]);
    if (g->nsub == 0 && nv[gi]) *listed |= (int)st[gi];
    else if (g->nsub == 0) bits |= (int)st[gi];
  }
  return bits;
}

/* "`government` and `intergovernmental`". */
static const char *categories_phrase(Sema *s, int bits, const char *last) {
  char *buf = wg_alloc(s->c->arena, 200), *o = buf;
  int n = 0, total = __builtin_popcount((unsigned)bits);
  for (int k = 1; wg_stakeholder_words[k - 1]; k++) {
    if (!(bits & (1 << k))) continue;
    o += sprintf(o, "%s`%s`", n == 0 ? "" : n == total - 1 ? last : ", ",
                 wg_stakeholder_words[k - 1]);
    n++;
  }
  return buf;
}

/* Every category, as bits. */
static int all_categories(void) {
  int all = 0;
  for (int k = 1; wg_stakeholder_words[k - 1]; k++) all |= 1 << k;
  return all;
}

/* WG308's advice: the categories missing, by name. Only a charter that
** says nothing else (no other category anywhere, not even among its
** non-voting seats) is told it may be intergovernmental instead. */
static const char *imbalance_fix(Sema *s, int bits, int listed) {
  const int governmental = 1 << WG_GOVERNMENT | 1 << WG_STAKEHOLDER_INTERGOVERNMENTAL;
  char *buf = wg_alloc(s->c->arena, 320);
  if (bits & ~governmental) { /* one non-governmental category alone */
    snprintf(buf, 320, "seat %s as well, in groups with that `stakeholder`",
             categories_phrase(s, all_categories() & ~bits, " or "));
    return buf;
  }
  if (!(listed & ~governmental))
    return "add groups for non-governmental stakeholders (`civil_society`, `private_sector`, "
           "`technical`, `academia`), or declare the character `intergovernmental`";
  snprintf(buf, 320, "give %s seats with a vote, in groups with that `stakeholder`",
           categories_phrase(s, all_categories() & ~governmental, " or "));
  return buf;
}

/* WG308. `intergovernmental` is a stakeholder category of its own (the
** seeds seat international organisations beside States), but it is not
** a non-governmental one: States and their organisations alone make an
** intergovernmental composition, whatever the charter calls it. */
static void multistakeholder_imbalance(Sema *s) {
  const wg_charter *ch = s->ch;
  if (ch->wg.character != WG_MULTISTAKEHOLDER || !ch->has_composition || ch->comp.open) return;
  int listed, bits = seated_categories(s, &listed);
  const int governmental = 1 << WG_GOVERNMENT | 1 << WG_STAKEHOLDER_INTERGOVERNMENTAL;
  if (bits < 0 || (__builtin_popcount((unsigned)bits) >= 2 && (bits & ~governmental))) return;
  Diag *d;
  if (bits == 0)
    d = diag_report(s->c, RULE_MULTISTAKEHOLDER_IMBALANCE, ch->comp.at,
                    "the working group is `multistakeholder`, but no group of its composition "
                    "says its `stakeholder`: give each group one, such as `stakeholder "
                    "civil_society`");
  else
    d = diag_report(s->c, RULE_MULTISTAKEHOLDER_IMBALANCE, ch->comp.at,
                    "the working group is `multistakeholder`, but its composition seats only "
                    "%s: %s", categories_phrase(s, bits, " and "), imbalance_fix(s, bits, listed));
  Prop *p = tree_find(s->wg, KEY_CHARACTER);
  if (p && p->vals) diag_note(s->c, d, p->vals->at, "the character is declared here");
}

/* WG309: no composition at all. */
static void missing_composition(Sema *s) {
  if (s->ch->has_composition || sema_maybe_kind(s, s->c->root, WG_COMPOSITION)) return;
  wg_span at = s->ch->has_wg ? s->ch->wg.at : (wg_span){s->c->src->bom, 0};
  diag_report(s->c, RULE_MISSING_COMPOSITION, at,
              "the charter has no `composition`: add one saying who sits in the working group "
              "and with how many seats, or write `composition { open }` if anyone may take part");
}

void sema_composition(Sema *s) {
  missing_composition(s);
  if (!s->ch->has_composition) return;
  const wg_composition *c = &s->ch->comp;
  Seats t;
  duplicate_member(s, &t);
  count_regions(s, &t);
  count_seats(s, &t);
  seat_count_mismatch(s, &t);
  for (int gi = 0; gi < c->ngroups; gi++) {
    if (!c->groups[gi].id) continue; /* WG210; named, it will be checked */
    subgroup_seat_mismatch(s, &t, gi);
    too_many_members(s, &t, gi);
    vacant_seats(s, &t, gi);
    regional_quota_mismatch(s, &t, gi);
    group_without_seats(s, &t, gi);
  }
  multistakeholder_imbalance(s);
}
