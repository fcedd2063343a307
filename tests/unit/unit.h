/*
** A minimal unit-test harness: CHECK macros that count, and a closing
** line `N passed, M failed` that tests/run adds up. One binary per
** module under test (tests/unit/test_MODULE.c).
*/
#ifndef WGC_UNIT_H
#define WGC_UNIT_H

#include <glob.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "compile.h"
#include "emit.h"

static int unit_passed, unit_failed;

#define CHECK(cond)                                                     \
  do {                                                                  \
    if (cond) unit_passed++;                                            \
    else {                                                              \
      unit_failed++;                                                    \
      printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);            \
    }                                                                   \
  } while (0)

#define CHECK_INT(a, b)                                                 \
  do {                                                                  \
    long long x_ = (long long)(a), y_ = (long long)(b);                 \
    if (x_ == y_) unit_passed++;                                        \
    else {                                                              \
      unit_failed++;                                                    \
      printf("FAIL %s:%d: %s == %lld, expected %lld\n", __FILE__,       \
             __LINE__, #a, x_, y_);                                     \
    }                                                                   \
  } while (0)

#define CHECK_STR(a, b)                                                 \
  do {                                                                  \
    const char *x_ = (a), *y_ = (b);                                    \
    if (x_ && y_ && strcmp(x_, y_) == 0) unit_passed++;                 \
    else {                                                              \
      unit_failed++;                                                    \
      printf("FAIL %s:%d: %s == \"%s\", expected \"%s\"\n", __FILE__,   \
             __LINE__, #a, x_ ? x_ : "(null)", y_ ? y_ : "(null)");     \
    }                                                                   \
  } while (0)

/* Compiles text as file "t.wg" into c (src must outlive c). */
static inline void unit_compile(Ctx *c, Source *src, const char *text) {
  src_from_memory(src, "t.wg", text, (uint32_t)strlen(text));
  compile_init(c, src);
  compile(c);
  diag_finish(c, NULL);
}

static inline void unit_free(Ctx *c, Source *src) {
  compile_done(c);
  src_free(src);
}

/* Whether c reported rule `code`. */
static inline int unit_has(const Ctx *c, int code) {
  for (int i = 0; i < c->diags.n; i++)
    if (c->diags.v[i]->code == code) return 1;
  return 0;
}

/* What wgc says of src: its diagnostics as text, then its JSON, in a
** string to free. The file is parsed in two halves from parse_min bytes
** on; *parsed tells whether it was. */
static inline char *unit_output(const Source *src, uint32_t parse_min, int *parsed) {
  Ctx c;
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  compile_init(&c, src);
  *parsed = parse_file_split(&c, parse_min);
  if (!c.syntax_errors && c.root) sema_check(&c);
  diag_finish(&c, NULL);
  diag_print_text(f, &c, 0);
  if (c.charter) emit_json(f, c.charter);
  fclose(f);
  compile_done(&c);
  return text;
}

/* Loads every file that the n glob patterns match and calls fn on each;
** returns how many there were, and counts in *hits those for which fn
** returned 1. */
static inline int unit_each_file(const char *const *patterns, size_t n,
                                 int (*fn)(const Source *), int *hits) {
  int files = 0;
  for (size_t i = 0; i < n; i++) {
    glob_t g;
    if (glob(patterns[i], 0, NULL, &g) != 0) continue;
    for (size_t j = 0; j < g.gl_pathc; j++) {
      Source src;
      int loaded = src_load(&src, g.gl_pathv[j], MAX_FILE) == SRC_OK;
      CHECK(loaded);
      if (!loaded) continue;
      files++;
      *hits += fn(&src) == 1;
      src_free(&src);
    }
    globfree(&g);
  }
  return files;
}

/* The same for every example and golden case. */
static inline int unit_each_case(int (*fn)(const Source *), int *hits) {
  static const char *const patterns[] = {"examples/*.wg", "examples/broken/*.wg",
                                         "tests/golden/*/*.wg"};
  return unit_each_file(patterns, sizeof patterns / sizeof *patterns, fn, hits);
}

#define UNIT_END()                                                      \
  do {                                                                  \
    printf("%d passed, %d failed\n", unit_passed, unit_failed);         \
    return unit_failed != 0;                                            \
  } while (0)

#endif
