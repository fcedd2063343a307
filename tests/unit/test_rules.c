/* Unit tests for the rule catalogue: the list of codes (RULE_LIST in
** rules.h) and the table of texts (rules.c) agree row for row, and every
** row has what docs/rules.md and `wgc explain` print. */
#include <ctype.h>

#include "rules.h"
#include "unit.h"

/* The list as data: each code with the name its enum constant has. */
static const struct {
  int code;
  const char *id;
} listed[] = {
#define LISTED(code, id) {code, #id},
    RULE_LIST(LISTED)
#undef LISTED
};

/* "SEAT_COUNT_MISMATCH" is the constant for "seat-count-mismatch". */
static int same_name(const char *id, const char *name) {
  for (; *id && *name; id++, name++)
    if (*name != (*id == '_' ? '-' : tolower((unsigned char)*id))) return 0;
  return *id == *name;
}

static void test_list_and_table(void) {
  CHECK_INT(rule_count, RULE_N);
  CHECK_INT(sizeof listed / sizeof *listed, RULE_N);
  for (int i = 0; i < rule_count && i < RULE_N; i++) {
    CHECK_INT(rule_table[i].code, listed[i].code);
    if (!same_name(listed[i].id, rule_table[i].name))
      printf("FAIL: RULE_%s names rule `%s`\n", listed[i].id, rule_table[i].name);
    CHECK(same_name(listed[i].id, rule_table[i].name));
  }
  CHECK_INT(RULE_SEAT_COUNT_MISMATCH, 301);
  CHECK_INT(RULE_STALE_ALLOW, 705);
}

/* Codes are three digits, unique and increasing; names unique. */
static void test_codes(void) {
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    CHECK(r->code >= 100 && r->code <= 999);
    if (i > 0) CHECK(r->code > rule_table[i - 1].code);
    for (int k = 0; k < i; k++) CHECK(strcmp(r->name, rule_table[k].name) != 0);
  }
}

/* A summary is one line, lower case, without a trailing period. */
static int summary_ok(const char *s) {
  size_t n = strlen(s);
  return n > 0 && !isupper((unsigned char)s[0]) && s[n - 1] != '.' && !strchr(s, '\n');
}

/* A name is kebab-case: lower-case words joined by dashes. */
static int name_ok(const char *s) {
  if (!*s || *s == '-') return 0;
  for (; *s; s++)
    if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-')) return 0;
  return s[-1] != '-';
}

/* Every row has its texts; every rule but WG100, about a file that
** cannot be read (no charter sets it off), has both examples. */
static void test_texts(void) {
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    CHECK(r->name && name_ok(r->name));
    CHECK(r->severity == SEV_ERROR || r->severity == SEV_WARNING);
    CHECK(r->summary && summary_ok(r->summary));
    CHECK(r->explanation && strlen(r->explanation) > 40);
    CHECK(r->explanation && r->explanation[strlen(r->explanation) - 1] == '\n');
    CHECK(r->wrong && r->fixed);
    if (r->code == RULE_UNREADABLE_FILE) continue;
    CHECK(r->wrong && *r->wrong && r->fixed && *r->fixed);
    CHECK(r->wrong && r->fixed && strcmp(r->wrong, r->fixed) != 0);
  }
}

/* A rule is found by its code, spelt three ways, and by its name. */
static void test_lookup(void) {
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    char buf[16];
    CHECK(rule_by_code(r->code) == r);
    snprintf(buf, sizeof buf, "WG%03d", r->code);
    CHECK(rule_find(buf) == r);
    snprintf(buf, sizeof buf, "wg%03d", r->code);
    CHECK(rule_find(buf) == r);
    snprintf(buf, sizeof buf, "%03d", r->code);
    CHECK(rule_find(buf) == r);
    CHECK(rule_find(r->name) == r);
  }
  CHECK(rule_by_code(0) == NULL);
  CHECK(rule_by_code(300) == NULL);
  CHECK(rule_find("WG0301") == NULL);
  CHECK(rule_find("WG31") == NULL);
  CHECK(rule_find("seat-count") == NULL);
  CHECK(rule_find("nonsense") == NULL);
  CHECK(rule_find(NULL) == NULL);
}

int main(void) {
  test_list_and_table();
  test_codes();
  test_texts();
  test_lookup();
  UNIT_END();
}
