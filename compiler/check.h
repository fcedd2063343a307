/*
** `wgc check FILE-or-DIR...`: the files named, and every `*.wg` under
** the folders named, checked on several threads and reported in the
** order a single thread would report them (docs/performance.md).
*/
#ifndef WGC_CHECK_H
#define WGC_CHECK_H

#include "job.h"

/* The files to check for the n paths given: a path that is a folder
** (through a link or not) gives its `*.wg` files, found recursively
** without following the links inside it, in sorted path order (byte
** order, as `LC_ALL=C sort`); any other path is taken as a file. A folder
** that cannot be read becomes a job with its error. Returns the jobs
** (free with check_free) and their number in *n_jobs. */
Job *check_collect(const char *const *paths, int n, int *n_jobs);

/* Runs the jobs on `threads` threads and reports them, in order, to r.
** Stops early when standard output or error has failed. */
void check_run(Job *jobs, int n, const JobSettings *s, Report *r, int threads);

/* Frees what check_collect made. */
void check_free(Job *jobs, int n);

/* The cores this process may run on: the default for --jobs. */
int check_cores(void);

#endif
