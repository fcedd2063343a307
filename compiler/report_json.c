/*
** The JSON formats: wgc's own diagnostics document (docs/output.md), and the
** GitLab Code Quality report, a JSON array of issues that GitLab shows
** on merge requests (docs/ci.md). Both are streamed file by file.
*/
#include <stdlib.h>

#include "report_impl.h"

static void begin_writer(Report *r) {
  r->json = malloc(sizeof *r->json);
  if (!r->json) abort();
  json_init(r->json, r->out);
}

/* Columns in characters, whatever --column-unit says (docs/output.md: it is for
** the text and GitHub formats). */
static void position(Json *j, Source *s, wg_span at, int with_end) {
  int line, col;
  src_position(s, at.off, &line, &col);
  json_key(j, "line");
  json_int(j, line);
  json_key(j, "column");
  json_int(j, col);
  if (!with_end) return;
  src_position(s, at.off + at.len, &line, &col);
  json_key(j, "end_line");
  json_int(j, line);
  json_key(j, "end_column");
  json_int(j, col);
}

/* The fields every diagnostic starts with. */
static void head(Json *j, int code, int error, const char *file) {
  char id[8];
  report_code(id, code);
  json_key(j, "code");
  json_str(j, id);
  json_key(j, "name");
  json_str(j, report_rule_name(code));
  json_key(j, "severity");
  json_str(j, error ? "error" : "warning");
  json_key(j, "file");
  json_str(j, file);
}

/* "fixes": [{"message", "safe", "edits": [{"line", "column", "end_line",
** "end_column", "text"}]}] (docs/checks.md, "Fixes"). */
static void fixes(Json *j, Source *s, const Diag *d) {
  json_key(j, "fixes");
  json_array(j);
  for (const Fix *f = d->fixes; f; f = f->next) {
    json_object(j);
    json_key(j, "message");
    json_str(j, f->msg);
    json_key(j, "safe");
    json_bool(j, f->safe);
    json_key(j, "edits");
    json_array(j);
    for (const Edit *e = f->edits; e; e = e->next) {
      json_object(j);
      position(j, s, e->at, 1);
      json_key(j, "text");
      json_str(j, e->text);
      json_end_object(j);
    }
    json_end_array(j);
    json_end_object(j);
  }
  json_end_array(j);
}

static void diag(Report *r, const char *file, Source *s, const Diag *d) {
  Json *j = r->json;
  json_object(j);
  head(j, d->code, d->severity == SEV_ERROR, file);
  position(j, s, d->at, 1);
  json_key(j, "message");
  json_str(j, d->msg);
  json_key(j, "notes");
  json_array(j);
  for (Note *n = d->notes; n; n = n->next) {
    json_object(j);
    json_key(j, "file");
    json_str(j, file);
    position(j, s, n->at, 0);
    json_key(j, "message");
    json_str(j, n->msg);
    json_end_object(j);
  }
  json_end_array(j);
  fixes(j, s, d);
  json_end_object(j);
}

/* WG100: a file that could not be read, at its first line. */
static void unreadable(Report *r, const ReportFile *f) {
  Json *j = r->json;
  char *msg = report_unreadable(f);
  json_object(j);
  head(j, RULE_UNREADABLE_FILE, 1, f->name);
  static const char *const keys[] = {"line", "column", "end_line", "end_column"};
  for (int k = 0; k < 4; k++) {
    json_key(j, keys[k]);
    json_int(j, 1);
  }
  json_key(j, "message");
  json_str(j, msg);
  static const char *const lists[] = {"notes", "fixes"};
  for (int k = 0; k < 2; k++) {
    json_key(j, lists[k]);
    json_array(j);
    json_end_array(j);
  }
  json_end_object(j);
  free(msg);
}

static void json_begin(Report *r) {
  begin_writer(r);
  json_object(r->json);
  json_key(r->json, "diagnostics");
  json_array(r->json);
}

static void json_file(Report *r, const ReportFile *f, Diag **v, int n, int more) {
  (void)more; /* counted in the summary */
  if (!f->c) unreadable(r, f);
  for (int i = 0; i < n; i++) diag(r, f->name, (Source *)f->c->src, v[i]);
}

static void json_finish(Report *r) {
  Json *j = r->json;
  json_end_array(j);
  json_key(j, "summary");
  json_object(j);
  json_key(j, "files");
  json_int(j, r->t.files);
  json_key(j, "errors");
  json_int(j, r->t.errors);
  json_key(j, "warnings");
  json_int(j, r->t.warnings);
  json_key(j, "not_shown");
  json_int(j, r->t.not_shown);
  json_end_object(j);
  json_end_object(j);
}

const ReportFormat report_json = {json_begin, json_file, json_finish};

/* --- GitLab Code Quality -------------------------------------------------- */

/* One issue. GitLab wants a fingerprint unique in the report, so the
** file's path is mixed into it. */
static void issue(Report *r, const char *path, const char *check, const char *msg, int error,
                  const char *fingerprint, int line, int end_line) {
  Json *j = r->json;
  json_object(j);
  json_key(j, "type");
  json_str(j, "issue");
  json_key(j, "check_name");
  json_str(j, check);
  json_key(j, "description");
  json_str(j, msg);
  json_key(j, "categories");
  json_array(j);
  json_str(j, "Bug Risk");
  json_end_array(j);
  json_key(j, "severity");
  json_str(j, error ? "major" : "minor");
  json_key(j, "fingerprint");
  json_str(j, fingerprint);
  json_key(j, "location");
  json_object(j);
  json_key(j, "path");
  json_str(j, path);
  json_key(j, "lines");
  json_object(j);
  json_key(j, "begin");
  json_int(j, line);
  json_key(j, "end");
  json_int(j, end_line);
  json_end_object(j);
  json_end_object(j);
  json_end_object(j);
}

static void gitlab_begin(Report *r) {
  begin_writer(r);
  json_array(r->json);
}

static void gitlab_file(Report *r, const ReportFile *f, Diag **v, int n, int more) {
  (void)more;
  char *path = report_path(f);
  if (!f->c) {
    char *msg = report_unreadable(f);
    char fp[24];
    Diag d = {.code = RULE_UNREADABLE_FILE, .msg = msg};
    char nothing[1] = "";
    Source empty = {.text = nothing, .name = f->name};
    report_fingerprints(&empty, (Diag *[]){&d}, 1, path, &fp);
    issue(r, path, "WG100", msg, 1, fp, 1, 1);
    free(empty.lines);
    free(msg);
  }
  char (*fps)[24] = n ? malloc((size_t)n * sizeof *fps) : NULL;
  if (n && !fps) abort();
  Source *s = f->c ? (Source *)f->c->src : NULL;
  if (n) report_fingerprints(s, v, n, path, fps);
  for (int i = 0; i < n; i++) {
    int line, col, eline, ecol;
    char code[8];
    report_code(code, v[i]->code);
    src_position(s, v[i]->at.off, &line, &col);
    src_position(s, v[i]->at.off + v[i]->at.len, &eline, &ecol);
    issue(r, path, code, v[i]->msg, v[i]->severity == SEV_ERROR, fps[i], line, eline);
  }
  free(fps);
  free(path);
}

static void gitlab_end(Report *r) { json_end_array(r->json); }

const ReportFormat report_gitlab = {gitlab_begin, gitlab_file, gitlab_end};
