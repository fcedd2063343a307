/* Unit tests for the DOT emitter's layout of unlinked items: rows of
** invisible edges and packed parts in pictures wgc renders, none of it
** in the DOT text; and views (--focus, --topic, --depth).
** tests/cli/dot-layout.sh checks where Graphviz then puts things. */
#include <stdlib.h>

#include "emit.h"
#include "unit.h"

static const char charter[] =
    "working_group W \"Working group\"\n"
    "composition { open }\n"
    "deliverable a1 \"One\" { owner W; due 2024-01 }\n"
    "deliverable a2 \"Two\" { owner W; due 2024-01 }\n"
    "deliverable a3 \"Three\" { owner W; due 2024-01 }\n"
    "deliverable a4 \"Four\" { owner W; due 2024-01 }\n"
    "deliverable a5 \"Five\" { owner W; due 2024-01 }\n"
    "deliverable b1 \"Linked\" { owner W; due 2024-01 }\n"
    "deliverable b2 \"Linked too\" { owner W; depends_on b1; due 2024-02 }\n"
    "topic T1 \"First\" { owner W; recommendation 1 \"x\"; recommendation 2 \"y\" }\n"
    "topic T2 \"Second\" { owner W; recommendation 1 \"x\" }\n"
    "topic T3 \"Third\" { owner W; recommendation 1 \"x\" }\n"
    "topic T4 \"Linked\" { owner W; recommendation 1 \"x\" { depends_on b2 } }\n";

/* The DOT of `charter`, with or without rows; the caller frees it. */
static char *dot(int rows) {
  Source src;
  Ctx c;
  unit_compile(&c, &src, charter);
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (c.charter && f) emit_dot(f, c.charter, c.arena, rows);
  if (f) fclose(f);
  CHECK_INT(c.diags.n, 0);
  unit_free(&c, &src);
  return text;
}

static int count(const char *s, const char *what) {
  int n = 0;
  for (const char *p = s; p && (p = strstr(p, what)) != NULL; p += strlen(what)) n++;
  return n;
}

static void test_text_has_only_dependencies(void) {
  char *s = dot(0);
  CHECK(s != NULL);
  CHECK_INT(count(s, "->"), 2);
  CHECK_INT(count(s, "style=invis"), 0);
  CHECK(strstr(s, "pack=") == NULL);
  CHECK(strstr(s, "cluster wgc") == NULL);
  free(s);
}

static void test_rows(void) {
  char *s = dot(1);
  /* Five unlinked items: rows of two (2 * 2 * 2 >= 5), in source order,
  ** and the rows' first items ordered top to bottom within the rank. */
  CHECK(strstr(s, "  \"a1\" -> \"a2\" [style=invis];\n") != NULL);
  CHECK(strstr(s, "  \"a3\" -> \"a4\" [style=invis];\n") != NULL);
  CHECK(strstr(s, "  {rank=same; \"a1\" -> \"a3\" [style=invis];}\n") != NULL);
  CHECK(strstr(s, "  {rank=same; \"a3\" -> \"a5\" [style=invis];}\n") != NULL);
  CHECK(strstr(s, "\"a2\" -> \"a3\"") == NULL);
  /* Topics are no longer joined by invisible edges: the parts are
  ** packed in a grid, the topics' frames written in order, and parts
  ** without a topic (the unlinked deliverables, the legend) each in an
  ** invisible frame of its own. */
  CHECK(strstr(s, "\"T1.1\" -> \"T2.1\"") == NULL);
  CHECK(strstr(s, "pack=true, packmode=\"array_cu") != NULL);
  const char *t1 = strstr(s, "cluster_T1"), *t2 = strstr(s, "cluster_T2");
  const char *t3 = strstr(s, "cluster_T3");
  CHECK(t1 && t2 && t3);
  CHECK(count(s, "subgraph \"cluster wgc ") >= 2);
  /* Linked items and the topic holding one take no part in rows. */
  CHECK(strstr(s, "\"b1\" -> \"b2\";") != NULL || strstr(s, "\"b1\" -> \"b2\" [") != NULL);
  CHECK(strstr(s, "\"T4.1\" -> \"T4.2\" [style=invis]") == NULL);
  free(s);
}

int main(void) {
  test_text_has_only_dependencies();
  test_rows();
  UNIT_END();
}
