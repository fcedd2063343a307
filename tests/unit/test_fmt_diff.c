/* Unit tests for the line diff of `wgc fmt --diff` (compiler/fmt_diff.c,
** driver code, so compiled in here): on random pairs of texts, applying
** the diff to the first gives the second, and it changes as few lines as
** a longest common subsequence allows. */
#include <stdlib.h>

#include "unit.h"
#include "../../compiler/fmt_diff.c"

/* Applies a unified diff to the lines of a; the result into out. */
static int apply(const char *diff, Line *a, int na, char *out, size_t cap) {
  size_t n = 0;
  int at = 0; /* lines of a copied so far */
  const char *p = strstr(diff, "\n@@");
  while (p) {
    p++;
    int start = 0;
    if (sscanf(p, "@@ -%d", &start) != 1) return -1;
    int keep_to = start == 0 ? 0 : start - 1; /* "-0,0": before the first line */
    const char *comma = strchr(p, ','), *space = strchr(p + 4, ' ');
    if (comma && comma < space && strtol(comma + 1, NULL, 10) == 0) keep_to = start;
    for (; at < keep_to; at++) memcpy(out + n, a[at].p, a[at].n), n += a[at].n;
    p = strchr(p, '\n') + 1;
    while (*p && *p != '@') {
      const char *e = strchr(p, '\n');
      size_t len = (size_t)(e - p);
      int bare = strncmp(e + 1, "\\ No newline", 12) == 0;
      if (*p == '+') memcpy(out + n, p + 1, len - 1), n += len - 1, out[n++] = '\n';
      if (*p == ' ' || *p == '-') at++;
      if (*p == ' ') memcpy(out + n, p + 1, len - 1), n += len - 1, out[n++] = '\n';
      if (bare && *p != '-') n--;
      p = bare ? strchr(e + 1, '\n') + 1 : e + 1;
    }
    p = *p ? p - 1 : NULL;
  }
  for (; at < na; at++) memcpy(out + n, a[at].p, a[at].n), n += a[at].n;
  if (n > cap) abort();
  out[n] = 0;
  return (int)n;
}

static int lcs(Line *a, int na, Line *b, int nb) {
  int *t = calloc((size_t)(na + 1) * (size_t)(nb + 1), sizeof *t);
  for (int i = na - 1; i >= 0; i--)
    for (int j = nb - 1; j >= 0; j--) {
      int *c = &t[i * (nb + 1) + j];
      Diff d = {a, b, na, nb, 0, 0, 0, 0};
      *c = same(&d, i, j) ? t[(i + 1) * (nb + 1) + j + 1] + 1
                          : t[(i + 1) * (nb + 1) + j] > t[i * (nb + 1) + j + 1]
                                ? t[(i + 1) * (nb + 1) + j]
                                : t[i * (nb + 1) + j + 1];
    }
  int r = t[0];
  free(t);
  return r;
}

static void random_text(char *s, int lines, int alphabet, int bare_end) {
  size_t n = 0;
  for (int i = 0; i < lines; i++) {
    n += (size_t)sprintf(s + n, "line %c", 'a' + rand() % alphabet);
    if (i + 1 < lines || !bare_end) s[n++] = '\n';
  }
  s[n] = 0;
}

static void test_random_pairs(void) {
  srand(7);
  int good = 0, runs = 3000;
  for (int r = 0; r < runs; r++) {
    static char a[4096], b[4096], out[8192];
    random_text(a, rand() % 40, 2 + rand() % 5, rand() % 4 == 0);
    random_text(b, rand() % 40, 2 + rand() % 5, rand() % 4 == 0);
    char *diff = NULL;
    size_t dn = 0;
    FILE *f = open_memstream(&diff, &dn);
    fmt_diff(f, "t.wg", a, strlen(a), b, strlen(b));
    fclose(f);
    Line *la, *lb;
    int na = split_lines(a, strlen(a), &la), nb = split_lines(b, strlen(b), &lb);
    int changed = 0;
    for (const char *p = strchr(diff, '\n'); p; p = strchr(p + 1, '\n'))
      changed += (p[1] == '+' || p[1] == '-') && p[2] != '+' && p[2] != '-';
    int ok = (dn == 0) == (strcmp(a, b) == 0) && apply(diff, la, na, out, sizeof out) >= 0 &&
             strcmp(out, b) == 0 && changed == na + nb - 2 * lcs(la, na, lb, nb);
    if (!ok && good == r) printf("FAIL\n--a--\n%s--b--\n%s--diff--\n%s", a, b, diff);
    good += ok;
    free(diff);
    free(la);
    free(lb);
  }
  CHECK_INT(good, runs);
}

static void test_format(void) {
  char *diff = NULL;
  size_t dn = 0;
  FILE *f = open_memstream(&diff, &dn);
  fmt_diff(f, "x.wg", "a\nb\nc\nd\ne\nf\ng\nh\n", 16, "a\nb\nc\nD\ne\nf\ng\nh", 15);
  fclose(f);
  CHECK_STR(diff, "--- a/x.wg\n+++ b/x.wg\n@@ -1,8 +1,8 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n"
                  "-h\n+h\n\\ No newline at end of file\n");
  free(diff);
}

/* fmt_diff_runs, as the language server sends them: applied from the
** last to the first, they turn a into b; they change no more lines than
** the diff does, and come in order, apart. */
typedef struct Runs {
  size_t a_off[256], a_len[256], b_off[256], b_len[256];
  int n;
} Runs;

static void collect(void *ctx, size_t a_off, size_t a_len, size_t b_off, size_t b_len) {
  Runs *r = ctx;
  r->a_off[r->n] = a_off, r->a_len[r->n] = a_len, r->b_off[r->n] = b_off, r->b_len[r->n] = b_len;
  r->n++;
}

static void test_runs(void) {
  srand(11);
  int good = 0, runs = 3000;
  for (int k = 0; k < runs; k++) {
    static char a[4096], b[4096], out[8192];
    random_text(a, rand() % 40, 2 + rand() % 5, rand() % 4 == 0);
    random_text(b, rand() % 40, 2 + rand() % 5, rand() % 4 == 0);
    Runs r = {.n = 0};
    fmt_diff_runs(a, strlen(a), b, strlen(b), collect, &r);
    strcpy(out, a);
    int ok = (r.n == 0) == (strcmp(a, b) == 0);
    for (int i = r.n - 1; i >= 0; i--) {
      ok &= i == 0 || r.a_off[i - 1] + r.a_len[i - 1] < r.a_off[i] || r.a_len[i - 1] == 0;
      memmove(out + r.a_off[i] + r.b_len[i], out + r.a_off[i] + r.a_len[i],
              strlen(out + r.a_off[i] + r.a_len[i]) + 1);
      memcpy(out + r.a_off[i], b + r.b_off[i], r.b_len[i]);
    }
    Line *la, *lb;
    int na = split_lines(a, strlen(a), &la), nb = split_lines(b, strlen(b), &lb);
    int changed = 0;
    for (int i = 0; i < r.n; i++) {
      for (size_t j = r.a_off[i]; j < r.a_off[i] + r.a_len[i]; j++) changed += a[j] == '\n';
      for (size_t j = r.b_off[i]; j < r.b_off[i] + r.b_len[i]; j++) changed += b[j] == '\n';
      changed += r.a_len[i] && a[r.a_off[i] + r.a_len[i] - 1] != '\n';
      changed += r.b_len[i] && b[r.b_off[i] + r.b_len[i] - 1] != '\n';
    }
    ok = ok && strcmp(out, b) == 0 && changed == na + nb - 2 * lcs(la, na, lb, nb);
    if (!ok && good == k) printf("FAIL runs\n--a--\n%s--b--\n%s--got--\n%s", a, b, out);
    good += ok;
    free(la);
    free(lb);
  }
  CHECK_INT(good, runs);
}

int main(void) {
  test_random_pairs();
  test_format();
  test_runs();
  UNIT_END();
}
