/* Unit tests for the schema table: the keyword index agrees with the
** kind and key names, and the table says what LANGUAGE.md §3 says. */
#include <pthread.h>

#include "schema.h"
#include "unit.h"

static void test_keywords(void) {
  int index;
  for (int k = 0; k < WG_NKINDS; k++) {
    CHECK_INT(schema_keyword(wg_kind_names[k], (unsigned)strlen(wg_kind_names[k]), &index), 1);
    CHECK_INT(index, k);
  }
  for (int k = 0; k < NKEYS; k++) {
    CHECK_INT(schema_keyword(schema_keys[k], (unsigned)strlen(schema_keys[k]), &index), 2);
    CHECK_INT(index, k);
  }
  CHECK(schema_keywords_sorted());
  CHECK_INT(schema_keyword("owenr", 5, &index), 0);
  CHECK_INT(schema_keyword("Body", 4, &index), 0);
  CHECK_INT(schema_keyword("zz", 2, &index), 0);
  CHECK_INT(schema_keyword("member", 5, &index), 0); /* "membe" */
  CHECK_INT(schema_keyword("members", 7, &index), 2);
  /* version 2's (LANGUAGE.md 5.10) */
  CHECK_INT(schema_keyword("milestone", 9, &index), 1);
  CHECK_INT(index, WG_MILESTONE);
  CHECK_INT(schema_keyword("holder", 6, &index), 1);
  CHECK_INT(index, WG_HOLDER);
  const char *const v2[] = {"since", "until", "chaired_by", "liaises_with", "quota", "minimum",
                            "standing", "optional", "non_voting", "done"};
  for (size_t i = 0; i < sizeof v2 / sizeof *v2; i++)
    CHECK_INT(schema_keyword(v2[i], (unsigned)strlen(v2[i]), &index), 2);
}

/* Every keyword changed a little is no keyword, unless it is another
** one ("member" and "members"). */
static int is_word(const char *w, size_t n) {
  for (int k = 0; k < WG_NKINDS; k++)
    if (strlen(wg_kind_names[k]) == n && memcmp(wg_kind_names[k], w, n) == 0) return 1;
  for (int k = 0; k < NKEYS; k++)
    if (strlen(schema_keys[k]) == n && memcmp(schema_keys[k], w, n) == 0) return 1;
  return 0;
}

static void check_near_misses(const char *word) {
  char buf[64];
  size_t n = strlen(word);
  int index;
  snprintf(buf, sizeof buf, "%s", word);
  if (!is_word(buf, n - 1)) CHECK_INT(schema_keyword(buf, (unsigned)n - 1, &index), 0);
  snprintf(buf, sizeof buf, "%sx", word);
  CHECK_INT(schema_keyword(buf, (unsigned)n + 1, &index), 0);
  snprintf(buf, sizeof buf, "%s", word);
  buf[0] = (char)(buf[0] - 'a' + 'A');
  CHECK_INT(schema_keyword(buf, (unsigned)n, &index), 0);
  snprintf(buf, sizeof buf, "%s", word);
  buf[n - 1] = buf[n - 1] == 'q' ? 'z' : 'q';
  CHECK_INT(schema_keyword(buf, (unsigned)n, &index), 0);
}

static void test_not_keywords(void) {
  for (int k = 0; k < WG_NKINDS; k++) check_near_misses(wg_kind_names[k]);
  for (int k = 0; k < NKEYS; k++) check_near_misses(schema_keys[k]);
  int index;
  const char *const names[] = {"a", "x", "WGEC", "_due", "9am", "wgec", "M1", "establishedx",
                               "recommendations", "zz", "", "\xc3\xa9t\xc3\xa9"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    CHECK_INT(schema_keyword(names[i], (unsigned)strlen(names[i]), &index), 0);
}

/* The index is made at first use: threads that all ask first get the
** same answers (and ThreadSanitizer, in `make check`, sees no race). */
static void *ask_all(void *arg) {
  int *wrong = arg, index;
  for (int k = 0; k < NKEYS; k++)
    if (schema_keyword(schema_keys[k], (unsigned)strlen(schema_keys[k]), &index) != 2 ||
        index != k)
      (*wrong)++;
  return NULL;
}

static void test_first_use_on_threads(void) {
  enum { N = 4 };
  pthread_t t[N];
  int wrong[N] = {0};
  for (int i = 0; i < N; i++) CHECK_INT(pthread_create(&t[i], NULL, ask_all, &wrong[i]), 0);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], NULL);
    CHECK_INT(wrong[i], 0);
  }
}

/* The enumerated words and their values come from one list each. */
static int nwords(const char *const *w) {
  int n = 0;
  while (w[n]) n++;
  return n;
}

static void test_words(void) {
  CHECK_INT(nwords(wg_decides_by_words), WG_NDECIDES_BY - 1);
  CHECK_INT(nwords(wg_character_words), WG_NCHARACTERS - 1);
  CHECK_INT(nwords(wg_stakeholder_words), WG_NSTAKEHOLDERS - 1);
  CHECK_INT(nwords(wg_every_words), WG_NEVERY - 1);
  CHECK_INT(nwords(wg_status_words), WG_NSTATUSES - 1);
  CHECK_INT(nwords(wg_cost_words), WG_NCOSTS - 1);
  CHECK_STR(wg_word(wg_stakeholder_words, WG_STAKEHOLDER_INTERGOVERNMENTAL), "intergovernmental");
  CHECK_STR(wg_word(wg_stakeholder_words, WG_GOVERNMENT), "government");
  CHECK_STR(wg_word(wg_character_words, WG_MULTISTAKEHOLDER), "multistakeholder");
  CHECK_STR(wg_word(wg_every_words, WG_YEARLY), "year");
  CHECK_STR(wg_word(wg_status_words, WG_DROPPED), "dropped");
  CHECK_STR(wg_word(wg_cost_words, WG_COST_UNKNOWN), "unknown");
  CHECK_STR(wg_word(wg_decides_by_words, WG_BY_CHAIR), "chair");
  CHECK(wg_word(wg_status_words, WG_NO_STATUS) == NULL);
}

static void test_table(void) {
  const PropSpec *p = schema_prop(WG_DELIVERABLE, KEY_OWNER);
  CHECK(p && (p->flags & P_LIST) && (p->refs & (1u << WG_ROLE)));
  CHECK(schema_prop(WG_DELIVERABLE, KEY_SEATS) == NULL);
  CHECK(schema_prop(WG_DELIVERABLE, KEY_COST) == NULL);
  CHECK(schema_prop(WG_RECOMMENDATION, KEY_COST) != NULL);
  CHECK(schema_prop(WG_REGION, KEY_NOTE) != NULL); /* common to every kind */
  p = schema_prop(WG_MEETING, KEY_ON);
  CHECK(p && (p->flags & P_REQUIRED) && p->types == (T_DATE | T_RANGE));
  CHECK(schema_kinds[WG_WORKING_GROUP].title_required);
  CHECK(schema_kinds[WG_GROUP].parents & (1u << WG_COMPOSITION));
  CHECK(!(schema_kinds[WG_GROUP].parents & IN_TOP));
  CHECK(schema_kinds[WG_RECOMMENDATION].int_name);
  /* Version 2 (LANGUAGE.md 5) */
  CHECK(schema_kinds[WG_MILESTONE].parents == ((1u << WG_DELIVERABLE) | (1u << WG_RECOMMENDATION)));
  CHECK(schema_kinds[WG_HOLDER].parents == (1u << WG_ROLE));
  CHECK(schema_prop(WG_MILESTONE, KEY_DONE) && !schema_prop(WG_MILESTONE, KEY_STANDING));
  CHECK(schema_prop(WG_DELIVERABLE, KEY_DUE)->types & T_OFFSET);
  CHECK(schema_prop(WG_RECOMMENDATION, KEY_DEPENDS_ON)->refs & (1u << WG_MILESTONE));
  CHECK(schema_prop(WG_GROUP, KEY_QUOTA)->types == T_PAIR);
  CHECK(schema_prop(WG_GROUP, KEY_STAKEHOLDER)->flags & P_LIST);
  CHECK(schema_prop(WG_ROLE, KEY_HELD_BY)->flags & P_LIST);
  CHECK(schema_prop(WG_MANDATE, KEY_TERM) && schema_prop(WG_BODY, KEY_LIAISES_WITH));
  /* Every property of every kind has its doc line. */
  int undocumented = 0;
  for (int k = 0; k < WG_NKINDS; k++)
    for (int i = 0; i < schema_kinds[k].nprops; i++) undocumented += !schema_kinds[k].props[i].doc;
  CHECK_INT(undocumented, 0);
}

/* Rules: every code has one row, found by code and by name. */
int main(void) {
  test_first_use_on_threads(); /* first: before anything else makes the index */
  test_keywords();
  test_not_keywords();
  test_words();
  test_table();
  UNIT_END();
}
