/*
** The transcript driver: plays a client's side of a conversation with
** `wgc lsp` and checks the server's side (tests/lsp/README.md).
**
**   lsp-driver WGC FILE.lsp...
**
** Each transcript starts a server of its own (WGC lsp) and runs its
** lines in order:
**
**   # ...            a comment
**   > JSON           send a message, framed ("jsonrpc": "2.0" added if absent)
**   >frame TEXT      send TEXT framed as it is (need not be JSON)
**   >raw TEXT        send TEXT with no framing; \r \n \t \\ \xHH decoded
**   >big N           send a header announcing N bytes, then N bytes of junk
**   < PATTERN        read messages until one matches PATTERN
**   <= PATTERN       the next message must match PATTERN
**   =close           close the server's input
**   =exit N          the server must exit with status N
**   =silent          no message may arrive within half a second
**
** A line starting with a blank continues the one before. In a message
** sent, a string "@file:PATH" is replaced by the text of PATH. Patterns
** are JSON matched as a subset: an object's keys must be there and match
** ("@absent": must not be there), an array must match element for
** element (a last element "..." allows more; ["@contains", P...]: each P
** matches some element; ["@none", P...]: none does), "@any" matches anything,
** "@has:TEXT" a string holding TEXT, and "@count:N" an array of N
** elements. Exits 0 if every transcript passed.
*/
#define _GNU_SOURCE
#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Generous: the server may run under valgrind or sanitizers. */
enum { TIMEOUT_MS = 20000 };

typedef struct Server {
  pid_t pid;
  int in, out;   /* its stdin (we write), its stdout (we read) */
  char *buf;
  size_t len, cap;
  const char *file;
  int line;
  json_t *last[4]; /* the last messages received, for failure reports */
} Server;

static int failures;

static void fail(Server *s, const char *fmt, const char *arg) {
  fprintf(stderr, "FAIL %s:%d: ", s->file, s->line);
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  for (int i = 0; i < 4; i++)
    if (s->last[i]) {
      char *t = json_dumps(s->last[i], JSON_COMPACT);
      fprintf(stderr, "  received: %.600s\n", t ? t : "?");
      free(t);
    }
  failures++;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int start(Server *s, const char *wgc) {
  int to[2], from[2];
  if (pipe(to) || pipe(from)) return -1;
  s->pid = fork();
  if (s->pid < 0) return -1;
  if (s->pid == 0) {
    dup2(to[0], 0);
    dup2(from[1], 1);
    close(to[0]), close(to[1]), close(from[0]), close(from[1]);
    execl(wgc, wgc, "lsp", (char *)NULL);
    _exit(127);
  }
  close(to[0]);
  close(from[1]);
  s->in = to[1];
  s->out = from[0];
  return 0;
}

static void put(Server *s, const char *p, size_t n) {
  while (n && s->in >= 0) {
    ssize_t w = write(s->in, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      fail(s, "%s", "the server stopped reading");
      close(s->in);
      s->in = -1;
      return;
    }
    p += w, n -= (size_t)w;
  }
}

static void send_framed(Server *s, const char *body, size_t n) {
  char head[64];
  int h = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", n);
  put(s, head, (size_t)h);
  put(s, body, n);
}

/* Reads into the buffer until a whole message is there; NULL on timeout
** or end of output. */
static json_t *receive(Server *s, int timeout) {
  double until = now_ms() + timeout;
  for (;;) {
    char *end = s->len ? memmem(s->buf, s->len, "\r\n\r\n", 4) : NULL;
    if (end) {
      size_t head = (size_t)(end + 4 - s->buf);
      long n = -1;
      for (char *p = s->buf; p < end; p = strchr(p, '\n') + 1) {
        if (strncasecmp(p, "Content-Length:", 15) == 0) n = strtol(p + 15, NULL, 10);
        if (!strchr(p, '\n') || strchr(p, '\n') > end) break;
      }
      if (n >= 0 && s->len >= head + (size_t)n) {
        json_error_t err;
        json_t *m = json_loadb(s->buf + head, (size_t)n, JSON_ALLOW_NUL, &err);
        memmove(s->buf, s->buf + head + n, s->len - head - (size_t)n);
        s->len -= head + (size_t)n;
        if (!m) {
          fail(s, "the server sent a message that is not JSON: %s", err.text);
          m = json_null();
        }
        json_decref(s->last[0]);
        memmove(s->last, s->last + 1, 3 * sizeof *s->last);
        s->last[3] = json_incref(m);
        return m;
      }
    }
    double left = until - now_ms();
    if (left <= 0) return NULL;
    struct pollfd p = {s->out, POLLIN, 0};
    if (poll(&p, 1, (int)left) <= 0) continue;
    if (s->len + 65536 > s->cap) {
      s->cap = 2 * (s->len + 65536);
      s->buf = realloc(s->buf, s->cap);
      if (!s->buf) abort();
    }
    ssize_t got = read(s->out, s->buf + s->len, s->cap - s->len);
    if (got <= 0) return NULL;
    s->len += (size_t)got;
  }
}

/* --- Patterns ----------------------------------------------------------------- */

static int match(json_t *pat, json_t *got);

static int match_object(json_t *pat, json_t *got) {
  const char *key;
  json_t *v;
  if (!json_is_object(got)) return 0;
  json_object_foreach(pat, key, v) {
    json_t *g = json_object_get(got, key);
    if (json_is_string(v) && strcmp(json_string_value(v), "@absent") == 0) {
      if (g) return 0;
    } else if (!g || !match(v, g)) {
      return 0;
    }
  }
  return 1;
}

/* ["@contains", P...]: each P matches some element of got. */
static int match_contains(json_t *pat, json_t *got) {
  for (size_t i = 1; i < json_array_size(pat); i++) {
    int found = 0;
    for (size_t k = 0; k < json_array_size(got) && !found; k++) found = match(json_array_get(pat, i), json_array_get(got, k));
    if (!found) return 0;
  }
  return 1;
}

/* ["@none", P...]: no element of got matches any P. */
static int match_none(json_t *pat, json_t *got) {
  for (size_t i = 1; i < json_array_size(pat); i++)
    for (size_t k = 0; k < json_array_size(got); k++)
      if (match(json_array_get(pat, i), json_array_get(got, k))) return 0;
  return 1;
}

static int match_array(json_t *pat, json_t *got) {
  if (!json_is_array(got)) return 0;
  const char *first = json_string_value(json_array_get(pat, 0));
  if (first && strcmp(first, "@contains") == 0) return match_contains(pat, got);
  if (first && strcmp(first, "@none") == 0) return match_none(pat, got);
  size_t n = json_array_size(pat);
  json_t *lastp = n ? json_array_get(pat, n - 1) : NULL;
  int open = lastp && json_is_string(lastp) && strcmp(json_string_value(lastp), "...") == 0;
  if (open) n--;
  if (open ? json_array_size(got) < n : json_array_size(got) != n) return 0;
  for (size_t i = 0; i < n; i++)
    if (!match(json_array_get(pat, i), json_array_get(got, i))) return 0;
  return 1;
}

static int match(json_t *pat, json_t *got) {
  if (json_is_string(pat)) {
    const char *p = json_string_value(pat);
    if (strcmp(p, "@any") == 0) return 1;
    if (strncmp(p, "@has:", 5) == 0) return json_is_string(got) && strstr(json_string_value(got), p + 5);
    if (strncmp(p, "@count:", 7) == 0) return json_is_array(got) && json_array_size(got) == (size_t)atol(p + 7);
  }
  if (json_is_object(pat)) return match_object(pat, got);
  if (json_is_array(pat)) return match_array(pat, got);
  if (json_is_integer(pat) && json_is_integer(got)) return json_integer_value(pat) == json_integer_value(got);
  return json_equal(pat, got);
}

/* --- Lines -------------------------------------------------------------- */

static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t cap = 0;
  *n = 0;
  for (;;) {
    if (*n + 65536 > cap) buf = realloc(buf, cap = 2 * (*n + 65536));
    if (!buf) abort();
    size_t got = fread(buf + *n, 1, cap - *n, f);
    if (!got) break;
    *n += got;
  }
  fclose(f);
  buf[*n] = 0;
  return buf;
}

/* Replaces "@file:PATH" strings in a message by the file's text. */
static int substitute(Server *s, json_t *j) {
  if (json_is_object(j)) {
    const char *key;
    json_t *v;
    json_object_foreach(j, key, v) {
      const char *t = json_string_value(v);
      if (t && strncmp(t, "@file:", 6) == 0) {
        size_t n;
        char *text = slurp(t + 6, &n);
        if (!text) {
          fail(s, "cannot read %s", t + 6);
          return -1;
        }
        json_object_set_new(j, key, json_stringn(text, n));
        free(text);
      } else if (substitute(s, v) != 0) {
        return -1;
      }
    }
  } else if (json_is_array(j)) {
    for (size_t i = 0; i < json_array_size(j); i++)
      if (substitute(s, json_array_get(j, i)) != 0) return -1;
  }
  return 0;
}

static void send_json(Server *s, const char *text) {
  json_error_t err;
  json_t *m = json_loads(text, 0, &err);
  if (!m) {
    fail(s, "a message to send is not JSON: %s", err.text);
    return;
  }
  if (json_is_object(m) && !json_object_get(m, "jsonrpc")) json_object_set_new(m, "jsonrpc", json_string("2.0"));
  if (substitute(s, m) == 0) {
    char *body = json_dumps(m, JSON_COMPACT);
    send_framed(s, body, strlen(body));
    free(body);
  }
  json_decref(m);
}

static void send_raw(Server *s, const char *text) {
  size_t n = strlen(text), k = 0;
  char *out = malloc(n + 1);
  for (size_t i = 0; i < n; i++) {
    if (text[i] != '\\' || i + 1 == n) {
      out[k++] = text[i];
      continue;
    }
    char c = text[++i];
    if (c == 'r') out[k++] = '\r';
    else if (c == 'n') out[k++] = '\n';
    else if (c == 't') out[k++] = '\t';
    else if (c == 'x' && i + 2 < n) {
      out[k++] = (char)strtol((char[]){text[i + 1], text[i + 2], 0}, NULL, 16);
      i += 2;
    } else out[k++] = c;
  }
  put(s, out, k);
  free(out);
}

static void send_big(Server *s, long n) {
  char head[64], junk[65536];
  memset(junk, 'x', sizeof junk);
  put(s, head, (size_t)snprintf(head, sizeof head, "Content-Length: %ld\r\n\r\n", n));
  for (long left = n; left > 0 && s->in >= 0; left -= (long)sizeof junk)
    put(s, junk, left < (long)sizeof junk ? (size_t)left : sizeof junk);
}

static void expect(Server *s, const char *text, int next_only) {
  json_error_t err;
  json_t *pat = json_loads(text, 0, &err);
  if (!pat) {
    fail(s, "a pattern is not JSON: %s", err.text);
    return;
  }
  for (;;) {
    json_t *m = receive(s, TIMEOUT_MS);
    if (!m) {
      fail(s, "no message matching %s", text);
      break;
    }
    int ok = match(pat, m);
    json_decref(m);
    if (ok) break;
    if (next_only) {
      fail(s, "the next message does not match %s", text);
      break;
    }
  }
  json_decref(pat);
}

static void expect_exit(Server *s, int want) {
  if (s->in >= 0) close(s->in), s->in = -1;
  double until = now_ms() + TIMEOUT_MS;
  int status;
  while (waitpid(s->pid, &status, WNOHANG) == 0) {
    if (now_ms() > until) {
      kill(s->pid, SIGKILL);
      waitpid(s->pid, &status, 0);
      fail(s, "%s", "the server did not exit");
      s->pid = -1;
      return;
    }
    json_t *m = receive(s, 50); /* keep its output flowing */
    json_decref(m);
  }
  s->pid = -1;
  char buf[80];
  if (!WIFEXITED(status)) snprintf(buf, sizeof buf, "the server died of signal %d", WTERMSIG(status));
  else snprintf(buf, sizeof buf, "the server exited with %d", WEXITSTATUS(status));
  if (!WIFEXITED(status) || WEXITSTATUS(status) != want) fail(s, "%s", buf);
}

static void run_line(Server *s, char *line) {
  if (strncmp(line, ">frame ", 7) == 0) send_framed(s, line + 7, strlen(line + 7));
  else if (strncmp(line, ">raw ", 5) == 0) send_raw(s, line + 5);
  else if (strncmp(line, ">big ", 5) == 0) send_big(s, atol(line + 5));
  else if (strncmp(line, "> ", 2) == 0) send_json(s, line + 2);
  else if (strncmp(line, "<= ", 3) == 0) expect(s, line + 3, 1);
  else if (strncmp(line, "< ", 2) == 0) expect(s, line + 2, 0);
  else if (strcmp(line, "=close") == 0) {
    if (s->in >= 0) close(s->in), s->in = -1;
  } else if (strncmp(line, "=exit ", 6) == 0) expect_exit(s, atoi(line + 6));
  else if (strcmp(line, "=silent") == 0) {
    json_t *m = receive(s, 500);
    if (m) fail(s, "%s", "a message arrived where none was expected");
    json_decref(m);
  } else fail(s, "unknown line: %s", line);
}

/* Runs one transcript; lines with a leading blank join the one before. */
static void run_file(const char *wgc, const char *path) {
  size_t n;
  char *text = slurp(path, &n);
  Server s = {.file = path};
  if (!text || start(&s, wgc) != 0) {
    fprintf(stderr, "FAIL %s: cannot read it or start %s\n", path, wgc);
    failures++;
    free(text);
    return;
  }
  int before = failures, line = 0;
  char *cur = NULL;
  size_t curlen = 0;
  for (char *p = text; p && *p;) {
    char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    line++;
    if (len && (*p == ' ' || *p == '\t') && cur) { /* a continuation */
      cur = realloc(cur, curlen + len + 1);
      memcpy(cur + curlen, p, len);
      cur[curlen += len] = 0;
    } else {
      if (cur) run_line(&s, cur);
      free(cur);
      cur = NULL;
      if (len && *p != '#') {
        cur = strndup(p, len);
        curlen = len;
        s.line = line;
      }
    }
    p = nl ? nl + 1 : NULL;
  }
  if (cur) run_line(&s, cur);
  free(cur);
  if (s.pid > 0) {
    s.line = line;
    expect_exit(&s, 1); /* a transcript that leaves the server running: its input closes */
  }
  for (int i = 0; i < 4; i++) json_decref(s.last[i]);
  free(s.buf);
  free(text);
  if (s.out >= 0) close(s.out);
  printf("%s %s\n", failures == before ? "ok" : "FAILED", path);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: lsp-driver WGC FILE.lsp...\n");
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  for (int i = 2; i < argc; i++) run_file(argv[1], argv[i]);
  return failures ? 1 : 0;
}
