/*
** libFuzzer target: the whole driver, wgc_main (compiler/main.c), on an
** argument vector and a file the fuzzer makes up, over and over in one
** process. The input is argument lines, an empty line, then the file:
**
**     check
**     --format=sarif
**     @big
**
**     working_group W "w"
**
** `@` stands for the file, `@big` for the file after a comment that takes
** it past 1 MiB (so that it is mapped, and parsed on two threads); without an
** empty line the input is all file, checked. Every path, and -o's value,
** is put inside a scratch folder, so nothing outside it is ever written;
** --render (which runs Graphviz) is left out; standard input is
** /dev/null. wgc must return 0, 1, 2 or 141, and never crash, leak or
** trip a sanitizer.
**
** Built and run by `make fuzz` (standard output and error go to
** /dev/null: -close_fd_mask=3 is added to the flags).
*/
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "main.h"
#include "compile.h"

enum { MAX_ARGS = 24, MAX_ARG = 256 };

static char scratch[] = "/dev/shm/wgc-fuzz-driver-XXXXXX"; /* fsync costs nothing there */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  static char *args[256];
  static char mask[] = "-close_fd_mask=3";
  int n = *argc < 250 ? *argc : 250;
  for (int i = 0; i < n; i++) args[i] = (*argv)[i];
  args[n++] = mask;
  args[n] = NULL;
  *argc = n;
  *argv = args;
  if (!mkdtemp(scratch)) abort();
  int null = open("/dev/null", O_RDONLY);
  if (null < 0 || dup2(null, 0) < 0) abort();
  close(null);
  return 0;
}

/* Writes n bytes to the scratch folder's file name, after comment lines
** making up `pad` bytes; 0 or -1. Padded past 1 MiB, the file is mapped,
** and parsed in two halves cut at the charter's first line. */
static int put(const char *name, const uint8_t *p, size_t n, size_t pad) {
  char path[128];
  snprintf(path, sizeof path, "%s/%s", scratch, name);
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  size_t written = 0;
  static const char line[] = "# -------------------------------------------------------------\n";
  for (; written < pad; written += sizeof line - 1) fputs(line, f);
  fwrite(p, 1, n, f);
  if (pad && (written + n) % 4096 == 0) fputc('\n', f); /* page-sized files are read, not mapped */
  return fclose(f);
}

/* Empties the scratch folder of what a run wrote (-o's files). */
static void clean(void) {
  DIR *d = opendir(scratch);
  if (!d) abort();
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.' && (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2]))) continue;
    char path[512];
    snprintf(path, sizeof path, "%s/%s", scratch, e->d_name);
    unlink(path);
  }
  closedir(d);
}

/* Options whose value is the next argument, and no file name. */
static int takes_value(const char *a) {
  static const char *const names[] = {"--format", "--allow", "--deny", "--as-of", "--color",
                                      "--max-diagnostics", "--column-unit", "--stdin-filename",
                                      "--jobs", "-j", NULL};
  for (int i = 0; names[i]; i++)
    if (strcmp(a, names[i]) == 0) return 1;
  return 0;
}

/* The argument as wgc gets it: inside the scratch folder when it names a
** file (after_o: it is -o's value; a value: another option's). NULL to
** leave it out. */
static char *place(const char *a, int position, int after_o, int value, int files_only) {
  char *out = malloc(MAX_ARG + 64);
  if (!out) abort();
  int option = !files_only && a[0] == '-' && a[1];
  if (after_o) { /* whatever it looks like: a file, inside the folder, or stdout */
    if (strchr(a, '/')) a = "out";
    if (strcmp(a, "-") == 0) snprintf(out, MAX_ARG + 64, "-");
    else snprintf(out, MAX_ARG + 64, "%s/%s", scratch, a);
    return out;
  }
  if (value) {
    snprintf(out, MAX_ARG + 64, "%s", a);
    return out;
  }
  if (strncmp(a, "--render", 8) == 0 || (!option && strchr(a, '/'))) {
    free(out);
    return NULL;
  }
  if (strcmp(a, "@") == 0) snprintf(out, MAX_ARG + 64, "%s/in.wg", scratch);
  else if (strcmp(a, "@big") == 0) snprintf(out, MAX_ARG + 64, "%s/big.wg", scratch);
  else if (strncmp(a, "-o=", 3) == 0 && !strchr(a, '/'))
    snprintf(out, MAX_ARG + 64, "-o=%s/%s", scratch, a + 3);
  else if (position > 1 && !option && strcmp(a, "-") != 0)
    snprintf(out, MAX_ARG + 64, "%s/%s", scratch, a);
  else if (option && strchr(a, '/'))
    snprintf(out, MAX_ARG + 64, "--color=never"); /* no path in an option's value */
  else snprintf(out, MAX_ARG + 64, "%s", a);
  return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const uint8_t *sep = NULL;
  for (size_t i = 0; i + 1 < size; i++)
    if (data[i] == '\n' && data[i + 1] == '\n') {
      sep = data + i;
      break;
    }
  const uint8_t *file = sep ? sep + 2 : data;
  size_t nfile = sep ? size - (size_t)(file - data) : size;
  if (nfile > MAX_FILE / 4) return 0;
  char *argv[MAX_ARGS + 4];
  int argc = 0, big = 0, files_only = 0, after_o = 0, value = 0;
  argv[argc++] = strdup("wgc");
  const uint8_t *p = data, *end = sep ? sep : data;
  while (sep && p < end && argc < MAX_ARGS) {
    const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
    size_t n = (size_t)((nl ? nl : end) - p);
    char a[MAX_ARG];
    snprintf(a, sizeof a, "%.*s", (int)(n < MAX_ARG - 1 ? n : MAX_ARG - 1), (const char *)p);
    if (memchr(p, 0, n)) a[strlen(a)] = 0; /* an argument ends at a NUL, as in C */
    big |= strcmp(a, "@big") == 0;
    char *placed = place(a, argc, after_o, value, files_only);
    value = !files_only && !value && takes_value(a);
    after_o = !files_only && !after_o && strcmp(a, "-o") == 0;
    files_only |= strcmp(a, "--") == 0;
    if (placed) argv[argc++] = placed;
    p += n + 1;
  }
  if (!sep) {
    argv[argc++] = strdup("check");
    argv[argc++] = place("@", 2, 0, 0, 0);
  }
  argv[argc] = NULL;
  if (put("in.wg", file, nfile, 0) != 0 || (big && put("big.wg", file, nfile, MAP_MIN + 1) != 0))
    abort();
  int rc = wgc_main(argc, argv);
  if (rc != 0 && rc != 1 && rc != 2 && rc != 141) abort();
  for (int i = 0; i < argc; i++) free(argv[i]);
  clean();
  return 0;
}
