/*
** wgc, the command-line driver: reads the options, compiles each file
** in a context of its own, prints the diagnostics and writes the
** outputs. Exit codes (CLI.md): 0 no errors, 1 errors, 2 usage or I/O.
*/
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "emit.h"
#include "explain.h"
#include "lsp/lsp.h"
#include "fmt_main.h"
#include "output.h"
#include "publish.h"
#include "schema.h"

#define WGC_VERSION "1.0.0"

enum { EXIT_CLEAN = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };
enum { FMT_TEXT, FMT_JSON, FMT_SARIF };
enum { CMD_CHECK, CMD_JSON, CMD_DOT, CMD_STATUS, CMD_ICS, CMD_HTML };

typedef struct Options {
  int command, format, color;
  Policy policy;
  wg_date as_of;
  const char *out, *render;
  const char **files;
  int nfiles;
  Publish pub; /* status, ics, html; the views of dot */
} Options;

static const char *const usage_text =
    "usage: wgc COMMAND [options] FILE...\n"
    "\n"
    "Checks and compiles .wg working-group charters.\n"
    "\n"
    "commands:\n"
    "  check FILE...       check every file; diagnostics on stderr (or stdout with\n"
    "                      --format json|sarif)\n"
    "  json FILE           check, then print the compiled charter as JSON\n"
    "  dot FILE            check, then print the dependency graph as Graphviz DOT\n"
    "  status FILE         a progress report (--format json for programs)\n"
    "  ics FILE            the meetings and deadlines as an iCalendar file\n"
    "  html FILE           one self-contained HTML page of the charter\n"
    "  explain RULE        explain a rule (code such as WG301, or its name);\n"
    "                      --wrong or --fixed prints just that example\n"
    "  rules               list every rule (--format markdown|json for docs)\n"
    "  schema              print the language's declarations and properties as JSON\n"
    "  fmt FILE-or-DIR...  print in the canonical layout; --check lists the files\n"
    "                      not in it, --diff shows how, -w rewrites them\n"
    "\n"
    "options:\n"
    "  --format FMT        diagnostics as text (default), json or sarif\n"
    "  --allow RULE        do not report warning RULE (code or name); repeatable\n"
    "  --deny RULE         make warning RULE an error; repeatable\n"
    "  --werror            make every warning an error\n"
    "  --as-of YYYY-MM-DD  reference date for the overdue check (WG602)\n"
    "  --color WHEN        auto (default), always or never\n"
    "  -o FILE             write the output to FILE, atomically\n"
    "  --render FMT        dot: render through Graphviz (svg, png, pdf)\n"
    "  --render-timeout S  dot: give Graphviz at most S seconds (default 60)\n"
    "  --focus ITEM        dot: ITEM, what it depends on and what depends on it\n"
    "  --topic T           dot: the items of topic T\n"
    "  --depth N           dot: with --focus or --topic, N steps of dependencies\n"
    "  --help, --version\n"
    "\n"
    "FILE may be - for standard input. Exit status: 0 no errors, 1 errors,\n"
    "2 usage or I/O failure. See `wgc explain RULE` and docs/.\n";

static int usage_error(const char *fmt, const char *arg) {
  fputs("wgc: ", stderr);
  fprintf(stderr, fmt, arg);
  fputs("\nrun `wgc --help` for usage\n", stderr);
  return EXIT_USAGE;
}

/* The value of option `name` at argv[*i], as "--name=V" or "--name V". */
static const char *option_value(int argc, char **argv, int *i, const char *name) {
  size_t n = strlen(name);
  if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=') return argv[*i] + n + 1;
  if (strcmp(argv[*i], name) == 0 && *i + 1 < argc) return argv[++*i];
  return NULL;
}

static int set_level(Options *o, const char *rule, int level) {
  const Rule *r = rule_find(rule);
  if (!r) return usage_error("unknown rule `%s`: see `wgc rules`", rule);
  if (r->severity == SEV_ERROR)
    return usage_error("`%s` is an error, not a warning: only warnings can be allowed or denied",
                       rule);
  o->policy.level[r->code] = (unsigned char)level;
  return EXIT_CLEAN;
}

static int parse_choice(const char *v, const char *const *choices, int *out) {
  for (int i = 0; choices[i]; i++)
    if (strcmp(v, choices[i]) == 0) return *out = i, 0;
  return -1;
}

/* Reads one option at argv[*i]; returns EXIT_USAGE on a bad one. */
static int parse_option(Options *o, int argc, char **argv, int *i) {
  static const char *const formats[] = {"text", "json", "sarif", NULL};
  static const char *const colors[] = {"auto", "always", "never", NULL};
  const char *a = argv[*i], *v;
  if (strcmp(a, "--werror") == 0) return o->policy.werror = 1, 0;
  if ((v = option_value(argc, argv, i, "--format")))
    return parse_choice(v, formats, &o->format) ? usage_error("unknown format `%s`", v) : 0;
  if ((v = option_value(argc, argv, i, "--color")))
    return parse_choice(v, colors, &o->color) ? usage_error("unknown --color `%s`", v) : 0;
  if ((v = option_value(argc, argv, i, "--allow"))) return set_level(o, v, POLICY_ALLOW);
  if ((v = option_value(argc, argv, i, "--deny"))) return set_level(o, v, POLICY_DENY);
  if ((v = option_value(argc, argv, i, "--as-of"))) {
    o->as_of = wg_date_parse(v, (int)strlen(v));
    return o->as_of == WG_NODATE ? usage_error("--as-of takes a date YYYY-MM-DD, not `%s`", v) : 0;
  }
  if ((v = option_value(argc, argv, i, "-o"))) return o->out = v, 0;
  if ((v = option_value(argc, argv, i, "--render"))) return o->render = v, 0;
  int rc = publish_option(&o->pub, argc, argv, i);
  if (rc >= 0) return rc;
  return usage_error("unknown option `%s`", a);
}

static int parse_args(Options *o, int argc, char **argv) {
  o->files = calloc((size_t)argc, sizeof *o->files);
  if (!o->files) abort();
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] == '-' && a[1]) {
      if (parse_option(o, argc, argv, &i)) return EXIT_USAGE;
    } else {
      o->files[o->nfiles++] = a;
    }
  }
  if (o->nfiles == 0) return usage_error("%s", "no input file: give a .wg file, or - for stdin");
  if (o->command != CMD_CHECK && o->nfiles > 1)
    return usage_error("`%s` takes one file", argv[1]);
  if (o->command == CMD_CHECK && (o->out || o->render))
    return usage_error("%s", "`check` writes no output file: -o and --render are for json and dot");
  if (o->command != CMD_DOT && o->render)
    return usage_error("%s", "--render is for `wgc dot`");
  return EXIT_CLEAN;
}

/* Loads and compiles one file into c; returns EXIT_USAGE on I/O failure. */
static int compile_one(Ctx *c, Source *s, const char *path, const Options *o) {
  int rc = src_load(s, path, MAX_FILE);
  if (rc == SRC_IO_ERROR) {
    fprintf(stderr, "wgc: cannot read `%s`: %s\n", path, strerror(errno));
    return EXIT_USAGE;
  }
  if (rc == SRC_TOO_LARGE) src_from_memory(s, s->name, "", 0);
  compile_init(c, s);
  c->as_of = o->as_of;
  if (rc == SRC_TOO_LARGE) {
    diag_report(c, 108, (wg_span){0, 0}, "this file is larger than 64 MiB, the limit");
    c->syntax_errors++;
  } else {
    compile(c);
  }
  diag_finish(c, &o->policy);
  return EXIT_CLEAN;
}

static int use_color(int choice) {
  if (choice == 1) return 1;
  if (choice == 2) return 0;
  const char *term = getenv("TERM");
  return isatty(2) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
}

static void print_summary(int errors, int warnings, int files) {
  if (errors + warnings == 0) return;
  fprintf(stderr, "%d error%s, %d warning%s in %d file%s\n", errors, errors == 1 ? "" : "s",
          warnings, warnings == 1 ? "" : "s", files, files == 1 ? "" : "s");
}

/* Prints every file's diagnostics in the chosen format; to stdout for
** `check --format json|sarif`, else to stderr. */
static void report(Ctx **cs, int n, const Options *o) {
  FILE *f = o->command == CMD_CHECK ? stdout : stderr;
  int errors = 0, warnings = 0;
  for (int i = 0; i < n; i++) diag_count(cs[i], &errors, &warnings);
  if (o->format == FMT_JSON) diag_print_json(f, cs, n);
  else if (o->format == FMT_SARIF) diag_print_sarif(f, cs, n, WGC_VERSION);
  else {
    int color = use_color(o->color);
    for (int i = 0; i < n; i++) diag_print_text(stderr, cs[i], color);
    print_summary(errors, warnings, n);
  }
  fflush(f);
}

static int has_errors(Ctx *c) {
  int errors = 0, warnings = 0;
  diag_count(c, &errors, &warnings);
  return errors > 0;
}

/* Writes the JSON or DOT of a compiled file, atomically with -o. */
static int emit(Ctx *c, const Options *o) {
  Output out;
  int rc = 0;
  if (output_open(&out, o->out)) return EXIT_USAGE;
  if (o->command == CMD_JSON) {
    emit_json(out.f, c->charter);
  } else if (o->command >= CMD_STATUS) {
    rc = publish_emit(out.f, c, &o->pub, o->format == FMT_JSON, o->color);
  } else if (!o->render) {
    rc = publish_dot(out.f, c, &o->pub, 0);
  } else {
    char *text = NULL;
    size_t n = 0;
    FILE *mem = open_memstream(&text, &n);
    if (!mem) abort();
    rc = publish_dot(mem, c, &o->pub, 1);
    fclose(mem);
    rc = rc ? rc : output_render(&out, o->render, text, n, o->pub.render_timeout);
    free(text);
  }
  if (rc) {
    output_abort(&out);
    return EXIT_USAGE;
  }
  return output_commit(&out) ? EXIT_USAGE : EXIT_CLEAN;
}

static int run(const Options *o) {
  Ctx **cs = calloc((size_t)o->nfiles, sizeof *cs);
  Source *ss = calloc((size_t)o->nfiles, sizeof *ss);
  if (!cs || !ss) abort();
  int status = EXIT_CLEAN, n = 0;
  for (int i = 0; i < o->nfiles; i++) {
    cs[n] = calloc(1, sizeof **cs);
    if (!cs[n]) abort();
    if (compile_one(cs[n], &ss[n], o->files[i], o) == EXIT_USAGE) {
      status = EXIT_USAGE;
      free(cs[n]);
      continue;
    }
    n++;
  }
  report(cs, n, o);
  for (int i = 0; i < n; i++)
    if (has_errors(cs[i]) && status == EXIT_CLEAN) status = EXIT_ERRORS;
  if (o->command != CMD_CHECK && n == 1 && cs[0]->charter && !cs[0]->syntax_errors &&
      (status == EXIT_CLEAN || o->command == CMD_DOT || publish_despite_errors(o->pub.command))) {
    int rc = emit(cs[0], o);
    if (rc) status = rc;
  }
  for (int i = 0; i < n; i++) {
    compile_done(cs[i]);
    src_free(&ss[i]);
    free(cs[i]);
  }
  free(cs);
  free(ss);
  return status;
}

/* `wgc schema [--format json|markdown]`. */
static int schema_main(int argc, char **argv) {
  const char *fmt = argc == 1 && strncmp(argv[0], "--format=", 9) == 0 ? argv[0] + 9
                    : argc == 2 && strcmp(argv[0], "--format") == 0   ? argv[1]
                    : argc == 0                                       ? "json"
                                                                      : "";
  if (strcmp(fmt, "json") == 0) schema_print_json(stdout);
  else if (strcmp(fmt, "markdown") == 0) schema_print_markdown(stdout);
  else return usage_error("%s", "usage: wgc schema [--format json|markdown]");
  return EXIT_CLEAN;
}

/* One help text serves `wgc --help` and `wgc COMMAND --help`. */
static int help(void) {
  fputs(usage_text, stdout);
  return EXIT_CLEAN;
}

int main(int argc, char **argv) {
  static const char *const commands[] = {"check", "json", "dot", "status", "ics", "html", NULL};
  Options o = {.as_of = WG_NODATE};
  /* Diagnostics can be many: buffer them, as stdout is (flushed at exit). */
  static char errbuf[1 << 16];
  setvbuf(stderr, errbuf, _IOFBF, sizeof errbuf);
  if (argc < 2) return usage_error("%s", "no command given");
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
    return help();
  if (strcmp(cmd, "--version") == 0) return puts("wgc " WGC_VERSION), EXIT_CLEAN;
  for (int i = 2; i < argc; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return help();
  if (strcmp(cmd, "explain") == 0) return explain_main(argc - 2, argv + 2);
  if (strcmp(cmd, "rules") == 0) return explain_rules_main(argc - 2, argv + 2);
  if (strcmp(cmd, "schema") == 0) return schema_main(argc - 2, argv + 2);
  if (strcmp(cmd, "lsp") == 0) return lsp_main(argc - 2, argv + 2, WGC_VERSION);
  if (strcmp(cmd, "fmt") == 0) return fmt_main(argc - 2, argv + 2);
  if (parse_choice(cmd, commands, &o.command)) return usage_error("unknown command `%s`", cmd);
  o.pub.command = cmd;
  int rc = parse_args(&o, argc, argv);
  if (rc == EXIT_CLEAN) rc = run(&o);
  free(o.files);
  return rc;
}
