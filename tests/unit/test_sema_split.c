/* Unit tests for the checker on two threads (sema_build.c, sema.c):
** every example and golden case gives the same diagnostics and the same
** JSON whether the second half of its items is checked and built by a
** worker and the schedule's rules run beside the others, or all is done
** by one thread; and what a worker finds (diagnostics in their order,
** "did you mean" hints within the file's budget, references that keep a
** body or an event from being unused) is added as if one thread had
** found it. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "unit.h"

typedef struct Result {
  char *text; /* the diagnostics as text, then the JSON */
  int split;  /* the items checked on two threads */
} Result;

/* Compiles src in one pass, checking its items on two threads whenever
** there are parallel_min or more. */
static Result run(const Source *src, int parallel_min) {
  Result r;
  int parsed;
  r.text = unit_output(src, UINT32_MAX, parallel_min, &parsed, &r.split);
  return r;
}

/* Compiles src both ways; returns whether its items were split, or -1
** if the two disagree. The text of the split run goes to *out if asked. */
static int same_both_ways(const Source *src, char **out) {
  Result one = run(src, INT_MAX), two = run(src, 0);
  int same = one.text && two.text && strcmp(one.text, two.text) == 0;
  if (!same) printf("FAIL %s: not the same on two threads\n", src->name);
  CHECK(same);
  CHECK_INT(one.split, 0);
  int split = same ? two.split : -1;
  free(one.text);
  if (out) *out = two.text;
  else free(two.text);
  return split;
}

static int both_ways(const char *name, const char *text, char **out) {
  Source src;
  src_from_memory(&src, name, text, (uint32_t)strlen(text));
  int split = same_both_ways(&src, out);
  src_free(&src);
  return split;
}

static int split_both_ways(const Source *src) { return same_both_ways(src, NULL); }

/* Every example and golden case: the same both ways; those that reach
** the checker with two items or more split. */
static void test_every_case(void) {
  int splits = 0, files = unit_each_case(split_both_ways, &splits);
  CHECK(files >= 150);
  CHECK(splits >= files / 4); /* 53 of 167 as written */
}

static int count(const char *text, const char *what) {
  int n = 0;
  for (const char *p = text; (p = strstr(p, what)) != NULL; p += strlen(what)) n++;
  return n;
}

/* Errors in both halves, each with a hint, reported in position order. */
static void test_errors_in_both_halves(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "role chair \"Chair\" { held_by \"Ana\" }\n"
      "deliverable a \"A\" { owner chiar; due 2024-01 }\n"
      "deliverable b \"B\" { owner chair; due 2024-02; status dne }\n"
      "deliverable c \"C\" { owner chair; depends_on bb; due 2024-03 }\n"
      "deliverable d \"D\" { owner chair; depends_on c; due 2024-04 }\n";
  char *out = NULL;
  CHECK_INT(both_ways("errors", text, &out), 1);
  CHECK(out && strstr(out, "there is no `chiar` in this charter; did you mean `chair`?"));
  CHECK(out && strstr(out, "there is no `bb` in this charter; did you mean `b`?"));
  CHECK(out && strstr(out, "`dne` is not a `status`"));
  const char *first = out ? strstr(out, "chiar") : NULL, *second = out ? strstr(out, "`bb`") : NULL;
  CHECK(first && second && first < second);
  free(out);
}

/* More unresolved names than the file's budget of hints: the first 200,
** in declaration order, get theirs, wherever the halves meet. */
static void test_hint_budget_across_halves(void) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  fputs("working_group W \"Working group\"\nrole chair \"Chair\" { held_by \"Ana\" }\n", f);
  for (int i = 0; i < 300; i++) fprintf(f, "deliverable d%d \"D\" { owner chiar }\n", i);
  fclose(f);
  char *out = NULL;
  CHECK_INT(both_ways("budget", text, &out), 1);
  CHECK_INT(count(out ? out : "", "did you mean `chair`?"), 200);
  CHECK_INT(count(out ? out : "", "there is no `chiar`"), 300);
  /* d199 is on line 202, d200 on line 203 */
  CHECK(out && strstr(out, "budget:202:30: error[WG204]: there is no `chiar` in this charter; did"));
  CHECK(out && strstr(out, "budget:203:30: error[WG204]: there is no `chiar` in this charter\n"));
  free(out);
  free(text);
}

/* A body and an event named only by the second half's items are used
** (no WG701); a role named by no item is not. */
static void test_uses_counted_by_the_worker(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "body B \"Body\"\n"
      "event E \"Event\" { on 2024-05-01 }\n"
      "role idle \"Idle\" { held_by \"Ana\" }\n"
      "deliverable a \"A\" { owner W; due 2024-01 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C\" { owner B; due E }\n"
      "deliverable d \"D\" { owner W; after E; due 2024-12 }\n";
  char *out = NULL;
  CHECK_INT(both_ways("uses", text, &out), 1);
  CHECK(out && strstr(out, "role `idle` is declared but nothing refers to it"));
  CHECK(out && !strstr(out, "body `B` is declared") && !strstr(out, "event `E` is declared"));
  free(out);
}

/* A role without `held_by` that owns an item of the second half only
** owns it all the same (WG402). */
static void test_owns_counted_by_the_worker(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "composition { open }\n"
      "role sec \"Secretary\"\n"
      "deliverable a \"A\" { owner W; due 2024-01 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C\" { owner W; due 2024-03 }\n"
      "deliverable d \"D\" { owner sec; due 2024-04 }\n";
  char *out = NULL;
  CHECK_INT(both_ways("owns", text, &out), 1);
  CHECK(out && strstr(out, "role `sec` owns 1 item, but nobody is named to hold it"));
  free(out);
}

/* Recommendations of a topic, in both halves, inherit its owner. */
static void test_topic_owner_inherited(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "deliverable a \"A\" { owner W; due 2024-01 }\n"
      "topic T \"Topic\" { owner W\n"
      "  recommendation 1 \"One\" { due 2024-02 }\n"
      "  recommendation 2 \"Two\" { due 2024-03 }\n"
      "  recommendation 3 \"Three\" { depends_on T.1; due 2024-04 }\n"
      "}\n";
  char *out = NULL;
  CHECK_INT(both_ways("topic", text, &out), 1);
  CHECK_INT(count(out ? out : "", "\"owners\": [\n        \"W\"\n      ]"), 5); /* a's, T's and its items' */
  CHECK(out && !strstr(out, "WG401"));
  free(out);
}

/* An `after` naming an item of the other half takes its due date. */
static void test_after_across_halves(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "composition { open }\n"
      "deliverable a \"A\" { owner W; after d; due 2024-09 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C\" { owner W; after a; due 2024-12 }\n"
      "deliverable d \"D\" { owner W; due 2024-06-15 }\n";
  char *out = NULL;
  CHECK_INT(both_ways("after", text, &out), 1);
  CHECK(out && strstr(out, "\"after\": \"2024-06-15\",\n      \"after_ref\": \"d\""));
  CHECK(out && strstr(out, "\"after\": \"2024-09-30\",\n      \"after_ref\": \"a\""));
  free(out);
}

/* The schedule's rules run on the second thread: at one place, their
** diagnostics still come before those of the rules that follow them. */
static void test_rules_in_order_at_one_place(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "composition { open }\n"
      "deliverable a \"A\" { owner W; due 2024-05; status dropped }\n"
      "deliverable b \"B\" { owner W; due 2024-01; depends_on a }\n"
      "deliverable c \"C\" { owner W; due 2024-06 }\n";
  char *out = NULL;
  CHECK_INT(both_ways("order", text, &out), 1);
  const char *late = out ? strstr(out, "order:4:54: error[WG502]") : NULL;
  const char *dropped = out ? strstr(out, "order:4:54: warning[WG603]") : NULL;
  CHECK(late && dropped && late < dropped);
  free(out);
}

int main(void) {
  test_every_case();
  test_errors_in_both_halves();
  test_hint_budget_across_halves();
  test_uses_counted_by_the_worker();
  test_owns_counted_by_the_worker();
  test_topic_owner_inherited();
  test_after_across_halves();
  test_rules_in_order_at_one_place();
  UNIT_END();
}
