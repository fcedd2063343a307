/*
** Atomic output files. The temporary file lives in the target's folder
** so that rename() never crosses a file system; it is fsync'ed before
** the rename so that a crash leaves the old file or the new one, never a
** truncated one. A killed process can leave a temporary file behind,
** never a damaged target.
*/
#define _POSIX_C_SOURCE 200809L
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void fail(const char *what, const char *path) {
  fprintf(stderr, "wgc: cannot %s `%s`: %s\n", what, path, strerror(errno));
}

int output_open(Output *o, const char *path) {
  memset(o, 0, sizeof *o);
  if (!path || strcmp(path, "-") == 0) {
    o->f = stdout;
    return 0;
  }
  o->path = path;
  const char *slash = strrchr(path, '/');
  size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
  o->tmp = malloc(strlen(path) + 16);
  if (!o->tmp) abort();
  sprintf(o->tmp, "%.*s.%s.wgc-XXXXXX", (int)dirlen, path, path + dirlen);
  int fd = mkstemp(o->tmp);
  if (fd < 0) {
    fail("write", path);
    free(o->tmp);
    o->tmp = NULL;
    return -1;
  }
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  o->f = fdopen(fd, "wb");
  if (!o->f) {
    close(fd);
    output_abort(o);
    return -1;
  }
  return 0;
}

int output_commit(Output *o) {
  if (!o->path) return fflush(o->f) == 0 || errno == EPIPE ? 0 : -1;
  int bad = fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0;
  int e = errno;
  bad |= fclose(o->f) != 0;
  o->f = NULL;
  if (!bad && rename(o->tmp, o->path) == 0) {
    free(o->tmp);
    o->tmp = NULL;
    return 0;
  }
  errno = bad ? e : errno;
  fail("write", o->path);
  output_abort(o);
  return -1;
}

void output_abort(Output *o) {
  if (o->f && o->f != stdout) fclose(o->f);
  o->f = NULL;
  if (o->tmp) {
    unlink(o->tmp);
    free(o->tmp);
    o->tmp = NULL;
  }
}

/* Writes all n bytes to fd; 0 or -1. */
static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return -1;
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

/* Seconds on the monotonic clock. */
static double seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Waits for pid until `deadline`; 0 when it ended (*status set), 1 when
** the time ran out. Polls every 10 ms: a render takes far longer. */
static int wait_until(pid_t pid, int *status, double deadline) {
  for (;;) {
    pid_t r = waitpid(pid, status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) return 0;
    if (seconds() >= deadline) return 1;
    nanosleep(&(struct timespec){0, 10 * 1000 * 1000}, NULL);
  }
}

/* The node count at which Graphviz gets slow is the caller's business
** (publish.c picks faster settings above it); this bounds the time, so
** that no graph keeps `dot` busy for minutes (issue 17). */
int output_render(Output *o, const char *format, const char *dot_text, size_t n, int timeout) {
  char flag[32];
  snprintf(flag, sizeof flag, "-T%s", format);
  int pipefd[2];
  if (timeout <= 0) timeout = OUTPUT_RENDER_TIMEOUT;
  double deadline = seconds() + timeout;
  fflush(NULL); /* nothing buffered may be written twice by the child */
  if (pipe(pipefd) != 0) return fail("run", "dot"), -1;
  pid_t pid = fork();
  if (pid < 0) return fail("run", "dot"), -1;
  if (pid == 0) {
    dup2(pipefd[0], 0);
    dup2(fileno(o->f), 1);
    close(pipefd[0]);
    close(pipefd[1]);
    execlp("dot", "dot", flag, (char *)NULL);
    _exit(127);
  }
  close(pipefd[0]);
  void (*old)(int) = signal(SIGPIPE, SIG_IGN);
  int wrote = write_all(pipefd[1], dot_text, n);
  close(pipefd[1]);
  signal(SIGPIPE, old);
  int status = 0;
  if (wait_until(pid, &status, deadline)) {
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    fprintf(stderr, "wgc: Graphviz's `dot` did not finish within %d s (--render-timeout); "
            "draw a part of the graph with `--focus ITEM` or `--topic T`\n", timeout);
    return -1;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    fputs("wgc: cannot run Graphviz's `dot`: is graphviz installed?\n", stderr);
    return -1;
  }
  if (wrote != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "wgc: Graphviz's `dot -T%s` failed\n", format);
    return -1;
  }
  return 0;
}
