/* Unit tests for the syntax tree: it is lossless (tree_print writes every
** example, golden case and fuzz-corpus file back byte for byte, broken
** statements and comments included), and read-only once parsed (a
** digest of every field of every node is the same before and after
** the checker runs). */
#include <stdlib.h>

#include "tree_digest.h"
#include "unit.h"

/* --- Every file we have ------------------------------------------------- */

static int printed, unprintable;

/* 1 if src round-trips and the checker leaves its tree as it was. */
static int round_trip(const Source *src) {
  Ctx c;
  compile_init(&c, src);
  parse_file(&c);
  int ok = 1;
  if (!c.root) {
    unprintable++; /* invalid UTF-8, a limit: nothing is parsed */
  } else {
    char *out = malloc(src->len + 1);
    int rc = tree_print(&c, out);
    ok = rc == 0 && memcmp(out, src->text, src->len) == 0;
    if (!ok) printf("FAIL %s: not written back byte for byte (rc %d)\n", src->name, rc);
    free(out);
    printed++;
    uint64_t before = tree_digest(&c);
    sema_check(&c);
    if (tree_digest(&c) != before) {
      printf("FAIL %s: the checker changed the tree\n", src->name);
      ok = 0;
    }
  }
  CHECK(ok);
  compile_done(&c);
  return ok;
}

static void each_file(const char *pattern, int *files, int *good) {
  glob_t g;
  if (glob(pattern, 0, NULL, &g) != 0) return;
  for (size_t j = 0; j < g.gl_pathc; j++) {
    Source src;
    if (src_load(&src, g.gl_pathv[j], MAX_FILE) != SRC_OK) continue;
    (*files)++;
    *good += round_trip(&src);
    src_free(&src);
  }
  globfree(&g);
}

static void test_every_file(void) {
  int files = 0, good = 0;
  const char *patterns[] = {"examples/*.wg", "examples/broken/*.wg", "tests/golden/*/*.wg",
                            "tests/fuzz/corpus/*", "tests/fuzz/regressions/*"};
  for (size_t i = 0; i < sizeof patterns / sizeof *patterns; i++)
    each_file(patterns[i], &files, &good);
  CHECK(files > 150);
  CHECK_INT(good, files);
  CHECK(printed > 150);
}

/* --- Cases written here --------------------------------------------------- */

/* Parses text, prints it back; 1 if the bytes are the same. */
static int same(const char *text) {
  Source src;
  Ctx c;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(&c, &src);
  parse_file(&c);
  char *out = malloc(src.len + 1);
  int ok = c.root && tree_print(&c, out) == 0 && memcmp(out, text, src.len) == 0;
  free(out);
  compile_done(&c);
  src_free(&src);
  return ok;
}

static void test_trivia(void) {
  CHECK(same(""));
  CHECK(same("\xEF\xBB\xBF# a byte-order mark, then a comment\n"));
  CHECK(same("working_group W \"T\" ; body B \"b\"\n\n\n# end"));
  CHECK(same("composition {\r\n  seats 5 # five\r\n  group g \"G\" { seats 5; stakeholder government }\r\n}\r\n"));
  CHECK(same("deliverable d \"D\" {\n  owner a,\n    # who else\n    b , c\n  due 2014-05..2014-06\n}"));
  CHECK(same("topic I \"T\" {\n  recommendation 1 \"R\" { depends_on I . 2 }\n}\n"));
  CHECK(same("deliverable d \"D\"\n{\n  note \"\"\"two\nlines\"\"\"\n}\n"));
}

static void test_broken_statements_kept(void) {
  CHECK(same("body B \"b\" @ x\nbody C \"c\"\n"));
  CHECK(same("deliverable d \"D\" {\n  owner a b\n  due 2014-13-01\n}\n"));
  CHECK(same("}\nbody B \"b\"\n"));
  CHECK(same("group g \"G\" oops { seats 5\n member \"x\" }\n body B \"b\""));
  CHECK(same("working_group W a @ b \"t\"\ncomposition { open }\n")); /* words out of place */
  CHECK(same("}}}\n}\n\"x\"\n@@ @\nbody B \"b\"\n"));              /* joined into one node */
}

/* A tree whose spans miss a token is caught: the check is not blind. */
static void test_a_missing_token_is_caught(void) {
  const char *text = "body B \"b\" { reports_to C }\nbody C \"c\"\n";
  Source src;
  Ctx c;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(&c, &src);
  parse_file(&c);
  char *out = malloc(src.len + 1);
  CHECK_INT(tree_print(&c, out), 0);
  c.root->children->title = NULL; /* the title's bytes are now no node's */
  CHECK_INT(tree_print(&c, out), -1);
  free(out);
  compile_done(&c);
  src_free(&src);
}

int main(void) {
  test_every_file();
  test_trivia();
  test_broken_statements_kept();
  test_a_missing_token_is_caught();
  UNIT_END();
}
