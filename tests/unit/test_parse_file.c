/* Unit tests for parsing a file in two halves (parse_file.c): every
** example and golden case gives the same diagnostics and the same JSON
** whether its halves are parsed in two threads or the file in one pass,
** and a cut that falls inside a block or a long string is undone. */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>

#include "unit.h"

typedef struct Result {
  char *text; /* the diagnostics as text, then the JSON */
  int split;  /* parsed in two halves */
} Result;

/* Compiles src, parsing in two halves whenever it has parallel_min bytes
** or more. */
static Result run(const Source *src, uint32_t parallel_min) {
  Result r;
  r.text = unit_output(src, parallel_min, &r.split);
  return r;
}

/* Compiles src both ways; returns whether it was split, or -1 if the
** two disagree. */
static int same_both_ways(const Source *src) {
  Result one = run(src, UINT32_MAX), two = run(src, 0);
  int same = one.text && two.text && strcmp(one.text, two.text) == 0;
  if (!same) printf("FAIL %s: not the same in two halves\n", src->name);
  CHECK(same);
  CHECK_INT(one.split, 0);
  int split = same ? two.split : -1;
  free(one.text);
  free(two.text);
  return split;
}

static int both_ways(const char *name, const char *text, size_t len) {
  Source src;
  src_from_memory(&src, name, text, (uint32_t)len);
  int split = same_both_ways(&src);
  src_free(&src);
  return split;
}

/* Every example and golden case: the same both ways, and those with no
** syntax error actually split. */
static void test_every_case(void) {
  int splits = 0, files = unit_each_case(same_both_ways, &splits);
  CHECK(files >= 150);
  CHECK(splits >= files / 2); /* most cases parse cleanly, and those split */
}

static void test_clean_file_splits(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "composition { open }\n"
      "deliverable a \"A\" { owner W; due 2024-01 }\n"
      "deliverable b \"B\" {\n  owner W\n  depends_on a\n  due 2024-02\n}\n"
      "deliverable c \"C\" { owner W; depends_on b; due 2024-03 }\n";
  CHECK_INT(both_ways("clean", text, strlen(text)), 1);
}

/* The line at the middle starts with a letter but sits inside a block. */
static void test_cut_inside_a_block(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "composition { open }\n"
      "deliverable a \"A\" {\n"
      "owner W\n"
      "due 2024-01\n"
      "status planned\n"
      "note \"unindented lines\"\n"
      "}\n";
  CHECK_INT(both_ways("block", text, strlen(text)), 0);
}

/* The line at the middle starts with a letter but sits in a long string. */
static void test_cut_inside_a_long_string(void) {
  const char *text =
      "working_group W \"Working group\" {\n"
      "  note \"\"\"\n"
      "a long note\n"
      "over lines\n"
      "that start\n"
      "with letters\n"
      "\"\"\"\n"
      "}\n";
  CHECK_INT(both_ways("string", text, strlen(text)), 0);
}

/* A cut between statements of a file with an error elsewhere: the one
** pass reports it, once. */
static void test_error_in_a_half(void) {
  const char *text =
      "working_group W \"Working group\"\n"
      "deliverable a \"A\" { owner W; due 2024-13 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C\" { owner W; due 2024-03 }\n";
  CHECK_INT(both_ways("error", text, strlen(text)), 0);
}

/* A byte that is not UTF-8 in either half (each half checks its own):
** the one pass reports it, once, at its place. */
static void test_bad_utf8_in_a_half(void) {
  const char *texts[] = {
      "working_group W \"Working group\"\n"
      "deliverable a \"A \xff\" { owner W; due 2024-01 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C\" { owner W; due 2024-03 }\n",
      "working_group W \"Working group\"\n"
      "deliverable a \"A\" { owner W; due 2024-01 }\n"
      "deliverable b \"B\" { owner W; due 2024-02 }\n"
      "deliverable c \"C \xc3\" { owner W; due 2024-03 }\n"};
  for (int i = 0; i < 2; i++) {
    Source src;
    src_from_memory(&src, "utf8", texts[i], (uint32_t)strlen(texts[i]));
    Result r = run(&src, 0);
    CHECK_INT(r.split, 0);
    const char *first = r.text ? strstr(r.text, i == 0 ? "utf8:2:18: error[WG101]: this byte"
                                                       : "utf8:4:18: error[WG101]: this byte")
                               : NULL;
    CHECK(first && !strstr(first + strlen("utf8:2:18: error[WG101]"), "WG101"));
    free(r.text);
    CHECK_INT(both_ways("utf8", texts[i], strlen(texts[i])), 0);
    src_free(&src);
  }
}

/* A charter of a few megabytes, with references across the cut both
** ways, a topic and members: the same both ways, and split. */
static void test_large_charter(void) {
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  fputs("working_group W \"Working group\" { established 2020-01-01 }\n"
        "composition { seats 2\n  group g \"G\" { seats 2; stakeholder government\n"
        "    member \"Ana\"\n    member \"Ben\"\n  }\n}\n", f);
  enum { N = 20000 };
  for (int i = 0; i < N; i++) {
    fprintf(f, "deliverable d%d \"Deliverable number %d\" {\n  owner W\n", i, i);
    if (i > 0) fprintf(f, "  depends_on d%d\n", i - 1);
    fprintf(f, "  due 2024-%02d-%02d\n}\n", 1 + i % 12, 1 + i % 28);
  }
  fprintf(f, "topic T \"Late\" { owner W\n  recommendation 1 \"r\" { depends_on d0, d%d }\n}\n",
          N - 1);
  fclose(f);
  CHECK(len > (1u << 20));
  CHECK_INT(both_ways("large", text, len), 1);
  free(text);
}

int main(void) {
  test_every_case();
  test_clean_file_splits();
  test_cut_inside_a_block();
  test_cut_inside_a_long_string();
  test_error_in_a_half();
  test_bad_utf8_in_a_half();
  test_large_charter();
  UNIT_END();
}
