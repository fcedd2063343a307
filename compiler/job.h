/*
** One file's way through wgc: loaded, compiled, its diagnostics
** finished, then reported. These two functions are the driver's only
** calls into the compiler and the renderers, so that the public API
** (libwg) can take their place in one spot. With --fix, the safe fixes
** are applied and the text compiled again, round after round, when the
** file is compiled (on any thread); the fixed text is written back when
** it is reported (on the main thread, in order).
*/
#ifndef WGC_JOB_H
#define WGC_JOB_H

#include "compile.h"
#include "report.h"

/* What every file is compiled with: the command line's settings. */
typedef struct JobSettings {
  const Policy *policy;
  wg_date as_of;           /* --as-of, or WG_NODATE */
  const char *stdin_name;  /* --stdin-filename, or NULL */
  int keep;                /* diagnostics kept a file (diag_bound); 0 for all */
  int fix;                 /* --fix: apply the safe fixes (docs/output.md) */
  int quiet;               /* --quiet: no word of the fixes made */
} JobSettings;

/* The most rounds of fixes a file gets: a fix can bring a mistake to
** light whose own fix is safe (a keyword mended, a name in it is looked
** up), and each round finds those; ten is far more than any draft needs. */
enum { FIX_ROUNDS = 10 };

typedef struct Job {
  const char *path; /* as given or found: "-" for standard input */
  const char *name; /* as reported (job_run sets it) */
  int error;        /* errno when it could not be read (or its folder walked) */
  int compiled;     /* src and ctx hold a compilation */
  int owned;        /* path was allocated (found in a folder) */
  int fixed;        /* --fix: the fixes applied (src holds the text they give) */
  int fix_failed;   /* --fix: the fixed text could not be written */
  const JobSettings *settings;
  Source src;
  Ctx ctx;
} Job;

/* Loads and compiles j->path, unless j->error is set already. */
void job_run(Job *j, const JobSettings *s);

/* Adds j's diagnostics (or that it could not be read) to r. With --fix,
** first writes the fixed text back (standard input's to standard output)
** and says how many fixes it holds; a file that cannot be written is
** said so (fix_failed), left as it was, and reported as it is. */
void job_report(Job *j, Report *r);

/* Frees what job_run made. */
void job_free(Job *j);

#endif
