/* Unit tests for the fixes in text output (report_text.c; docs/output.md,
** "Fixes"): the `help:` and `maybe:` lines, and the lines as a fix leaves
** them, shown only when the message does not say what to write: marked
** under the new text, cut around it on a long line, kept to a glance,
** escaped for the terminal. */
#include <stdlib.h>

#include "unit.h"

typedef struct Case {
  Source src;
  Ctx c;
  Diag *d;
} Case;

/* A diagnostic WG104 at bytes [off, off + len) of text, to give fixes. */
static Diag *start(Case *k, const char *text, uint32_t off, uint32_t len) {
  src_from_memory(&k->src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(&k->c, &k->src);
  k->d = diag_report(&k->c, 104, (wg_span){off, len}, "%s", "a mistake");
  return k->d;
}

/* What the text report says of the diagnostic, past its excerpt: the
** lines from the first fix's on. */
static char *fixes_shown(Case *k, int color) {
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  diag_finish(&k->c, NULL);
  diag_print_text(f, &k->c, color);
  fclose(f);
  compile_done(&k->c);
  src_free(&k->src);
  char *from = strstr(text, "      = ");
  char *out = strdup(from ? from : "");
  free(text);
  return out;
}

static void expect(Case *k, const char *want) {
  char *got = fixes_shown(k, 0);
  CHECK_STR(got, want);
  free(got);
}

static void test_quoted_replacement_is_one_line(void) {
  Case k;
  Diag *d = start(&k, "owner secretariet\n", 6, 11);
  diag_fix_replace(&k.c, d, 1, d->at, "secretariat");
  expect(&k, "      = help: replace `secretariet` with `secretariat`\n");
}

static void test_two_edits_are_shown_in_the_line(void) {
  Case k;
  Diag *d = start(&k, "body B \xe2\x80\x9c" "Body\xe2\x80\x9d\n", 7, 3);
  Fix *f = diag_fix(&k.c, d, 1, "%s", "write straight double quotes");
  diag_edit(&k.c, f, (wg_span){7, 3}, "\"");
  diag_edit(&k.c, f, (wg_span){14, 3}, "\"");
  expect(&k, "      = help: write straight double quotes\n"
             "    1 | body B \"Body\"\n"
             "      |        ~    ~\n");
}

static void test_unsafe_and_second_fixes_are_maybe(void) {
  Case k;
  Diag *d = start(&k, "due 12/05/2014\n", 4, 10);
  diag_fix_replace(&k.c, d, 0, d->at, "2014-05-12");
  diag_fix_replace(&k.c, d, 1, d->at, "2014-12-05"); /* not the first: --fix skips it */
  expect(&k, "      = maybe: replace `12/05/2014` with `2014-05-12`\n"
             "      = maybe: replace `12/05/2014` with `2014-12-05`\n");
}

/* A line inserted: the new line marked, the old one after it, and no
** empty line for the line end written last. */
static void test_inserted_line(void) {
  Case k;
  Diag *d = start(&k, "a {\n  b\nc\n", 8, 1);
  diag_fix1(&k.c, d, 0, (wg_span){8, 0}, "}\n", "close the block");
  expect(&k, "      = maybe: close the block\n"
             "    3 | }\n"
             "      | +\n"
             "    4 | c\n");
  start(&k, "a {\n  b", 4, 0);
  diag_fix1(&k.c, k.d, 0, (wg_span){7, 0}, "\n}\n", "close the block at the end");
  expect(&k, "      = maybe: close the block at the end\n"
             "    2 |   b\n"
             "    3 | }\n"
             "      | +\n");
}

static void test_crlf_line_ends_are_not_shown(void) {
  Case k;
  Diag *d = start(&k, "a {\r\n  b\r\nc\r\n", 10, 1);
  diag_fix1(&k.c, d, 0, (wg_span){10, 0}, "}\r\n", "close the block");
  expect(&k, "      = maybe: close the block\n"
             "    3 | }\n"
             "      | +\n"
             "    4 | c\n");
}

/* Blanks, or nothing, written: the message and the caret say it all. */
static void test_blanks_and_deletions_need_no_view(void) {
  Case k;
  Diag *d = start(&k, "seats\xc2\xa0" "5\n", 5, 2);
  diag_fix1(&k.c, d, 1, d->at, " ", "write a space");
  expect(&k, "      = help: write a space\n");
  d = start(&k, "seats: 5\n", 5, 1);
  diag_fix1(&k.c, d, 1, d->at, "", "remove it");
  expect(&k, "      = help: remove it\n");
}

/* A long line is cut around the first edit, as the excerpt is. */
static void test_long_line_is_cut_around_the_edit(void) {
  char text[600];
  memset(text, 'x', sizeof text);
  memcpy(text + 300, "title", 5);
  text[598] = '\n';
  text[599] = 0;
  Case k;
  Diag *d = start(&k, text, 300, 5);
  Fix *f = diag_fix(&k.c, d, 1, "%s", "put the title in quotes");
  diag_edit(&k.c, f, (wg_span){300, 0}, "\"");
  diag_edit(&k.c, f, (wg_span){305, 0}, "\"");
  char *got = fixes_shown(&k, 0);
  char want[512];
  snprintf(want, sizeof want, "      = help: put the title in quotes\n    1 | ...%.60s\"title\"%.93s...\n"
                              "      |    %60s+     +\n", text, text, "");
  CHECK_STR(got, want);
  free(got);
}

/* Edits far apart: the message alone; so with too many lines written. */
static void test_view_is_a_glance(void) {
  Case k;
  Diag *d = start(&k, "a\nb\nc\nd\ne\n", 0, 1);
  Fix *f = diag_fix(&k.c, d, 1, "%s", "quote both");
  diag_edit(&k.c, f, (wg_span){0, 0}, "\"");
  diag_edit(&k.c, f, (wg_span){7, 0}, "\"");
  expect(&k, "      = help: quote both\n");
  d = start(&k, "a\n", 0, 1);
  diag_fix1(&k.c, d, 1, (wg_span){0, 0}, "}\n}\n}\n}\n}\n}\n", "close them all");
  expect(&k, "      = help: close them all\n");
}

/* Text from the file, and text the fix writes, are escaped; wide
** characters get marks as wide as they show. */
static void test_escaped_and_wide(void) {
  Case k;
  Diag *d = start(&k, "body B \"\033[31m\" x\n", 15, 1);
  diag_fix1(&k.c, d, 1, d->at, "\xe4\xbc\x9a\033[2J", "write the right thing");
  expect(&k, "      = help: write the right thing\n"
             "    1 | body B \"\\x1b[31m\" \xe4\xbc\x9a\\x1b[2J\n"
             "      |                   ~~~~~~~~~\n");
}

static void test_colour(void) {
  Case k;
  Diag *d = start(&k, "a b\n", 2, 1);
  diag_fix1(&k.c, d, 1, d->at, "\"b\"", "quote it");
  char *got = fixes_shown(&k, 1);
  CHECK_STR(got, "      = \033[1;32mhelp:\033[0m quote it\n"
                 "    1 | a \"b\"\n"
                 "      |   \033[1;32m~~~\033[0m\n");
  free(got);
  d = start(&k, "a b\n", 2, 1);
  diag_fix1(&k.c, d, 0, d->at, "c", "write `c`");
  got = fixes_shown(&k, 1);
  CHECK_STR(got, "      = \033[1;33mmaybe:\033[0m write `c`\n");
  free(got);
}

int main(void) {
  test_quoted_replacement_is_one_line();
  test_two_edits_are_shown_in_the_line();
  test_unsafe_and_second_fixes_are_maybe();
  test_inserted_line();
  test_crlf_line_ends_are_not_shown();
  test_blanks_and_deletions_need_no_view();
  test_long_line_is_cut_around_the_edit();
  test_view_is_a_glance();
  test_escaped_and_wide();
  test_colour();
  UNIT_END();
}
