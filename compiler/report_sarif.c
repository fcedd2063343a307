/*
** SARIF 2.1.0 (docs/output.md): one run, tool `wgc` with a rule per code, a
** result per diagnostic shown, and one invocation that says whether the
** run went through (executionSuccessful), with its exit code and a
** notification for each file it could not read (WG100) and each whose
** diagnostics were cut at --max-diagnostics. Results carry
** partialFingerprints, so that code-scanning services recognise an
** alert again when lines are added above it.
*/
#include <stdlib.h>
#include <string.h>

#include "report_impl.h"

static void text(Json *j, const char *key, const char *s) {
  json_key(j, key);
  json_object(j);
  json_key(j, "text");
  json_str(j, s);
  json_end_object(j);
}

static void rules(Json *j) {
  json_key(j, "rules");
  json_array(j);
  for (int i = 0; i < rule_count; i++) {
    const Rule *r = &rule_table[i];
    char id[8];
    report_code(id, r->code);
    json_object(j);
    json_key(j, "id");
    json_str(j, id);
    json_key(j, "name");
    json_str(j, r->name);
    text(j, "shortDescription", r->summary);
    text(j, "fullDescription", r->explanation);
    text(j, "help", r->explanation);
    json_key(j, "defaultConfiguration");
    json_object(j);
    json_key(j, "level");
    json_str(j, r->severity == SEV_ERROR ? "error" : "warning");
    json_end_object(j);
    json_end_object(j);
  }
  json_end_array(j);
}

static void artifact(Json *j, const char *uri) {
  json_key(j, "artifactLocation");
  json_object(j);
  json_key(j, "uri");
  json_str(j, uri);
  json_end_object(j);
}

/* A region; `insertion` lets it be empty (where a fix inserts text),
** else an empty span is widened to the character after it: SARIF's
** results point at something. */
static void region(Json *j, const char *key, Source *s, wg_span at, int insertion) {
  int line, col, eline, ecol;
  src_position(s, at.off, &line, &col);
  src_position(s, at.off + at.len, &eline, &ecol);
  if (!insertion && eline == line && ecol == col) ecol++;
  json_key(j, key);
  json_object(j);
  json_key(j, "startLine");
  json_int(j, line);
  json_key(j, "startColumn");
  json_int(j, col);
  json_key(j, "endLine");
  json_int(j, eline);
  json_key(j, "endColumn");
  json_int(j, ecol);
  json_end_object(j);
}

static void location(Json *j, Source *s, const char *uri, wg_span at) {
  json_key(j, "physicalLocation");
  json_object(j);
  artifact(j, uri);
  region(j, "region", s, at, 0);
  json_end_object(j);
}

/* The diagnostic's fixes, as SARIF fixes: a replacement per edit. */
static void fixes(Json *j, Source *s, const char *uri, const Diag *d) {
  if (!d->fixes) return;
  json_key(j, "fixes");
  json_array(j);
  for (const Fix *f = d->fixes; f; f = f->next) {
    json_object(j);
    text(j, "description", f->msg);
    json_key(j, "artifactChanges");
    json_array(j);
    json_object(j);
    artifact(j, uri);
    json_key(j, "replacements");
    json_array(j);
    for (const Edit *e = f->edits; e; e = e->next) {
      json_object(j);
      region(j, "deletedRegion", s, e->at, 1);
      json_key(j, "insertedContent");
      json_object(j);
      json_key(j, "text");
      json_str(j, e->text);
      json_end_object(j);
      json_end_object(j);
    }
    json_end_array(j);
    json_end_object(j);
    json_end_array(j);
    json_key(j, "properties");
    json_object(j);
    json_key(j, "safe");
    json_bool(j, f->safe);
    json_end_object(j);
    json_end_object(j);
  }
  json_end_array(j);
}

static void result(Json *j, Source *s, const char *uri, const Diag *d, const char *fingerprint) {
  char id[8];
  report_code(id, d->code);
  const Rule *rule = rule_by_code(d->code);
  json_object(j);
  json_key(j, "ruleId");
  json_str(j, id);
  json_key(j, "ruleIndex");
  json_int(j, rule ? rule - rule_table : 0);
  json_key(j, "level");
  json_str(j, d->severity == SEV_ERROR ? "error" : "warning");
  text(j, "message", d->msg);
  json_key(j, "locations");
  json_array(j);
  json_object(j);
  location(j, s, uri, d->at);
  json_end_object(j);
  json_end_array(j);
  if (d->notes) {
    json_key(j, "relatedLocations");
    json_array(j);
    int n = 1;
    for (Note *note = d->notes; note; note = note->next) {
      json_object(j);
      json_key(j, "id");
      json_int(j, n++);
      location(j, s, uri, note->at);
      text(j, "message", note->msg);
      json_end_object(j);
    }
    json_end_array(j);
  }
  fixes(j, s, uri, d);
  json_key(j, "partialFingerprints");
  json_object(j);
  json_key(j, "wgcLineHash/v1");
  json_str(j, fingerprint);
  json_end_object(j);
  json_end_object(j);
}

static void sarif_begin(Report *r) {
  r->json = malloc(sizeof *r->json);
  if (!r->json) abort();
  Json *j = r->json;
  json_init(j, r->out);
  json_object(j);
  json_key(j, "$schema");
  json_str(j, "https://json.schemastore.org/sarif-2.1.0.json");
  json_key(j, "version");
  json_str(j, "2.1.0");
  json_key(j, "runs");
  json_array(j);
  json_object(j);
  json_key(j, "tool");
  json_object(j);
  json_key(j, "driver");
  json_object(j);
  json_key(j, "name");
  json_str(j, "wgc");
  json_key(j, "version");
  json_str(j, r->o.version ? r->o.version : "");
  rules(j);
  json_end_object(j);
  json_end_object(j);
  json_key(j, "columnKind");
  json_str(j, "unicodeCodePoints");
  json_key(j, "results");
  json_array(j);
}

/* A notification for the invocation, kept till the end. */
static void notice(Report *r, int error, const char *uri, int code, char *msg) {
  r->notices = realloc(r->notices, (size_t)(r->nnotices + 1) * sizeof *r->notices);
  if (!r->notices) abort();
  r->notices[r->nnotices++] = (ReportNotice){error, code, strdup(uri), msg};
}

static void write_notice(Json *j, const ReportNotice *n) {
  json_object(j);
  json_key(j, "level");
  json_str(j, n->error ? "error" : "warning");
  text(j, "message", n->msg);
  json_key(j, "locations");
  json_array(j);
  json_object(j);
  json_key(j, "physicalLocation");
  json_object(j);
  artifact(j, n->uri);
  json_end_object(j);
  json_end_object(j);
  json_end_array(j);
  if (n->code) {
    char id[8];
    report_code(id, n->code);
    json_key(j, "descriptor");
    json_object(j);
    json_key(j, "id");
    json_str(j, id);
    json_end_object(j);
  }
  json_end_object(j);
}

static void sarif_file(Report *r, const ReportFile *f, Diag **v, int n, int more) {
  char *uri = report_uri(f);
  if (!f->c) {
    notice(r, 1, uri, RULE_UNREADABLE_FILE, report_unreadable(f));
  } else if (more) {
    char *msg = malloc(160);
    if (!msg) abort();
    snprintf(msg, 160,
             "%d more diagnostic%s not shown: wgc shows at most %d a file (--max-diagnostics)",
             more, more == 1 ? "" : "s", r->o.max);
    notice(r, 0, uri, 0, msg);
  }
  char (*fps)[24] = n ? malloc((size_t)n * sizeof *fps) : NULL;
  if (n && !fps) abort();
  if (n) report_fingerprints((Source *)f->c->src, v, n, "", fps);
  for (int i = 0; i < n; i++) result(r->json, (Source *)f->c->src, uri, v[i], fps[i]);
  free(fps);
  free(uri);
}

static void invocation(Report *r) {
  Json *j = r->json;
  json_key(j, "invocations");
  json_array(j);
  json_object(j);
  json_key(j, "executionSuccessful");
  json_bool(j, r->t.unreadable == 0);
  json_key(j, "exitCode");
  json_int(j, report_status(&r->t));
  json_key(j, "toolExecutionNotifications");
  json_array(j);
  for (int i = 0; i < r->nnotices; i++) write_notice(j, &r->notices[i]);
  json_end_array(j);
  json_end_object(j);
  json_end_array(j);
}

static void sarif_end(Report *r) {
  Json *j = r->json;
  json_end_array(j);
  invocation(r);
  json_end_object(j);
  json_end_array(j);
  json_end_object(j);
}

const ReportFormat report_sarif = {sarif_begin, sarif_file, sarif_end};
