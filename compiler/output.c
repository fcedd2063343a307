/*
** Safe outputs (output.h). What reaches the named file, and how:
**
** - standard output, for "-"; standard output or error, for a path
**   that is the very file (or device, or pipe) that one of them already
**   is, so that `-o /dev/stdout` keeps the shell's `>>` and offset;
** - a character device or FIFO: written directly, as a shell's `>` does
**   (`-o /dev/null`, a named pipe read by another program);
** - a regular file, or none yet: a temporary file beside it, synced,
**   given the old file's mode, owner and group, then renamed over it, so
**   that a failed or interrupted run leaves the old file or the new one;
** - a regular file with other hard links, or whose folder wgc may not
**   write but which it may: the output is made whole in an anonymous
**   temporary file first, then copied into the file itself, so every
**   name sees it and the file keeps its identity.
**
** Symbolic links are followed to the file they name, which is the one
** written (and created, for a link to nothing yet). Folders, block
** devices and sockets are refused, and so is any path that is an input.
** A signal that ends wgc (SIGHUP, SIGINT, SIGTERM, SIGPIPE) first removes
** the temporary files.
*/
#define _GNU_SOURCE /* O_TMPFILE, fallocate */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "io.h"

enum { HOW_STD, HOW_DIRECT, HOW_REPLACE, HOW_COPY };

static int fail(const char *path, int e) {
  io_error("cannot write `%s`: %s", path, strerror(e));
  return -1;
}

/* --- Temporary files and the signals that must remove them --------------- */

enum { MAX_TEMPS = 4 };
static const int cleanup_signals[] = {SIGHUP, SIGINT, SIGTERM, SIGPIPE};
enum { NSIGNALS = sizeof cleanup_signals / sizeof *cleanup_signals };
static char *volatile temps[MAX_TEMPS];
static struct sigaction saved[NSIGNALS];
static volatile sig_atomic_t installed[NSIGNALS];
static int ntemps;

/* Removes the temporary files, then lets the signal do what it did
** before wgc took it: end the process, usually. */
static void on_signal(int sig) {
  int e = errno;
  for (int i = 0; i < MAX_TEMPS; i++)
    if (temps[i]) unlink(temps[i]);
  for (int i = 0; i < NSIGNALS; i++)
    if (cleanup_signals[i] == sig && installed[i]) {
      installed[i] = 0;
      sigaction(sig, &saved[i], NULL);
    }
  raise(sig); /* delivered when this handler returns */
  errno = e;
}

static void block_signals(sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  for (int i = 0; i < NSIGNALS; i++) sigaddset(&set, cleanup_signals[i]);
  pthread_sigmask(SIG_BLOCK, &set, old);
}

static void unblock_signals(const sigset_t *old) { pthread_sigmask(SIG_SETMASK, old, NULL); }

/* Takes the signals, except those ignored (as under nohup), which stay so. */
static void install_handlers(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigfillset(&sa.sa_mask);
  for (int i = 0; i < NSIGNALS; i++) {
    sigaction(cleanup_signals[i], NULL, &saved[i]);
    if (saved[i].sa_handler == SIG_IGN) continue;
    sigaction(cleanup_signals[i], &sa, NULL);
    installed[i] = 1;
  }
}

static void restore_handlers(void) {
  for (int i = 0; i < NSIGNALS; i++)
    if (installed[i]) {
      installed[i] = 0;
      sigaction(cleanup_signals[i], &saved[i], NULL);
    }
}

/* Creates the temporary file named by the template name and registers
** it for removal, with the signals held off in between: no signal can
** leave it behind. Returns its descriptor, or -1 (errno set). */
static int make_temp(char *name) {
  sigset_t old;
  block_signals(&old);
  int slot = 0;
  while (slot < MAX_TEMPS && temps[slot]) slot++;
  int fd = slot < MAX_TEMPS ? mkostemp(name, O_CLOEXEC) : (errno = EMFILE, -1);
  if (fd >= 0) {
    if (ntemps++ == 0) install_handlers();
    temps[slot] = name;
  }
  int e = errno;
  unblock_signals(&old);
  errno = e;
  return fd;
}

static void drop_temp(char *name, int remove) {
  sigset_t old;
  block_signals(&old);
  if (remove) unlink(name);
  for (int i = 0; i < MAX_TEMPS; i++)
    if (temps[i] == name) {
      temps[i] = NULL;
      if (--ntemps == 0) restore_handlers();
    }
  unblock_signals(&old);
}

/* --- Finding the target ---------------------------------------------------- */

/* The path a chain of symbolic links ends at, existing or not (a link to
** a file not made yet names where to make it); NULL with errno ELOOP. */
static char *follow_links(const char *path) {
  char *p = strdup(path);
  for (int hops = 0; p && hops < 40; hops++) {
    struct stat ls;
    char buf[PATH_MAX];
    ssize_t k;
    if (lstat(p, &ls) != 0 || !S_ISLNK(ls.st_mode) || (k = readlink(p, buf, sizeof buf - 1)) < 0)
      return p;
    buf[k] = 0;
    const char *slash = strrchr(p, '/');
    int dirlen = buf[0] == '/' || !slash ? 0 : (int)(slash - p) + 1;
    char *next = malloc((size_t)dirlen + (size_t)k + 1);
    if (!next) abort();
    sprintf(next, "%.*s%s", dirlen, p, buf);
    free(p);
    p = next;
  }
  free(p);
  errno = ELOOP;
  return NULL;
}

static int same_file(const struct stat *st, int fd) {
  struct stat t;
  return fstat(fd, &t) == 0 && t.st_dev == st->st_dev && t.st_ino == st->st_ino;
}

static int refuse_input(const Output *o, const FileId *in) {
  if (strcmp(o->path, in->name) == 0)
    io_error("will not write over the input `%s`: give -o another file", in->name);
  else
    io_error("will not write over the input `%s`: -o `%s` is the same file; give -o another file",
             in->name, o->path);
  return -1;
}

/* Decides how the output reaches o->path (HOW_*) and sets o->target and
** o->st; -1 with a message when it may not or cannot. */
static int find_target(Output *o, const FileId *inputs, int n, int rewrite) {
  struct stat st;
  size_t len = strlen(o->path);
  if (len == 0) return fail(o->path, ENOENT);
  if (o->path[len - 1] == '/') return fail(o->path, EISDIR);
  if (stat(o->path, &st) != 0) {
    if (errno != ENOENT || rewrite) return fail(o->path, errno);
    o->target = follow_links(o->path);
    o->how = HOW_REPLACE;
    return o->target ? 0 : fail(o->path, errno);
  }
  for (int i = 0; i < n; i++)
    if (st.st_dev == inputs[i].dev && st.st_ino == inputs[i].ino)
      return refuse_input(o, &inputs[i]);
  if (S_ISDIR(st.st_mode)) return fail(o->path, EISDIR);
  for (int fd = 1; fd <= 2 && !rewrite; fd++)
    if (same_file(&st, fd)) {
      o->how = HOW_STD;
      o->fd = fd;
      return 0;
    }
  if (!rewrite && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
    o->how = HOW_DIRECT;
    return 0;
  }
  if (!S_ISREG(st.st_mode)) {
    io_error("will not write to `%s`: it is %s, and wgc writes only to regular files%s", o->path,
             S_ISBLK(st.st_mode) ? "a block device" : S_ISSOCK(st.st_mode) ? "a socket"
             : S_ISCHR(st.st_mode) ? "a character device" : S_ISFIFO(st.st_mode) ? "a FIFO"
                                   : "not a regular file",
             rewrite ? "" : ", character devices and FIFOs");
    return -1;
  }
  o->target = realpath(o->path, NULL);
  if (!o->target) return fail(o->path, errno);
  o->st = st;
  o->how = st.st_nlink > 1 ? HOW_COPY : HOW_REPLACE;
  return 0;
}

/* --- Opening ---------------------------------------------------------------- */

/* A temporary file beside the target: "DIR/.NAME.wgc-XXXXXX". */
static int open_temp(Output *o) {
  const char *slash = strrchr(o->target, '/');
  int dirlen = slash ? (int)(slash - o->target) + 1 : 0;
  o->tmp = malloc(strlen(o->target) + 16);
  if (!o->tmp) abort();
  sprintf(o->tmp, "%.*s.%s.wgc-XXXXXX", dirlen, o->target, o->target + dirlen);
  return make_temp(o->tmp);
}

/* An anonymous file (it has no name, so nothing can be left behind) to
** make the output whole in before it is copied into the target: in the
** target's folder if wgc may write there, else in $TMPDIR or /tmp. */
static int open_staging(const Output *o) {
  char dir[PATH_MAX];
  const char *slash = strrchr(o->target, '/');
  snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - o->target) + 1 : 1,
           slash ? o->target : ".");
  int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (fd >= 0) return fd;
  const char *tmpdir = getenv("TMPDIR");
  return open(tmpdir && *tmpdir ? tmpdir : "/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
}

/* Opens the descriptor the output is written to. */
static int open_fd(Output *o) {
  if (o->how == HOW_DIRECT) return open(o->path, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (o->how == HOW_REPLACE) {
    int fd = open_temp(o);
    int e = errno;
    /* A folder wgc may not write, holding a file it may: rewrite that. */
    if (fd < 0 && (e == EACCES || e == EPERM) && o->st.st_nlink && access(o->target, W_OK) == 0) {
      free(o->tmp);
      o->tmp = NULL;
      o->how = HOW_COPY;
    } else {
      errno = e;
      return fd;
    }
  }
  return open_staging(o);
}

int output_open(Output *o, const char *path, const FileId *inputs, int n) {
  memset(o, 0, sizeof *o);
  o->fd = -1;
  if (!path || strcmp(path, "-") == 0) {
    o->f = io_out;
    o->fd = 1;
    return 0;
  }
  o->path = path;
  if (find_target(o, inputs, n, 0) != 0) {
    output_abort(o);
    return -1;
  }
  if (o->how == HOW_STD) {
    o->f = o->fd == 1 ? io_out : io_err;
    return 0;
  }
  o->fd = open_fd(o);
  if (o->fd < 0) {
    fail(path, errno);
    output_abort(o);
    return -1;
  }
  o->f = io_stream(o->fd, &o->error);
  return 0;
}

/* --- Committing -------------------------------------------------------------- */

/* Gives the temporary file the target's owner, group and mode (a new
** file gets 0666 less the umask, as a shell's `>` would). Not being
** allowed to give it the owner is no failure: a user who may write a
** file owned by another gets a file of their own, as with any editor. */
static void keep_attributes(int fd, const struct stat *was) {
  if (!was->st_nlink) {
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    return;
  }
  struct stat now;
  if (fstat(fd, &now) == 0 && (now.st_uid != was->st_uid || now.st_gid != was->st_gid))
    if (fchown(fd, was->st_uid, was->st_gid) != 0 && fchown(fd, (uid_t)-1, was->st_gid) != 0) {
      /* neither: the file becomes this user's and group's */
    }
  fchmod(fd, was->st_mode & 07777);
}

/* Copies the staged output (size bytes at from) into the target itself.
** Space is reserved first, so that a full disk fails before the target
** is touched; the signals that would cut the copy short wait until it
** is done. */
static int copy_into(Output *o, int from, off_t size) {
  int to = open(o->target, O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (to < 0) return fail(o->path, errno);
  if (size > 0 && fallocate(to, FALLOC_FL_KEEP_SIZE, 0, size) != 0 && errno != EOPNOTSUPP &&
      errno != ENOSYS && errno != EINVAL) {
    int e = errno;
    close(to);
    return fail(o->path, e);
  }
  sigset_t old;
  block_signals(&old);
  char buf[1 << 16];
  off_t at = 0;
  int e = 0;
  while (at < size && !e) {
    ssize_t k = pread(from, buf, sizeof buf, at);
    if (k <= 0) e = k < 0 ? errno : EIO;
    for (ssize_t done = 0; done < k && !e;) {
      ssize_t w = pwrite(to, buf + done, (size_t)(k - done), at + done);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) e = w < 0 ? errno : EIO;
      else done += w;
    }
    at += k > 0 ? k : 0;
  }
  if (!e && (ftruncate(to, size) != 0 || fsync(to) != 0)) e = errno;
  if (close(to) != 0 && !e) e = errno;
  unblock_signals(&old);
  if (!e) return 0;
  io_error("cannot write `%s`: %s; it was being rewritten in place and may be incomplete",
           o->path, strerror(e));
  return -1;
}

static int finish_file(Output *o) {
  fflush(o->f);
  int e = o->error;
  if (!e && o->how == HOW_REPLACE) keep_attributes(o->fd, &o->st);
  if (!e && o->how == HOW_REPLACE && fsync(o->fd) != 0) e = errno;
  fclose(o->f);
  o->f = NULL;
  if (!e && o->how == HOW_COPY) {
    off_t size = lseek(o->fd, 0, SEEK_END);
    e = size < 0 ? errno : copy_into(o, o->fd, size) ? -1 : 0;
  }
  if (close(o->fd) != 0 && !e && o->how != HOW_COPY) e = errno;
  o->fd = -1;
  if (!e && o->how == HOW_REPLACE) {
    if (rename(o->tmp, o->target) != 0) return errno;
    drop_temp(o->tmp, 0);
    free(o->tmp);
    o->tmp = NULL;
  }
  return e;
}

int output_commit(Output *o) {
  if (o->how == HOW_STD || !o->path) {
    fflush(o->f); /* errors on standard output are io_end's to report */
    return 0;
  }
  int e = finish_file(o);
  if (e > 0) fail(o->path, e);
  output_abort(o);
  return e ? -1 : 0;
}

void output_abort(Output *o) {
  if (o->f && o->f != io_out && o->f != io_err) fclose(o->f);
  if (o->fd > 2) close(o->fd);
  o->f = NULL;
  o->fd = -1;
  if (o->tmp) {
    drop_temp(o->tmp, 1);
    free(o->tmp);
    o->tmp = NULL;
  }
  free(o->target);
  o->target = NULL;
}

/* --- Rewriting in place ----------------------------------------------------- */

/* Whether the file at path holds exactly the n bytes of text. */
static int holds(const char *path, const char *text, size_t n) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[1 << 16];
  size_t at = 0;
  ssize_t k;
  int same = 1;
  while (same && (k = read(fd, buf, sizeof buf)) != 0) {
    if (k < 0) {
      if (errno == EINTR) continue;
      same = 0;
    } else if ((size_t)k > n - at || memcmp(buf, text + at, (size_t)k) != 0) {
      same = 0;
    } else {
      at += (size_t)k;
    }
  }
  close(fd);
  return same && at == n;
}

int output_rewrite(const char *path, const char *text, size_t n) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && (size_t)st.st_size == n &&
      holds(path, text, n))
    return 0;
  /* A file the user may not write stays as it is, whatever its folder
  ** allows: its mode says "leave me", as it does to an editor. */
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode) && faccessat(AT_FDCWD, path, W_OK, AT_EACCESS) != 0)
    return fail(path, errno);
  Output o;
  memset(&o, 0, sizeof o);
  o.path = path;
  o.fd = -1;
  if (find_target(&o, NULL, 0, 1) != 0) {
    output_abort(&o);
    return -1;
  }
  if ((o.fd = open_fd(&o)) < 0) {
    fail(path, errno);
    output_abort(&o);
    return -1;
  }
  o.f = io_stream(o.fd, &o.error);
  fwrite(text, 1, n, o.f);
  return output_commit(&o) == 0 ? 1 : -1;
}

/* --- Graphviz --------------------------------------------------------------- */

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
  pid_t pid;
  if (timeout <= 0) timeout = OUTPUT_RENDER_TIMEOUT;
  double deadline = seconds() + timeout;
  fflush(NULL); /* nothing buffered may be written twice by the child */
  fflush(o->f);
  if (pipe(pipefd) != 0) {
    io_error("cannot run Graphviz's `dot`: %s", strerror(errno));
    return -1;
  }
  if ((pid = fork()) < 0) {
    io_error("cannot run Graphviz's `dot`: %s", strerror(errno));
    close(pipefd[0]);
    close(pipefd[1]);
    return -1;
  }
  if (pid == 0) {
    dup2(pipefd[0], 0);
    dup2(o->fd, 1);
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
    io_error("Graphviz's `dot` did not finish within %d s (--render-timeout); draw a part of "
             "the graph with `--focus ITEM` or `--topic T`", timeout);
    return -1;
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
    io_error("%s", "cannot run Graphviz's `dot`: is graphviz installed?");
    return -1;
  }
  if (wrote != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    io_error("Graphviz's `dot -T%s` failed", format);
    return -1;
  }
  return 0;
}
