/*
** Loading and compiling one file (job.h). A file over the size limit is
** not read at all (source.c refuses it from its size) and gets WG108 at
** its first byte; a file that cannot be read gets no compilation, and
** its report says why (WG100).
*/
#include "job.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "output.h"
#include "term.h"

static void compile_source(Job *j, const JobSettings *s, int too_large) {
  Ctx *c = &j->ctx;
  compile_init(c, &j->src);
  diag_bound(c, s->policy, s->keep);
  c->as_of = s->as_of;
  if (too_large) {
    diag_report(c, RULE_LIMIT_EXCEEDED, (wg_span){0, 0},
                "this file is larger than 64 MiB, the limit");
    c->syntax_errors++;
  } else {
    compile(c);
  }
  diag_finish(c, s->policy);
}

/* Whether a diagnostic shown has a safe first fix: without one there is
** nothing to apply, and no copy of the text to make. */
static int has_safe_fix(const Ctx *c) {
  for (int i = 0; i < c->diags.n; i++)
    if (!c->diags.v[i]->allowed && c->diags.v[i]->fixes && c->diags.v[i]->fixes->safe) return 1;
  return 0;
}

/* --fix: the safe fixes applied and the result compiled, until a round
** finds none (fix.c applies no fix in part, so each round's text is
** whole) or FIX_ROUNDS have run. A round applies the fixes of the
** diagnostics kept (diag_bound), so a file of more safe mistakes than
** FIX_ROUNDS times that may need another run (docs/output.md). */
static void fix_rounds(Job *j, const JobSettings *s) {
  for (int round = 0; round < FIX_ROUNDS && has_safe_fix(&j->ctx); round++) {
    size_t n;
    int applied;
    char *text = fix_apply(&j->ctx, 1, &n, &applied);
    if (!applied || (n == j->src.len && memcmp(text, j->src.text, n) == 0)) {
      free(text);
      return;
    }
    j->fixed += applied;
    Source fixed;
    src_from_memory(&fixed, j->name, text, (uint32_t)n);
    free(text);
    fixed.path = j->src.path;
    fixed.dev = j->src.dev;
    fixed.ino = j->src.ino;
    compile_done(&j->ctx);
    src_free(&j->src);
    j->src = fixed;
    compile_source(j, s, 0);
  }
}

void job_run(Job *j, const JobSettings *s) {
  int from_stdin = strcmp(j->path, "-") == 0;
  j->name = !from_stdin ? j->path : s->stdin_name ? s->stdin_name : "<stdin>";
  j->settings = s;
  if (j->error) return;
  int rc = src_load(&j->src, j->path, MAX_FILE);
  if (rc == SRC_IO_ERROR) {
    j->error = errno ? errno : EIO;
    return;
  }
  j->src.name = j->name;
  if (rc == SRC_TOO_LARGE) src_from_memory(&j->src, j->src.name, "", 0);
  compile_source(j, s, rc == SRC_TOO_LARGE);
  j->compiled = 1;
  if (s->fix && rc == SRC_OK) fix_rounds(j, s);
}

/* "NAME: fixed 3 mistakes", before what is left of them. */
static void say_fixed(const Job *j) {
  term_puts(io_err, j->name, 0);
  fprintf(io_err, ": fixed %d mistake%s\n", j->fixed, j->fixed == 1 ? "" : "s");
}

/* Writes j's fixed text where it goes: back to its file, or to standard
** output for standard input (all of it, fixed or not: a filter). When
** the file cannot be written, it is compiled again as it is, so that
** what is reported is what the file holds. */
static void write_fixes(Job *j) {
  const JobSettings *s = j->settings;
  if (strcmp(j->path, "-") == 0) {
    fwrite(j->src.text, 1, j->src.len, io_out);
  } else if (j->fixed && output_rewrite(j->path, j->src.text, j->src.len) < 0) {
    j->fix_failed = 1;
    job_free(j);
    JobSettings as_is = *s;
    as_is.fix = 0;
    job_run(j, &as_is);
    j->settings = s;
    return;
  }
  if (j->fixed && !s->quiet) say_fixed(j);
}

void job_report(Job *j, Report *r) {
  if (j->compiled && j->settings && j->settings->fix) write_fixes(j);
  ReportFile f = {j->name ? j->name : j->path, j->path, j->compiled ? &j->ctx : NULL, j->error};
  report_file(r, &f);
}

void job_free(Job *j) {
  if (!j->compiled) return;
  compile_done(&j->ctx);
  src_free(&j->src);
  j->compiled = 0;
}
