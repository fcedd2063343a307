/*
** wgc, the command-line driver: reads the options, has each file
** compiled (job.h) and its diagnostics reported (report.h), and writes
** the outputs (output.h). Exit codes (docs/output.md): 0 no errors, 1 errors,
** 2 usage or I/O. Every write is checked (io.h).
**
** The driver is wgc_main, which returns its status and never exits the
** process, so that a fuzz target can run it over and over
** (tests/fuzz/fuzz_driver.c); main() is built only into the program.
*/
#define _GNU_SOURCE /* vasprintf */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "main.h"

#include "check.h"
#include "emit.h"
#include "explain.h"
#include "fmt_main.h"
#include "io.h"
#include "lsp/lsp.h"
#include "output.h"
#include "publish.h"
#include "schema.h"
#include "suggest.h"

#define WGC_VERSION "1.0.0"

enum { EXIT_CLEAN = 0, EXIT_ERRORS = 1, EXIT_USAGE = 2 };
enum { CMD_CHECK, CMD_JSON, CMD_DOT, CMD_STATUS, CMD_ICS, CMD_HTML };
enum { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };
enum { DEFAULT_MAX_DIAGNOSTICS = 1000, MAX_JOBS = 256 };

typedef struct Options {
  int command;
  int color;
  ReportOptions report;
  Policy policy;
  wg_date as_of;
  const char *out, *render, *stdin_name;
  int jobs; /* 0: one per core */
  int fix;  /* check --fix */
  const char **args; /* files and folders */
  int nargs;
  Publish pub; /* status, ics, html; the views of dot */
} Options;

static const char *const usage_text =
    "usage: wgc COMMAND [options] FILE...\n"
    "\n"
    "Checks and compiles .wg working-group charters.\n"
    "\n"
    "commands:\n"
    "  check FILE-or-DIR...  check every file, and every *.wg under each folder;\n"
    "                        diagnostics on stderr (on stdout with --format\n"
    "                        json, sarif, github or gitlab)\n"
    "  check --fix FILE...   apply the safe fixes (the `help:` lines) in place,\n"
    "                        then report what is left; for - print the fixed\n"
    "                        text on stdout\n"
    "  json FILE             check, then print the compiled charter as JSON\n"
    "  dot FILE              check, then print the dependency graph as Graphviz DOT\n"
    "  status FILE           a progress report (--format json for programs)\n"
    "  ics FILE              the meetings and deadlines as an iCalendar file\n"
    "  html FILE             one self-contained HTML page of the charter\n"
    "  fmt FILE-or-DIR...    print in the canonical layout; --check lists the files\n"
    "                        not in it, --diff shows how, -w rewrites them\n"
    "  lsp                   a language server (LSP 3.17) on stdin and stdout\n"
    "  explain RULE          explain a rule (code such as WG301, or its name);\n"
    "                        --wrong or --fixed prints just that example\n"
    "  rules                 list every rule (--format markdown|json for docs)\n"
    "  schema                print the language's declarations and properties as JSON\n"
    "\n"
    "options:\n"
    "  --format FMT          diagnostics as text (default), json, sarif, github\n"
    "                        (GitHub Actions annotations) or gitlab (Code Quality)\n"
    "  --allow RULE          do not report warning RULE (code or name); repeatable\n"
    "  --deny RULE           make warning RULE an error; repeatable\n"
    "  --werror              make every warning an error\n"
    "  --as-of YYYY-MM-DD    reference date for the overdue check (WG602)\n"
    "  --color WHEN          auto (default), always or never\n"
    "  --quiet, -q           no summary line\n"
    "  --max-diagnostics N   show at most N diagnostics a file (default 1000;\n"
    "                        0 for all)\n"
    "  --column-unit UNIT    columns in text and github output count char\n"
    "                        (default) or byte (Vim's %c)\n"
    "  --stdin-filename NAME the name standard input is reported under\n"
    "  --jobs N, -j N        check N files at a time (default: one per core)\n"
    "  --fix                 check: apply the safe fixes (see `check --fix`)\n"
    "  -o FILE               write the output to FILE, atomically\n"
    "  --render FMT          dot: render through Graphviz (svg, png, pdf)\n"
    "  --render-timeout S    dot: give Graphviz at most S seconds (default 60)\n"
    "  --focus ITEM          dot: ITEM, what it depends on and what depends on it\n"
    "  --topic T             dot: the items of topic T\n"
    "  --depth N             dot: with --focus or --topic, N steps of dependencies\n"
    "  --                    what follows is a file, even if it starts with -\n"
    "  --help, --version\n"
    "\n"
    "FILE may be - for standard input. Exit status: 0 no errors, 1 errors,\n"
    "2 usage or I/O failure. See `wgc explain RULE` and `man wgc`.\n";

/* "wgc: MESSAGE" and where to look; returns EXIT_USAGE. */
static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
  char *msg;
  va_list ap;
  va_start(ap, fmt);
  if (vasprintf(&msg, fmt, ap) < 0) abort();
  va_end(ap);
  io_error("%s", msg);
  fputs("run `wgc --help` for usage\n", io_err);
  free(msg);
  return EXIT_USAGE;
}

/* "; did you mean `X`?" when one of cands is close to word, else "". */
static const char *did_you_mean(char *buf, size_t n, const char *word, const char *const *cands) {
  int count = 0;
  while (cands[count]) count++;
  const char *hint = suggest(word, cands, count);
  if (!hint) return "";
  snprintf(buf, n, "; did you mean `%s`?", hint);
  return buf;
}

/* --- Options ------------------------------------------------------------------ */

static int set_level(Options *o, const char *rule, int level) {
  const Rule *r = rule_find(rule);
  if (!r) {
    const char *names[128];
    int n = 0;
    for (int i = 0; i < rule_count && n < 127; i++) names[n++] = rule_table[i].name;
    names[n] = NULL;
    char hint[128];
    const char *dym = did_you_mean(hint, sizeof hint, rule, names);
    return usage_error("unknown rule `%s`%s%s", rule, dym, *dym ? "" : ": see `wgc rules`");
  }
  if (r->severity == SEV_ERROR)
    return usage_error("`%s` is an error, not a warning: only warnings can be allowed or denied",
                       rule);
  o->policy.level[r->code] = (unsigned char)level;
  return EXIT_CLEAN;
}

/* Sets *out to the index of v among choices, or says what was expected. */
static int choose(const char *option, const char *v, const char *const *choices, int *out) {
  for (int i = 0; choices[i]; i++)
    if (strcmp(v, choices[i]) == 0) return *out = i, EXIT_CLEAN;
  char hint[128], list[160] = "";
  for (int i = 0; choices[i]; i++)
    snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "", choices[i]);
  const char *dym = did_you_mean(hint, sizeof hint, v, choices);
  return usage_error("%s takes one of %s, not `%s`%s", option, list, v, dym);
}

/* A whole number from 0 to max, or -1. */
static long number(const char *v, long max) {
  char *end;
  errno = 0;
  long n = strtol(v, &end, 10);
  return *v && !*end && !errno && n >= 0 && n <= max ? n : -1;
}

static int set_format(Options *o, const char *v) {
  static const char *const formats[] = {"text", "json", "sarif", "github", "gitlab", NULL};
  int f = 0;
  static const int codes[] = {REPORT_TEXT, REPORT_JSON, REPORT_SARIF, REPORT_GITHUB,
                              REPORT_GITLAB};
  if (choose("--format", v, formats, &f)) return EXIT_USAGE;
  o->report.format = codes[f];
  return EXIT_CLEAN;
}

static int set_color(Options *o, const char *v) {
  static const char *const colors[] = {"auto", "always", "never", NULL};
  return choose("--color", v, colors, &o->color);
}

static int set_column_unit(Options *o, const char *v) {
  static const char *const units[] = {"char", "byte", NULL};
  return choose("--column-unit", v, units, &o->report.column_bytes);
}

static int set_allow(Options *o, const char *v) { return set_level(o, v, POLICY_ALLOW); }
static int set_deny(Options *o, const char *v) { return set_level(o, v, POLICY_DENY); }

static int set_werror(Options *o, const char *v) {
  (void)v;
  o->policy.werror = 1;
  return EXIT_CLEAN;
}

static int set_quiet(Options *o, const char *v) {
  (void)v;
  o->report.quiet = 1;
  return EXIT_CLEAN;
}

static int set_as_of(Options *o, const char *v) {
  o->as_of = wg_date_parse(v, (int)strlen(v));
  if (o->as_of != WG_NODATE) return EXIT_CLEAN;
  return usage_error("--as-of takes a date YYYY-MM-DD, not `%s`", v);
}

static int set_max(Options *o, const char *v) {
  long n = number(v, 1000000000);
  if (n < 0) return usage_error("--max-diagnostics takes a number (0 for no limit), not `%s`", v);
  o->report.max = (int)n;
  return EXIT_CLEAN;
}

static int set_jobs(Options *o, const char *v) {
  long n = number(v, MAX_JOBS);
  if (n < 1) return usage_error("--jobs takes a number from 1 to %d, not `%s`", MAX_JOBS, v);
  o->jobs = (int)n;
  return EXIT_CLEAN;
}

static int set_stdin_name(Options *o, const char *v) {
  if (!*v) return usage_error("%s", "--stdin-filename takes a name, not an empty string");
  o->stdin_name = v;
  return EXIT_CLEAN;
}

static int set_fix(Options *o, const char *v) {
  (void)v;
  o->fix = 1;
  return EXIT_CLEAN;
}

static int set_out(Options *o, const char *v) {
  o->out = v;
  return EXIT_CLEAN;
}

static int set_render(Options *o, const char *v) {
  o->render = v;
  return EXIT_CLEAN;
}

/* The options of check, json and dot. */
static const struct {
  const char *name, *alias;
  int takes_value;
  int (*set)(Options *, const char *);
} options[] = {
    {"--format", NULL, 1, set_format},
    {"--allow", NULL, 1, set_allow},
    {"--deny", NULL, 1, set_deny},
    {"--werror", NULL, 0, set_werror},
    {"--as-of", NULL, 1, set_as_of},
    {"--color", NULL, 1, set_color},
    {"--quiet", "-q", 0, set_quiet},
    {"--max-diagnostics", NULL, 1, set_max},
    {"--column-unit", NULL, 1, set_column_unit},
    {"--stdin-filename", NULL, 1, set_stdin_name},
    {"--jobs", "-j", 1, set_jobs},
    {"--fix", NULL, 0, set_fix},
    {"-o", NULL, 1, set_out},
    {"--render", NULL, 1, set_render},
};
enum { NOPTIONS = sizeof options / sizeof *options };

static int unknown_option(const char *a) {
  const char *names[NOPTIONS + 3];
  int n = 0;
  for (int i = 0; i < NOPTIONS; i++) names[n++] = options[i].name;
  names[n++] = "--help";
  names[n++] = "--version";
  names[n] = NULL;
  char word[64], hint[128];
  snprintf(word, sizeof word, "%.*s", (int)strcspn(a, "="), a);
  return usage_error("unknown option `%s`%s", a, did_you_mean(hint, sizeof hint, word, names));
}

/* Reads the option at argv[*i]: "--name", "--name=V" or "--name V". */
static int parse_option(Options *o, int argc, char **argv, int *i) {
  const char *a = argv[*i];
  for (int k = 0; k < NOPTIONS; k++) {
    const char *name = options[k].name;
    size_t n = strlen(name);
    int alias = options[k].alias && strcmp(a, options[k].alias) == 0;
    if (!alias && strncmp(a, name, n) != 0) continue;
    if (!alias && a[n] == '=' && options[k].takes_value) return options[k].set(o, a + n + 1);
    if (!alias && a[n] != 0) continue;
    if (!options[k].takes_value) return options[k].set(o, NULL);
    if (*i + 1 >= argc) return usage_error("%s needs a value", a);
    return options[k].set(o, argv[++*i]);
  }
  int rc = publish_option(&o->pub, argc, argv, i);
  if (rc >= 0) return rc;
  return unknown_option(a);
}

/* --fix prints standard input's fixed text on standard output, where
** no other format's document can go too (docs/output.md). */
static int check_fix_args(const Options *o) {
  if (o->command != CMD_CHECK) return usage_error("%s", "--fix is for `wgc check`");
  for (int i = 0; i < o->nargs; i++)
    if (strcmp(o->args[i], "-") == 0 && o->report.format != REPORT_TEXT)
      return usage_error("%s", "--fix prints the fixed standard input on stdout: --format must be "
                               "text (on stderr) to go with it");
  return EXIT_CLEAN;
}

static int parse_args(Options *o, int argc, char **argv) {
  o->args = calloc((size_t)argc, sizeof *o->args);
  if (!o->args) abort();
  int only_files = 0;
  for (int i = 2; i < argc; i++) {
    const char *a = argv[i];
    if (!only_files && strcmp(a, "--") == 0) only_files = 1;
    else if (!only_files && a[0] == '-' && a[1]) {
      if (parse_option(o, argc, argv, &i)) return EXIT_USAGE;
    } else {
      o->args[o->nargs++] = a;
    }
  }
  if (o->nargs == 0)
    return usage_error("%s", o->command == CMD_CHECK
                                 ? "no input: give .wg files or folders, or - for stdin"
                                 : "no input file: give a .wg file, or - for stdin");
  if (o->command != CMD_CHECK && o->nargs > 1) return usage_error("`%s` takes one file", argv[1]);
  if (o->command == CMD_CHECK && (o->out || o->render))
    return usage_error("%s", "`check` writes no output file: -o and --render are for json and dot");
  if (o->command != CMD_DOT && o->render) return usage_error("%s", "--render is for `wgc dot`");
  return o->fix ? check_fix_args(o) : EXIT_CLEAN;
}

/* --- Running ------------------------------------------------------------------- */

static int use_color(int choice) {
  if (choice != COLOR_AUTO) return choice == COLOR_ALWAYS;
  const char *term = getenv("TERM");
  return isatty(2) && !getenv("NO_COLOR") && term && strcmp(term, "dumb") != 0;
}

static JobSettings settings(const Options *o) {
  int max = o->report.max;
  /* Twice the diagnostics shown are kept, so that `allow` in a
  ** declaration, applied after, seldom leaves fewer than max to show. */
  return (JobSettings){&o->policy, o->as_of, o->stdin_name, max > 0 ? 2 * max : 0, o->fix,
                       o->report.quiet};
}

static int run_check(Options *o) {
  int n;
  Job *jobs = check_collect(o->args, o->nargs, &n);
  JobSettings s = settings(o);
  FILE *out = o->report.format == REPORT_TEXT ? io_err : io_out;
  Report *r = report_begin(out, io_err, &o->report);
  check_run(jobs, n, &s, r, o->jobs ? o->jobs : check_cores());
  ReportTotals t = report_end(r);
  int unwritten = 0;
  for (int i = 0; i < n; i++) unwritten |= jobs[i].fix_failed;
  check_free(jobs, n);
  return unwritten ? EXIT_USAGE : report_status(&t);
}

/* Writes the JSON, DOT, status, calendar or page of a compiled file to
** o->out. */
static int write_output(Output *out, Job *j, const Options *o) {
  Ctx *c = &j->ctx;
  if (o->command == CMD_JSON) {
    emit_json(out->f, c->charter);
    return EXIT_CLEAN;
  }
  if (o->command >= CMD_STATUS)
    return publish_emit(out->f, c, &o->pub, o->report.format == REPORT_JSON, o->color);
  if (!o->render) return publish_dot(out->f, c, &o->pub, 0);
  char *text = NULL;
  size_t n = 0;
  FILE *mem = open_memstream(&text, &n);
  if (!mem) abort();
  int rc = publish_dot(mem, c, &o->pub, 1);
  fclose(mem);
  rc = rc ? rc : output_render(out, o->render, text, n, o->pub.render_timeout);
  free(text);
  return rc ? EXIT_USAGE : EXIT_CLEAN;
}

/* The output of json and dot, when there is one to write (docs/output.md: not
** after errors for json, not after syntax errors for dot). With -o, the
** target is opened even when there is none, so that an -o naming the
** input or a place that cannot be written is said at once. */
static int emit(Job *j, const Options *o, int status) {
  Ctx *c = &j->ctx;
  int wanted = j->compiled && c->charter && !c->syntax_errors &&
               (status == EXIT_CLEAN || o->command == CMD_DOT ||
                publish_despite_errors(o->pub.command));
  if (!wanted && (!o->out || !j->compiled)) return status;
  FileId input = {j->src.dev, j->src.ino, j->name};
  Output out;
  if (output_open(&out, o->out, &input, 1)) return EXIT_USAGE;
  if (!wanted || write_output(&out, j, o) != EXIT_CLEAN) {
    output_abort(&out);
    return wanted ? EXIT_USAGE : status;
  }
  return output_commit(&out) ? EXIT_USAGE : status;
}

static int run_emit(const Options *o) {
  Job j = {.path = o->args[0]};
  JobSettings s = settings(o);
  job_run(&j, &s);
  Report *r = report_begin(io_err, io_err, &o->report); /* stdout is the output's */
  job_report(&j, r);
  ReportTotals t = report_end(r);
  int status = emit(&j, o, report_status(&t));
  job_free(&j);
  return status;
}

/* `wgc schema [--format json|markdown]`. */
static int schema_main(int argc, char **argv) {
  const char *fmt = argc == 1 && strncmp(argv[0], "--format=", 9) == 0 ? argv[0] + 9
                    : argc == 2 && strcmp(argv[0], "--format") == 0   ? argv[1]
                    : argc == 0                                       ? "json"
                                                                      : "";
  if (strcmp(fmt, "json") == 0) schema_print_json(io_out);
  else if (strcmp(fmt, "markdown") == 0) schema_print_markdown(io_out);
  else return usage_error("%s", "usage: wgc schema [--format json|markdown]");
  return EXIT_CLEAN;
}

/* One help text serves `wgc --help` and `wgc COMMAND --help`. */
static int help(void) {
  fputs(usage_text, io_out);
  return EXIT_CLEAN;
}

/* Every command: a command of its own file needs a name here and a
** dispatch line in run(). */
static const char *const command_names[] = {"check", "json",   "dot",  "status", "ics",
                                            "html",  "explain", "rules", "schema", "fmt",
                                            "lsp",   "help",    NULL};

static int run(int argc, char **argv) {
  static const char *const commands[] = {"check", "json", "dot", "status", "ics", "html", NULL};
  Options o = {.as_of = WG_NODATE, .report = {.max = DEFAULT_MAX_DIAGNOSTICS,
                                              .version = WGC_VERSION}};
  if (argc < 2) return usage_error("%s", "no command given");
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
    return help();
  if (strcmp(cmd, "--version") == 0) return fputs("wgc " WGC_VERSION "\n", io_out), EXIT_CLEAN;
  int known = 0;
  for (int i = 0; command_names[i]; i++) known |= strcmp(cmd, command_names[i]) == 0;
  if (!known) {
    char hint[128];
    return usage_error("unknown command `%s`%s", cmd,
                       did_you_mean(hint, sizeof hint, cmd, command_names));
  }
  for (int i = 2; i < argc && strcmp(argv[i], "--") != 0; i++)
    if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) return help();
  if (strcmp(cmd, "explain") == 0) return explain_main(argc - 2, argv + 2);
  if (strcmp(cmd, "rules") == 0) return explain_rules_main(argc - 2, argv + 2);
  if (strcmp(cmd, "schema") == 0) return schema_main(argc - 2, argv + 2);
  if (strcmp(cmd, "lsp") == 0) return lsp_main(argc - 2, argv + 2, WGC_VERSION);
  if (strcmp(cmd, "fmt") == 0) return fmt_main(argc - 2, argv + 2);
  int c;
  for (c = 0; commands[c] && strcmp(cmd, commands[c]) != 0; c++) {}
  o.command = c;
  o.pub.command = cmd;
  int rc = parse_args(&o, argc, argv);
  o.report.color = use_color(o.color);
  if (rc == EXIT_CLEAN) rc = o.command == CMD_CHECK ? run_check(&o) : run_emit(&o);
  free(o.args);
  return rc;
}

int wgc_main(int argc, char **argv) {
  io_begin();
  return io_end(run(argc, argv));
}

#ifndef WGC_NO_MAIN
int main(int argc, char **argv) { return wgc_main(argc, argv); }
#endif
