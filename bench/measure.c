/*
** bench/measure: runs one command and reports its cost.
**
**   measure CMD ARGS...
**
** Prints one line on stdout, e.g.
** `seconds=0.123456 maxrss_kib=4567 status=0`:
** wall-clock seconds from start to exit, the child's peak resident set
** (from wait4's rusage, in KiB as Linux reports it) and its exit status
** (`status=signal-N` when a signal ended it). The command's stdout goes to
** /dev/null, so writing the output costs what writing it costs, not what a
** terminal or pipe reader costs; its stderr is left alone.
**
** Exit: 0 when the command ran and exited 0; 1 when it ran but failed or
** was killed; 2 on a usage error or when it could not be run at all.
*/
#define _GNU_SOURCE /* wait4 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* In the child: point stdout at /dev/null and exec. On failure the errno
** goes back through `report` (close-on-exec, so a successful exec closes
** it unwritten) and the child exits without flushing the parent's stdio. */
static void run_child(char **argv, int report) {
  int null = open("/dev/null", O_WRONLY);
  if (null >= 0 && dup2(null, STDOUT_FILENO) >= 0) {
    close(null);
    execvp(argv[0], argv);
  }
  int err = errno;
  ssize_t unused = write(report, &err, sizeof err); /* nothing to do if it fails */
  (void)unused;
  _exit(127);
}

/* Forks and execs argv; returns the pid, or -1 with errno set when the
** command could not be started (fork failed, or exec failed in the child). */
static pid_t start(char **argv) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) < 0) return -1;
  pid_t pid = fork();
  if (pid == 0) run_child(argv, fds[1]);
  int err = errno;
  close(fds[1]);
  if (pid < 0) {
    close(fds[0]);
    errno = err;
    return -1;
  }
  ssize_t n;
  do n = read(fds[0], &err, sizeof err);
  while (n < 0 && errno == EINTR);
  close(fds[0]);
  if (n == (ssize_t)sizeof err) {
    waitpid(pid, NULL, 0); /* reap the failed child */
    errno = err;
    return -1;
  }
  return pid;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: measure CMD ARGS...\n", stderr);
    return 2;
  }
  double t0 = now();
  pid_t pid = start(argv + 1);
  if (pid < 0) {
    fprintf(stderr, "measure: cannot run `%s`: %s\n", argv[1], strerror(errno));
    return 2;
  }
  int status;
  struct rusage ru;
  pid_t got;
  do got = wait4(pid, &status, 0, &ru);
  while (got < 0 && errno == EINTR);
  double seconds = now() - t0;
  if (got < 0) {
    fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
    return 2;
  }
  printf("seconds=%.6f maxrss_kib=%ld ", seconds, ru.ru_maxrss);
  if (WIFEXITED(status)) printf("status=%d\n", WEXITSTATUS(status));
  else printf("status=signal-%d\n", WTERMSIG(status));
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
