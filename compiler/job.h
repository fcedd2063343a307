/*
** One file's way through wgc: loaded, compiled, its diagnostics
** finished, then reported. These two functions are the driver's only
** calls into the compiler and the renderers, so that the public API
** (libwg) can take their place in one spot.
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
} JobSettings;

typedef struct Job {
  const char *path; /* as given or found: "-" for standard input */
  const char *name; /* as reported (job_run sets it) */
  int error;        /* errno when it could not be read (or its folder walked) */
  int compiled;     /* src and ctx hold a compilation */
  int owned;        /* path was allocated (found in a folder) */
  Source src;
  Ctx ctx;
} Job;

/* Loads and compiles j->path, unless j->error is set already. */
void job_run(Job *j, const JobSettings *s);

/* Adds j's diagnostics (or that it could not be read) to r. */
void job_report(Job *j, Report *r);

/* Frees what job_run made. */
void job_free(Job *j);

#endif
