/*
** What the report formats share (report.c) and provide (report_text.c,
** report_json.c, report_sarif.c). Not for the rest of wgc: report.h.
*/
#ifndef WGC_REPORT_IMPL_H
#define WGC_REPORT_IMPL_H

#include <stdint.h>

#include "compile.h"
#include "json.h"
#include "report.h"

/* A format: called once at the start, once a file with the diagnostics
** to show (position order, policy applied, at most the limit) and how
** many more there were, once at the end. */
typedef struct ReportFormat {
  void (*begin)(Report *r);
  void (*file)(Report *r, const ReportFile *f, Diag **shown, int n, int not_shown);
  void (*end)(Report *r);
} ReportFormat;

/* A SARIF tool notification, said at the end. */
typedef struct ReportNotice {
  int error;  /* level error (else warning) */
  int code;   /* the rule it is about, or 0 */
  char *uri;  /* the file */
  char *msg;
} ReportNotice;

struct Report {
  ReportOptions o;
  FILE *out, *err;
  const ReportFormat *fmt;
  ReportTotals t;
  Json *json;          /* the JSON formats' writer */
  Diag **shown;        /* the current file's diagnostics to show */
  int cap;
  ReportNotice *notices; /* sarif */
  int nnotices;
};

extern const ReportFormat report_text, report_github, report_json, report_gitlab,
    report_sarif;

/* Line and column of byte off, the column in the unit asked for. */
void report_position(const Report *r, Source *s, uint32_t off, int *line, int *col);

/* "WG301". */
void report_code(char buf[8], int code);

/* The rule's name, or "" for an unknown code. */
const char *report_rule_name(int code);

/* Fingerprints of n diagnostics of source s, as 16 hex digits, ':', and
** the occurrence among identical ones (":0", ":1"...): the same for the
** same mistake whatever line it has moved to (docs/output.md). out has
** room for n, 24 bytes each; salt (a file name, or "") is mixed in. */
void report_fingerprints(Source *s, Diag **v, int n, const char *salt, char (*out)[24]);

/* The path of a file as reports for programs give it (SARIF, GitLab):
** relative to the current folder when within it, normalised (no `.`
** segments, `..` resolved, `/` once); "-" for standard input without
** --stdin-filename. Free it. */
char *report_path(const ReportFile *f);

/* report_path as a URI reference: percent-encoded, and file:// before an
** absolute path. Free it. */
char *report_uri(const ReportFile *f);

/* "cannot read `NAME`: REASON", in a string to free. */
char *report_unreadable(const ReportFile *f);

#endif
