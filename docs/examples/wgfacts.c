/* wgfacts: what libwg says of a charter. Build it against an installed
** libwg with:  cc wgfacts.c $(pkg-config --cflags --libs wg) -o wgfacts
** Run it as:  ./wgfacts charter.wg [NAME]                                */
#include <stdio.h>
#include <stdlib.h>
#include <wg.h>

/* The file's bytes (*n of them), or NULL. */
static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  char *text = size >= 0 ? malloc((size_t)size + 1) : NULL;
  rewind(f);
  if (text && fread(text, 1, (size_t)size, f) != (size_t)size) {
    free(text);
    text = NULL;
  }
  fclose(f);
  *n = (size_t)size;
  return text;
}

static const char *day(wg_date t, char buf[11]) {
  if (t == WG_NODATE) return "no date";
  wg_date_format(t, buf);
  return buf;
}

int main(int argc, char **argv) {
  size_t n;
  char *text = argc > 1 ? slurp(argv[1], &n) : NULL;
  if (!text) return fprintf(stderr, "usage: wgfacts FILE.wg [NAME]\n"), 2;

  wg_options *opt = wg_options_new();
  wg_doc *doc;
  int rc = opt ? wg_load(text, n, argv[1], opt, &doc) : WG_ERR_NOMEM;
  free(text);
  wg_options_free(opt);
  if (rc != WG_OK) return fprintf(stderr, "wgfacts: %s\n", wg_strerror(rc)), 2;

  /* Its mistakes, with their places. */
  for (int i = 0; i < wg_diag_count(doc); i++) {
    const wg_diag *d = wg_diag_get(doc, i);
    int line, col;
    wg_doc_position(doc, d->at.off, &line, &col);
    printf("%d:%d: WG%d %s: %s\n", line, col, d->code, d->name, d->message);
  }

  /* Its model: the group, its items and the critical path. */
  const wg_charter *c = wg_doc_charter(doc);
  char buf[11];
  printf("%s: %s\n", c->wg.id ? c->wg.id : "?", c->wg.title ? c->wg.title : "?");
  for (int i = 0; i < c->nitems; i++) {
    const wg_item *it = &c->items[i];
    printf("  %s, due %s, owned by", it->id, day(it->due.date, buf));
    for (int k = 0; k < it->nowners; k++) printf(" %s", it->owners[k].name);
    printf("\n");
  }
  int npath;
  const int *path = wg_charter_critical_path(c, &npath);
  printf("critical path:");
  for (int i = 0; i < npath; i++) printf(" %s", c->items[path[i]].id);
  printf("\n");

  /* Its seats, as the checker counts them (-1: not known). */
  wg_seats *seats = malloc(((size_t)c->comp.ngroups + 1) * sizeof *seats), total;
  if (seats) {
    wg_seat_counts(c, seats, &total);
    printf("seats: %lld", total.seats);
    for (int k = 0; k < c->comp.ntop; k++)
      printf(" %s %lld", c->comp.groups[c->comp.top[k]].id, seats[c->comp.top[k]].seats);
    printf("\n");
    free(seats);
  }

  /* Where a name is declared and used. */
  wg_symbol sym;
  if (argc > 2 && wg_doc_lookup(doc, argv[2], &sym)) {
    wg_span at[64];
    int total = wg_doc_references(doc, &sym, at, 64);
    printf("%s is named %d times:", sym.id, total);
    for (int i = 0; i < total && i < 64; i++) {
      int line, col;
      wg_doc_position(doc, at[i].off, &line, &col);
      printf(" %d:%d", line, col);
    }
    printf("\n");
  }
  wg_free(doc);
  return 0;
}
