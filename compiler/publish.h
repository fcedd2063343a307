/*
** The publishing commands, `wgc status`, `wgc ics` and `wgc html`, and
** the options of `wgc dot` that choose and lay out a picture: what the
** driver (main.c) calls, so that it needs one line per hook.
*/
#ifndef WGC_PUBLISH_H
#define WGC_PUBLISH_H

#include <stdio.h>

#include "compile.h"
#include "emit.h"

typedef struct Publish {
  const char *command; /* argv[1] */
  DotView view;        /* dot: --focus, --topic, --depth */
  int render_timeout;  /* --render-timeout SECONDS; 0: OUTPUT_RENDER_TIMEOUT */
} Publish;

/* Graphviz's `dot` takes seconds above RENDER_FAST items (docs/
** performance.md), so wgc renders larger graphs with faster settings and
** says so; output_render bounds the time of any render. */
enum { RENDER_FAST = 1000 };

/* Whether `command` is one of status, ics, html. */
int publish_command(const char *command);

/* Whether the command emits despite checking errors (html, as dot does). */
int publish_despite_errors(const char *command);

/* Reads a publishing option at argv[*i]: 0 when it took it, 2 after a
** usage message, -1 when the option is not one of these. */
int publish_option(Publish *p, int argc, char **argv, int *i);

/* Writes the output of status, ics or html for c to f; `json` for
** --format json, `color` the --color choice (0 auto, 1 always, 2 never).
** Returns 0, or 2 after a message. */
int publish_emit(FILE *f, Ctx *c, const Publish *p, int json, int color);

/* Writes c's graph for `wgc dot` (render: for --render) to f. Returns 0,
** or 2 after a message (a --focus or --topic that names nothing). */
int publish_dot(FILE *f, Ctx *c, const Publish *p, int render);

#endif
