/*
** Checking many files (check.h). Folders are walked first, so the list
** of files is known and sorted before any is checked. Then threads take
** the files in list order and compile each on its own (a compilation
** shares nothing), and the main thread, one of them, reports them
** strictly in list order as they are done: the report is the same
** bytes whatever the number of threads and whichever finishes first.
** Workers stay at most WINDOW files ahead of the report, so a run over
** thousands of files holds a few compilations at a time, not all.
*/
#define _GNU_SOURCE /* sched_getaffinity */
#include "check.h"

#include <dirent.h>
#include <errno.h>
#include <malloc.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io.h"

/* --- Collecting the files ---------------------------------------------------- */

typedef struct List {
  Job *v;
  int n, cap;
} List;

/* Adds a job for path (owned: freed by check_free when `owned`). */
static void add(List *l, const char *path, int owned, int error) {
  if (l->n == l->cap) {
    l->cap = l->cap ? 2 * l->cap : 64;
    l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
    if (!l->v) abort();
  }
  l->v[l->n++] = (Job){.path = path, .error = error, .owned = owned};
}

static int ends_with_wg(const char *name) {
  size_t n = strlen(name);
  return n > 3 && strcmp(name + n - 3, ".wg") == 0;
}

/* dir/name; in "." just name, as the user would write it ("a.wg", not
** "./a.wg"). */
static char *join(const char *dir, const char *name) {
  if (strcmp(dir, ".") == 0) dir = "";
  size_t n = strlen(dir);
  int slash = n > 0 && dir[n - 1] != '/';
  char *p = malloc(n + (size_t)slash + strlen(name) + 1);
  if (!p) abort();
  sprintf(p, "%s%s%s", dir, slash ? "/" : "", name);
  return p;
}

/* What an entry is, without following a link: DT_* from readdir, or from
** lstat when the file system does not say. */
static int entry_type(const char *path, const struct dirent *e) {
  if (e->d_type != DT_UNKNOWN) return e->d_type;
  struct stat st;
  if (lstat(path, &st) != 0) return DT_UNKNOWN;
  return S_ISDIR(st.st_mode) ? DT_DIR : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
}

/* Adds the `*.wg` regular files under dir. Links are not followed, and
** FIFOs, devices and sockets are passed over, even named `*.wg`: a
** checker walking a tree must not hang on a pipe. */
static void walk(List *l, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    add(l, strdup(dir), 1, errno);
    return;
  }
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    char *path = join(dir, e->d_name);
    int type = entry_type(path, e);
    if (type == DT_DIR) walk(l, path);
    if (type == DT_REG && ends_with_wg(e->d_name)) add(l, path, 1, 0);
    else free(path);
  }
  closedir(d);
}

static int by_path(const void *a, const void *b) {
  return strcmp(((const Job *)a)->path, ((const Job *)b)->path);
}

Job *check_collect(const char *const *paths, int n, int *n_jobs) {
  List l = {0};
  for (int i = 0; i < n; i++) {
    struct stat st;
    if (strcmp(paths[i], "-") == 0 || stat(paths[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
      add(&l, paths[i], 0, 0);
      continue;
    }
    int from = l.n;
    walk(&l, paths[i]);
    if (l.n == from) io_error("no `.wg` file in `%s`", paths[i]);
    else qsort(l.v + from, (size_t)(l.n - from), sizeof *l.v, by_path);
  }
  *n_jobs = l.n;
  return l.v;
}

void check_free(Job *jobs, int n) {
  for (int i = 0; i < n; i++) {
    job_free(&jobs[i]);
    if (jobs[i].owned) free((char *)jobs[i].path);
  }
  free(jobs);
}

int check_cores(void) {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  return 1;
}

/* --- Checking them ------------------------------------------------------------- */

enum { WINDOW_PER_THREAD = 8 };

typedef struct Pool {
  Job *jobs;
  int n;
  const JobSettings *s;
  int next;     /* the next job to start */
  int reported; /* jobs reported (and freed) so far */
  int window;   /* how far past `reported` a job may start */
  int stop;     /* no point going on: the output is lost */
  int idle;     /* workers waiting for room in the window */
  char *done;   /* done[i]: job i is compiled */
  pthread_mutex_t mu;
  pthread_cond_t room; /* workers wait here for the window to move */
  pthread_cond_t ready; /* the main thread waits here for job `reported` */
} Pool;

/* A worker wakes the main thread only for the job it waits for, and a
** worker that finds the window full sleeps until half of it is free:
** with a file done every 70 us, a wake-up per file cost more than the
** second core gave (1,075 context switches for 900 files, now ~100). */
static void *worker(void *arg) {
  Pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    if (!p->stop && p->next < p->n && p->next >= p->reported + p->window) {
      p->idle++; /* the window is full: wait until half of it is free */
      while (!p->stop && p->next >= p->reported + p->window / 2)
        pthread_cond_wait(&p->room, &p->mu);
      p->idle--;
    }
    if (p->stop || p->next >= p->n) break;
    int i = p->next++;
    pthread_mutex_unlock(&p->mu);
    job_run(&p->jobs[i], p->s);
    pthread_mutex_lock(&p->mu);
    p->done[i] = 1;
    if (i == p->reported) pthread_cond_signal(&p->ready);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* Reports job i, already done, then lets the workers on; 1 to stop. */
static int report_done(Pool *p, int i, Report *r) {
  job_report(&p->jobs[i], r);
  job_free(&p->jobs[i]);
  int stop = io_failed();
  pthread_mutex_lock(&p->mu);
  p->reported = i + 1;
  p->stop = stop;
  if ((p->idle && p->next < p->reported + p->window / 2) || stop) pthread_cond_broadcast(&p->room);
  pthread_mutex_unlock(&p->mu);
  return stop;
}

/* The main thread reports the jobs in order, and while the next to
** report is not done, runs one itself rather than sleep: it is a worker
** too, and seldom has to be woken. */
static void main_loop(Pool *p, Report *r) {
  for (int i = 0; i < p->n;) {
    pthread_mutex_lock(&p->mu);
    if (p->done[i]) {
      pthread_mutex_unlock(&p->mu);
      if (report_done(p, i++, r)) return;
      continue;
    }
    if (p->next < p->n && p->next < p->reported + p->window) {
      int k = p->next++;
      pthread_mutex_unlock(&p->mu);
      job_run(&p->jobs[k], p->s);
      pthread_mutex_lock(&p->mu);
      p->done[k] = 1;
      pthread_mutex_unlock(&p->mu);
      continue;
    }
    while (!p->done[i]) pthread_cond_wait(&p->ready, &p->mu);
    pthread_mutex_unlock(&p->mu);
  }
}

/* Runs the jobs on the main thread and threads - 1 others.
**
** glibc gives each thread a malloc arena of its own and hands a thread's
** freed memory back to the kernel as soon as 128 KiB lie free at its top,
** so a worker faulted its pages in afresh for every file. Keeping up to
** 8 MiB took 900 files from 2,666 page faults to 741 and 92 ms of CPU to
** 84 ms (perf stat, 2 threads; docs/performance.md). */
static void run_threads(Job *jobs, int n, const JobSettings *s, Report *r, int threads) {
  mallopt(M_TRIM_THRESHOLD, 8 << 20);
  Pool p = {.jobs = jobs, .n = n, .s = s, .window = WINDOW_PER_THREAD * threads};
  p.done = calloc((size_t)n, 1);
  pthread_t *t = calloc((size_t)threads, sizeof *t);
  if (!p.done || !t) abort();
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.room, NULL);
  pthread_cond_init(&p.ready, NULL);
  int started = 0;
  while (started < threads - 1 && pthread_create(&t[started], NULL, worker, &p) == 0) started++;
  main_loop(&p, r);
  pthread_mutex_lock(&p.mu);
  p.stop = 1; /* after an early stop, the workers end */
  pthread_cond_broadcast(&p.room);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < started; i++) pthread_join(t[i], NULL);
  pthread_cond_destroy(&p.room);
  pthread_cond_destroy(&p.ready);
  pthread_mutex_destroy(&p.mu);
  free(t);
  free(p.done);
}

void check_run(Job *jobs, int n, const JobSettings *s, Report *r, int threads) {
  if (threads > n) threads = n;
  if (threads > 1) {
    run_threads(jobs, n, s, r, threads);
    return;
  }
  for (int i = 0; i < n && !io_failed(); i++) {
    job_run(&jobs[i], s);
    job_report(&jobs[i], r);
    job_free(&jobs[i]);
  }
}
