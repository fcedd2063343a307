/* Unit tests for the formatter (compiler/fmt.c, docs/style.md). Every
** example, golden case and fuzz-corpus file that parses is formatted,
** and (a) formatting the result again changes nothing, (b) it compiles
** to the same JSON, (c) its comments are the same, in the same order,
** (d) it has the same diagnostics, each in the same declaration. Then
** range formatting agrees with the whole, and the public calls. */
#include <stdlib.h>

#include "fmt.h"
#include "fmt_facts.h"
#include "tree.h"
#include "unit.h"
#include "../../runtime/alloc.h"

/* --- Helpers ------------------------------------------------------------------ */

typedef struct Text {
  char *p;
  size_t n;
} Text;

/* Parses src into c; 1 if it has no syntax error. */
static int parses(Ctx *c, const Source *src) {
  compile_init(c, src);
  parse_file(c);
  return c->root && !c->syntax_errors;
}

static Text format(const Source *src) {
  Ctx c;
  Text t = {NULL, 0};
  if (parses(&c, src)) CHECK(fmt_write(&c, &t.p, &t.n, NULL) == 0);
  compile_done(&c);
  return t;
}

/* --- Every file we have ------------------------------------------------------ */

static int formatted, unformattable;

static void report(const char *name, const char *what, const Text *a, const Text *b) {
  printf("FAIL %s: %s\n", name, what);
  size_t i = 0;
  while (i < a->n && i < b->n && a->p[i] == b->p[i]) i++;
  size_t from = i > 60 ? i - 60 : 0;
  printf("  at byte %zu:\n  [%.*s]\n  [%.*s]\n", i, (int)(i + 60 - from), a->p + from,
         (int)(i + 60 - from), b->p + from);
}

/* 1 if src formats with (a) to (d) holding. */
static int holds(const Source *src) {
  Text once = format(src);
  if (!once.p) {
    unformattable++;
    return 1;
  }
  formatted++;
  Source out;
  src_from_memory(&out, src->name, once.p, (uint32_t)once.n);
  Text twice = format(&out);
  int ok = twice.p && twice.n == once.n && memcmp(twice.p, once.p, once.n) == 0;
  if (!ok) report(src->name, twice.p ? "(a) not idempotent" : "(a) no longer parses", &once, &twice);
  char *before = fmt_facts(src), *after = fmt_facts(&out);
  Text tb = {before, strlen(before)}, ta = {after, strlen(after)};
  if (strcmp(before, after) != 0) report(src->name, "(b-d) facts differ", &tb, &ta), ok = 0;
  free(before);
  free(after);
  free(once.p);
  free(twice.p);
  src_free(&out);
  CHECK(ok);
  return ok;
}

static void test_every_file(void) {
  static const char *const patterns[] = {"examples/*.wg", "examples/broken/*.wg",
                                         "tests/golden/*/*.wg", "tests/fuzz/corpus/*",
                                         "tests/fuzz/regressions/*"};
  int good = 0;
  int files = unit_each_file(patterns, sizeof patterns / sizeof *patterns, holds, &good);
  CHECK(files > 150);
  CHECK_INT(good, files);
  CHECK(formatted > 150);
  printf("ok formatted %d files, %d not (syntax errors)\n", formatted, unformattable);
}

/* --- Cases written here ------------------------------------------------------- */

/* Formats text; the result as a string in a static buffer ("<syntax>" if
** it does not parse). */
static const char *fmt(const char *text) {
  static char buf[4096];
  Source src;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  Text t = format(&src);
  snprintf(buf, sizeof buf, "%s", t.p ? t.p : "<syntax>");
  free(t.p);
  src_free(&src);
  return buf;
}

static void test_layout(void) {
  CHECK_STR(fmt(""), "");
  CHECK_STR(fmt("\n\n  \n"), "");
  CHECK_STR(fmt("body A \"a\""), "body A \"a\"\n");
  CHECK_STR(fmt("body   A\t\"a\"   \n\n\n\nbody B \"b\"\n\n"), "body A \"a\"\n\nbody B \"b\"\n");
  CHECK_STR(fmt("body A \"a\"; body B \"b\";"), "body A \"a\"\nbody B \"b\"\n");
  /* blocks: one line when written so, short and simple; else expanded */
  CHECK_STR(fmt("group g \"G\" {seats 5;stakeholder business}"),
            "group g \"G\" { seats 5; stakeholder business }\n");
  CHECK_STR(fmt("group g \"G\" {\nseats 5\n}"), "group g \"G\" {\n  seats 5\n}\n");
  CHECK_STR(fmt("group g \"G\" { seats 5; stakeholder business; per_region 1 }"),
            "group g \"G\" {\n  seats 5\n  stakeholder business\n  per_region 1\n}\n");
  CHECK_STR(fmt("deliverable d \"T\" {\n}"), "deliverable d \"T\" {}\n");
  CHECK_STR(fmt("deliverable d \"T\"\n{ owner a }"), "deliverable d \"T\" { owner a }\n");
  /* top-level blocks of several lines stand apart */
  CHECK_STR(fmt("body A \"a\"\ntopic T \"t\" {\nowner A\n}\nbody B \"b\""),
            "body A \"a\"\n\ntopic T \"t\" {\n  owner A\n}\n\nbody B \"b\"\n");
  /* values */
  CHECK_STR(fmt("meeting M on 2013-05-30 ..  2013-05-31"), "meeting M on 2013-05-30..2013-05-31\n");
  CHECK_STR(fmt("depends_on A . 1 ,B"), "depends_on A.1, B\n");
  CHECK_STR(fmt("due 2014-05"), "due 2014-05\n");
  CHECK_STR(fmt("role r \"\"\"The \"chair\"\"\"\" "), "<syntax>");
  CHECK_STR(fmt("role r \"\"\"The \"chair\" \"\"\""), "role r \"The \\\"chair\\\" \"\n");
  CHECK_STR(fmt("note \"tab\there \\u{41}\\u{200B}\\u{A0}\""), "note \"tab\\there A\\u{200B}\\u{A0}\"\n");
  CHECK_STR(fmt("note \"\"\"a\r\nb\"\"\""), "note \"\"\"a\nb\"\"\"\n");
  CHECK_STR(fmt("body A \"a\"\r\nbody B \"\"\"x\ny\"\"\"\n"), "body A \"a\"\r\nbody B \"\"\"x\r\ny\"\"\"\r\n");
  CHECK_STR(fmt("\xEF\xBB\xBF body A \"a\""), "\xEF\xBB\xBF" "body A \"a\"\n");
}

static void test_comments(void) {
  CHECK_STR(fmt("# top   \nbody A \"a\"  # trailing  \n# end"),
            "# top\nbody A \"a\" # trailing\n# end\n");
  CHECK_STR(fmt("owner a, # first\n b,\n# own line\n c"),
            "owner a, # first\n      b,\n      # own line\n      c\n");
  CHECK_STR(fmt("deliverable d \"T\" # about d\n{\nowner a\n}"),
            "deliverable d \"T\" { # about d\n  owner a\n}\n");
  CHECK_STR(fmt("topic T \"t\" {\n\n  # inside\n\n  owner A\n\n}\n"),
            "topic T \"t\" {\n  # inside\n\n  owner A\n}\n");
  CHECK_STR(fmt("body A \"a\"\n# about T\ntopic T \"t\" {\nowner A # who\n} # done\n# after"),
            "body A \"a\"\n\n# about T\ntopic T \"t\" {\n  owner A # who\n} # done\n\n# after\n");
  CHECK_STR(fmt("topic T \"t\" {\n  # only a comment\n}"), "topic T \"t\" {\n  # only a comment\n}\n");
  /* measuring a block ahead is not misled by the comments above it */
  CHECK_STR(fmt("# c\ndeliverable d \"T\" owner a, b { due M1 }"),
            "# c\ndeliverable d \"T\" owner a, b { due M1 }\n");
}

static void test_wrapping(void) {
  CHECK_STR(fmt("group g \"G\" {\nmembers \"Greece\", \"Brazil\", \"India\", \"Egypt\", \"Lithuania\", "
                "\"Azerbaijan\", \"Kenya\"\n}"),
            "group g \"G\" {\n  members \"Greece\", \"Brazil\", \"India\", \"Egypt\", \"Lithuania\", "
            "\"Azerbaijan\",\n          \"Kenya\"\n}\n");
  CHECK_STR(fmt("owner a,\n  b"), "owner a, b\n");
  CHECK_STR(fmt("topic T \"t\" {\n  depends_on first_deliverable, second_deliverable, third_deliverable_xxxxxxxxxxx\n}"),
            "topic T \"t\" {\n  depends_on first_deliverable, second_deliverable,\n"
            "             third_deliverable_xxxxxxxxxxx\n}\n");
  CHECK_STR(fmt("group g \"G\" { seats 5; per_region 1; }"), "group g \"G\" { seats 5; per_region 1 }\n");
  /* 81 columns, then 80 */
  CHECK_STR(fmt("deliverable a_long_name_for_a_deliverable_x \"A title that is long\" { owner WGEC }"),
            "deliverable a_long_name_for_a_deliverable_x \"A title that is long\" {\n  owner WGEC\n}\n");
  CHECK_STR(fmt("deliverable a_long_name_for_a_deliverableX \"A title that is long\" { owner WGEC }"),
            "deliverable a_long_name_for_a_deliverableX \"A title that is long\" { owner WGEC }\n");
}

/* A byte the tree does not account for is not dropped: the file is not
** formatted. Faked by hiding a comment from the formatter. */
static void test_nothing_lost(void) {
  const char *text = "body A \"a\" # kept\nbody B \"b\"\n";
  Source src;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  Ctx c;
  CHECK(parses(&c, &src));
  char *out;
  size_t n;
  CHECK(fmt_write(&c, &out, &n, NULL) == 0);
  free(out);
  c.comments.n = 0;
  CHECK(fmt_write(&c, &out, &n, NULL) == -1 && out == NULL);
  compile_done(&c);
  src_free(&src);
}

/* --- Range formatting ------------------------------------------------------------ */

/* Applies the range edit for [from, to) to text; the result in *out. */
static int apply_range(const Source *src, uint32_t from, uint32_t to, Text *out) {
  Ctx c;
  int ok = parses(&c, src);
  if (ok) {
    wg_span at;
    char *text;
    size_t n;
    CHECK(fmt_range(&c, from, to, &at, &text, &n) == 0);
    out->n = src->len - at.len + n;
    out->p = malloc(out->n + 1);
    memcpy(out->p, src->text, at.off);
    memcpy(out->p + at.off, text, n);
    memcpy(out->p + at.off + n, src->text + at.off + at.len, src->len - at.off - at.len);
    free(text);
  }
  compile_done(&c);
  return ok;
}

/* Formatting a range then the whole gives what formatting the whole
** gives; on formatted text a range changes nothing. */
static int range_agrees(const Source *src) {
  Text whole = format(src);
  if (!whole.p) return 1;
  int ok = 1;
  uint32_t step = src->len / 7 + 1;
  for (uint32_t from = 0; from < src->len && ok; from += step) {
    Text part;
    uint32_t to = from + step / 3 < src->len ? from + step / 3 : src->len;
    apply_range(src, from, to, &part);
    Source ps;
    src_from_memory(&ps, src->name, part.p, (uint32_t)part.n);
    Text again = format(&ps);
    ok = again.p && again.n == whole.n && memcmp(again.p, whole.p, whole.n) == 0;
    if (!ok) printf("FAIL %s: range %u..%u then the whole differs\n", src->name, from, to);
    Source ws;
    src_from_memory(&ws, src->name, whole.p, (uint32_t)whole.n);
    Text same;
    apply_range(&ws, from < whole.n ? from : 0, to < whole.n ? to : (uint32_t)whole.n, &same);
    if (same.n != whole.n || memcmp(same.p, whole.p, whole.n) != 0) {
      printf("FAIL %s: range %u..%u changes formatted text\n", src->name, from, to);
      ok = 0;
    }
    free(same.p);
    src_free(&ws);
    free(again.p);
    src_free(&ps);
    free(part.p);
  }
  free(whole.p);
  CHECK(ok);
  return ok;
}

static void test_ranges(void) {
  int hits = 0;
  int files = unit_each_case(range_agrees, &hits);
  CHECK_INT(hits, files);
  /* the smallest run of whole statements, in whole lines */
  const char *text = "topic T \"t\" {\n    owner   A\n  note  \"x\" ; allow   empty-topic\n}\n";
  Source src;
  src_from_memory(&src, "t.wg", text, (uint32_t)strlen(text));
  Ctx c;
  CHECK(parses(&c, &src));
  wg_span at;
  char *out;
  size_t n;
  fmt_range(&c, 20, 22, &at, &out, &n); /* in `owner` */
  CHECK_INT(at.off, 14);
  CHECK_INT(at.len, 13);
  CHECK_STR(out, "  owner A");
  free(out);
  fmt_range(&c, 30, 31, &at, &out, &n); /* in `note`, which shares its line */
  CHECK_INT(at.off, 28);
  CHECK_STR(out, "  note \"x\"\n  allow empty-topic");
  free(out);
  fmt_range(&c, 0, 3, &at, &out, &n); /* the whole topic */
  CHECK_INT(at.off, 0);
  CHECK_INT(at.len, strlen(text) - 1);
  CHECK_STR(out, "topic T \"t\" {\n  owner A\n  note \"x\"\n  allow empty-topic\n}");
  free(out);
  compile_done(&c);
  src_free(&src);
}

/* --- The public calls --------------------------------------------------------------- */

static void test_api(void) {
  const char *text = "working_group W \"w\" {reports_to B}\nbody B \"b\"  \n";
  wg_doc *doc;
  CHECK(wg_load(text, strlen(text), "t.wg", NULL, &doc) == WG_OK);
  char *out;
  size_t n;
  CHECK(wg_format(doc, &out, &n) == WG_OK);
  CHECK_STR(out, "working_group W \"w\" { reports_to B }\nbody B \"b\"\n");
  CHECK_INT(n, strlen(out));
  free(out);
  wg_edit e;
  uint32_t body = (uint32_t)(strstr(text, "body") - text);
  CHECK(wg_format_range(doc, (wg_span){body + 2, 2}, &e) == WG_OK);
  CHECK_INT(e.at.off, body);
  CHECK_INT(e.at.len, 12);
  CHECK_STR(e.text, "body B \"b\"");
  free((char *)e.text);
  CHECK(wg_format_range(doc, (wg_span){40, 100}, &e) == WG_ERR_USAGE);
  wg_free(doc);
  CHECK(wg_load("body B \"b", 9, "t.wg", NULL, &doc) == WG_OK);
  CHECK(wg_format(doc, &out, &n) == WG_ERR_SYNTAX && out == NULL);
  CHECK(wg_format_range(doc, (wg_span){0, 1}, &e) == WG_ERR_SYNTAX);
  CHECK_STR(wg_strerror(WG_ERR_SYNTAX), "the charter has syntax errors");
  wg_free(doc);
}

/* Every allocation of a format fails in turn: WG_ERR_NOMEM, nothing kept
** (ASan and valgrind would see a leak), until one has enough. */
static void test_out_of_memory(void) {
  Source src;
  CHECK(src_load(&src, "examples/wgec.wg", MAX_FILE) == SRC_OK);
  wg_doc *doc;
  CHECK(wg_load(src.text, src.len, "wgec.wg", NULL, &doc) == WG_OK);
  for (int range = 0; range < 2; range++) {
    int failures = 0, done = 0;
    for (long k = 1; k < 10000 && !done; k++) {
      char *out = NULL;
      wg_edit e = {{0, 0}, NULL};
      wg_alloc_fail_after(k);
      int rc = range ? wg_format_range(doc, (wg_span){5000, 10}, &e) : wg_format(doc, &out, NULL);
      wg_alloc_fail_after(0);
      if (rc == WG_ERR_NOMEM) failures++;
      else done = rc == WG_OK;
      CHECK(rc == WG_ERR_NOMEM || rc == WG_OK);
      free(out);
      free((char *)e.text);
    }
    CHECK(done && failures >= 2);
  }
  wg_free(doc);
  src_free(&src);
}

int main(void) {
  test_every_file();
  test_layout();
  test_comments();
  test_wrapping();
  test_nothing_lost();
  test_ranges();
  test_api();
  test_out_of_memory();
  UNIT_END();
}
