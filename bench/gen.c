/*
** bench/gen: writes a synthetic but realistic charter for the benchmark.
**
**   gen N OUT.wg OUT.json
**
** OUT.wg holds N items (about 2/3 deliverables, 1/3 recommendations in
** topics of 20), a working group, mandates, bodies, roles, 5 regions,
** meetings, events and a composition of max(1000, N/10) named members.
** OUT.json is the same charter shaped like `wgc json` output (CLI.md), so
** that `jq -c . OUT.json` does work comparable to `wgc json OUT.wg`.
**
** The charter is meant to be clean under RULES.md: every name referenced
** is declared, every body, role, region and event is referenced (for N of
** 20 or more; below that some go unused, WG701), dependencies point to
** earlier items only and are due no later than their dependants,
** completed items depend only on completed ones, nothing depends on a
** dropped item, seat counts add up, meetings do not overlap.
** A fixed LCG makes the output depend on N alone.
**
** Where CLI.md shows no example, the JSON makes a plain choice: `term` is
** {"start", "end"}; `after` is the resolved date with `after_ref` beside
** it, as `due` has `due_ref`; `order` is source order, which here is a
** topological order with ties in source order.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { DELIVERABLE, RECOMMENDATION };
enum { NO_AFTER, AFTER_ITEM, AFTER_MEETING, AFTER_EVENT, AFTER_DAY, AFTER_MONTH };
enum { ST_NONE, ST_NOT_STARTED, ST_ONGOING, ST_COMPLETED, ST_UNCERTAIN, ST_DROPPED };

/* How an item is laid out in the source, to exercise each statement form. */
enum { STYLE_BLOCK, STYLE_ONE_LINE, STYLE_INLINE };

#define TOPIC_SIZE 20
#define BLOCK_SIZE 60 /* 40 deliverables, then a topic of 20 */
#define MAX_DEPS 3
#define MAX_OWNERS 2
#define NREGIONS 5
#define MAX_GROUPS 16

typedef struct Item {
  int kind, topic, number; /* number: ordinal among deliverables, or within topic */
  int word, subject;       /* title parts */
  int due, due_meeting;    /* day number; meeting index or -1 */
  int due_month;           /* write `due` with month precision */
  int after_kind, after_ref, after_day;
  int deps[MAX_DEPS], ndeps;
  int owners[MAX_OWNERS], nowners; /* indexes into the owner pool; 0 = topic's */
  int status, cost, style, comment;
} Item;

typedef struct Meeting {
  int start, end, online, agenda;
} Meeting;

typedef struct Group {
  const char *id, *title, *stakeholder;
  int parent, share; /* share: percent of all members, leaves only */
  int regional, form; /* regional: has per_region; form: how members are written */
} Group;

/* Which members a group names: [first, first + count). */
typedef struct Seats {
  int first, count, per_region;
} Seats;

typedef struct Gen {
  unsigned long long seed;
  int n, nmeetings, nmembers, nfacilitators;
  Item *items;
  Meeting *meetings;
  int *member_region; /* region of each member, or -1 */
  Seats seats[MAX_GROUPS]; /* per entry of groups[] */
  const char **pool;  /* owner ids: roles, bodies, groups, the working group */
  char *pool_text;
  int npool, assigned;
  int *chain, *chain_len; /* critical path: best predecessor and length */
} Gen;

/* ---- deterministic randomness and dates -------------------------------- */

static unsigned rng(Gen *g) {
  g->seed = g->seed * 6364136223846793005ULL + 1442695040888963407ULL;
  return (unsigned)(g->seed >> 33);
}

static int below(Gen *g, int n) { return n > 0 ? (int)(rng(g) % (unsigned)n) : 0; }

static int chance(Gen *g, int percent) { return below(g, 100) < percent; }

/* Day number of a civil date (days since 1970-01-01), after H. Hinnant. */
static int day_of(int y, int m, int d) {
  y -= m <= 2;
  int era = y / 400, yoe = y - era * 400;
  int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

static void split_day(int z, int *y, int *m, int *d) {
  z += 719468;
  int era = z / 146097, doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

static const char *date_text(int day, char buf[11]) {
  int y, m, d;
  split_day(day, &y, &m, &d);
  snprintf(buf, 11, "%04d-%02d-%02d", y, m, d);
  return buf;
}

static int first_of_month(int day) {
  int y, m, d;
  split_day(day, &y, &m, &d);
  return day_of(y, m, 1);
}

static int is_month_end(int day) { return first_of_month(day + 1) == day + 1; }

/* ---- the fixed parts of the charter ------------------------------------ */

/* The schedule: every due falls in [ITEMS_FROM, ITEMS_TO] or on a meeting,
** every meeting before MEETINGS_TO, and the report is due after both. */
#define ESTABLISHED day_of(2020, 1, 15)
#define MEETINGS_FROM day_of(2020, 2, 3)
#define MEETINGS_TO day_of(2025, 11, 28)
#define ITEMS_FROM day_of(2020, 3, 2)
#define ITEMS_TO day_of(2025, 10, 31)

static const char *const region_id[NREGIONS] = {
  "african", "asia_pacific", "eastern_europe", "grulac", "weog"};
static const char *const region_title[NREGIONS] = {
  "African States", "Asia-Pacific States", "Eastern European States",
  "Latin American and Caribbean States", "Western European and other States"};

typedef struct Body { const char *id, *title, *reports_to; } Body;

/* The first three are referenced by the working group and the mandates;
** the rest (from OWNER_BODIES on) only as owners. */
#define OWNER_BODIES 4
static const Body bodies[] = {
  {"UNGA", "United Nations General Assembly", NULL},
  {"ECOSOC", "Economic and Social Council", "UNGA"},
  {"CSTD", "Commission on Science and Technology for Development", "ECOSOC"},
  {"UNSG", "Office of the Secretary-General", "UNGA"},
  {"secretariat", "CSTD secretariat (UNCTAD)", "CSTD"},
  {"MAG", "IGF Multistakeholder Advisory Group", "UNSG"},
  {"ITU", "International Telecommunication Union", NULL},
  {"UNESCO", "United Nations Educational, Scientific and Cultural Organization", NULL},
  {"UNDESA", "UN Department of Economic and Social Affairs", "ECOSOC"},
  {"OECD", "Organisation for Economic Co-operation and Development", NULL},
  {"ICANN", "Internet Corporation for Assigned Names and Numbers", NULL},
  {"ISOC", "Internet Society", NULL},
  {"IETF", "Internet Engineering Task Force", NULL},
};
#define NBODIES ((int)(sizeof bodies / sizeof bodies[0]))

typedef struct Event { const char *id, *title, *at; int y, m, d, days; } Event;

/* In order of their last day, which the forced `after` references rely on;
** the last one is where the report is due and is not used otherwise. */
static const Event events[] = {
  {"IGF2020", "15th IGF (virtual)", "online", 2020, 11, 2, 16},
  {"CSTD24", "CSTD 24th session", "Geneva", 2021, 5, 17, 5},
  {"IGF2021", "16th IGF", "Katowice", 2021, 12, 6, 5},
  {"CSTD25", "CSTD 25th session", "Geneva", 2022, 3, 28, 5},
  {"IGF2022", "17th IGF", "Addis Ababa", 2022, 11, 28, 5},
  {"CSTD26", "CSTD 26th session", "Geneva", 2023, 3, 27, 5},
  {"IGF2023", "18th IGF", "Kyoto", 2023, 10, 8, 5},
  {"CSTD27", "CSTD 27th session", "Geneva", 2024, 4, 15, 5},
  {"IGF2024", "19th IGF", "Riyadh", 2024, 12, 15, 5},
  {"CSTD28", "CSTD 28th session", "Gen\u00e8ve", 2025, 4, 7, 5},
  {"IGF2025", "20th IGF", "Lillestr\u00f8m", 2025, 6, 23, 5},
  {"CSTD29", "CSTD 29th session", "Geneva", 2026, 4, 20, 5},
};
#define NEVENTS ((int)(sizeof events / sizeof events[0]))
#define REPORT_EVENT (NEVENTS - 1)

static int event_start(int e) { return day_of(events[e].y, events[e].m, events[e].d); }
static int event_end(int e) { return event_start(e) + events[e].days - 1; }

/* Members spread over groups; `share` is each leaf's percent of them.
** The regional group's share is rounded to a multiple of 5 (per_region). */
enum { FORM_LINES, FORM_LIST, FORM_BLOCKS };
static const Group groups[] = {
  {"states", "Member States", "government", -1, 0, 0, 0},
  {"regional", "Member States, by regional group", NULL, 0, 25, 1, FORM_LINES},
  {"observers", "Observer States", NULL, 0, 8, 0, FORM_LIST},
  {"business", "Business and private sector", "private_sector", -1, 0, 0, 0},
  {"business-global", "Global companies and associations", NULL, 3, 9, 0, FORM_LINES},
  {"business-sme", "Small and medium enterprises", NULL, 3, 6, 0, FORM_LIST},
  {"civil", "Civil society", "civil_society", -1, 16, 0, FORM_LINES},
  {"tech", "Technical community", "technical", -1, 12, 0, FORM_LIST},
  {"academic", "Academia", "academia", -1, 12, 0, FORM_BLOCKS},
  {"io", "Intergovernmental organizations", "intergovernmental", -1, 12, 0, FORM_LIST},
};
#define NGROUPS ((int)(sizeof groups / sizeof groups[0]))
_Static_assert(sizeof groups / sizeof groups[0] <= MAX_GROUPS, "raise MAX_GROUPS");

typedef struct Kind { const char *id, *title; } Kind;
static const Kind kinds[] = {
  {"questionnaire", "Questionnaire to stakeholders on"},
  {"survey", "Survey of practice in"},
  {"analysis", "Analysis of contributions on"},
  {"synthesis", "Synthesis paper on"},
  {"draft", "Draft text on"},
  {"progress-report", "Progress report on"},
  {"briefing", "Briefing note on"},
  {"mapping", "Mapping of initiatives in"},
  {"study", "Background study on"},
  {"consultation", "Open consultation on"},
  {"compilation", "Compilation of inputs on"},
  {"peer_review", "Peer review of work on"},
  {"webinar", "Webinar series on"},
  {"toolkit", "Toolkit on"},
};
#define NKINDS ((int)(sizeof kinds / sizeof kinds[0]))

static const char *const verbs[] = {
  "Strengthen", "Improve", "Encourage work on", "Support", "Develop guidance on",
  "Review", "Expand", "Clarify the mandate for", "Publish yearly figures on",
  "Invite proposals on",
};
#define NVERBS ((int)(sizeof verbs / sizeof verbs[0]))

static const char *const subjects[] = {
  "capacity development in developing countries", "financing of the IGF",
  "intersessional work", "participation from developing countries",
  "outreach and communication", "linkages with other Internet governance fora",
  "the IGF website and online tools", "national and regional IGF initiatives",
  "best practice forums", "dynamic coalitions", "youth engagement",
  "gender balance in participation", "remote participation",
  "the role of governments in enhanced cooperation",
  "public policy issues pertaining to the Internet", "cybersecurity and trust",
  "data governance", "artificial intelligence", "meaningful connectivity",
  "multilingualism and local content", "human rights online", "digital inclusion",
  "the Global Digital Compact", "the WSIS+20 review", "the working methods of the MAG",
  "host country agreements", "the IGF trust fund", "the \"One World\" connectivity pledge",
  "measurement of the information society", "environmental sustainability",
};
#define NSUBJECTS ((int)(sizeof subjects / sizeof subjects[0]))

/* Names; all distinct even after case folding, so members never repeat. */
static const char *const first_names[] = {
  "Amina", "Peter", "Jos\u00e9", "Mei", "Olga", "Kwame", "Ana", "Hiroshi",
  "Fatima", "Lars", "Chiara", "Rahul", "Zo\u00eb", "Tunde", "Sofia", "Ivan",
  "Lucia", "Omar", "Ingrid", "Kofi", "Elena", "Juan", "Aisha", "Pavel",
  "Nadia", "Carlos", "Yuki", "Grace", "Mateo", "Leila", "Sipho", "Marta",
  "Andr\u00e9", "Priya", "Tom\u00e1\u0161", "Nora", "Diego", "Hana", "Samuel",
  "Ay\u015fe", "Bj\u00f6rn", "Keiko", "Mariam", "Luca", "Adaeze", "Tariq",
  "Camila", "Jonas", "Wanjiru", "Dmitri", "Isabel", "Ren\u00e9", "Thandiwe",
  "Felipe", "Noor", "Henrik", "Valentina", "Arjun", "Eszter", "Moussa", "Julia",
  "Kenji", "Rosa", "Abebe",
};
static const char *const last_names[] = {
  "Okafor", "Major", "Garc\u00eda", "Chen", "Ivanova", "Mensah", "Silva",
  "Tanaka", "Haddad", "Nilsson", "Rossi", "Sharma", "M\u00fcller", "Adeyemi",
  "Kowalski", "Petrov", "Fern\u00e1ndez", "Diallo", "Johansen", "Asante",
  "Popescu", "L\u00f3pez", "Abdullah", "Nov\u00e1k", "Kariuki", "Santos",
  "Suzuki", "Mwangi", "Dubois", "Nguyen", "Mahlangu", "Horvat", "Dupont",
  "Kumar", "Dvo\u0159\u00e1k", "Lindqvist", "Torres", "Park", "Osei",
  "Y\u0131lmaz", "Andersen", "Watanabe", "Hassan", "Bianchi", "Eze", "Khan",
  "Moreno", "Schmidt", "Otieno", "Sokolov", "Ribeiro", "Lefebvre", "Ndlovu",
  "Castro", "Rahman", "Berg", "Gallo", "Patel", "Szab\u00f3", "Traor\u00e9",
  "Weber", "Sato", "Vargas", "Tesfaye",
};
#define NFIRST ((int)(sizeof first_names / sizeof first_names[0]))
#define NLAST ((int)(sizeof last_names / sizeof last_names[0]))

/* Person k's name; distinct k give distinct names. The stride scatters
** consecutive k over first names, initials and last names alike. */
static void person(int k, char *buf, size_t size) {
  const int combos = NFIRST * NLAST * 26;
  int round = k / combos;
  int j = (int)(((long long)(k % combos) * 7919) % combos); /* 7919 is prime */
  int f = j % NFIRST, i = (j / NFIRST) % 26, l = j / NFIRST / 26;
  int len = snprintf(buf, size, "%s %c. %s", first_names[f], 'A' + i, last_names[l]);
  if (round > 0 && len > 0 && (size_t)len < size)
    snprintf(buf + len, size - (size_t)len, " (%d)", round + 1);
}

static const char *ordinal_suffix(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

static const char *const status_word[] = {
  NULL, "not_started", "ongoing", "completed", "uncertain", "dropped"};
static const char *const cost_word[] = {NULL, "yes", "no", "unknown"};
static const char *const venues[] = {"Geneva", "New York", "Gen\u00e8ve", "Nairobi", "Bangkok"};
static const char *const agendas[] = {
  "Adoption of the agenda", "Review of contributions", "Drafting session",
  "Consultation with observers", "Programme of work"};

static void *xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size);
  if (!p) {
    fputs("gen: out of memory\n", stderr);
    exit(2);
  }
  return p;
}

/* ---- building the model ------------------------------------------------ */

/* Meetings every few days over the whole schedule, never overlapping:
** starts are at least 5 days apart and a meeting lasts at most 3. */
static void plan_meetings(Gen *g) {
  int span = MEETINGS_TO - MEETINGS_FROM;
  g->nmeetings = 8 + g->n / 400;
  if (g->nmeetings > span / 5) g->nmeetings = span / 5;
  g->meetings = xcalloc((size_t)g->nmeetings, sizeof *g->meetings);
  for (int k = 0; k < g->nmeetings; k++) {
    Meeting *m = &g->meetings[k];
    m->start = MEETINGS_FROM + (int)((long long)k * span / (g->nmeetings - 1));
    m->end = m->start + below(g, 3);
    m->online = chance(g, 20);
    m->agenda = below(g, 3);
  }
}

/* Leaves get their share of members; parents sum their children. Every
** group ends with exactly as many seats as named members (no WG304), and
** the regional group's members come equally from each region (WG306). */
static void plan_composition(Gen *g) {
  g->nmembers = g->n / 10 < 1000 ? 1000 : g->n / 10;
  int next = 0, last_leaf = -1;
  for (int i = 0; i < NGROUPS; i++) {
    Seats *s = &g->seats[i];
    if (!groups[i].share) continue;
    s->count = g->nmembers * groups[i].share / 100;
    if (groups[i].regional) {
      s->per_region = s->count / NREGIONS;
      s->count = s->per_region * NREGIONS;
    }
    s->first = next;
    next += s->count;
    last_leaf = i;
  }
  g->seats[last_leaf].count += g->nmembers - next; /* rounding remainder */
  g->member_region = xcalloc((size_t)g->nmembers, sizeof *g->member_region);
  for (int i = 0; i < NGROUPS; i++) {
    const Seats *s = &g->seats[i];
    for (int k = 0; k < s->count; k++)
      g->member_region[s->first + k] = groups[i].regional ? k % NREGIONS
                                       : chance(g, 50) ? below(g, NREGIONS) : -1;
  }
}

static int group_seats(const Gen *g, int i) {
  int seats = g->seats[i].count;
  for (int c = 0; c < NGROUPS; c++)
    if (groups[c].parent == i) seats += group_seats(g, c);
  return seats;
}

/* The roles that own items: these, then facilitator-1..N (one per ~1000
** items), who own the topics in turn. */
static const char *const fixed_roles[][2] = {
  {"chair", "Chair of the working group"}, {"vice-chair-1", "Vice-chair"},
  {"vice-chair-2", "Vice-chair"}, {"rapporteur", "Rapporteur"}};
#define NFIXED_ROLES ((int)(sizeof fixed_roles / sizeof fixed_roles[0]))

static int nroles(const Gen *g) { return NFIXED_ROLES + g->nfacilitators; }

static const char *role_title(int i) {
  return i < NFIXED_ROLES ? fixed_roles[i][1] : "Facilitator of a topic";
}

static const char *topic_owner(const Gen *g, int topic) {
  return g->pool[NFIXED_ROLES + topic % g->nfacilitators];
}

/* Owner ids: roles first, so that a small charter still names each one. */
static void plan_owners(Gen *g) {
  g->nfacilitators = 3 + g->n / 1000;
  g->npool = nroles(g) + (NBODIES - OWNER_BODIES) + NGROUPS + 1;
  g->pool = xcalloc((size_t)g->npool, sizeof *g->pool);
  g->pool_text = xcalloc((size_t)g->nfacilitators, 24);
  int p = 0;
  for (int i = 0; i < NFIXED_ROLES; i++) g->pool[p++] = fixed_roles[i][0];
  for (int i = 0; i < g->nfacilitators; i++) {
    char *s = g->pool_text + 24 * i;
    snprintf(s, 24, "facilitator-%d", i + 1);
    g->pool[p++] = s;
  }
  for (int i = OWNER_BODIES; i < NBODIES; i++) g->pool[p++] = bodies[i].id;
  for (int i = 0; i < NGROUPS; i++) g->pool[p++] = groups[i].id;
  g->pool[p++] = "WGDC";
}

/* Pool index of the next owner: the whole pool in turn, then at random. */
static int next_owner(Gen *g) {
  return g->assigned < g->npool ? g->assigned++ : below(g, g->npool);
}

/* Kinds follow blocks of 60: 40 deliverables, then one topic of 20. */
static void plan_kinds(Gen *g) {
  int deliverables = 0, topic = -1;
  for (int i = 0; i < g->n; i++) {
    Item *it = &g->items[i];
    int pos = i % BLOCK_SIZE;
    it->kind = pos < BLOCK_SIZE - TOPIC_SIZE ? DELIVERABLE : RECOMMENDATION;
    if (it->kind == DELIVERABLE) {
      it->number = ++deliverables;
      it->topic = -1;
      continue;
    }
    if (pos == BLOCK_SIZE - TOPIC_SIZE) topic++;
    it->topic = topic;
    it->number = pos - (BLOCK_SIZE - TOPIC_SIZE) + 1;
  }
}

/* Dues never decrease along the source, so every dependency (always an
** earlier item) is due no later than its dependant: no WG502. Sometimes
** the due is the next meeting; that runs ahead of the plain schedule by
** at most 30 days and stays within the meetings, before the report. The
** last item is due a day after all others, so one item is due last. */
static void plan_due(Gen *g, int i, int *meeting) {
  Item *it = &g->items[i];
  int steps = g->n > 1 ? g->n - 1 : 1;
  int nominal = ITEMS_FROM + (int)((long long)i * (ITEMS_TO - ITEMS_FROM) / steps);
  int prev = i > 0 ? g->items[i - 1].due : nominal;
  int last = i > 0 && i == g->n - 1; /* due alone after all the others */
  it->due = nominal > prev + last ? nominal : prev + last;
  it->due_meeting = -1;
  while (*meeting < g->nmeetings && g->meetings[*meeting].start < it->due) (*meeting)++;
  if (*meeting < g->nmeetings && !last && chance(g, 8) &&
      g->meetings[*meeting].start - it->due <= 30) {
    it->due = g->meetings[*meeting].start;
    it->due_meeting = *meeting;
  }
  it->due_month = it->due_meeting < 0 && is_month_end(it->due) && chance(g, 60);
}

/* Early items are done, the middle is under way, the rest is ahead. Since
** dependencies are earlier, a completed item only depends on completed
** ones (no WG601). */
static int pick_status(Gen *g, int i) {
  int permille = (int)((long long)i * 1000 / g->n);
  if (permille < 350) return ST_COMPLETED;
  if (permille < 600) {
    int r = below(g, 100);
    return r < 80 ? ST_ONGOING : r < 92 ? ST_UNCERTAIN : r < 95 ? ST_DROPPED : ST_NONE;
  }
  return chance(g, 60) ? ST_NOT_STARTED : ST_NONE;
}

/* 1-3 distinct earlier items, mostly recent ones, never a dropped one
** (no WG603). Earlier only, so the graph is a DAG. The last item always
** has some, so that the critical path ends in a real chain. */
static void pick_deps(Gen *g, int i) {
  Item *it = &g->items[i];
  if (i == 0 || (!chance(g, 85) && i < g->n - 1)) return;
  int want = 1 + below(g, MAX_DEPS);
  for (int tries = 0; tries < 8 && it->ndeps < want; tries++) {
    int recent = i < 40 ? i : 40;
    int j = chance(g, 70) ? i - 1 - below(g, recent) : below(g, i);
    int dup = g->items[j].status == ST_DROPPED;
    for (int k = 0; k < it->ndeps; k++) dup |= it->deps[k] == j;
    if (!dup) it->deps[it->ndeps++] = j;
  }
}

/* Some `after`: an event (each one once, as soon as it is over, so that
** all are referenced), a meeting, an earlier item or a date. Each one
** ends at least a day before the due, so no WG508 either way `after` is
** read (that day, or the day after it). */
static void pick_after(Gen *g, int i, int *event, int *meeting) {
  Item *it = &g->items[i];
  while (*meeting + 1 < g->nmeetings && g->meetings[*meeting + 1].end + 1 < it->due) (*meeting)++;
  if (*event < REPORT_EVENT && event_end(*event) + 1 < it->due) {
    it->after_kind = AFTER_EVENT;
    it->after_ref = (*event)++;
    return;
  }
  int r = below(g, 100);
  if (r < 10 && g->meetings[*meeting].end + 1 < it->due) {
    it->after_kind = AFTER_MEETING;
    it->after_ref = *meeting;
  } else if (r < 22 && it->ndeps && g->items[it->deps[0]].due + 1 < it->due) {
    it->after_kind = AFTER_ITEM;
    it->after_ref = it->deps[0];
  } else if (r < 26 && it->due - 10 > ESTABLISHED) {
    int room = it->due - 10 - ESTABLISHED; /* keeps the date after establishment */
    it->after_kind = AFTER_DAY;
    it->after_day = it->due - 5 - below(g, room < 60 ? room : 60);
  } else if (r < 30 && first_of_month(it->due - 40) >= ESTABLISHED) {
    it->after_kind = AFTER_MONTH;
    it->after_day = first_of_month(it->due - 40);
  }
}

/* A recommendation mostly takes its topic's owner (nowners == 0). */
static void pick_owners(Gen *g, Item *it) {
  if (it->kind == RECOMMENDATION && chance(g, 80)) return;
  it->owners[it->nowners++] = next_owner(g);
  if (chance(g, 15)) {
    int o = below(g, g->npool);
    if (o != it->owners[0]) it->owners[it->nowners++] = o;
  }
}

static void pick_style(Gen *g, Item *it) {
  it->style = STYLE_BLOCK;
  if (it->ndeps == 0 && it->after_kind == NO_AFTER && chance(g, 50)) it->style = STYLE_INLINE;
  else if (it->ndeps <= 1 && chance(g, 15)) it->style = STYLE_ONE_LINE;
  it->comment = chance(g, 2);
}

static void plan_items(Gen *g) {
  int due_meeting = 0, after_meeting = 0, event = 0;
  plan_kinds(g);
  for (int i = 0; i < g->n; i++) {
    Item *it = &g->items[i];
    it->word = below(g, it->kind == DELIVERABLE ? NKINDS : NVERBS);
    it->subject = below(g, NSUBJECTS);
    plan_due(g, i, &due_meeting);
    it->status = pick_status(g, i);
    pick_deps(g, i);
    pick_after(g, i, &event, &after_meeting);
    pick_owners(g, it);
    it->cost = it->kind == RECOMMENDATION && chance(g, 40) ? 1 + below(g, 3) : 0;
    pick_style(g, it);
  }
}

/* Longest dependency chain ending at each item; ties keep the earliest. */
static void plan_critical_path(Gen *g) {
  g->chain = xcalloc((size_t)g->n, sizeof *g->chain);
  g->chain_len = xcalloc((size_t)g->n, sizeof *g->chain_len);
  for (int i = 0; i < g->n; i++) {
    const Item *it = &g->items[i];
    g->chain[i] = -1;
    g->chain_len[i] = 1;
    for (int k = 0; k < it->ndeps; k++) {
      int j = it->deps[k];
      if (g->chain_len[j] + 1 > g->chain_len[i] ||
          (g->chain_len[j] + 1 == g->chain_len[i] && j < g->chain[i])) {
        g->chain_len[i] = g->chain_len[j] + 1;
        g->chain[i] = j;
      }
    }
  }
}

/* ---- writing helpers --------------------------------------------------- */

static void item_id(const Item *it, char *buf, size_t size) {
  if (it->kind == RECOMMENDATION) snprintf(buf, size, "T%d.%d", it->topic + 1, it->number);
  else snprintf(buf, size, "%s-%d", kinds[it->word].id, it->number);
}

static void item_title(const Item *it, char *buf, size_t size) {
  if (it->kind == RECOMMENDATION)
    snprintf(buf, size, "%s %s", verbs[it->word], subjects[it->subject]);
  else
    snprintf(buf, size, "%s %s", kinds[it->word].title, subjects[it->subject]);
}

static const char *owner_id(const Gen *g, int topic, const Item *it, int k) {
  if (it->nowners == 0) return topic_owner(g, topic);
  return g->pool[it->owners[k]];
}

/* A .wg string: only `"` and `\` need escaping in what we write. */
static void wg_str(FILE *f, const char *s) {
  fputc('"', f);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
  fputc('"', f);
}

/* ---- the .wg file ------------------------------------------------------ */

static void wg_header(const Gen *g, FILE *f) {
  fprintf(f, "# Synthetic working-group charter with %d items, written by bench/gen.\n", g->n);
  fputs("# Deterministic for a given item count; meant to check clean (no errors,\n"
        "# no warnings). Modelled on the CSTD and MAG working groups.\n\n", f);
  fputs("working_group WGDC \"CSTD Working Group on Digital Cooperation\" {\n"
        "  established 2020-01-15\n  established_by cstd_chair\n  reports_to CSTD\n", f);
  fprintf(f, "  report_due %s\n", events[REPORT_EVENT].id);
  fputs("  term 2020-01-15..2026-06-30\n  decides_by consensus\n"
        "  character multistakeholder\n"
        "  note \"\"\"Synthetic charter for benchmarking wgc.\n"
        "  Titles and names are invented.\"\"\"\n}\n\n", f);
  fputs("mandate \"UNGA resolution A/RES/74/999\" {\n  adopted 2019-12-19\n"
        "  adopted_by UNGA\n"
        "  task \"review progress on digital cooperation\"\n"
        "  task \"make recommendations to the CSTD\"\n"
        "  constraint \"within existing resources\"\n}\n", f);
  fputs("mandate \"ECOSOC resolution 2019/24\" { adopted 2019-07-23; adopted_by ECOSOC }\n\n", f);
}

static void wg_bodies_roles(const Gen *g, FILE *f) {
  char name[96];
  for (int i = 0; i < NBODIES; i++) {
    fprintf(f, "body %s ", bodies[i].id);
    wg_str(f, bodies[i].title);
    if (bodies[i].reports_to) fprintf(f, " { reports_to %s }", bodies[i].reports_to);
    fputc('\n', f);
  }
  fputs("\nrole cstd_chair \"Chair of the CSTD\" { held_by \"Peter Major\" }\n", f);
  for (int i = 0; i < nroles(g); i++) {
    person(g->nmembers + i, name, sizeof name);
    fprintf(f, "role %s \"%s\" { held_by ", g->pool[i], role_title(i));
    wg_str(f, name);
    fputs(" }\n", f);
  }
  fputc('\n', f);
  for (int i = 0; i < NREGIONS; i++)
    fprintf(f, "region %s \"%s\"\n", region_id[i], region_title[i]);
  fputc('\n', f);
}

/* Members in the group's form: `member` lines, a `members` list wrapped
** after a comma, or `member` blocks. */
static void wg_members(const Gen *g, FILE *f, int i, const char *pad) {
  char name[96];
  const Seats *s = &g->seats[i];
  for (int k = 0; k < s->count; k++) {
    int m = s->first + k, r = g->member_region[m];
    person(m, name, sizeof name);
    if (groups[i].form == FORM_LIST) {
      if (k == 0) fprintf(f, "%smembers ", pad);
      else if (k % 4) fputs(", ", f);
      else fprintf(f, ",\n%s  ", pad);
      wg_str(f, name);
      if (k == s->count - 1) fputc('\n', f);
      continue;
    }
    fprintf(f, "%smember ", pad);
    wg_str(f, name);
    if (r >= 0 && groups[i].form == FORM_BLOCKS)
      fprintf(f, " {\n%s  from %s\n%s}", pad, region_id[r], pad);
    else if (r >= 0)
      fprintf(f, " from %s", region_id[r]);
    fputc('\n', f);
  }
}

static void wg_group(const Gen *g, FILE *f, int i, int depth) {
  char pad[24];
  const Group *gr = &groups[i];
  snprintf(pad, sizeof pad, "%*s", 2 * depth + 2, "");
  fprintf(f, "%.*sgroup %s \"%s\" {\n", 2 * depth, pad, gr->id, gr->title);
  fprintf(f, "%sseats %d\n", pad, group_seats(g, i));
  if (gr->stakeholder) fprintf(f, "%sstakeholder %s\n", pad, gr->stakeholder);
  if (gr->regional) fprintf(f, "%sper_region %d\n", pad, g->seats[i].per_region);
  for (int c = 0; c < NGROUPS; c++)
    if (groups[c].parent == i) wg_group(g, f, c, depth + 1);
  wg_members(g, f, i, pad);
  fprintf(f, "%.*s}\n", 2 * depth, pad);
}

static void wg_composition(const Gen *g, FILE *f) {
  fprintf(f, "composition \"Members of the working group\" {\n  seats %d\n", g->nmembers);
  for (int i = 0; i < NGROUPS; i++)
    if (groups[i].parent < 0) wg_group(g, f, i, 1);
  fputs("}\n\n", f);
}

/* A meeting on one line, with a block only when it has an agenda. */
static void wg_meeting(const Gen *g, FILE *f, int k) {
  char a[11];
  const Meeting *m = &g->meetings[k];
  fprintf(f, "meeting M%d \"%d%s meeting\" on %s", k + 1, k + 1, ordinal_suffix(k + 1),
          date_text(m->start, a));
  if (m->end > m->start) fprintf(f, "..%s", date_text(m->end, a));
  if (m->online) fputs(" online", f);
  else fprintf(f, " at \"%s\"", venues[k % 5]);
  if (m->agenda) {
    fputs(" {\n", f);
    for (int i = 0; i < m->agenda; i++) fprintf(f, "  agenda \"%s\"\n", agendas[(k + i) % 5]);
    fputc('}', f);
  }
  fputc('\n', f);
}

static void wg_schedule(const Gen *g, FILE *f) {
  char a[11], b[11];
  for (int e = 0; e < NEVENTS; e++) {
    fprintf(f, "event %s \"%s\" on %s..%s at ", events[e].id, events[e].title,
            date_text(event_start(e), a), date_text(event_end(e), b));
    wg_str(f, events[e].at);
    fputc('\n', f);
  }
  fputc('\n', f);
  for (int k = 0; k < g->nmeetings; k++) wg_meeting(g, f, k);
  fputc('\n', f);
}

/* The value of `due` or `after` as written: a name or a date. */
static void wg_due(FILE *f, const Item *it) {
  char d[11];
  if (it->due_meeting >= 0) fprintf(f, "due M%d", it->due_meeting + 1);
  else if (it->due_month) fprintf(f, "due %.7s", date_text(it->due, d));
  else fprintf(f, "due %s", date_text(it->due, d));
}

static void wg_after(const Gen *g, FILE *f, const Item *it) {
  char d[24];
  switch (it->after_kind) {
  case AFTER_ITEM: item_id(&g->items[it->after_ref], d, sizeof d); fprintf(f, "after %s", d); break;
  case AFTER_MEETING: fprintf(f, "after M%d", it->after_ref + 1); break;
  case AFTER_EVENT: fprintf(f, "after %s", events[it->after_ref].id); break;
  case AFTER_DAY: fprintf(f, "after %s", date_text(it->after_day, d)); break;
  case AFTER_MONTH: fprintf(f, "after %.7s", date_text(it->after_day, d)); break;
  }
}

/* Statement separators of an item's properties: the first property and
** the others may differ ("{ owner x; due y }"). */
typedef struct Props {
  FILE *f;
  const char *first, *sep;
  int count;
} Props;

static FILE *prop(Props *p) {
  fputs(p->count++ ? p->sep : p->first, p->f);
  return p->f;
}

/* depends_on, occasionally wrapped after a comma as drafters do. */
static void wg_depends(const Gen *g, Props *p, const Item *it, const char *pad) {
  char id[24];
  for (int k = 0; k < it->ndeps; k++) {
    item_id(&g->items[it->deps[k]], id, sizeof id);
    if (k == 0) fprintf(prop(p), "depends_on %s", id);
    else if (k == 2 && it->comment) fprintf(p->f, ",\n%s    %s", pad, id);
    else fprintf(p->f, ", %s", id);
  }
}

static void wg_item_props(const Gen *g, Props *p, const Item *it, const char *pad) {
  if (it->nowners) {
    fprintf(prop(p), "owner %s", g->pool[it->owners[0]]);
    if (it->nowners > 1) fprintf(p->f, ", %s", g->pool[it->owners[1]]);
  }
  if (it->after_kind != NO_AFTER) wg_after(g, prop(p), it);
  wg_depends(g, p, it, pad);
  wg_due(prop(p), it);
  if (it->comment && it->style == STYLE_BLOCK) fputs("  # date agreed at the last meeting", p->f);
  if (it->status) fprintf(prop(p), "status %s", status_word[it->status]);
  if (it->cost) fprintf(prop(p), "cost %s", cost_word[it->cost]);
}

static void wg_item(const Gen *g, FILE *f, const Item *it, const char *pad) {
  char id[24], title[160], sep[24];
  item_id(it, id, sizeof id);
  item_title(it, title, sizeof title);
  fprintf(f, "%s%s %s ", pad, it->kind == DELIVERABLE ? "deliverable" : "recommendation",
          it->kind == DELIVERABLE ? id : strchr(id, '.') + 1);
  wg_str(f, title);
  snprintf(sep, sizeof sep, "\n%s  ", pad);
  Props inline_props = {f, " ", " ", 0}, one_line = {f, " { ", "; ", 0}, block = {f, sep, sep, 0};
  if (it->style == STYLE_INLINE) {
    wg_item_props(g, &inline_props, it, pad);
  } else if (it->style == STYLE_ONE_LINE) {
    wg_item_props(g, &one_line, it, pad);
    fputs(" }", f);
  } else {
    fputs(" {", f);
    wg_item_props(g, &block, it, pad);
    fprintf(f, "\n%s}", pad);
  }
  fputc('\n', f);
}

static void wg_items(const Gen *g, FILE *f) {
  char title[160];
  for (int i = 0; i < g->n; i++) {
    const Item *it = &g->items[i];
    if (it->kind == RECOMMENDATION && it->number == 1) {
      int t = it->topic;
      snprintf(title, sizeof title, "Recommendations on %s", subjects[t % NSUBJECTS]);
      fprintf(f, "\n# Topic %d\ntopic T%d ", t + 1, t + 1);
      wg_str(f, title);
      fprintf(f, " {\n  owner %s\n", topic_owner(g, t));
    }
    wg_item(g, f, it, it->kind == RECOMMENDATION ? "  " : "");
    int last_in_topic = it->kind == RECOMMENDATION &&
                        (i + 1 == g->n || g->items[i + 1].topic != it->topic);
    if (last_in_topic) fputs("}\n\n", f);
  }
}

static void write_wg(const Gen *g, FILE *f) {
  wg_header(g, f);
  wg_bodies_roles(g, f);
  wg_composition(g, f);
  wg_schedule(g, f);
  wg_items(g, f);
}

/* ---- the .json file ---------------------------------------------------- */

/* A small writer with jq's layout (two-space indent), as `wgc json` has. */
typedef struct Json {
  FILE *f;
  int depth, after_key, count[16];
} Json;

static void j_indent(Json *j) {
  fputc('\n', j->f);
  for (int i = 0; i < j->depth; i++) fputs("  ", j->f);
}

static void j_before(Json *j) {
  if (j->after_key) {
    j->after_key = 0;
    return;
  }
  if (j->depth == 0) return;
  if (j->count[j->depth]++) fputc(',', j->f);
  j_indent(j);
}

static void j_open(Json *j, char c) {
  j_before(j);
  fputc(c, j->f);
  j->count[++j->depth] = 0;
}

static void j_close(Json *j, char c) {
  int empty = j->count[j->depth] == 0;
  j->depth--;
  if (!empty) j_indent(j);
  fputc(c, j->f);
  if (j->depth == 0) fputc('\n', j->f);
}

static void j_key(Json *j, const char *key) {
  j_before(j);
  fprintf(j->f, "\"%s\": ", key);
  j->after_key = 1;
}

/* Titles and names hold no control characters; `"` and `\` need escaping. */
static void j_str(Json *j, const char *s) {
  j_before(j);
  if (!s) {
    fputs("null", j->f);
    return;
  }
  wg_str(j->f, s);
}

static void j_int(Json *j, int v) {
  j_before(j);
  fprintf(j->f, "%d", v);
}

static void j_raw(Json *j, const char *s) {
  j_before(j);
  fputs(s, j->f);
}

static void j_date(Json *j, int day) {
  char d[11];
  j_str(j, date_text(day, d));
}

static void j_kstr(Json *j, const char *key, const char *s) { j_key(j, key); j_str(j, s); }
static void j_kdate(Json *j, const char *key, int day) { j_key(j, key); j_date(j, day); }

static void json_working_group(Json *j) {
  j_key(j, "working_group");
  j_open(j, '{');
  j_kstr(j, "id", "WGDC");
  j_kstr(j, "title", "CSTD Working Group on Digital Cooperation");
  j_kdate(j, "established", ESTABLISHED);
  j_kstr(j, "established_by", "cstd_chair");
  j_kstr(j, "reports_to", "CSTD");
  j_kdate(j, "report_due", event_start(REPORT_EVENT));
  j_kstr(j, "report_due_ref", events[REPORT_EVENT].id);
  j_key(j, "term");
  j_open(j, '{');
  j_kdate(j, "start", ESTABLISHED);
  j_kdate(j, "end", day_of(2026, 6, 30));
  j_close(j, '}');
  j_kstr(j, "decides_by", "consensus");
  j_kstr(j, "character", "multistakeholder");
  j_close(j, '}');
}

static void json_mandate(Json *j, const char *title, int adopted, const char *by,
                         const char *const *tasks, int ntasks, const char *constraint) {
  j_open(j, '{');
  j_kstr(j, "id", NULL);
  j_kstr(j, "title", title);
  j_kdate(j, "adopted", adopted);
  j_kstr(j, "adopted_by", by);
  j_key(j, "tasks");
  j_open(j, '[');
  for (int i = 0; i < ntasks; i++) j_str(j, tasks[i]);
  j_close(j, ']');
  j_key(j, "constraints");
  j_open(j, '[');
  if (constraint) j_str(j, constraint);
  j_close(j, ']');
  j_close(j, '}');
}

static void json_mandates(Json *j) {
  static const char *const tasks[] = {"review progress on digital cooperation",
                                      "make recommendations to the CSTD"};
  j_key(j, "mandates");
  j_open(j, '[');
  json_mandate(j, "UNGA resolution A/RES/74/999", day_of(2019, 12, 19), "UNGA", tasks, 2,
               "within existing resources");
  json_mandate(j, "ECOSOC resolution 2019/24", day_of(2019, 7, 23), "ECOSOC", NULL, 0, NULL);
  j_close(j, ']');
}

static void json_role(Json *j, const char *id, const char *title, const char *held_by) {
  j_open(j, '{');
  j_kstr(j, "id", id);
  j_kstr(j, "title", title);
  j_kstr(j, "held_by", held_by);
  j_close(j, '}');
}

static void json_bodies_roles(const Gen *g, Json *j) {
  char name[96];
  j_key(j, "bodies");
  j_open(j, '[');
  for (int i = 0; i < NBODIES; i++) {
    j_open(j, '{');
    j_kstr(j, "id", bodies[i].id);
    j_kstr(j, "title", bodies[i].title);
    j_kstr(j, "reports_to", bodies[i].reports_to);
    j_close(j, '}');
  }
  j_close(j, ']');
  j_key(j, "roles");
  j_open(j, '[');
  json_role(j, "cstd_chair", "Chair of the CSTD", "Peter Major");
  for (int i = 0; i < nroles(g); i++) {
    person(g->nmembers + i, name, sizeof name);
    json_role(j, g->pool[i], role_title(i), name);
  }
  j_close(j, ']');
  j_key(j, "regions");
  j_open(j, '[');
  for (int i = 0; i < NREGIONS; i++) {
    j_open(j, '{');
    j_kstr(j, "id", region_id[i]);
    j_kstr(j, "title", region_title[i]);
    j_close(j, '}');
  }
  j_close(j, ']');
}

static void json_group(const Gen *g, Json *j, int i) {
  char name[96];
  const Group *gr = &groups[i];
  j_open(j, '{');
  j_kstr(j, "id", gr->id);
  j_kstr(j, "title", gr->title);
  j_key(j, "seats");
  j_int(j, group_seats(g, i));
  j_kstr(j, "stakeholder", gr->stakeholder);
  j_key(j, "per_region");
  if (gr->regional) j_int(j, g->seats[i].per_region);
  else j_raw(j, "null");
  j_key(j, "members");
  j_open(j, '[');
  for (int k = 0; k < g->seats[i].count; k++) {
    int m = g->seats[i].first + k;
    person(m, name, sizeof name);
    j_open(j, '{');
    j_kstr(j, "name", name);
    j_kstr(j, "from", g->member_region[m] >= 0 ? region_id[g->member_region[m]] : NULL);
    j_close(j, '}');
  }
  j_close(j, ']');
  j_key(j, "groups");
  j_open(j, '[');
  for (int c = 0; c < NGROUPS; c++)
    if (groups[c].parent == i) json_group(g, j, c);
  j_close(j, ']');
  j_close(j, '}');
}

static void json_composition(const Gen *g, Json *j) {
  j_key(j, "composition");
  j_open(j, '{');
  j_kstr(j, "title", "Members of the working group");
  j_key(j, "open");
  j_raw(j, "false");
  j_key(j, "seats");
  j_int(j, g->nmembers);
  j_key(j, "groups");
  j_open(j, '[');
  for (int i = 0; i < NGROUPS; i++)
    if (groups[i].parent < 0) json_group(g, j, i);
  j_close(j, ']');
  j_close(j, '}');
}

static void json_events(Json *j) {
  j_key(j, "events");
  j_open(j, '[');
  for (int e = 0; e < NEVENTS; e++) {
    j_open(j, '{');
    j_kstr(j, "id", events[e].id);
    j_kstr(j, "title", events[e].title);
    j_kdate(j, "start", event_start(e));
    j_kdate(j, "end", event_end(e));
    j_kstr(j, "at", events[e].at);
    j_close(j, '}');
  }
  j_close(j, ']');
}

static void json_meetings(const Gen *g, Json *j) {
  char id[16], title[32];
  j_key(j, "meetings");
  j_open(j, '[');
  for (int k = 0; k < g->nmeetings; k++) {
    const Meeting *m = &g->meetings[k];
    snprintf(id, sizeof id, "M%d", k + 1);
    snprintf(title, sizeof title, "%d%s meeting", k + 1, ordinal_suffix(k + 1));
    j_open(j, '{');
    j_kstr(j, "id", id);
    j_kstr(j, "title", title);
    j_kdate(j, "start", m->start);
    j_kdate(j, "end", m->end);
    j_kstr(j, "at", m->online ? NULL : venues[k % 5]);
    j_key(j, "online");
    j_raw(j, m->online ? "true" : "false");
    j_kstr(j, "every", NULL);
    j_key(j, "agenda");
    j_open(j, '[');
    for (int a = 0; a < m->agenda; a++) j_str(j, agendas[(k + a) % 5]);
    j_close(j, ']');
    j_close(j, '}');
  }
  j_close(j, ']');
}

static void json_topics(const Gen *g, Json *j) {
  char id[24], title[160];
  j_key(j, "topics");
  j_open(j, '[');
  for (int i = 0; i < g->n; i++) {
    const Item *it = &g->items[i];
    if (it->kind != RECOMMENDATION) continue;
    if (it->number == 1) {
      int t = it->topic;
      snprintf(id, sizeof id, "T%d", t + 1);
      snprintf(title, sizeof title, "Recommendations on %s", subjects[t % NSUBJECTS]);
      j_open(j, '{');
      j_kstr(j, "id", id);
      j_kstr(j, "title", title);
      j_key(j, "owners");
      j_open(j, '[');
      j_str(j, topic_owner(g, t));
      j_close(j, ']');
      j_key(j, "items");
      j_open(j, '[');
    }
    item_id(it, id, sizeof id);
    j_str(j, id);
    if (i + 1 == g->n || g->items[i + 1].topic != it->topic) {
      j_close(j, ']');
      j_close(j, '}');
    }
  }
  j_close(j, ']');
}

/* `after` resolved as CLI.md resolves `due`: the date, and the name it
** came from (a meeting or event's last day, an item's due). */
static void json_after(const Gen *g, Json *j, const Item *it) {
  char ref[24];
  int day = it->after_day;
  const char *name = NULL;
  switch (it->after_kind) {
  case AFTER_ITEM:
    day = g->items[it->after_ref].due;
    item_id(&g->items[it->after_ref], ref, sizeof ref);
    name = ref;
    break;
  case AFTER_MEETING:
    day = g->meetings[it->after_ref].end;
    snprintf(ref, sizeof ref, "M%d", it->after_ref + 1);
    name = ref;
    break;
  case AFTER_EVENT: day = event_end(it->after_ref); name = events[it->after_ref].id; break;
  }
  j_key(j, "after");
  if (it->after_kind == NO_AFTER) j_raw(j, "null");
  else j_date(j, day);
  j_kstr(j, "after_ref", name);
}

static void json_item(const Gen *g, Json *j, const Item *it) {
  char id[24], title[160], ref[16];
  item_id(it, id, sizeof id);
  item_title(it, title, sizeof title);
  j_open(j, '{');
  j_kstr(j, "id", id);
  j_kstr(j, "kind", it->kind == DELIVERABLE ? "deliverable" : "recommendation");
  j_kstr(j, "title", title);
  snprintf(ref, sizeof ref, "T%d", it->topic + 1);
  j_kstr(j, "topic", it->kind == RECOMMENDATION ? ref : NULL);
  j_key(j, "owners");
  j_open(j, '[');
  for (int k = 0; k < (it->nowners ? it->nowners : 1); k++) j_str(j, owner_id(g, it->topic, it, k));
  j_close(j, ']');
  j_kdate(j, "due", it->due);
  snprintf(ref, sizeof ref, "M%d", it->due_meeting + 1);
  j_kstr(j, "due_ref", it->due_meeting >= 0 ? ref : NULL);
  json_after(g, j, it);
  j_key(j, "depends_on");
  j_open(j, '[');
  for (int k = 0; k < it->ndeps; k++) {
    item_id(&g->items[it->deps[k]], id, sizeof id);
    j_str(j, id);
  }
  j_close(j, ']');
  j_kstr(j, "status", status_word[it->status]);
  j_kstr(j, "cost", cost_word[it->cost]);
  j_close(j, '}');
}

/* Sources order is a topological order here (dependencies are always
** earlier), and with ties broken by source order it is the order. */
static void json_order(const Gen *g, Json *j) {
  char id[24];
  j_key(j, "order");
  j_open(j, '[');
  for (int i = 0; i < g->n; i++) {
    item_id(&g->items[i], id, sizeof id);
    j_str(j, id);
  }
  j_close(j, ']');
}

/* The longest chain ending at the item due last (the first such item). */
static void json_critical_path(const Gen *g, Json *j) {
  char id[24];
  int last = 0;
  for (int i = 1; i < g->n; i++)
    if (g->items[i].due > g->items[last].due) last = i;
  int *path = xcalloc((size_t)g->chain_len[last], sizeof *path);
  int len = 0;
  for (int i = last; i >= 0; i = g->chain[i]) path[len++] = i;
  j_key(j, "critical_path");
  j_open(j, '[');
  while (len-- > 0) {
    item_id(&g->items[path[len]], id, sizeof id);
    j_str(j, id);
  }
  j_close(j, ']');
  free(path);
}

static void write_json(const Gen *g, FILE *f, const char *source) {
  Json j = {f, 0, 0, {0}};
  j_open(&j, '{');
  j_key(&j, "format");
  j_int(&j, 1);
  j_kstr(&j, "source", source);
  json_working_group(&j);
  json_mandates(&j);
  json_bodies_roles(g, &j);
  json_composition(g, &j);
  json_events(&j);
  json_meetings(g, &j);
  json_topics(g, &j);
  j_key(&j, "items");
  j_open(&j, '[');
  for (int i = 0; i < g->n; i++) json_item(g, &j, &g->items[i]);
  j_close(&j, ']');
  json_order(g, &j);
  json_critical_path(g, &j);
  j_close(&j, '}');
}

/* ---- main -------------------------------------------------------------- */

static void gen_free(Gen *g) {
  free(g->items);
  free(g->meetings);
  free(g->member_region);
  free(g->pool);
  free(g->pool_text);
  free(g->chain);
  free(g->chain_len);
}

static FILE *open_out(const char *path) {
  FILE *f = fopen(path, "w");
  if (!f) {
    perror(path);
    exit(2);
  }
  setvbuf(f, NULL, _IOFBF, 1 << 20);
  return f;
}

static void close_out(FILE *f, const char *path) {
  if (ferror(f) | fclose(f)) {
    perror(path);
    exit(2);
  }
}

int main(int argc, char **argv) {
  char *end = NULL;
  long n = argc == 4 ? strtol(argv[1], &end, 10) : 0;
  if (argc != 4 || *end || n < 1 || n > 10000000) {
    fputs("usage: gen N OUT.wg OUT.json   (1 <= N <= 10000000)\n", stderr);
    return 2;
  }
  Gen g = {.seed = 0x5eed2024ULL, .n = (int)n};
  g.items = xcalloc((size_t)n, sizeof *g.items);
  plan_meetings(&g);
  plan_composition(&g);
  plan_owners(&g);
  plan_items(&g);
  plan_critical_path(&g);
  FILE *f = open_out(argv[2]);
  write_wg(&g, f);
  close_out(f, argv[2]);
  f = open_out(argv[3]);
  write_json(&g, f, argv[2]);
  close_out(f, argv[3]);
  gen_free(&g);
  return 0;
}
