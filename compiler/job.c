/*
** Loading and compiling one file (job.h). A file over the size limit is
** not read at all (source.c refuses it from its size) and gets WG108 at
** its first byte; a file that cannot be read gets no compilation, and
** its report says why (WG100).
*/
#include "job.h"

#include <errno.h>
#include <string.h>

void job_run(Job *j, const JobSettings *s) {
  int from_stdin = strcmp(j->path, "-") == 0;
  j->name = !from_stdin ? j->path : s->stdin_name ? s->stdin_name : "<stdin>";
  if (j->error) return;
  int rc = src_load(&j->src, j->path, MAX_FILE);
  if (rc == SRC_IO_ERROR) {
    j->error = errno ? errno : EIO;
    return;
  }
  j->src.name = j->name;
  if (rc == SRC_TOO_LARGE) src_from_memory(&j->src, j->src.name, "", 0);
  Ctx *c = &j->ctx;
  compile_init(c, &j->src);
  diag_bound(c, s->policy, s->keep);
  c->as_of = s->as_of;
  if (rc == SRC_TOO_LARGE) {
    diag_report(c, 108, (wg_span){0, 0}, "this file is larger than 64 MiB, the limit");
    c->syntax_errors++;
  } else {
    compile(c);
  }
  diag_finish(c, s->policy);
  j->compiled = 1;
}

void job_report(Job *j, Report *r) {
  ReportFile f = {j->name ? j->name : j->path, j->path, j->compiled ? &j->ctx : NULL, j->error};
  report_file(r, &f);
}

void job_free(Job *j) {
  if (!j->compiled) return;
  compile_done(&j->ctx);
  src_free(&j->src);
  j->compiled = 0;
}
