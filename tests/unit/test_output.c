/* Unit tests for the output layer: term.c's escaping and widths,
** report.c's paths and fingerprints, and output.c's in-place rewrite
** (untouched when right) and its refusals. tests/cli/output-safe.sh and
** writes-checked.sh test the same through wgc. */
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"
#include "report_impl.h"
#include "term.h"
#include "unit.h"

/* term_write of s, in a string to free. */
static char *shown(const char *s, int flags) {
  char *out = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&out, &n);
  term_write(f, s, strlen(s), flags);
  fclose(f);
  return out;
}

static void check_shown(const char *s, int flags, const char *want, int width) {
  char *got = shown(s, flags);
  CHECK_STR(got, want);
  CHECK_INT(term_width(s, strlen(s), flags), width);
  free(got);
}

static void test_term(void) {
  check_shown("plain é 会", 0, "plain é 会", 10);
  check_shown("a\033[2Jb", 0, "a\\x1b[2Jb", 9);
  check_shown("tab\there", 0, "tab\\x09here", 11);
  check_shown("tab\there", TERM_TAB, "tab\there", 8);
  check_shown("new\nline", 0, "new\\x0aline", 11);
  check_shown("del\x7f", 0, "del\\x7f", 7);
  check_shown("bad \xe8 byte", 0, "bad \\xe8 byte", 13);
  check_shown("csi \xc2\x9b", 0, "csi <U+009B>", 12);
  check_shown("rlo \xe2\x80\xae x", 0, "rlo <U+202E> x", 14);
  check_shown("lri \xe2\x81\xa6", 0, "lri <U+2066>", 12);
  check_shown("ls \xe2\x80\xa8", 0, "ls <U+2028>", 11);
  check_shown("alm \xd8\x9c", 0, "alm <U+061C>", 12);
  CHECK(!term_is_hidden(0x200d)); /* a joiner: part of emoji, kept */
  CHECK(term_is_hidden(0x2069) && term_is_hidden(0x200f) && !term_is_hidden(0x2070));
}

static void check_path(const char *name, const char *path, const char *want) {
  ReportFile f = {name, path, NULL, 0};
  char *got = report_path(&f);
  CHECK_STR(got, want);
  free(got);
}

static void test_paths(void) {
  check_path("a.wg", "a.wg", "a.wg");
  check_path("./a.wg", "./a.wg", "a.wg");
  check_path("x//y/./../a.wg", "x//y/./../a.wg", "x/a.wg");
  check_path("../../a.wg", "../../a.wg", "../../a.wg");
  check_path("x/../../a.wg", "x/../../a.wg", "../a.wg");
  check_path("/../a.wg", "/../a.wg", "/a.wg");
  check_path("<stdin>", "-", "-");
  check_path("given.wg", "-", "given.wg");
  char *cwd = getcwd(NULL, 0), abs[4200];
  snprintf(abs, sizeof abs, "%s/sub/../b.wg", cwd);
  check_path(abs, abs, "b.wg");
  free(cwd);
  ReportFile f = {"my charter #1.wg", "x", NULL, 0};
  char *uri = report_uri(&f);
  CHECK_STR(uri, "my%20charter%20%231.wg");
  free(uri);
}

/* Fingerprints: the same when the file moves around the mistake,
** different for another mistake or a second identical one. */
static void test_fingerprints(void) {
  const char *a = "working_group W \"w\"\nbody B \"b\" { reports_to X }\n";
  const char *b = "# moved\n\nworking_group W \"w\"\nbody B \"b\" { reports_to X }\n";
  Source sa, sb;
  Ctx ca, cb;
  unit_compile(&ca, &sa, a);
  unit_compile(&cb, &sb, b);
  char fa[8][24], fb[8][24];
  CHECK(ca.diags.n > 1 && ca.diags.n == cb.diags.n && ca.diags.n <= 8);
  report_fingerprints(&sa, ca.diags.v, ca.diags.n, "", fa);
  report_fingerprints(&sb, cb.diags.v, cb.diags.n, "", fb);
  for (int i = 0; i < ca.diags.n && i < 8; i++) CHECK_STR(fa[i], fb[i]);
  CHECK(strcmp(fa[0], fa[1]) != 0);
  Diag *twice[2] = {ca.diags.v[0], ca.diags.v[0]};
  report_fingerprints(&sa, twice, 2, "", fa);
  CHECK(strncmp(fa[0], fa[1], 16) == 0);
  CHECK(strcmp(fa[0] + 16, ":0") == 0 && strcmp(fa[1] + 16, ":1") == 0);
  report_fingerprints(&sa, twice, 1, "other/path.wg", fb);
  CHECK(strcmp(fa[0], fb[0]) != 0); /* the salt (GitLab's path) counts */
  unit_free(&ca, &sa);
  unit_free(&cb, &sb);
}

static char dir[] = "/tmp/wgc-test-output-XXXXXX";

/* The path of name in the scratch folder (one of 8 buffers, in turn). */
static char *in_dir(const char *name) {
  static char paths[8][256];
  static int next;
  char *path = paths[next++ % 8];
  snprintf(path, 256, "%s/%s", dir, name);
  return path;
}

static void write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "wb");
  fputs(text, f);
  fclose(f);
}

static char *slurp(const char *path) {
  static char buf[256];
  FILE *f = fopen(path, "rb");
  size_t n = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
  if (f) fclose(f);
  buf[n] = 0;
  return buf;
}

static void test_rewrite(void) {
  char *path = in_dir("r.wg");
  write_file(path, "old");
  chmod(path, 0640);
  CHECK_INT(output_rewrite(path, "new text", 8), 1);
  CHECK_STR(slurp(path), "new text");
  struct stat a, b;
  stat(path, &a);
  CHECK_INT(a.st_mode & 07777, 0640);
  usleep(20000);
  CHECK_INT(output_rewrite(path, "new text", 8), 0); /* already right: untouched */
  stat(path, &b);
  CHECK(a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec);
  CHECK(a.st_ino == b.st_ino);
  CHECK_INT(output_rewrite(path, "new tex", 7), 1); /* a prefix is not the same */
  CHECK_STR(slurp(path), "new tex");
  /* Through a symbolic link: the target is rewritten, the link stays. */
  symlink("r.wg", in_dir("link.wg"));
  CHECK_INT(output_rewrite(in_dir("link.wg"), "via link", 8), 1);
  struct stat l;
  CHECK(lstat(in_dir("link.wg"), &l) == 0 && S_ISLNK(l.st_mode));
  CHECK_STR(slurp(path), "via link");
  /* A hard link keeps its identity: both names see the new bytes. */
  link(path, in_dir("hard.wg"));
  stat(path, &a);
  CHECK_INT(output_rewrite(in_dir("hard.wg"), "both", 4), 1);
  stat(path, &b);
  CHECK(a.st_ino == b.st_ino);
  CHECK_STR(slurp(path), "both");
  /* A file the user may not write: refused, left as it was (root may
  ** write anything: tests/cli/check-fix.sh runs this as another user). */
  if (geteuid() != 0) {
    chmod(path, 0444);
    CHECK_INT(output_rewrite(path, "read-only", 9), -1);
    CHECK_STR(slurp(path), "both");
    chmod(path, 0640);
  }
  /* Not a regular file, or none: refused, nothing made. */
  mkfifo(in_dir("fifo.wg"), 0600);
  CHECK_INT(output_rewrite(in_dir("fifo.wg"), "x", 1), -1);
  CHECK_INT(output_rewrite(in_dir("none.wg"), "x", 1), -1);
  CHECK(access(in_dir("none.wg"), F_OK) != 0);
}

static void test_refusals(void) {
  char *path = in_dir("input.wg");
  write_file(path, "charter");
  struct stat st;
  stat(path, &st);
  FileId in = {st.st_dev, st.st_ino, "input.wg"};
  Output o;
  char other[300];
  snprintf(other, sizeof other, "%s/../%s/input.wg", dir, strrchr(dir, '/') + 1);
  CHECK_INT(output_open(&o, other, &in, 1), -1);
  mkdir(in_dir("folder"), 0700);
  CHECK_INT(output_open(&o, in_dir("folder"), NULL, 0), -1);
  CHECK_INT(output_open(&o, in_dir("folder/"), NULL, 0), -1);
  CHECK_STR(slurp(path), "charter");
  /* A new file: written whole, no temporary file left. */
  CHECK_INT(output_open(&o, in_dir("new.json"), &in, 1), 0);
  fputs("{}\n", o.f);
  CHECK_INT(output_commit(&o), 0);
  CHECK_STR(slurp(in_dir("new.json")), "{}\n");
  /* Aborted: the old file stays. */
  CHECK_INT(output_open(&o, in_dir("new.json"), NULL, 0), 0);
  fputs("half", o.f);
  output_abort(&o);
  CHECK_STR(slurp(in_dir("new.json")), "{}\n");
}

/* Removes the scratch folder's files. */
static void clean(void) {
  const char *names[] = {"r.wg", "link.wg", "hard.wg", "fifo.wg", "input.wg", "new.json", "folder"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++) remove(in_dir(names[i]));
  rmdir(dir);
}

int main(void) {
  test_term();
  test_paths();
  test_fingerprints();
  if (!mkdtemp(dir)) return printf("0 passed, 1 failed\n"), 1;
  test_rewrite();
  test_refusals();
  clean();
  UNIT_END();
}
