/*
** `wgc lsp`: the server's loop over standard input. Messages already
** read are handled first, so a burst of edits is applied before any
** analysis; when the input is idle, the documents whose pause is over
** are analysed (lsp_server.c). The loop ends at `exit`, at the end of
** the input, when the client's process is gone, or when standard output
** is: a client that disappears never leaves a server spinning.
*/
#define _POSIX_C_SOURCE 200809L
#include "lsp.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lsp_io.h"
#include "lsp_server.h"

/* How often to ask whether the client's process is still there (ms). */
enum { WATCH_INTERVAL = 3000 };

typedef struct Out {
  int fd, gone;
} Out;

static void write_out(void *ctx, const char *body, size_t n) {
  Out *o = ctx;
  if (!o->gone && lsp_write(o->fd, body, n) != 0) o->gone = 1;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int usage(const char *arg) {
  fprintf(stderr, "wgc: unknown option `%s` for `lsp`\nusage: wgc lsp [--stdio]\n", arg);
  return 2;
}

/* Whether the process that started us (initialize's processId) is gone. */
static int client_gone(long pid) { return pid > 0 && kill((pid_t)pid, 0) != 0 && errno == ESRCH; }

/* Handles every whole message in `in`. */
static void drain(Server *s, LspIn *in) {
  const char *body;
  size_t n;
  char why[200];
  for (;;) {
    int r = lsp_in_next(in, &body, &n, why, sizeof why);
    if (r == LSP_IN_MORE || s->exited) return;
    if (r == LSP_IN_BAD) lsp_server_reject(s, RPC_PARSE_ERROR, why);
    else lsp_server_message(s, body, n);
  }
}

int lsp_main(int argc, char **argv, const char *version) {
  for (int i = 0; i < argc; i++)
    if (strcmp(argv[i], "--stdio") != 0 && strncmp(argv[i], "--clientProcessId", 17) != 0)
      return usage(argv[i]);
  signal(SIGPIPE, SIG_IGN); /* a closed pipe is an error from write, not a death */
  Out out = {1, 0};
  Server s;
  LspIn in = {0};
  lsp_server_init(&s, write_out, &out, now_ms, version);
  double watched = now_ms();
  while (!s.exited && !out.gone) {
    drain(&s, &in);
    if (s.exited) break;
    double wait = lsp_server_wait(&s);
    struct pollfd p = {0, POLLIN, 0};
    int ready = poll(&p, 1, wait < 0 ? WATCH_INTERVAL : (int)(wait + 0.999));
    if (ready < 0 && errno != EINTR) break;
    if (ready > 0) {
      if (lsp_in_fill(&in, 0) <= 0) break; /* the client closed our input */
    } else if (ready == 0) {
      lsp_server_idle(&s, 0);
    }
    if (now_ms() - watched > WATCH_INTERVAL) {
      watched = now_ms();
      if (client_gone(s.client_pid)) break;
    }
  }
  int status = s.exited && s.state == ST_SHUTDOWN ? 0 : 1;
  lsp_server_free(&s);
  lsp_in_free(&in);
  return status;
}
