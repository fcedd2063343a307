/*
** `wgc fmt` (docs/style.md): prints each
** file in the canonical layout; --check lists the files that are not in
** it, --diff shows how they differ, -w rewrites them. A file is parsed
** and not checked: only a syntax error keeps it from being formatted
** (its diagnostics on stderr, exit 1, the file untouched). Folders are
** walked as `check DIR` walks them (check_collect), and files rewritten
** as `check --fix` rewrites them (output_rewrite): one way each.
*/
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "compile.h"
#include "fmt.h"
#include "fmt_main.h"
#include "io.h"
#include "output.h"

enum { EXIT_CLEAN = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };

typedef struct FmtCmd {
  int check, diff, write;
  int color;  /* 0 auto, 1 always, 2 never */
  int status; /* the worst so far */
} FmtCmd;

static void fail(FmtCmd *cmd, const char *what, const char *path, int error) {
  io_error("cannot %s `%s`: %s", what, path, strerror(error));
  cmd->status = EXIT_USAGE;
}

static void worse(FmtCmd *cmd, int status) {
  if (status > cmd->status) cmd->status = status;
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
    diag_report(c, RULE_LIMIT_EXCEEDED, (wg_span){0, 0},
                "this file is larger than 64 MiB, the limit");
    c->syntax_errors++;
  } else {
    parse_file(c);
  }
  if (c->root && !c->syntax_errors) return 0;
  diag_finish(c, NULL);
  diag_print_text(io_err, c, use_color(cmd->color));
  worse(cmd, EXIT_ERRORS);
  return -1;
}

/* What --check, --diff and -w do with a file whose layout differs. */
static void act(FmtCmd *cmd, const char *path, const Source *s, const char *out, size_t n) {
  if (cmd->check) fprintf(io_out, "%s\n", s->name);
  if (cmd->check) worse(cmd, EXIT_ERRORS);
  if (cmd->diff) fmt_diff(io_out, s->name, s->text, s->len, out, n);
  if (cmd->write && output_rewrite(path, out, n) < 0) worse(cmd, EXIT_USAGE);
}

/* Formats the parsed c (from s) and does what the options ask. */
static void format_parsed(FmtCmd *cmd, const char *path, const Ctx *c, const Source *s) {
  char *out;
  size_t n;
  if (fmt_write(c, &out, &n, NULL) != 0) {
    io_error("cannot format `%s`: it holds text the layout cannot place "
             "(a bug: please report it); the file is left as it is", s->name);
    worse(cmd, EXIT_USAGE);
    return;
  }
  int same = n == s->len && memcmp(out, s->text, n) == 0;
  if (!cmd->check && !cmd->diff && !cmd->write) fwrite(out, 1, n, io_out);
  else if (!same) act(cmd, path, s, out, n);
  free(out);
}

static void format_file(FmtCmd *cmd, const char *path) {
  Source s;
  int rc = src_load(&s, path, MAX_FILE);
  if (rc == SRC_IO_ERROR) {
    fail(cmd, "read", path, errno);
    return;
  }
  if (rc == SRC_TOO_LARGE) src_from_memory(&s, s.name, "", 0);
  Ctx c;
  if (parse(cmd, &c, &s, rc == SRC_TOO_LARGE) == 0) format_parsed(cmd, path, &c, &s);
  compile_done(&c);
  src_free(&s);
}

/* --- The command --------------------------------------------------------------- */

static int usage(const char *fmt, const char *arg) __attribute__((format(printf, 1, 0)));
static int usage(const char *fmt, const char *arg) {
  char msg[512];
  snprintf(msg, sizeof msg, fmt, arg);
  io_error("%s", msg);
  fputs("run `wgc --help` for usage\n", io_err);
  return EXIT_USAGE;
}

/* Reads the options into cmd and the arguments into files. */
static int options(FmtCmd *cmd, int argc, char **argv, const char ***files, int *nfiles) {
  static const char *const colors[] = {"auto", "always", "never"};
  *files = malloc(((size_t)argc + 1) * sizeof **files);
  if (!*files) abort();
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
    int n;
    Job *jobs = check_collect(files, nfiles, &n);
    for (int i = 0; i < n && !io_failed(); i++)
      if (jobs[i].error) fail(&cmd, "read", jobs[i].path, jobs[i].error);
      else format_file(&cmd, jobs[i].path);
    check_free(jobs, n);
    rc = cmd.status;
  }
  free(files);
  return rc;
}
