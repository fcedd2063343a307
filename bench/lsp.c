/*
** bench/lsp: how long `wgc lsp` takes from an edit to its diagnostics.
**
**   lsp WGC FILE.wg [CHANGES]
**
** Starts `WGC lsp`, opens FILE.wg, then sends CHANGES (default 200)
** didChange notifications one at a time, each typing or deleting a
** character in the file's first line (a comment), and measures the time
** from writing each to reading the publishDiagnostics of its version:
** what a drafter waits for after a keystroke. Prints the median, the
** 99th percentile, the
** fastest and the slowest, in milliseconds, and the CPU time the server
** spent per edit (which a loaded machine does not inflate, as it does
** the waits). A benchmark, not a test:
** `make bench-lsp` runs it (bench/lsp.sh) and docs/performance.md
** reports the figures.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int to_server, from_server;
static pid_t server;
static char *inbuf;
static size_t inlen, incap;

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void die(const char *what) {
  fprintf(stderr, "bench-lsp: %s\n", what);
  exit(1);
}

static void put(const char *p, size_t n) {
  while (n) {
    ssize_t w = write(to_server, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) die("the server stopped reading");
    p += w, n -= (size_t)w;
  }
}

static void send_body(const char *body, size_t n) {
  char head[64];
  put(head, (size_t)snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n));
  put(body, n);
}

/* The next message's body, NUL-terminated, valid until the next call. */
static char *receive(void) {
  static char *msg;
  for (;;) {
    char *end = inlen ? memmem(inbuf, inlen, "\r\n\r\n", 4) : NULL;
    if (end) {
      char *cl = strcasestr(inbuf, "Content-Length:");
      size_t head = (size_t)(end + 4 - inbuf), n = cl ? strtoul(cl + 15, NULL, 10) : 0;
      if (inlen >= head + n) {
        free(msg);
        if (!(msg = malloc(n + 1))) die("out of memory");
        memcpy(msg, inbuf + head, n);
        msg[n] = 0;
        memmove(inbuf, inbuf + head + n, inlen - head - n);
        inlen -= head + n;
        return msg;
      }
    }
    if (inlen + 65536 > incap && !(inbuf = realloc(inbuf, incap = 2 * (inlen + 65536)))) die("out of memory");
    ssize_t got = read(from_server, inbuf + inlen, incap - inlen - 1);
    if (got <= 0) die("the server closed its output");
    inlen += (size_t)got;
    inbuf[inlen] = 0;
  }
}

/* Waits for the diagnostics of version v. */
static void await_diagnostics(long v) {
  char want[32];
  snprintf(want, sizeof want, "\"version\":%ld,", v);
  for (;;) {
    char *m = receive();
    if (strstr(m, "textDocument/publishDiagnostics") && strstr(m, want)) return;
  }
}

/* text as a JSON string's contents. */
static char *escape(const char *text, size_t n) {
  char *out = malloc(6 * n + 1), *o = out;
  if (!out) die("out of memory");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '"' || c == '\\') *o++ = '\\', *o++ = (char)c;
    else if (c == '\n') *o++ = '\\', *o++ = 'n';
    else if (c < 0x20) o += sprintf(o, "\\u%04x", c);
    else *o++ = (char)c;
  }
  *o = 0;
  return out;
}

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) die("cannot read the charter");
  fseek(f, 0, SEEK_END);
  *n = (size_t)ftell(f);
  rewind(f);
  char *text = malloc(*n + 1);
  if (!text || fread(text, 1, *n, f) != *n) die("cannot read the charter");
  fclose(f);
  return text;
}

static void start(const char *wgc) {
  int a[2], b[2];
  if (pipe(a) || pipe(b)) die("pipe");
  pid_t pid = fork();
  if (pid < 0) die("fork");
  if (pid == 0) {
    dup2(a[0], 0), dup2(b[1], 1);
    close(a[0]), close(a[1]), close(b[0]), close(b[1]);
    execl(wgc, wgc, "lsp", (char *)NULL);
    _exit(127);
  }
  close(a[0]), close(b[1]);
  server = pid;
  to_server = a[1];
  from_server = b[0];
}

/* The CPU time the server has used so far (ms; Linux, from /proc). */
static double server_cpu(void) {
  char path[64], buf[1024];
  snprintf(path, sizeof path, "/proc/%d/stat", (int)server);
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')'); /* fields after the command's name */
  unsigned long utime = 0, stime = 0;
  if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &utime, &stime) != 2) return 0;
  return (double)(utime + stime) * 1e3 / (double)sysconf(_SC_CLK_TCK);
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 3) die("usage: lsp WGC FILE.wg [CHANGES]");
  int changes = argc > 3 ? atoi(argv[3]) : 200;
  if (changes < 1) die("CHANGES must be 1 or more");
  signal(SIGPIPE, SIG_IGN);
  size_t n;
  char *text = slurp(argv[2], &n);
  if (n < 2 || text[0] != '#') die("the charter must start with a comment line");
  start(argv[1]);
  static const char init[] = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}";
  send_body(init, sizeof init - 1);
  char *escaped = escape(text, n);
  size_t cap = strlen(escaped) + 256;
  char *open = malloc(cap);
  if (!open) die("out of memory");
  int len = snprintf(open, cap, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
                     "{\"textDocument\":{\"uri\":\"file:///bench.wg\",\"languageId\":\"wg\",\"version\":1,"
                     "\"text\":\"%s\"}}}", escaped);
  send_body(open, (size_t)len);
  await_diagnostics(1);
  double *ms = malloc((size_t)changes * sizeof *ms);
  if (!ms) die("out of memory");
  double cpu0 = server_cpu();
  for (int i = 0; i < changes; i++) {
    long v = i + 2;
    char change[400];
    /* Type an `x` after the `#` of line 1, then delete it: the text
    ** is the charter itself every other edit. */
    int k = snprintf(change, sizeof change,
                     "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
                     "{\"uri\":\"file:///bench.wg\",\"version\":%ld},\"contentChanges\":[{\"range\":"
                     "{\"start\":{\"line\":0,\"character\":1},\"end\":{\"line\":0,\"character\":%d}},"
                     "\"text\":\"%s\"}]}}", v, i % 2 ? 2 : 1, i % 2 ? "" : "x");
    double t0 = now_ms();
    send_body(change, (size_t)k);
    await_diagnostics(v);
    ms[i] = now_ms() - t0;
  }
  double cpu = (server_cpu() - cpu0) / changes;
  qsort(ms, (size_t)changes, sizeof *ms, by_value);
  int p99 = (int)(0.99 * changes + 0.999) - 1;
  printf("%zu bytes, %d edits: median %.2f ms, p99 %.2f ms (fastest %.2f, slowest %.2f); "
         "server CPU %.2f ms an edit\n", n, changes, ms[changes / 2], ms[p99 < 0 ? 0 : p99], ms[0],
         ms[changes - 1], cpu);
  static const char bye[] = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}";
  send_body(bye, sizeof bye - 1);
  static const char bye2[] = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
  send_body(bye2, sizeof bye2 - 1);
  close(to_server);
  int status;
  wait(&status);
  free(ms), free(open), free(escaped), free(text), free(inbuf);
  return 0;
}
