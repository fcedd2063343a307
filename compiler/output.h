/*
** Writing an output file so that it is either wholly there or not
** changed at all: a temporary file beside the target, synced, then
** renamed over it (CLI.md, `-o`).
*/
#ifndef WGC_OUTPUT_H
#define WGC_OUTPUT_H

#include <stdio.h>

typedef struct Output {
  const char *path; /* the target, or NULL for stdout */
  char *tmp;        /* the temporary file's name */
  FILE *f;          /* where to write */
} Output;

/* Opens a temporary file beside path (or stdout for NULL or "-");
** returns 0, or -1 with a message printed. */
int output_open(Output *o, const char *path);

/* Syncs and renames the temporary file into place; 0 or -1 (printed). */
int output_commit(Output *o);

/* Removes the temporary file, leaving the target as it was. */
void output_abort(Output *o);

/* Pipes a DOT text through Graphviz's `dot -T<format>` into o, without a
** shell, and stops it after `timeout` seconds (0: OUTPUT_RENDER_TIMEOUT);
** returns 0, or -1 with a message printed. */
enum { OUTPUT_RENDER_TIMEOUT = 60 };
int output_render(Output *o, const char *format, const char *dot_text, size_t n, int timeout);

#endif
