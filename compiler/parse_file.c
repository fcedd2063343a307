/*
** Parsing a whole file, on both cores when it is large.
**
** Most of checking a large charter is lexing and parsing it (docs/
** performance.md), and top-level statements parse independently of each
** other. So a file of PARALLEL_MIN bytes or more is cut in two at the
** start of a line near its middle, each half is parsed into a context of
** its own, one in a second thread, and the two trees are joined.
**
** The cut is a guess made without lexing: the line might sit inside a
** block or a long string. The guess is kept only if both halves parse
** with no diagnostic at all and no token crosses the cut; then the
** joined tree is the one a single pass builds. Otherwise the halves are
** thrown away and the file is parsed again in one pass, which reports
** any errors exactly as it always would.
*/
#include <pthread.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "parse_driver.h"
#include "tree.h"
#include "../runtime/alloc.h"

enum { PARALLEL_MIN = 1 << 20 };

/* Aligned so that the two parts' contexts, written at every token by
** their own threads, share no cache line. */
typedef struct Part {
  _Alignas(64) Ctx c;
  uint32_t from, to;
  int bad_utf8; /* it holds a byte that is not UTF-8: not parsed */
  int oom;      /* memory ran out while parsing it */
  const Source *src;
} Part;

/* Each part checks its own bytes for UTF-8, which the lexer takes for
** granted; as the cut follows a line end, no character spans it. Memory
** running out is caught here, in the part's own thread, and passed on
** once both are done (parse_halves). */
static void parse(Part *p) {
  wg_try t;
  if (WG_TRY(&t)) {
    compile_init_part(&p->c, p->src, p->to - p->from);
    p->bad_utf8 = src_invalid_utf8_in(p->c.src, p->from, p->to) >= 0;
    if (!p->bad_utf8) parse_part(&p->c, p->from, p->to);
  } else {
    p->oom = 1;
  }
  wg_try_end(&t);
}

static void *parse_in_thread(void *arg) {
  parse(arg);
  return NULL;
}

/* Where to cut: the start of the first line from the middle on that
** begins with a lowercase letter, as top-level declarations do; 0 if
** there is none. */
static uint32_t find_cut(const Source *src) {
  const char *s = src->text, *end = s + src->len;
  const char *p = s + src->bom + (src->len - src->bom) / 2;
  while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
    p++;
    if (p < end && *p >= 'a' && *p <= 'z') return (uint32_t)(p - s);
  }
  return 0;
}

static int parsed_cleanly(const Part *p) {
  return !p->bad_utf8 && !p->c.syntax_errors && !p->c.fatal && p->c.diags.n == 0 && p->c.root;
}

/* The values of a list, and the parts of those that have some (an
** offset, a pair: docs/language.md), numbered `by` later. */
static void renumber_values(Value *v, uint32_t by) {
  for (; v; v = v->next) {
    v->n += by;
    if (tree_compound(v)) renumber_values(v->parts, by);
  }
}

/* Numbers b's nodes after a's: node numbers index the checker's tables. */
static void renumber(Decl *d, const Ctx *a) {
  for (; d; d = d->next) {
    d->n += a->ndecl_nodes;
    renumber_values(d->name, a->nvals);
    renumber_values(d->title, a->nvals);
    for (Prop *p = d->props; p; p = p->next) {
      p->n += a->nprops;
      renumber_values(p->vals, a->nvals);
    }
    renumber(d->children, a);
  }
}

/* The spans of a, then those of b, into c. */
static void join_spans(SpanList *c, const SpanList *a, const SpanList *b) {
  for (uint32_t i = 0; i < a->n; i++) compile_keep(c, a->v[i]);
  for (uint32_t i = 0; i < b->n; i++) compile_keep(c, b->v[i]);
}

/* Moves the tree of b behind that of a, and everything b allocated into c. */
static void join(Ctx *c, Part *a, Part *b) {
  renumber(b->c.root->children, &a->c);
  for (Prop *p = b->c.root->props; p; p = p->next) {
    p->n += a->c.nprops;
    renumber_values(p->vals, a->c.nvals);
  }
  for (Decl *d = b->c.root->children; d; d = d->next) d->parent = a->c.root;
  c->nvals = a->c.nvals + b->c.nvals;
  c->nprops = a->c.nprops + b->c.nprops;
  c->ndecl_nodes = a->c.ndecl_nodes + b->c.ndecl_nodes;
  join_spans(&c->comments, &a->c.comments, &b->c.comments);
  join_spans(&c->skipped, &a->c.skipped, &b->c.skipped);
  Decl *root = a->c.root;
  Prop **ptail = &root->props;
  while (*ptail) ptail = &(*ptail)->next;
  *ptail = b->c.root->props;
  Decl **dtail = &root->children;
  while (*dtail) dtail = &(*dtail)->next;
  *dtail = b->c.root->children;
  c->root = root;
  for (int k = 0; k < WG_NKINDS; k++) c->ndecls[k] = a->c.ndecls[k] + b->c.ndecls[k];
  Part *parts[] = {a, b};
  for (int i = 0; i < 2; i++) {
    wg_arena_adopt(c->arena, parts[i]->c.arena);
    wg_arena_adopt(c->decls, parts[i]->c.decls);
    parts[i]->c.arena = parts[i]->c.decls = NULL;
  }
}

/* Parses the two halves, the second in a thread of its own when one can
** be started; returns 1 and fills c if both came out clean. */
static int parse_halves(Ctx *c, uint32_t cut) {
  const Source *src = c->src;
  Part a = {.from = src->bom, .to = cut, .src = src}, b = {.from = cut, .to = src->len, .src = src};
  pthread_t thread;
  int threaded = pthread_create(&thread, NULL, parse_in_thread, &b) == 0;
  parse(&a);
  if (threaded) pthread_join(thread, NULL);
  else parse(&b);
  int oom = a.oom || b.oom;
  int ok = !oom && parsed_cleanly(&a) && parsed_cleanly(&b);
  if (ok) join(c, &a, &b);
  compile_done(&a.c);
  compile_done(&b.c);
  if (oom) wg_oom();
  return ok;
}

int parse_file_split(Ctx *c, uint32_t parallel_min) {
  uint32_t cut = c->src->len >= parallel_min ? find_cut(c->src) : 0;
  if (cut && parse_halves(c, cut)) return 1; /* the halves' name sets are freed */
  int64_t bad = src_invalid_utf8(c->src);
  if (bad >= 0) {
    diag_report(c, RULE_INVALID_UTF8, (wg_span){(uint32_t)bad, 1}, "%s",
                "this byte is not valid UTF-8: save the file as UTF-8");
    c->syntax_errors++;
    return 0;
  }
  parse_whole(c);
  tree_names_free(c);
  return 0;
}

/* On one core a second thread only adds work. */
void parse_file(Ctx *c) {
  (void)parse_file_split(c, sysconf(_SC_NPROCESSORS_ONLN) >= 2 ? PARALLEL_MIN : UINT32_MAX);
}
