/*
** Checking many files (check.h). Folders are walked first, so the list
** of files is known and sorted before any is checked. Then worker
** threads take the files in list order and compile each on its own
** (a compilation shares nothing), while the main thread reports them
** strictly in list order as they are done: the report is the same
** bytes whatever the number of threads and whichever finishes first.
** Workers stay at most WINDOW files ahead of the report, so a run over
** thousands of files holds a few compilations at a time, not all.
*/
#define _GNU_SOURCE /* sched_getaffinity */
#include "check.h"

#include <dirent.h>
#include <errno.h>
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

static char *join(const char *dir, const char *name) {
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
    qsort(l.v + from, (size_t)(l.n - from), sizeof *l.v, by_path);
    if (l.n == from) io_error("no `.wg` file in `%s`", paths[i]);
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

enum { WINDOW_PER_THREAD = 4 };

typedef struct Pool {
  Job *jobs;
  int n;
  const JobSettings *s;
  int next;     /* the next job to start */
  int reported; /* jobs reported (and freed) so far */
  int window;   /* how far past `reported` a job may start */
  int stop;     /* no point going on: the output is lost */
  char *done;   /* done[i]: job i is compiled */
  pthread_mutex_t mu;
  pthread_cond_t cv;
} Pool;

static void *worker(void *arg) {
  Pool *p = arg;
  pthread_mutex_lock(&p->mu);
  for (;;) {
    while (!p->stop && p->next < p->n && p->next >= p->reported + p->window)
      pthread_cond_wait(&p->cv, &p->mu);
    if (p->stop || p->next >= p->n) break;
    int i = p->next++;
    pthread_mutex_unlock(&p->mu);
    job_run(&p->jobs[i], p->s);
    pthread_mutex_lock(&p->mu);
    p->done[i] = 1;
    pthread_cond_broadcast(&p->cv);
  }
  pthread_mutex_unlock(&p->mu);
  return NULL;
}

/* Reports job i once a worker has done it, then lets the workers on. */
static int report_next(Pool *p, int i, Report *r) {
  pthread_mutex_lock(&p->mu);
  while (!p->done[i]) pthread_cond_wait(&p->cv, &p->mu);
  pthread_mutex_unlock(&p->mu);
  job_report(&p->jobs[i], r);
  job_free(&p->jobs[i]);
  int stop = io_failed();
  pthread_mutex_lock(&p->mu);
  p->reported = i + 1;
  p->stop = stop;
  pthread_cond_broadcast(&p->cv);
  pthread_mutex_unlock(&p->mu);
  return stop;
}

/* Returns -1 if not a thread could be started. */
static int run_threads(Job *jobs, int n, const JobSettings *s, Report *r, int threads) {
  Pool p = {.jobs = jobs, .n = n, .s = s, .window = WINDOW_PER_THREAD * threads};
  p.done = calloc((size_t)n, 1);
  pthread_t *t = calloc((size_t)threads, sizeof *t);
  if (!p.done || !t) abort();
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.cv, NULL);
  int started = 0;
  while (started < threads && pthread_create(&t[started], NULL, worker, &p) == 0) started++;
  for (int i = 0; i < n && started; i++)
    if (report_next(&p, i, r)) break;
  for (int i = 0; i < started; i++) pthread_join(t[i], NULL);
  pthread_cond_destroy(&p.cv);
  pthread_mutex_destroy(&p.mu);
  free(t);
  free(p.done);
  return started ? 0 : -1;
}

void check_run(Job *jobs, int n, const JobSettings *s, Report *r, int threads) {
  if (threads > n) threads = n;
  if (threads > 1 && run_threads(jobs, n, s, r, threads) == 0) return;
  for (int i = 0; i < n && !io_failed(); i++) {
    job_run(&jobs[i], s);
    job_report(&jobs[i], r);
    job_free(&jobs[i]);
  }
}
