/*
** libFuzzer target: the output layer (compiler/report*.c, term.c,
** json.c, output.c) on a made-up file name and charter, checking what it
** promises rather than only surviving (docs/output.md):
**
** - text and GitHub output hold no raw control character, C1 or bidi
**   control, and no byte that is not UTF-8; each line starts as wgc's
**   own layout starts it, so a file name cannot forge one;
** - JSON, SARIF and GitLab output is valid JSON (jansson parses it) and
**   holds no raw bidi control or line separator;
** - output_rewrite puts those bytes in a file, and leaves the file alone,
**   modification time and all, when asked to write them again.
**
** The first byte picks the format and options, a NUL ends the file name,
** the rest is the charter; with bits 5 and 6 set and a name starting
** with `@` it is repeated past 1 MiB in a file and loaded from there, so
** that it is mapped (and parsed on two threads): a few inputs only, as
** each takes a good part of a second under the sanitizers. Any broken promise
** aborts, and is a finding. Built and run by `make fuzz`.
*/
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include "compile.h"
#include "output.h"
#include "report.h"
#include "term.h"

static char scratch[] = "/dev/shm/wgc-fuzz-output-XXXXXX"; /* fsync costs nothing there */
static char big_path[64], out_path[64];
static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  if (!mkdtemp(scratch) || !(devnull = fopen("/dev/null", "w"))) abort();
  snprintf(big_path, sizeof big_path, "%s/big.wg", scratch);
  snprintf(out_path, sizeof out_path, "%s/out", scratch);
  return 0;
}

#define CHECK(cond) \
  do {              \
    if (!(cond)) {  \
      fprintf(stderr, "broken promise: %s\n", #cond); \
      abort();      \
    }               \
  } while (0)

/* Whether the n bytes at p are UTF-8 with no hidden code point and no
** control character but newline (and tab when tabs). */
static int shows_safely(const char *p, size_t n, int tabs) {
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)p[i];
    if (c < 0x80) {
      if ((c < 0x20 && c != '\n' && !(tabs && c == '\t')) || c == 0x7f) return 0;
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)p + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0 || term_is_hidden(cp)) return 0;
    i += (size_t)k;
  }
  return 1;
}

/* Text: every line is a diagnostic or note (the escaped name first), a
** line of the charter or its carets (a gutter first), a "wgc: " message,
** a closing "NAME: N more" line or the summary. */
static void check_text(const char *out, size_t n, const char *shown_name) {
  CHECK(shows_safely(out, n, 1));
  size_t name_len = strlen(shown_name);
  for (const char *line = out; line < out + n;) {
    const char *nl = memchr(line, '\n', (size_t)(out + n - line));
    CHECK(nl);
    int ok = (strncmp(line, shown_name, name_len) == 0 && line[name_len] == ':') ||
             strncmp(line, "wgc: ", 5) == 0 || (line[0] == ' ' && strchr(" 0123456789", line[1])) ||
             (line[0] >= '0' && line[0] <= '9');
    CHECK(ok);
    line = nl + 1;
  }
}

static void check_github(const char *out, size_t n) {
  CHECK(shows_safely(out, n, 0));
  for (const char *line = out; line < out + n;) {
    const char *nl = memchr(line, '\n', (size_t)(out + n - line));
    CHECK(nl && strncmp(line, "::", 2) == 0);
    line = nl + 1;
  }
}

/* JSON: parses, and holds no raw C1 control, bidi control or line
** separator (tabs and newlines between values are JSON's own). */
static void check_json(const char *out, size_t n) {
  json_error_t e;
  json_t *doc = json_loadb(out, n, 0, &e);
  CHECK(doc);
  json_decref(doc);
  CHECK(shows_safely(out, n, 0));
}

/* The name as text output shows it: escaped. */
static char *escaped(const char *name) {
  char *s = NULL;
  size_t n = 0;
  FILE *m = open_memstream(&s, &n);
  CHECK(m);
  term_puts(m, name, 0);
  fclose(m);
  return s;
}

/* output_rewrite: the bytes land; again, the file is not touched. */
static void check_rewrite(const char *out, size_t n) {
  FILE *f = fopen(out_path, "wb");
  CHECK(f);
  fputs("older", f);
  fclose(f);
  CHECK(output_rewrite(out_path, out, n) == (n == 5 && memcmp(out, "older", 5) == 0 ? 0 : 1));
  struct stat a, b;
  CHECK(stat(out_path, &a) == 0 && (size_t)a.st_size == n);
  CHECK(output_rewrite(out_path, out, n) == 0);
  CHECK(stat(out_path, &b) == 0 && a.st_mtim.tv_sec == b.st_mtim.tv_sec &&
        a.st_mtim.tv_nsec == b.st_mtim.tv_nsec && a.st_ino == b.st_ino);
}

/* Loads the charter: from memory, or from a file of over 1 MiB, a
** comment first and the charter after it (so that the file is mapped,
** and cut in two halves for two threads at the charter's first line). */
static int load(Source *src, const char *name, const uint8_t *p, size_t n, int big) {
  if (!big) {
    src_from_memory(src, name, (const char *)p, (uint32_t)n);
    return 0;
  }
  FILE *f = fopen(big_path, "wb");
  CHECK(f);
  static char line[1024];
  memset(line, '-', sizeof line - 1);
  line[0] = '#';
  line[sizeof line - 2] = '\n';
  for (size_t written = 0; written <= MAP_MIN; written += sizeof line - 1) fputs(line, f);
  fwrite(p, 1, n, f);
  if ((MAP_MIN + sizeof line - 1 + n) % 4096 == 0) fputc('\n', f);
  fclose(f);
  if (src_load(src, big_path, MAX_FILE) != SRC_OK) return -1;
  src->name = name;
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2 || size > (1 << 20)) return 0;
  unsigned flags = data[0];
  const uint8_t *nul = memchr(data + 1, 0, size - 1);
  size_t name_len = nul ? (size_t)(nul - data - 1) : 0;
  if (!nul || name_len == 0 || name_len > 200) return 0;
  char name[256];
  memcpy(name, data + 1, name_len);
  name[name_len] = 0;
  const uint8_t *text = nul + 1;
  size_t n = size - (size_t)(text - data);
  ReportOptions o = {.format = (int)(flags & 7) % 5, .column_bytes = (flags >> 3) & 1,
                     .color = (flags >> 4) & 1, .max = (flags & 64) ? 1 + (int)(n % 8) : 1000,
                     .version = "fuzz"};
  Source src;
  if (load(&src, name, text, n, (flags & 0x60) == 0x60 && name[0] == '@') != 0) return 0;
  Ctx c;
  compile_init(&c, &src);
  diag_bound(&c, NULL, 2 * o.max);
  compile(&c);
  diag_finish(&c, NULL);
  char *out = NULL;
  size_t len = 0;
  FILE *m = open_memstream(&out, &len);
  CHECK(m);
  Report *r = report_begin(m, o.format == REPORT_TEXT ? m : devnull, &o);
  ReportFile file = {name, (flags & 128) ? "-" : name, &c, 0};
  report_file(r, &file);
  ReportFile missing = {name, name, NULL, 2};
  report_file(r, &missing);
  report_end(r);
  fclose(m);
  if (o.format == REPORT_TEXT && !o.color) {
    char *shown = escaped(name);
    check_text(out, len, shown);
    free(shown);
  } else if (o.format == REPORT_GITHUB) {
    check_github(out, len);
  } else if (o.format != REPORT_TEXT) {
    check_json(out, len);
  }
  check_rewrite(out, len);
  free(out);
  compile_done(&c);
  src_free(&src);
  return 0;
}
