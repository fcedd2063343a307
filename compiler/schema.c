/*
** The schema table. To change the language, change this file: the lexer,
** the checker, `wgc schema`, the docs and the editor grammars follow.
*/
#include "schema.h"

#include <assert.h>
#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

#define K(kind) (1u << (kind))
#define OWNER_REFS (K(WG_ROLE) | K(WG_BODY) | K(WG_GROUP) | K(WG_WORKING_GROUP))
#define WHEN_REFS (K(WG_EVENT) | K(WG_MEETING))
#define ITEM_REFS (K(WG_DELIVERABLE) | K(WG_RECOMMENDATION))
#define STEP_REFS (ITEM_REFS | K(WG_MILESTONE))
#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

const char *const schema_keys[NKEYS] = {
    "established", "established_by", "reports_to", "report_due", "term", "decides_by",
    "character", "adopted", "adopted_by", "task", "constraint", "held_by", "seats",
    "open", "stakeholder", "per_region", "members", "from", "on", "at", "every", "agenda",
    "online", "owner", "due", "after", "depends_on", "status", "cost", "note", "link",
    "as_of", "allow", "since", "until", "chaired_by", "liaises_with", "quota", "minimum",
    "standing", "optional", "non_voting", "done"};

const PropSpec schema_common[] = {
    {KEY_NOTE, T_STRING, P_REPEAT, 0, NULL, "a remark for readers; may be repeated"},
    {KEY_LINK, T_STRING, P_REPEAT, 0, NULL, "a URL or document symbol; may be repeated"},
    {KEY_ALLOW, T_NAME, P_REPEAT | P_LIST, 0, NULL,
     "warnings (by code or name) not to report inside this declaration"},
};
const int schema_ncommon = COUNT(schema_common);

static const PropSpec working_group_props[] = {
    {KEY_ESTABLISHED, T_DATE, 0, 0, NULL, "the day the group was set up"},
    {KEY_ESTABLISHED_BY, T_REF, 0, K(WG_BODY) | K(WG_ROLE), NULL, "the body or role that set it up"},
    {KEY_REPORTS_TO, T_REF, 0, K(WG_BODY), NULL, "the body it reports to"},
    {KEY_REPORT_DUE, T_DATE | T_REF | T_OFFSET, 0, WHEN_REFS, NULL,
     "when its report is due: a date, event or meeting"},
    {KEY_TERM, T_RANGE, 0, 0, NULL, "the period it works in"},
    {KEY_DECIDES_BY, T_WORD, P_LIST, 0, wg_decides_by_words,
     "how it takes decisions; several words are tried in their order"},
    {KEY_CHARACTER, T_WORD, 0, 0, wg_character_words, "who takes part"},
    {KEY_AS_OF, T_DATE, 0, 0, NULL, "the reference date for status checks"},
    {KEY_CHAIRED_BY, T_REF, P_REPEAT | P_LIST, K(WG_ROLE), NULL, "the roles that chair it"},
    {KEY_LIAISES_WITH, T_REF, P_REPEAT | P_LIST, K(WG_BODY), NULL,
     "the groups it coordinates with"},
};

static const PropSpec mandate_props[] = {
    {KEY_ADOPTED, T_DATE, 0, 0, NULL, "the day the instrument was adopted"},
    {KEY_ADOPTED_BY, T_REF, 0, K(WG_BODY), NULL, "the body that adopted it"},
    {KEY_TASK, T_STRING, P_REPEAT, 0, NULL, "a task it gives the group; may be repeated"},
    {KEY_CONSTRAINT, T_STRING, P_REPEAT, 0, NULL, "a limit it sets; may be repeated"},
    {KEY_TERM, T_RANGE, 0, 0, NULL, "the term it grants the group"},
};

static const PropSpec body_props[] = {
    {KEY_REPORTS_TO, T_REF, 0, K(WG_BODY), NULL, "the body it reports to"},
    {KEY_LIAISES_WITH, T_REF, P_REPEAT | P_LIST, K(WG_BODY), NULL,
     "the groups it coordinates with"},
};

static const PropSpec role_props[] = {
    {KEY_HELD_BY, T_STRING, P_LIST, 0, NULL, "the people who hold the role (co-chairs: two names)"},
};

static const PropSpec holder_props[] = {
    {KEY_SINCE, T_DATE, 0, 0, NULL, "the first day the person holds the role"},
    {KEY_UNTIL, T_DATE, 0, 0, NULL, "the last day the person holds the role"},
};

static const PropSpec composition_props[] = {
    {KEY_SEATS, T_INT, 0, 0, NULL, "the declared total of seats"},
    {KEY_OPEN, T_NONE, 0, 0, NULL, "anyone may join; seat counts are not a cap"},
    {KEY_MINIMUM, T_INT, 0, 0, NULL, "the fewest participants the charter expects"},
};

static const PropSpec group_props[] = {
    {KEY_SEATS, T_INT, 0, 0, NULL, "its share of its parent's seats"},
    {KEY_STAKEHOLDER, T_WORD, P_LIST, 0, wg_stakeholder_words,
     "the stakeholder categories it seats"},
    {KEY_PER_REGION, T_INT, 0, 0, NULL, "seats from each declared region"},
    {KEY_MEMBERS, T_STRING, P_REPEAT | P_LIST, 0, NULL, "named members, one string each"},
    {KEY_QUOTA, T_PAIR, P_REPEAT, K(WG_REGION), NULL,
     "seats from one region, as in `quota african 11`; one per region"},
    {KEY_NON_VOTING, T_NONE, 0, 0, NULL,
     "liaisons, observers or ex officio seats: not counted in its parent's seats"},
};

static const PropSpec member_props[] = {
    {KEY_FROM, T_REF, 0, K(WG_REGION), NULL, "the region the member comes from"},
    {KEY_SINCE, T_DATE, 0, 0, NULL, "the first day the member holds the seat"},
    {KEY_UNTIL, T_DATE, 0, 0, NULL, "the last day the member holds the seat"},
};

static const PropSpec event_props[] = {
    {KEY_ON, T_DATE | T_RANGE, P_REQUIRED, 0, NULL, "its day or days"},
    {KEY_AT, T_STRING, 0, 0, NULL, "where it takes place"},
};

static const PropSpec meeting_props[] = {
    {KEY_ON, T_DATE | T_RANGE, P_REQUIRED, 0, NULL, "its day or days; for a series, the period it runs over"},
    {KEY_AT, T_STRING, 0, 0, NULL, "where it takes place"},
    {KEY_ONLINE, T_NONE, 0, 0, NULL, "it is held online"},
    {KEY_EVERY, T_WORD, 0, 0, wg_every_words, "it recurs: a series over the `on` range"},
    {KEY_AGENDA, T_STRING, P_REPEAT, 0, NULL, "an agenda point; may be repeated"},
};

/* What items and their milestones take. */
#define STEP_PROPS                                                                          \
  {KEY_OWNER, T_REF, P_REPEAT | P_LIST, OWNER_REFS, NULL, "who is responsible"},            \
  {KEY_DUE, T_DATE | T_REF | T_OFFSET, 0, WHEN_REFS | K(WG_MILESTONE), NULL,                \
   "its deadline: a date, event, meeting or milestone"},                                    \
  {KEY_AFTER, T_DATE | T_REF | T_OFFSET, 0, WHEN_REFS | STEP_REFS, NULL,                    \
   "it starts after a date, event, meeting, item or milestone"},                            \
  {KEY_DEPENDS_ON, T_REF, P_REPEAT | P_LIST, STEP_REFS, NULL,                               \
   "items or milestones it needs first"},                                                   \
  {KEY_STATUS, T_WORD, 0, 0, wg_status_words, "how far it has got"},                        \
  {KEY_DONE, T_DATE, 0, 0, NULL, "the day it was finished; it is then `completed`"}

#define ITEM_FLAGS                                                                          \
  {KEY_STANDING, T_NONE, 0, 0, NULL, "a continuing function, with no end date"},            \
  {KEY_OPTIONAL, T_NONE, 0, 0, NULL, "work the charter says may be done"}

static const PropSpec deliverable_props[] = {STEP_PROPS, ITEM_FLAGS};

static const PropSpec recommendation_props[] = {
    STEP_PROPS,
    {KEY_COST, T_WORD, 0, 0, wg_cost_words, "whether implementing it costs money"},
    ITEM_FLAGS,
};

static const PropSpec milestone_props[] = {STEP_PROPS};

static const PropSpec topic_props[] = {
    {KEY_OWNER, T_REF, P_REPEAT | P_LIST, OWNER_REFS, NULL, "default owner of its recommendations"},
};

#define PROPS(a) a, COUNT(a)

const KindSpec schema_kinds[WG_NKINDS] = {
    [WG_WORKING_GROUP] = {"the working group itself; exactly one per file", NAME_REQUIRED, 0, 1,
                          IN_TOP, PROPS(working_group_props)},
    [WG_MANDATE] = {"an instrument that gives the group its mandate", NAME_OPTIONAL, 0, 0, IN_TOP,
                    PROPS(mandate_props)},
    [WG_BODY] = {"an organ the group deals with or reports to", NAME_REQUIRED, 0, 0, IN_TOP,
                 PROPS(body_props)},
    [WG_ROLE] = {"a function held by a person, such as the chair", NAME_REQUIRED, 0, 0, IN_TOP,
                 PROPS(role_props)},
    [WG_REGION] = {"a regional group, for quotas", NAME_REQUIRED, 0, 0, IN_TOP, NULL, 0},
    [WG_COMPOSITION] = {"the seats of the group; at most one", NAME_NONE, 0, 0, IN_TOP,
                        PROPS(composition_props)},
    [WG_GROUP] = {"a share of the seats, for one stakeholder group", NAME_REQUIRED, 0, 0,
                  K(WG_COMPOSITION) | K(WG_GROUP), PROPS(group_props)},
    [WG_MEMBER] = {"a named member; the title is the member's name", NAME_NONE, 0, 1, K(WG_GROUP),
                   PROPS(member_props)},
    [WG_EVENT] = {"an outside event the group's work is timed by", NAME_REQUIRED, 0, 0, IN_TOP,
                  PROPS(event_props)},
    [WG_MEETING] = {"a meeting of the group, or a series of them", NAME_REQUIRED, 0, 0, IN_TOP,
                    PROPS(meeting_props)},
    [WG_DELIVERABLE] = {"something the group must produce", NAME_REQUIRED, 0, 0, IN_TOP,
                        PROPS(deliverable_props)},
    [WG_TOPIC] = {"a heading that groups recommendations", NAME_REQUIRED, 1, 0, IN_TOP,
                  PROPS(topic_props)},
    [WG_RECOMMENDATION] = {"a recommendation; inside a topic it is named TOPIC.NAME",
                           NAME_REQUIRED, 1, 0, IN_TOP | K(WG_TOPIC), PROPS(recommendation_props)},
    [WG_MILESTONE] = {"a dated step of a deliverable or recommendation, named ITEM.NAME",
                      NAME_REQUIRED, 1, 0, ITEM_REFS, PROPS(milestone_props)},
    [WG_HOLDER] = {"a person who holds a role, with dates; the title is the person's name",
                   NAME_NONE, 0, 1, K(WG_ROLE), PROPS(holder_props)},
};

/* --- Keywords -------------------------------------------------------- */

/* Every keyword, kinds and keys alike, in strcmp order, and where each
** initial letter's keywords start in it, 'a' to 'z' and one past the
** end: the lexer asks about every identifier, and most are names, which
** this rejects in a compare or two. Made from wg_kind_names and
** schema_keys at first use, so that no list or count is kept by hand;
** the checker may run on several threads, hence pthread_once, and
** kw_ready, which spares the lexer's hot path the call once it is made. */
typedef struct Keyword {
  const char *word;
  unsigned char len, is_key, index;
} Keyword;

static struct {
  Keyword v[WG_NKINDS + NKEYS];
  unsigned char by_letter[27];
  unsigned shortest, longest;
} kw;
_Static_assert(WG_NKINDS + NKEYS < 256, "by_letter and index hold a keyword's place in a byte");
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;
static atomic_int kw_ready;

static int by_word(const void *a, const void *b) {
  return strcmp(((const Keyword *)a)->word, ((const Keyword *)b)->word);
}

static void add_keyword(int *n, const char *word, int is_key, int index) {
  size_t len = strlen(word);
  assert(len >= 1 && len < 256 && word[0] >= 'a' && word[0] <= 'z');
  kw.v[(*n)++] = (Keyword){word, (unsigned char)len, (unsigned char)is_key, (unsigned char)index};
  if (*n == 1 || len < kw.shortest) kw.shortest = (unsigned)len;
  if (len > kw.longest) kw.longest = (unsigned)len;
}

/* The table is strictly sorted (so no word is two keywords) and its
** letter index agrees with it. */
static int sorted(void) {
  for (int i = 1; i < COUNT(kw.v); i++)
    if (strcmp(kw.v[i - 1].word, kw.v[i].word) >= 0) return 0;
  for (int i = 0; i < COUNT(kw.v); i++) {
    int c = kw.v[i].word[0] - 'a';
    if (i < kw.by_letter[c] || i >= kw.by_letter[c + 1]) return 0;
  }
  return kw.by_letter[26] == COUNT(kw.v);
}

static void index_keywords(void) {
  int n = 0;
  for (int k = 0; k < WG_NKINDS; k++) add_keyword(&n, wg_kind_names[k], 0, k);
  for (int k = 0; k < NKEYS; k++) add_keyword(&n, schema_keys[k], 1, k);
  qsort(kw.v, (size_t)n, sizeof *kw.v, by_word);
  for (int i = 0; i < n; i++) kw.by_letter[kw.v[i].word[0] - 'a' + 1] = (unsigned char)(i + 1);
  for (int c = 1; c <= 26; c++) /* letters no keyword starts with */
    if (kw.by_letter[c] < kw.by_letter[c - 1]) kw.by_letter[c] = kw.by_letter[c - 1];
  assert(sorted()); /* and so no word is both a kind and a key */
  atomic_store_explicit(&kw_ready, 1, memory_order_release);
}

static void need_index(void) {
  if (!atomic_load_explicit(&kw_ready, memory_order_acquire)) pthread_once(&kw_once, index_keywords);
}

int schema_keyword(const char *s, unsigned n, int *index) {
  need_index();
  unsigned char c = (unsigned char)s[0];
  if (n > kw.longest || n < kw.shortest || c < 'a' || c > 'z') return SCHEMA_NOT_KEYWORD;
  for (int i = kw.by_letter[c - 'a']; i < kw.by_letter[c - 'a' + 1]; i++) {
    if (kw.v[i].len == n && kw.v[i].word[n - 1] == s[n - 1] && memcmp(s, kw.v[i].word, n) == 0) {
      *index = kw.v[i].index;
      return kw.v[i].is_key ? SCHEMA_KEY_WORD : SCHEMA_KIND_WORD;
    }
  }
  return SCHEMA_NOT_KEYWORD;
}

int schema_keywords_sorted(void) {
  need_index();
  return sorted();
}

const PropSpec *schema_prop(int kind, int key) {
  for (int i = 0; i < schema_ncommon; i++)
    if ((int)schema_common[i].key == key) return &schema_common[i];
  if (kind < 0 || kind >= WG_NKINDS) return NULL;
  const KindSpec *k = &schema_kinds[kind];
  for (int i = 0; i < k->nprops; i++)
    if ((int)k->props[i].key == key) return &k->props[i];
  return NULL;
}

/* --- `wgc schema` ------------------------------------------------------ */

static void print_kinds(Json *j, unsigned bits) {
  json_array(j);
  if (bits & IN_TOP) json_str(j, "top level");
  for (int k = 0; k < WG_NKINDS; k++)
    if (bits & K(k)) json_str(j, wg_kind_names[k]);
  json_end_array(j);
}

static void print_types(Json *j, unsigned types) {
  static const char *const names[] = {"none", "integer", "string", "date", "range",
                                      "word", "reference", "rule", "offset", "pair"};
  json_array(j);
  for (int b = 0; b < COUNT(names); b++)
    if (types & (1u << b)) json_str(j, names[b]);
  json_end_array(j);
}

static void print_prop(Json *j, const PropSpec *p) {
  json_object(j);
  json_key(j, "key");
  json_str(j, schema_keys[p->key]);
  json_key(j, "types");
  print_types(j, p->types);
  json_key(j, "repeatable");
  json_bool(j, (p->flags & P_REPEAT) != 0);
  json_key(j, "list");
  json_bool(j, (p->flags & P_LIST) != 0);
  json_key(j, "required");
  json_bool(j, (p->flags & P_REQUIRED) != 0);
  json_key(j, "references");
  print_kinds(j, p->refs);
  json_key(j, "words");
  json_array(j);
  for (int i = 0; p->words && p->words[i]; i++) json_str(j, p->words[i]);
  json_end_array(j);
  json_key(j, "doc");
  json_str(j, p->doc);
  json_end_object(j);
}

/* "date or name of `event`, `meeting`, maybe with an offset". */
static void md_types(FILE *f, const PropSpec *p) {
  static const char *const names[] = {"no value", "whole number", "string", "date", "range",
                                      "word",     "name of",      "rule code or name"};
  int first = 1;
  for (int b = 0; b < COUNT(names); b++) {
    if (!(p->types & (1u << b))) continue;
    fprintf(f, "%s%s", first ? "" : " or ", names[b]);
    first = 0;
    if ((1u << b) == T_WORD)
      for (int i = 0; p->words[i]; i++) fprintf(f, "%s`%s`", i ? ", " : ": ", p->words[i]);
    for (int k = 0, n = 0; (1u << b) == T_REF && k < WG_NKINDS; k++)
      if (p->refs & K(k)) fprintf(f, "%s`%s`", n++ ? ", " : " ", wg_kind_names[k]);
  }
  if (p->types & T_OFFSET) fprintf(f, ", which may carry an offset (`M2 + 2 weeks`)");
  for (int k = 0; (p->types & T_PAIR) && k < WG_NKINDS; k++)
    if (p->refs & K(k)) fprintf(f, "name of a `%s` and a whole number", wg_kind_names[k]);
}

static void md_prop(FILE *f, const PropSpec *p) {
  fprintf(f, "| `%s` | ", schema_keys[p->key]);
  md_types(f, p);
  fprintf(f, " | %s%s%s | %s |\n", p->flags & P_REQUIRED ? "required" : "optional",
          p->flags & P_LIST ? ", one or more values" : "",
          p->flags & P_REPEAT ? ", repeatable" : "", p->doc);
}

static void md_where(FILE *f, unsigned bits) {
  int n = 0;
  if (bits & IN_TOP) fprintf(f, "the top level"), n++;
  for (int k = 0; k < WG_NKINDS; k++)
    if (bits & K(k)) fprintf(f, "%sinside `%s`", n++ ? " or " : "", wg_kind_names[k]);
}

void schema_print_markdown(void *file) {
  static const char *const naming[] = {"no name", "an optional name", "a name"};
  FILE *f = file;
  fprintf(f, "# Declarations and properties\n\n"
             "Generated by `wgc schema --format markdown` from the schema table\n"
             "(`compiler/schema.c`); do not edit by hand. docs/language.md explains\n"
             "the language around it.\n");
  for (int k = 0; k < WG_NKINDS; k++) {
    const KindSpec *s = &schema_kinds[k];
    fprintf(f, "\n## `%s`\n\n%c%s. Stands at ", wg_kind_names[k], toupper((unsigned char)s->doc[0]),
            s->doc + 1);
    md_where(f, s->parents);
    fprintf(f, "; takes %s%s; its title is %s.\n\n", naming[s->name],
            s->int_name ? " (a word or a number)" : "", s->title_required ? "required" : "optional");
    fprintf(f, "| property | value | | meaning |\n|---|---|---|---|\n");
    for (int i = 0; i < s->nprops; i++) md_prop(f, &s->props[i]);
  }
  fprintf(f, "\n## Every declaration\n\n| property | value | | meaning |\n|---|---|---|---|\n");
  for (int i = 0; i < schema_ncommon; i++) md_prop(f, &schema_common[i]);
}

void schema_print_json(void *file) {
  static const char *const naming[] = {"none", "optional", "required"};
  Json j;
  json_init(&j, file);
  json_object(&j);
  json_key(&j, "kinds");
  json_array(&j);
  for (int k = 0; k < WG_NKINDS; k++) {
    const KindSpec *s = &schema_kinds[k];
    json_object(&j);
    json_key(&j, "kind");
    json_str(&j, wg_kind_names[k]);
    json_key(&j, "doc");
    json_str(&j, s->doc);
    json_key(&j, "name");
    json_str(&j, naming[s->name]);
    json_key(&j, "integer_name");
    json_bool(&j, s->int_name);
    json_key(&j, "title_required");
    json_bool(&j, s->title_required);
    json_key(&j, "stands_in");
    print_kinds(&j, s->parents);
    json_key(&j, "properties");
    json_array(&j);
    for (int i = 0; i < s->nprops; i++) print_prop(&j, &s->props[i]);
    json_end_array(&j);
    json_end_object(&j);
  }
  json_end_array(&j);
  json_key(&j, "common_properties");
  json_array(&j);
  for (int i = 0; i < schema_ncommon; i++) print_prop(&j, &schema_common[i]);
  json_end_array(&j);
  json_end_object(&j);
}

const char *schema_kind_phrase(int kind) {
  static const char *const phrases[WG_NKINDS] = {
      "the working group", "a mandate",  "a body",  "a role",        "a region",
      "the composition",   "a group",    "a member", "an event",     "a meeting",
      "a deliverable",     "a topic",    "a recommendation", "a milestone", "a holder"};
  return kind >= 0 && kind < WG_NKINDS ? phrases[kind] : "the top level";
}
