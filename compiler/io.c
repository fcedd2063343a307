/*
** Checked standard streams (io.h). glibc's stdout forgets why a write
** failed (a later call may change errno, and a failed large fwrite
** leaves nothing buffered for a last fflush to retry), so wgc writes
** through fopencookie streams whose write function keeps the first
** error. A closed pipe is no failure of wgc's: the reader stopped
** reading, as `head` does, and wgc ends quietly with the status a
** process killed by SIGPIPE has.
*/
#define _GNU_SOURCE
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "term.h"

enum { IO_BUFFER = 1 << 16 };

/* A cookie: where to write, and where to keep the first error. */
typedef struct Sink {
  int fd;
  int *error;
} Sink;

static ssize_t sink_write(void *cookie, const char *p, size_t n) {
  Sink *s = cookie;
  size_t done = 0;
  while (done < n) {
    ssize_t k = write(s->fd, p + done, n - done);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) {
      if (!*s->error) *s->error = k < 0 ? errno : EIO;
      return (ssize_t)done; /* short: stdio marks the stream in error (a
                               negative count would upset glibc, which
                               fopencookie(3) forbids) */
    }
    done += (size_t)k;
  }
  return (ssize_t)done;
}

static int sink_close(void *cookie) {
  free(cookie);
  return 0;
}

FILE *io_stream(int fd, int *error) {
  cookie_io_functions_t fns = {.write = sink_write, .close = sink_close};
  Sink *s = malloc(sizeof *s);
  if (!s) abort();
  *s = (Sink){fd, error};
  *error = 0;
  FILE *f = fopencookie(s, "w", fns);
  if (!f) abort();
  return f;
}

/* Standard output and error: their streams, errors and buffers. */
static int out_error, err_error;
static char out_buf[IO_BUFFER], err_buf[IO_BUFFER];
FILE *io_out, *io_err;

static FILE *std_stream(int fd, int *error, char *buf) {
  FILE *f = io_stream(fd, error);
  setvbuf(f, buf, _IOFBF, IO_BUFFER);
  return f;
}

/* A closed 0, 1 or 2 would be taken by the next file opened, and what
** wgc writes to "standard output" would land in it: hold the number
** with /dev/null opened the wrong way round, so reads or writes fail. */
static void hold_closed_descriptors(void) {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
    if (got >= 0 && got != fd) close(got); /* cannot happen: lowest free number */
  }
}

void io_begin(void) {
  hold_closed_descriptors();
  io_out = std_stream(1, &out_error, out_buf);
  io_err = std_stream(2, &err_error, err_buf);
}

int io_failed(void) { return out_error != 0 || err_error != 0; }

void io_error(const char *fmt, ...) {
  FILE *f = io_err ? io_err : stderr; /* outside io_begin..io_end too */
  char *msg;
  va_list ap;
  va_start(ap, fmt);
  int n = vasprintf(&msg, fmt, ap);
  va_end(ap);
  if (n < 0) abort();
  fputs("wgc: ", f);
  term_write(f, msg, (size_t)n, 0);
  fputc('\n', f);
  free(msg);
}

int io_end(int status) {
  fflush(io_out);
  fclose(io_out);
  io_out = NULL;
  if (out_error == EPIPE) status = IO_EXIT_PIPE;
  else if (out_error) {
    io_error("cannot write standard output: %s", strerror(out_error));
    status = 2;
  }
  fflush(io_err);
  fclose(io_err);
  io_err = NULL;
  if (err_error == EPIPE && status != 2) status = IO_EXIT_PIPE;
  else if (err_error) status = 2;
  return status;
}
