/*
** Reports: the diagnostics of a run, file after file, in one of five
** formats (docs/output.md): GCC-style text, a JSON document,
** a SARIF 2.1.0 log, GitHub Actions workflow commands, or a GitLab Code
** Quality report. A report is written as the files come, so a run over
** a thousand files holds only those not yet reported.
*/
#ifndef WGC_REPORT_H
#define WGC_REPORT_H

#include <stdio.h>

struct Ctx;

enum { REPORT_TEXT, REPORT_JSON, REPORT_SARIF, REPORT_GITHUB, REPORT_GITLAB };

/* The command line's say on how diagnostics are shown. */
typedef struct ReportOptions {
  int format;         /* REPORT_* */
  int color;          /* text: ANSI colours */
  int column_bytes;   /* text and github only: columns count bytes, not characters */
  int max;            /* the most diagnostics shown for a file; 0 for all */
  int quiet;          /* no summary line */
  const char *version; /* sarif: wgc's */
} ReportOptions;

/* One file's part: its compilation (diagnostics finished), or why it
** could not be read. */
typedef struct ReportFile {
  const char *name;   /* as reported: the path given, or --stdin-filename */
  const char *path;   /* as given: "-" for standard input */
  struct Ctx *c;      /* NULL when the file could not be read */
  int error;          /* errno, when c is NULL */
} ReportFile;

/* What a report counted. */
typedef struct ReportTotals {
  int files, errors, warnings;
  int not_shown;  /* past ReportOptions.max, in all files */
  int unreadable; /* files that could not be read (WG100, among errors) */
} ReportTotals;

typedef struct Report Report;

/* Starts a report: diagnostics to out, the summary line (text and
** github) to err. */
Report *report_begin(FILE *out, FILE *err, const ReportOptions *o);

/* Adds a file's diagnostics. */
void report_file(Report *r, const ReportFile *file);

/* Ends the document, frees r and returns what it counted. */
ReportTotals report_end(Report *r);

/* The exit status the totals call for (docs/output.md): 2 if a file could not
** be read, else 1 if there are errors, else 0. */
int report_status(const ReportTotals *t);

#endif
