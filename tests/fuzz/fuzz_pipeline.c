/*
** libFuzzer target: the whole pipeline on arbitrary bytes, as `wgc`
** runs it on a file nobody has reviewed. Compile, finish the
** diagnostics, emit JSON, DOT, the status report, the calendar and the
** page when the file parsed (even with semantic errors, which the
** emitters must survive), then render the
** diagnostics in every format. Output goes to /dev/null: only crashes,
** hangs, leaks and sanitizer reports matter here.
**
** Built and run by `make fuzz`; findings become files in
** tests/fuzz/regressions, replayed by tests/cli/fuzz-regressions.sh.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile.h"
#include "emit.h"
#include "status.h"

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > MAX_FILE) return 0; /* src_load refuses these before compiling */
  Source src;
  Ctx c;
  src_from_memory(&src, "fuzz.wg", (const char *)data, (uint32_t)size);
  compile_init(&c, &src);
  compile(&c);
  diag_finish(&c, NULL);
  if (c.charter && !c.syntax_errors) {
    emit_json(devnull, c.charter);
    emit_dot(devnull, c.charter, c.arena, 1);
    Status st;
    status_gather(&st, c.charter, c.arena, wg_date_make(2014, 3, 15), WG_ASOF_OPTION);
    emit_status(devnull, &st, 1);
    emit_status_json(devnull, &st);
    emit_ics(devnull, c.charter, c.arena);
    HtmlInput in = {wg_date_make(2014, 3, 15), NULL, 0, NULL, "no graph"};
    emit_html(devnull, c.charter, c.arena, &in);
  }
  Ctx *cs[1] = {&c};
  diag_print_text(devnull, &c, 0);
  diag_print_json(devnull, cs, 1);
  diag_print_sarif(devnull, cs, 1, "fuzz");
  compile_done(&c);
  src_free(&src);
  return 0;
}
