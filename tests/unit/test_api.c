/* Unit tests for the public library (wg.h), used as a program outside
** wgc would: loading, options, diagnostics, the model, declarations,
** names and references; and running out of memory at every allocation
** of a load, which must return WG_ERR_NOMEM with nothing leaked (the
** suite runs this under ASan and valgrind). */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../runtime/alloc.h"
#include "../../runtime/wg.h"

static int unit_passed, unit_failed;
#define CHECK(c) ((c) ? unit_passed++ : (unit_failed++, printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #c)))

static const char charter[] =
    "working_group WG \"A group\" { report_due M2 }\n"
    "body secretariat \"Secretariat\"\n"
    "meeting M1 \"First\" on 2014-01-10\n"
    "meeting M2 \"Second\" on 2014-03-10\n"
    "deliverable d \"Draft\" { owner secretariat; due M1 }\n"
    "topic A \"Topic\" {\n"
    "  owner WG\n"
    "  recommendation 1 \"One\" { depends_on d; due M2 }\n"
    "}\n"
    "deliverable r \"Report\" { owner WG; depends_on A.1, d; due M2 }\n";

static wg_doc *load(const char *text, const wg_options *o) {
  wg_doc *doc = NULL;
  int rc = wg_load(text, strlen(text), "t.wg", o, &doc);
  CHECK(rc == WG_OK && doc);
  return doc;
}

static wg_doc *load_n(const char *text, size_t n) {
  wg_doc *doc = NULL;
  int rc = wg_load(text, n, "t.wg", NULL, &doc);
  CHECK(rc == WG_OK && doc);
  return doc;
}

static uint32_t offset_of(const wg_doc *doc, const char *needle, int nth) {
  const char *text = wg_doc_text(doc, NULL), *p = text;
  for (int i = 0; p && i <= nth; i++) p = strstr(i ? p + 1 : p, needle);
  return p ? (uint32_t)(p - text) : 0;
}

static void test_model(void) {
  wg_doc *doc = load(charter, NULL);
  const wg_charter *c = wg_doc_charter(doc);
  CHECK(wg_error_count(doc) == 0);
  CHECK(strcmp(c->wg.id, "WG") == 0 && c->nitems == 3);
  CHECK(strcmp(c->items[1].id, "A.1") == 0 && c->items[1].nowners == 1);
  int n;
  const int *path = wg_charter_critical_path(c, &n);
  CHECK(n == 3 && strcmp(c->items[path[0]].id, "d") == 0 && strcmp(c->items[path[2]].id, "r") == 0);
  const int *order = wg_charter_order(c);
  CHECK(order[0] == 0 && order[2] == 2);
  CHECK(wg_doc_decl_count(doc) == 8);
  const wg_decl *rec = wg_doc_decl(doc, 6);
  CHECK(rec->kind == WG_RECOMMENDATION && strcmp(rec->id, "A.1") == 0 && rec->parent == 5);
  CHECK(wg_doc_decl_at(doc, offset_of(doc, "depends_on d", 0)) == 6);
  CHECK(wg_doc_decl_at(doc, 0) == 0);
  int line, col;
  wg_doc_position(doc, offset_of(doc, "\"One\"", 0), &line, &col);
  CHECK(line == 8 && col == 20);
  wg_free(doc);
}

/* Version 2 in the model: milestones and the due date they give, an
** offset, members seated on a day, holders, names of milestones. */
static const char charter_v2[] =
    "working_group WG \"A group\" { character intergovernmental }\n"
    "role chairs \"Chairs\" { held_by \"A\", \"B\"; holder \"C\" { until 2014 } }\n"
    "composition { seats 2; group g \"States\" {\n"
    "  seats 2; stakeholder government\n"
    "  member \"X\" { until 2014 }\n"
    "  member \"Y\" { since 2015-01-01 }\n"
    "  member \"Z\"\n"
    "} }\n"
    "deliverable s \"Spec\" { owner WG\n"
    "  milestone review \"Review\" { due s.cr - 3 months }\n"
    "  milestone cr \"CR\" { due 2023-09 }\n"
    "  milestone rec \"REC\" { due 2024-Q2; done 2024-05-02 }\n"
    "}\n"
    "deliverable t \"Tests\" { owner WG; depends_on s.cr; due 2023-12 }\n";

static void test_model_v2(void) {
  wg_doc *doc = load(charter_v2, NULL);
  const wg_charter *c = wg_doc_charter(doc);
  CHECK(wg_error_count(doc) == 0);
  CHECK(c->nmilestones == 3 && c->items[0].nmilestones == 3 && c->items[0].milestone0 == 0);
  CHECK(c->items[1].nmilestones == 0);
  CHECK(c->items[0].due_implied && c->items[0].due.date == wg_date_make(2024, 6, 30));
  CHECK(c->items[0].due.precision == WG_QUARTER && c->items[0].due.ref.kind == WG_MILESTONE);
  const wg_milestone *review = &c->milestones[0];
  CHECK(strcmp(review->id, "s.review") == 0 && review->item == 0);
  CHECK(review->due.date == wg_date_make(2023, 6, 30) && review->due.precision == WG_MONTH);
  CHECK(review->due.offset == -3 && review->due.offset_unit == WG_MONTHS);
  CHECK(c->milestones[2].status == WG_COMPLETED);
  CHECK(c->items[1].deps[0].kind == WG_MILESTONE && c->items[1].deps[0].index == 1);
  CHECK(c->roles[0].nholders == 3 && strcmp(c->roles[0].held_by, "A, B") == 0);
  CHECK(c->roles[0].holders[2].until == wg_date_make(2014, 12, 31));
  wg_date day;
  CHECK(wg_group_seated_peak(c, 0, &day) == 2 && day == wg_date_make(2014, 12, 31));
  CHECK(wg_group_seated_on(c, 0, wg_date_make(2014, 6, 1)) == 2);
  CHECK(wg_group_seated_on(c, 0, wg_date_make(2015, 6, 1)) == 2);
  CHECK(wg_group_seated_on(c, 0, WG_NODATE) == 3);
  wg_symbol sym;
  CHECK(wg_doc_lookup(doc, "s.cr", &sym) && sym.kind == WG_MILESTONE && sym.index == 1);
  wg_span at[8];
  CHECK(wg_doc_references(doc, &sym, at, 8) == 3); /* declared, s.cr - 3 months, depends_on */
  char buf[11];
  wg_date_format_precision(c->items[0].due.date, c->items[0].due.precision, buf);
  CHECK(strcmp(buf, "2024-Q2") == 0);
  wg_free(doc);
}

static void test_names(void) {
  wg_doc *doc = load(charter, NULL);
  wg_symbol sym;
  /* "A.1" in r's depends_on: "A" is the topic, "1" the recommendation. */
  uint32_t path = offset_of(doc, "A.1, d", 0);
  CHECK(wg_doc_symbol_at(doc, path, &sym) && sym.kind == WG_TOPIC && strcmp(sym.id, "A") == 0);
  CHECK(wg_doc_symbol_at(doc, path + 2, &sym) && sym.kind == WG_RECOMMENDATION &&
        strcmp(sym.id, "A.1") == 0);
  wg_span at[8];
  CHECK(wg_doc_references(doc, &sym, at, 8) == 2);
  CHECK(at[0].off == offset_of(doc, "1 \"One\"", 0) && at[1].off == path + 2 && at[1].len == 1);
  /* A declaration's own name, and M2's three uses. */
  CHECK(wg_doc_symbol_at(doc, offset_of(doc, "M2 \"Second\"", 0), &sym) && sym.kind == WG_MEETING);
  CHECK(wg_doc_references(doc, &sym, NULL, 0) == 4);
  CHECK(wg_doc_lookup(doc, "secretariat", &sym) && sym.kind == WG_BODY);
  CHECK(wg_doc_references(doc, &sym, at, 8) == 2 && at[1].off == offset_of(doc, "secretariat;", 0));
  CHECK(!wg_doc_lookup(doc, "nobody", &sym));
  CHECK(!wg_doc_symbol_at(doc, offset_of(doc, "\"Draft\"", 0), &sym));
  wg_free(doc);
}

static void test_diagnostics_and_options(void) {
  const char *text = "working_group W \"W\"\nrole chair \"Chair\"\n"
                     "deliverable d \"D\" { owner chiar; due 2014-01-01; status finished }\n";
  wg_doc *doc = load(text, NULL);
  CHECK(wg_diag_count(doc) == 3); /* WG309, WG204, WG208; chiar means chair: no WG701 */
  const wg_diag *d = wg_diag_get(doc, 1);
  CHECK(d && d->code == 204 && strcmp(d->name, "undefined-reference") == 0);
  CHECK(d && d->severity == WG_SEV_ERROR && strstr(d->message, "did you mean `chair`"));
  CHECK(wg_error_count(doc) == 2 && wg_warning_count(doc) == 1);
  CHECK(wg_diag_get(doc, 3) == NULL && wg_diag_get(doc, -1) == NULL);
  wg_free(doc);

  wg_options *o = wg_options_new();
  CHECK(wg_options_level(o, "missing-composition", WG_LEVEL_ALLOW) == WG_OK);
  CHECK(wg_options_level(o, "WG204", WG_LEVEL_ALLOW) == WG_ERR_USAGE); /* an error */
  CHECK(wg_options_level(o, "no-such-rule", WG_LEVEL_ALLOW) == WG_ERR_USAGE);
  CHECK(wg_options_as_of(o, "2014-13-01") == WG_ERR_USAGE);
  CHECK(wg_options_as_of(o, "2015-01-01") == WG_OK);
  doc = load(text, o);
  CHECK(wg_diag_count(doc) == 2 && wg_error_count(doc) == 2);
  wg_free(doc);
  CHECK(wg_options_level(o, "WG309", WG_LEVEL_DENY) == WG_OK);
  doc = load(text, o);
  CHECK(wg_diag_count(doc) == 3 && wg_error_count(doc) == 3);
  wg_free(doc);
  CHECK(wg_options_level(o, "WG309", WG_LEVEL_DEFAULT) == WG_OK);
  wg_options_werror(o, 1);
  doc = load(text, o);
  CHECK(wg_diag_count(doc) == 3 && wg_warning_count(doc) == 0);
  wg_free(doc);
  wg_options_free(o);
}

static void test_rules_and_limits(void) {
  CHECK(wg_rule_count() > 40);
  const wg_rule *r = wg_rule_find("WG301");
  CHECK(r && r == wg_rule_find("seat-count-mismatch") && r->severity == WG_SEV_ERROR);
  CHECK(wg_rule_at(0) && wg_rule_at(wg_rule_count()) == NULL && !wg_rule_find("WG999"));
  wg_doc *doc = (wg_doc *)1;
  CHECK(wg_load("x", (size_t)64 * 1024 * 1024 + 1, "big.wg", NULL, &doc) == WG_ERR_TOO_LARGE);
  CHECK(doc == NULL);
  CHECK(strcmp(wg_strerror(WG_ERR_NOMEM), "out of memory") == 0);
  doc = load("", NULL); /* empty: no working group, and a model all the same */
  CHECK(wg_diag_count(doc) == 2 && wg_doc_charter(doc) && wg_doc_charter(doc)->nitems == 0);
  wg_free(doc);
  doc = load("body B \"b\" oops\nworking_group W \"W\"\n", NULL);
  CHECK(wg_error_count(doc) >= 1 && wg_doc_charter(doc) != NULL);
  CHECK(wg_doc_decl_count(doc) >= 1 && wg_doc_decl(doc, 0)->kind == WG_BROKEN);
  wg_free(doc);
}

static void test_json(void) {
  wg_doc *doc = load(charter, NULL);
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  CHECK(wg_write_json(doc, f) == WG_OK);
  fclose(f);
  CHECK(strstr(out, "\"critical_path\": [\n    \"d\",\n    \"A.1\",\n    \"r\"\n  ]") != NULL);
  free(out);
  wg_free(doc);
}

/* Memory runs out at the 1st, 2nd, ... allocation of a load: each gives
** WG_ERR_NOMEM and frees what it took, until one has enough. */
static void test_out_of_memory(void) {
  int failures = 0, loaded = 0;
  for (long n = 1; n < 100000 && !loaded; n++) {
    wg_doc *doc = NULL;
    wg_alloc_fail_after(n);
    int rc = wg_load(charter, strlen(charter), "t.wg", NULL, &doc);
    wg_alloc_fail_after(0);
    if (rc == WG_ERR_NOMEM) {
      failures++;
      CHECK(doc == NULL);
    } else {
      CHECK(rc == WG_OK && wg_doc_charter(doc)->nitems == 3);
      loaded = 1;
      wg_free(doc);
    }
  }
  CHECK(loaded && failures > 5);
}

/* The file's bytes, or NULL. */
static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *text = malloc(1 << 20);
  *n = fread(text, 1, (1 << 20) - 1, f);
  text[*n] = '\0';
  fclose(f);
  return text;
}

static int syntax_errors(const wg_doc *doc) {
  int n = 0;
  for (int i = 0; i < wg_diag_count(doc); i++) n += wg_diag_get(doc, i)->code < 200;
  return n;
}

/* Safe fixes of every draft: fewer syntax errors after them, none new,
** and a second round finds nothing more to do. */
static void test_fixes(void) {
  glob_t g;
  int files = 0, fixed = 0;
  if (glob("tests/golden/drafts/*.wg", 0, NULL, &g) != 0) return;
  for (size_t j = 0; j < g.gl_pathc; j++) {
    size_t n = 0, n2, n3;
    char *text = slurp(g.gl_pathv[j], &n), *once, *twice;
    wg_doc *doc = load_n(text, n), *again;
    int applied = wg_doc_apply_fixes(doc, 1, &once, &n2);
    again = load_n(once, n2);
    CHECK(syntax_errors(again) <= syntax_errors(doc) && applied >= 0);
    if (applied > 0 && syntax_errors(again) < syntax_errors(doc)) fixed++;
    int more = wg_doc_apply_fixes(again, 1, &twice, &n3);
    if (more != 0) printf("  %s: %d more fixes the second time\n", g.gl_pathv[j], more);
    CHECK(more == 0 && n3 == n2 && memcmp(once, twice, n2) == 0);
    /* Each fix the API gives has edits that lie inside the text. */
    for (int i = 0; i < wg_diag_count(doc); i++)
      for (int k = 0; k < wg_diag_get(doc, i)->nfixes; k++) {
        const wg_fix *f = &wg_diag_get(doc, i)->fixes[k];
        CHECK(f->nedits > 0 && f->edits[0].at.off + f->edits[0].at.len <= n && f->message[0]);
      }
    wg_free(doc);
    wg_free(again);
    free(text);
    free(once);
    free(twice);
    files++;
  }
  globfree(&g);
  CHECK(files >= 10 && fixed >= 8);
}

/* --- Derived facts: the library's answers are what wgc prints ----------
** The goldens of tests/golden/publish hold what `wgc check --as-of` and
** `wgc status` print for examples/ (tests/run keeps them so): the
** queries below must give the same items, days and seats. */

/* The example under tests/golden/publish, loaded with the --as-of of
** its .args; *golden gets its .status, *err its .err. */
static wg_doc *load_example(const char *name, wg_date *as_of, char **status, char **err) {
  char path[128], *args, *text;
  size_t n;
  snprintf(path, sizeof path, "tests/golden/publish/%s.args", name);
  args = slurp(path, &n);
  const char *a = args ? strstr(args, "--as-of ") : NULL;
  wg_options *o = wg_options_new();
  *as_of = a ? wg_date_parse(a + 8, 10) : WG_NODATE;
  if (a) CHECK(wg_options_as_of(o, "") == WG_ERR_USAGE);
  if (a) { char d[11]; memcpy(d, a + 8, 10), d[10] = 0; CHECK(wg_options_as_of(o, d) == WG_OK); }
  snprintf(path, sizeof path, "tests/golden/publish/%s.wg", name);
  text = slurp(path, &n);
  CHECK(text != NULL);
  wg_doc *doc = NULL;
  CHECK(text && wg_load(text, n, path, o, &doc) == WG_OK);
  snprintf(path, sizeof path, "tests/golden/publish/%s.status", name);
  *status = slurp(path, &n);
  snprintf(path, sizeof path, "tests/golden/publish/%s.err", name);
  *err = slurp(path, &n);
  CHECK(*status && *err);
  free(args), free(text), wg_options_free(o);
  return doc;
}

/* Overdue items of examples/wgec.wg: the list and the days late as wgc
** status prints them, and as WG602 says them in the same load. */
static void test_overdue(void) {
  wg_date day;
  char *status, *err, line[256], count[32];
  wg_doc *doc = load_example("wgec", &day, &status, &err);
  const wg_charter *c = wg_doc_charter(doc);
  CHECK(day == wg_date_make(2014, 3, 15));
  int n = wg_charter_overdue(c, day, NULL, 0), late[64];
  CHECK(n >= 1 && n <= 64 && wg_charter_overdue(c, day, late, 64) == n);
  snprintf(count, sizeof count, "\nOverdue (%d)\n", n);
  CHECK(strstr(status, count) != NULL);
  int reported = 0;
  for (int k = 0; k < n && k < 64; k++) {
    const wg_item *it = &c->items[late[k]];
    char due[11];
    int days = wg_days_late(c, late[k], day);
    wg_date_format(it->due.date, due);
    CHECK(days > 0 && wg_item_open(c, late[k]) && days == (int)(day - it->due.date));
    snprintf(line, sizeof line, "\n  %s: %s\n      due %s, %d day%s late;", it->id, it->title,
             due, days, days == 1 ? "" : "s");
    if (!strstr(status, line)) printf("  not in wgec.status: %s\n", line + 1);
    CHECK(strstr(status, line) != NULL);
    snprintf(line, sizeof line, "`%s` was due %s and", it->id, due);
    for (int i = 0; i < wg_diag_count(doc); i++) {
      const wg_diag *d = wg_diag_get(doc, i);
      if (d->code != 602 || strncmp(d->message, line, strlen(line)) != 0) continue;
      char days_text[32];
      snprintf(days_text, sizeof days_text, "(%d day%s late)", days, days == 1 ? "" : "s");
      CHECK(strstr(d->message, days_text) != NULL && strstr(err, d->message) != NULL);
      reported++;
    }
  }
  CHECK(reported == n); /* each once, and (no milestones here) nothing else */
  for (int i = 0; i < wg_diag_count(doc); i++) reported -= wg_diag_get(doc, i)->code == 602;
  CHECK(reported == 0);
  /* The day before the first due date, nothing is late; an item due on
  ** the day is not late either. */
  CHECK(wg_charter_overdue(c, c->items[late[0]].due.date, late, 64) == 0);
  CHECK(wg_days_late(c, -1, day) == 0 && wg_days_late(c, c->nitems, day) == 0);
  wg_free(doc), free(status), free(err);
}

/* The three numbers at the end of a `wgc status` seat row (- unknown). */
static int seat_row(const char *status, const char *label, long long v[3]) {
  char key[128];
  snprintf(key, sizeof key, "\n  %s", label);
  const char *p = strstr(status, key);
  if (!p) return 0;
  const char *end = strchr(p + 1, '\n');
  if (!end || end - p < 25) return 0;
  for (int k = 0; k < 3; k++) {
    const char *f = end - 24 + 8 * k;
    while (*f == ' ') f++;
    v[k] = *f == '-' ? -1 : strtoll(f, NULL, 10);
  }
  return 1;
}

/* Seats of examples/cstd.wg's groups, as wgc status prints them; the
** effective term of w3c-vcwg.wg, as its status says it. */
static void test_seats_and_term(void) {
  wg_date day, start, end;
  char *status, *err, label[128], term[64], s1[11], s2[11];
  wg_doc *doc = load_example("cstd", &day, &status, &err);
  const wg_charter *c = wg_doc_charter(doc);
  wg_seats *seats = malloc((size_t)(c->comp.ngroups + 1) * sizeof *seats), total;
  wg_seat_counts(c, seats, &total);
  long long v[3];
  CHECK(c->comp.ngroups >= 1);
  for (int g = 0; g < c->comp.ngroups; g++) {
    snprintf(label, sizeof label, "%*s%s %s", 2 * (c->comp.groups[g].parent >= 0), "",
             c->comp.groups[g].id, c->comp.groups[g].title);
    CHECK(seat_row(status, label, v));
    CHECK(v[0] == seats[g].seats && v[1] == seats[g].named && v[2] == seats[g].vacant);
  }
  CHECK(seat_row(status, "total ", v));
  CHECK(v[0] == total.seats && v[1] == total.named && v[2] == total.vacant);
  CHECK(total.seats == 43 && total.from == WG_SEATS_GIVEN && total.sum == 43);
  free(seats), wg_free(doc), free(status), free(err);

  doc = load_example("w3c-vcwg", &day, &status, &err);
  CHECK(wg_effective_term(wg_doc_charter(doc), &start, &end) == 1);
  wg_date_format(start, s1), wg_date_format(end, s2);
  snprintf(term, sizeof term, "\nTerm: %s to %s,", s1, s2);
  CHECK(strstr(status, term) != NULL);
  wg_free(doc), free(status), free(err);
}

/* Seat totals where the checker has something to say: the sum WG301
** reports is the composition's `sum`, and a group of members who follow
** each other holds the most seated at once, as WG304 counts them. */
static void test_seat_rules_agree(void) {
  wg_doc *doc = load("working_group W \"W\" { character intergovernmental }\n"
                     "region a \"A\"\nregion b \"B\"\n"
                     "composition {\n  seats 10\n"
                     "  group q \"Q\" { per_region 2 }\n"
                     "  group s \"S\" {\n"
                     "    group s1 \"S1\" { seats 1 }\n"
                     "    group s2 \"S2\" { member \"X\" { until 2014 }; member \"Y\" { since 2015-01-01 } }\n"
                     "  }\n"
                     "  group o \"O\" { non_voting; seats 5 }\n"
                     "  group t \"T\" { seats 2; member \"U\" { until 2014 }; member \"V\" { since 2015-01-01 } }\n"
                     "}\n", NULL);
  const wg_charter *c = wg_doc_charter(doc);
  wg_seats seats[8], total;
  CHECK(c->comp.ngroups == 6);
  wg_seat_counts(c, seats, &total);
  CHECK(seats[0].seats == 4 && seats[0].from == WG_SEATS_QUOTA);
  CHECK(seats[3].seats == 1 && seats[3].from == WG_SEATS_MEMBERS && seats[3].named == 2);
  CHECK(seats[1].seats == 2 && seats[1].from == WG_SEATS_SUBGROUPS && seats[1].sum == 2);
  CHECK(seats[4].seats == 5 && total.seats == 10 && total.sum == 8);
  CHECK(seats[5].seats == 2 && seats[5].seated == 1 && seats[5].vacant == 1);
  int found = 0;
  for (int i = 0; i < wg_diag_count(doc); i++) {
    const wg_diag *d = wg_diag_get(doc, i);
    if (d->code == 301) found++, CHECK(strstr(d->message, "add up to 8") != NULL);
    if (d->code == 304) found++, CHECK(strstr(d->message, "`t` has 2 seats") && strstr(d->message, "so 1 seat is vacant"));
  }
  CHECK(found == 2);
  wg_free(doc);
}

int main(void) {
  test_model();
  test_model_v2();
  test_names();
  test_diagnostics_and_options();
  test_rules_and_limits();
  test_json();
  test_out_of_memory();
  test_fixes();
  test_overdue();
  test_seats_and_term();
  test_seat_rules_agree();
  printf("%d passed, %d failed\n", unit_passed, unit_failed);
  return unit_failed != 0;
}
