/*
** `wgc fmt` (CLI.md, "Version 2 commands"; docs/style.md): prints each
** file in the canonical layout; --check lists the files that are not in
** it, --diff shows how they differ, -w rewrites them. A file is parsed
** and not checked: only a syntax error keeps it from being formatted
** (its diagnostics on stderr, exit 1, the file untouched).
*/
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "fmt.h"
#include "fmt_main.h"

enum { EXIT_CLEAN = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };

typedef struct FmtCmd {
  int check, diff, write;
  int color;  /* 0 auto, 1 always, 2 never */
  int status; /* the worst so far */
} FmtCmd;

static void fail(FmtCmd *cmd, const char *what, const char *path) {
  fprintf(stderr, "wgc: cannot %s `%s`: %s\n", what, path, strerror(errno));
  cmd->status = EXIT_USAGE;
}

static void worse(FmtCmd *cmd, int status) {
  if (status > cmd->status) cmd->status = status;
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n);
  if (!p) {
    fputs("wgc: out of memory\n", stderr);
    exit(EXIT_USAGE);
  }
  return p;
}

/* --- Replacing a file -------------------------------------------------------
** TEMPORARY: the cli branch is building the one safe-write routine that
** `-o`, `fmt -w` and `check --fix` share (output==input refused, mode and
** owner kept, the temporary file removed on signals, the file untouched
** when equal). Until it is on main, `fmt -w` writes through fmt_replace
** alone; at the merge, fmt_replace and the signal handling below give way
** to that routine. */

static char replace_tmp[PATH_MAX + 32]; /* the temporary file, while it exists */
static volatile sig_atomic_t replace_live;

static void replace_on_signal(int sig) {
  if (replace_live) unlink(replace_tmp);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void replace_catch_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = replace_on_signal;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) sigaction(sigs[i], &sa, NULL);
}

static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

/* Writes n bytes at text into the temporary file fd, with the mode and
** owner of st; 0, or -1 with errno set. */
static int fill(int fd, const char *text, size_t n, const struct stat *st) {
  if (write_all(fd, text, n) != 0) return -1;
  if (fchmod(fd, st->st_mode & 07777) != 0) return -1;
  if (fchown(fd, st->st_uid, st->st_gid) != 0) return -1;
  return fsync(fd);
}

/* Replaces the file at path (through a symbolic link, the file it names)
** with n bytes at text, atomically: a temporary file beside it, synced,
** then renamed over it. 0, or -1 with errno set and the file as it was. */
static int fmt_replace(const char *path, const char *text, size_t n) {
  char target[PATH_MAX];
  struct stat st;
  if (!realpath(path, target) || stat(target, &st) != 0) return -1;
  const char *slash = strrchr(target, '/');
  snprintf(replace_tmp, sizeof replace_tmp, "%.*s.%s.wgc-XXXXXX", (int)(slash - target + 1),
           target, slash + 1);
  int fd = mkstemp(replace_tmp);
  if (fd < 0) return -1;
  replace_live = 1;
  int rc = fill(fd, text, n, &st);
  int e = errno;
  if (close(fd) != 0 && rc == 0) rc = -1, e = errno;
  if (rc == 0 && rename(replace_tmp, target) != 0) rc = -1, e = errno;
  if (rc != 0) unlink(replace_tmp);
  replace_live = 0;
  errno = e;
  return rc;
}

/* --- Finding the files --------------------------------------------------------
** TEMPORARY, as fmt_replace: the cli branch adds `check DIR`, with the
** same walk (every *.wg under DIR, sorted, symbolic links not followed);
** at the merge this gives way to it. */

typedef struct Paths {
  char **v;
  size_t n, cap;
} Paths;

static void paths_add(Paths *p, const char *dir, const char *name) {
  if (p->n == p->cap) {
    p->cap = p->cap ? 2 * p->cap : 64;
    p->v = xrealloc(p->v, p->cap * sizeof *p->v);
  }
  if (strcmp(dir, ".") == 0) dir = ""; /* "sub/a.wg", not "./sub/a.wg" */
  size_t nd = strlen(dir), nn = strlen(name);
  int slash = nd > 0 && dir[nd - 1] != '/';
  char *s = xrealloc(NULL, nd + slash + nn + 1);
  memcpy(s, dir, nd);
  if (slash) s[nd] = '/';
  memcpy(s + nd + slash, name, nn + 1);
  p->v[p->n++] = s;
}

static int is_wg(const char *name) {
  size_t n = strlen(name);
  return n > 3 && strcmp(name + n - 3, ".wg") == 0;
}

/* Adds every *.wg file under dir to p, descending into folders but not
** through symbolic links. */
static void walk(FmtCmd *cmd, const char *dir, Paths *p) {
  DIR *d = opendir(dir);
  if (!d) {
    fail(cmd, "read", dir);
    return;
  }
  Paths sub = {0};
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    paths_add(&sub, dir, e->d_name);
    struct stat st;
    char *path = sub.v[sub.n - 1];
    if (lstat(path, &st) != 0) {
      fail(cmd, "read", path);
      continue;
    }
    if (S_ISDIR(st.st_mode)) walk(cmd, path, p);
    else if (S_ISREG(st.st_mode) && is_wg(e->d_name)) paths_add(p, "", path);
  }
  closedir(d);
  for (size_t i = 0; i < sub.n; i++) free(sub.v[i]);
  free(sub.v);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files an argument stands for: itself, or the *.wg under it, sorted. */
static void expand(FmtCmd *cmd, const char *arg, Paths *p) {
  struct stat st;
  if (strcmp(arg, "-") != 0 && stat(arg, &st) == 0 && S_ISDIR(st.st_mode)) {
    size_t from = p->n;
    walk(cmd, arg, p);
    qsort(p->v + from, p->n - from, sizeof *p->v, by_name);
  } else {
    paths_add(p, "", arg);
  }
}

/* --- One file ----------------------------------------------------------------- */

static int use_color(int choice) {
  if (choice) return choice == 1;
  const char *term = getenv("TERM");
  return isatty(2) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
}

/* Parses s into c; 0 if it has no syntax error, else prints them. */
static int parse(FmtCmd *cmd, Ctx *c, Source *s, int too_large) {
  compile_init(c, s);
  if (too_large) {
    diag_report(c, 108, (wg_span){0, 0}, "this file is larger than 64 MiB, the limit");
    c->syntax_errors++;
  } else {
    parse_file(c);
  }
  if (c->root && !c->syntax_errors) return 0;
  diag_finish(c, NULL);
  diag_print_text(stderr, c, use_color(cmd->color));
  worse(cmd, EXIT_ERRORS);
  return -1;
}

/* What --check, --diff and -w do with a file whose layout differs. */
static void act(FmtCmd *cmd, const char *path, const Source *s, const char *out, size_t n) {
  if (cmd->check) printf("%s\n", s->name);
  if (cmd->check) worse(cmd, EXIT_ERRORS);
  if (cmd->diff) fmt_diff(stdout, s->name, s->text, s->len, out, n);
  if (cmd->write && fmt_replace(path, out, n) != 0) fail(cmd, "rewrite", path);
}

/* Formats the parsed c (from s) and does what the options ask. */
static void format_parsed(FmtCmd *cmd, const char *path, const Ctx *c, const Source *s) {
  char *out;
  size_t n;
  if (fmt_write(c, &out, &n, NULL) != 0) {
    fprintf(stderr, "wgc: cannot format `%s`: it holds text the layout cannot place "
                    "(a bug: please report it); the file is left as it is\n", s->name);
    worse(cmd, EXIT_USAGE);
    return;
  }
  int same = n == s->len && memcmp(out, s->text, n) == 0;
  if (!cmd->check && !cmd->diff && !cmd->write) fwrite(out, 1, n, stdout);
  else if (!same) act(cmd, path, s, out, n);
  free(out);
}

static void format_file(FmtCmd *cmd, const char *path) {
  Source s;
  int rc = src_load(&s, path, MAX_FILE);
  if (rc == SRC_IO_ERROR) {
    fail(cmd, "read", path);
    return;
  }
  if (rc == SRC_TOO_LARGE) src_from_memory(&s, s.name, "", 0);
  Ctx c;
  if (parse(cmd, &c, &s, rc == SRC_TOO_LARGE) == 0) format_parsed(cmd, path, &c, &s);
  compile_done(&c);
  src_free(&s);
}

/* --- The command --------------------------------------------------------------- */

static int usage(const char *fmt, const char *arg) {
  fputs("wgc: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\nrun `wgc --help` for usage\n", stderr);
  return EXIT_USAGE;
}

/* Reads the options into cmd and the arguments into files. */
static int options(FmtCmd *cmd, int argc, char **argv, const char ***files, int *nfiles) {
  static const char *const colors[] = {"auto", "always", "never"};
  *files = xrealloc(NULL, ((size_t)argc + 1) * sizeof **files);
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i], *v = NULL;
    if (strcmp(a, "--check") == 0) cmd->check = 1;
    else if (strcmp(a, "--diff") == 0) cmd->diff = 1;
    else if (strcmp(a, "-w") == 0) cmd->write = 1;
    else if (strncmp(a, "--color=", 8) == 0) v = a + 8;
    else if (strcmp(a, "--color") == 0 && i + 1 < argc) v = argv[++i];
    else if (a[0] == '-' && a[1]) return usage("unknown option `%s` for `wgc fmt`", a);
    else (*files)[(*nfiles)++] = a;
    if (!v) continue;
    int k = 0;
    while (k < 3 && strcmp(v, colors[k]) != 0) k++;
    if (k == 3) return usage("unknown --color `%s`", v);
    cmd->color = k;
  }
  if (*nfiles == 0) return usage("%s", "no input: give a .wg file or a folder, or - for stdin");
  for (int i = 0; i < *nfiles && cmd->write; i++)
    if (strcmp((*files)[i], "-") == 0)
      return usage("%s", "-w rewrites files in place: standard input has none to rewrite");
  return EXIT_CLEAN;
}

int fmt_main(int argc, char **argv) {
  FmtCmd cmd = {0};
  const char **files;
  int nfiles = 0;
  int rc = options(&cmd, argc, argv, &files, &nfiles);
  if (rc == EXIT_CLEAN) {
    Paths p = {0};
    for (int i = 0; i < nfiles; i++) expand(&cmd, files[i], &p);
    if (cmd.write) replace_catch_signals();
    for (size_t i = 0; i < p.n; i++) format_file(&cmd, p.v[i]);
    for (size_t i = 0; i < p.n; i++) free(p.v[i]);
    free(p.v);
    rc = cmd.status;
  }
  free(files);
  fflush(stdout);
  return rc;
}
