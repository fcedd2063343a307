/*
** The formatter's layout (docs/style.md). The tree says what every token
** is; this file decides only what goes between tokens: line ends,
** indentation, single spaces, and where each comment goes. Tokens are
** copied as written, but for strings (their simplest quoting) and the
** spacing inside a value (`2013-05-30 .. 2013-05-31` loses its spaces).
**
** Comments are written in source order, each in the place its position
** gives it: after the token it follows on its line (a trailing comment),
** or on a line of its own before the next token. Every comment between
** two tokens is written before the second, so none is lost or reordered
** whatever the layout around it.
*/
#include "fmt.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "tree.h"
#include "../runtime/alloc.h"

enum { WIDTH = 80, INDENT = 2, ONE_LINE_PROPS = 2 };

typedef struct Buf {
  char *p;
  size_t n, cap;
} Buf;

typedef struct Fmt {
  const Ctx *c;
  const char *s;        /* the source */
  Buf out;
  Buf tmp;              /* a value, rendered before it is placed */
  const char *eol;      /* "\n", or "\r\n" in a CRLF file */
  uint32_t eol_len;
  uint32_t at;          /* the source is written up to here */
  uint32_t comment;     /* the next comment to write, in c->comments */
  int col;              /* display columns on the current line */
  int indent;           /* columns of indentation the current line gets */
  int bol;              /* nothing written on the current line yet */
  int ends_comment;     /* the current line ends with a comment */
  int nl_run;           /* line ends since the last text: 2 means a blank line */
  uint32_t lines;       /* line ends written (a trial layout that wrapped) */
  int prev_multi;       /* the last top-level statement took several lines */
  int lost;             /* a byte that is neither a token nor trivia was met */
  const Decl *decided;  /* a declaration whose block was measured ahead */
  int decided_one;      /* and whether it goes on one line */
  FmtMap *map;
} Fmt;

/* --- Output -------------------------------------------------------------- */

static void buf_grow(Buf *b, size_t k) {
  size_t cap = b->cap ? b->cap : 4096;
  while (cap < b->n + k) cap *= 2;
  b->p = wg_xrealloc(b->p, cap);
  b->cap = cap;
}

static inline void buf_reserve(Buf *b, size_t k) {
  if (!b->p || b->n + k > b->cap) buf_grow(b, k);
}

static inline void buf_add(Buf *b, const char *s, size_t n) {
  buf_reserve(b, n);
  memcpy(b->p + b->n, s, n);
  b->n += n;
}

/* Display columns of n bytes on one line: wide characters take two.
** ASCII, most of a charter, is found eight bytes at a time. */
static int width(const char *p, size_t n) {
  size_t i = 0;
  for (uint64_t w; i + 8 <= n; i += 8) {
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080u) break;
  }
  for (; i < n; i++)
    if ((unsigned char)p[i] >= 0x80) return (int)i + src_width(p + i, (uint32_t)(n - i));
  return (int)n;
}

/* What a byte is, for the loops that look at every byte. */
enum { C_TRIVIA = 1, C_BLANK = 2, C_PLAIN = 4 };
static unsigned char byte_class[256];

/* Fills byte_class, once per process (pthread_once: charters may be
** formatted on several threads): trivia (blanks, line ends, the commas
** and semicolons the layout writes itself), blanks, and the characters a
** quoted string holds as they are (printable ASCII but `"` and `\`). */
static void classes(void) {
  for (int ch = 0x20; ch < 0x7f; ch++) byte_class[ch] = C_PLAIN;
  byte_class['"'] = byte_class['\\'] = 0;
  const char *trivia = " \t\r\n,;", *blank = " \t\r\n";
  for (const char *t = trivia; *t; t++) byte_class[(unsigned char)*t] |= C_TRIVIA;
  for (const char *t = blank; *t; t++) byte_class[(unsigned char)*t] |= C_BLANK;
}

/* The current line's indentation, written only with its first text, so
** that no line ends in spaces. */
static void text_start(Fmt *f) {
  if (!f->bol) return;
  buf_reserve(&f->out, (size_t)f->indent);
  memset(f->out.p + f->out.n, ' ', (size_t)f->indent);
  f->out.n += (size_t)f->indent;
  f->col = f->indent;
  f->bol = 0;
  f->nl_run = 0;
}

/* Writes n bytes that hold no line end. */
static void put(Fmt *f, const char *s, size_t n) {
  text_start(f);
  buf_add(&f->out, s, n);
  f->col += width(s, n);
}

static void newline(Fmt *f) {
  buf_add(&f->out, f->eol, f->eol_len);
  f->col = 0;
  f->bol = 1;
  f->ends_comment = 0;
  f->nl_run++;
  f->lines++;
}

/* Ends the current line, if anything is on it; the next text starts at
** column col, after a blank line if `blank` (never two, and none at the
** top of the file, where nl_run starts at 2). */
static void begin_line(Fmt *f, int col, int blank) {
  if (!f->bol) newline(f);
  if (blank && f->nl_run < 2) newline(f);
  f->indent = col;
}

/* --- Comments and blank lines ---------------------------------------------- */

/* Line ends in the source from a to b, counted up to 2 (a blank line). */
static int line_ends(const char *s, uint32_t a, uint32_t b) {
  int n = 0;
  for (const char *p = s + a, *e = s + b; p < e && n < 2; p++, n++) {
    p = memchr(p, '\n', (size_t)(e - p));
    if (!p) break;
  }
  return n;
}

/* The same, and whether the bytes from a to b are all trivia: anything
** else would be lost, a token the tree does not hold where the formatter
** looks for it (a value form added to the language and not to this
** file). Sets *lost then. */
static int gap_ends(const char *s, uint32_t a, uint32_t b, int *lost) {
  int n = 0;
  for (uint32_t i = a; i < b; i++) {
    unsigned char ch = (unsigned char)s[i];
    n += ch == '\n';
    if (!(byte_class[ch] & C_TRIVIA)) *lost = 1;
  }
  return n < 2 ? n : 2;
}

/* The comments between the last token written and the token at `to`. */
typedef struct Gap {
  uint32_t to;
  uint32_t first, end; /* in c->comments */
  int trailing;        /* the first stays on the line of the token before */
  int items;           /* comments on lines of their own; item `items` is the token */
  int group;           /* the first item after the last blank line: the
                          comments right above the token, and the token */
  int blank;           /* a blank line right before the token */
} Gap;

static void gap_scan(Fmt *f, uint32_t to, Gap *g) {
  const SpanList *cs = &f->c->comments;
  uint32_t k = f->comment, pos = f->at;
  *g = (Gap){to, k, k, 0, 0, 0, 0};
  for (; k < cs->n && cs->v[k].off < to; k++) {
    int ends = gap_ends(f->s, pos, cs->v[k].off, &f->lost);
    if (k == g->first && ends == 0 && !f->bol && !f->ends_comment) {
      g->trailing = 1;
    } else {
      if (ends == 2) g->group = g->items;
      g->items++;
    }
    pos = cs->v[k].off + cs->v[k].len;
  }
  g->end = k;
  g->blank = gap_ends(f->s, pos, to, &f->lost) == 2;
  if (g->blank) g->group = g->items;
}

/* Where a blank line may go (docs/style.md, "Blank lines"). */
enum {
  GAP_BLANKS = 1,      /* as written, one at most */
  GAP_NO_FIRST = 2,    /* but not before the first item: right after `{` */
  GAP_NO_TOKEN = 4,    /* nor before the token: `}` or the end of the file */
  GAP_FORCE_FIRST = 8, /* one before the first item: after a top-level block */
  GAP_FORCE_GROUP = 16 /* one above the comments right above the token: before one */
};

static int blank_before(int flags, const Gap *g, int i, int written) {
  if (i == g->items && (flags & GAP_NO_TOKEN)) return 0;
  if (i == 0 && (flags & GAP_FORCE_FIRST)) return 1;
  if (i == g->group && (flags & GAP_FORCE_GROUP)) return 1;
  if (!(flags & GAP_BLANKS) || !written) return 0;
  return !(i == 0 && (flags & GAP_NO_FIRST));
}

/* Comment k, without the blanks that may end it. */
static void put_comment(Fmt *f, wg_span k) {
  const char *s = f->s + k.off;
  size_t n = k.len;
  while (n > 1 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\f' ||
                   s[n - 1] == '\v'))
    n--;
  put(f, s, n);
  f->ends_comment = 1;
}

/* Writes the gap's comments, those on lines of their own at column col;
** returns whether the token follows a blank line. */
static int gap_write(Fmt *f, const Gap *g, int col, int flags) {
  const wg_span *v = f->c->comments.v;
  uint32_t pos = f->at, k = g->first;
  if (g->trailing) {
    put(f, " ", 1);
    put_comment(f, v[k]);
    pos = v[k].off + v[k].len;
    k++;
  }
  for (int i = 0;; i++, k++) {
    if (i == g->items) {
      f->comment = g->end;
      return blank_before(flags, g, i, g->blank);
    }
    int blank = blank_before(flags, g, i, line_ends(f->s, pos, v[k].off) == 2);
    begin_line(f, col, blank);
    put_comment(f, v[k]);
    pos = v[k].off + v[k].len;
  }
}

/* --- Values ------------------------------------------------------------------ */

/* A character that does not show, written as an escape: controls, format
** characters, line and paragraph separators, spaces but the plain one. */
static int invisible(int32_t cp) {
  if (cp < 0x20 || cp == 0x7f) return 1;
  if (cp < 0x80) return 0;
  utf8proc_category_t k = utf8proc_category(cp);
  return k == UTF8PROC_CATEGORY_CC || k == UTF8PROC_CATEGORY_CF || k == UTF8PROC_CATEGORY_ZL ||
         k == UTF8PROC_CATEGORY_ZP || k == UTF8PROC_CATEGORY_ZS;
}

/* A string between single quotes, escaping only what must be: `"`, `\`,
** line feeds and tabs, and characters that do not show. */
static void render_quoted(const char *text, Buf *b) {
  buf_add(b, "\"", 1);
  const unsigned char *p = (const unsigned char *)text;
  while (*p) {
    const unsigned char *q = p;
    while (byte_class[*q] & C_PLAIN) q++;
    buf_add(b, (const char *)p, (size_t)(q - p));
    if (!*q) break;
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(q, -1, &cp);
    if (n <= 0) cp = *q, n = 1; /* not reached: the lexer checked the text */
    char esc[16];
    if (cp == '"' || cp == '\\') buf_add(b, esc, (size_t)snprintf(esc, sizeof esc, "\\%c", (char)cp));
    else if (cp == '\n') buf_add(b, "\\n", 2);
    else if (cp == '\t') buf_add(b, "\\t", 2);
    else if (invisible(cp)) buf_add(b, esc, (size_t)snprintf(esc, sizeof esc, "\\u{%X}", (unsigned)cp));
    else buf_add(b, (const char *)q, (size_t)n);
    p = q + n;
  }
  buf_add(b, "\"", 1);
}

/* Whether a carriage return stands on its own (not before a line feed). */
static int lone_cr(const char *s, const char *e) {
  for (const char *p = s; (p = memchr(p, '\r', (size_t)(e - p))) != NULL; p++)
    if (p + 1 == e || p[1] != '\n') return 1;
  return 0;
}

/* A """ string that spans lines, as written but for its line ends,
** which become the file's; written exactly as it is if it holds a
** carriage return of its own, which a line end written after it would
** turn into part of one (the value would change). */
static void render_long(const Fmt *f, wg_span at, Buf *b) {
  const char *s = f->s + at.off, *e = s + at.len;
  if (lone_cr(s, e)) {
    buf_add(b, s, at.len);
    return;
  }
  for (const char *p = s;;) {
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    const char *end = nl ? nl : e;
    buf_add(b, p, (size_t)(end - p - (nl && end > p && end[-1] == '\r')));
    if (!nl) return;
    buf_add(b, f->eol, f->eol_len);
    p = nl + 1;
  }
}

/* Any other value: its tokens as written, one space between two, none
** beside a `.` or `..` (paths and ranges: tree_plain). Generic on
** purpose: a value form the language adds is written right without a
** change here. */
static void render_plain(const char *s, uint32_t n, Buf *b) {
  uint32_t k = 0; /* most values are one token: eight bytes at a time, none below '!' */
  for (uint64_t w; k + 8 <= n; k += 8) {
    memcpy(&w, s + k, 8);
    if ((w - 0x2121212121212121u) & ~w & 0x8080808080808080u) break;
  }
  while (k < n && (unsigned char)s[k] > ' ') k++;
  if (k == n) {
    buf_add(b, s, n);
    return;
  }
  buf_reserve(b, n);
  b->n += tree_plain(s, n, b->p + b->n);
}

/* Appends value v, rendered, to b. */
static void render(const Fmt *f, const Value *v, Buf *b) {
  if (v->type != V_STRING) render_plain(f->s + v->at.off, v->at.len, b);
  else if (v->at.len >= 6 && memcmp(f->s + v->at.off, "\"\"\"", 3) == 0 && strchr(v->s, '\n'))
    render_long(f, v->at, b);
  else render_quoted(v->s, b);
}

/* Display columns of b's first line. */
static int first_width(const Buf *b) {
  const char *nl = memchr(b->p, '\n', b->n);
  return width(b->p, nl ? (size_t)(nl - b->p) : b->n);
}

/* Moves the column over the value just written from output offset
** `from`, which may span lines (a long string). */
static void written(Fmt *f, const Value *v, size_t from) {
  const char *p = f->out.p + from, *e = f->out.p + f->out.n, *line = p;
  if (v->type == V_STRING && p[1] == '"') /* only a """ string has line ends */
    for (const char *q = p; (q = memchr(q, '\n', (size_t)(e - q))) != NULL; line = ++q) {}
  f->col = (line > p ? 0 : f->col) + width(line, (size_t)(e - line));
  f->at = v->at.off + v->at.len;
}

/* A value rendered in f->tmp. */
static void place(Fmt *f, const Value *v) {
  text_start(f);
  size_t from = f->out.n;
  buf_add(&f->out, f->tmp.p, f->tmp.n);
  written(f, v, from);
}

static void lone_value(Fmt *f, const Value *v) {
  text_start(f);
  size_t from = f->out.n;
  render(f, v, &f->out);
  written(f, v, from);
}

/* A value after the first of a list, after its comma: on the same line
** if it fits in WIDTH columns, with its comma; else on the next, under
** the first value (column align). A comment after the comma ends the line. */
static void list_value(Fmt *f, const Value *v, int align) {
  put(f, ",", 1);
  Gap g;
  gap_scan(f, v->at.off, &g);
  if (g.end > g.first) gap_write(f, &g, align, 0);
  f->tmp.n = 0;
  render(f, v, &f->tmp);
  if (f->ends_comment || f->col + 1 + first_width(&f->tmp) + (v->next != NULL) > WIDTH)
    begin_line(f, align, 0);
  else put(f, " ", 1);
  place(f, v);
}

/* --- Statements ---------------------------------------------------------------- */

static void mark(uint32_t *v, uint32_t n, size_t at) {
  if (v) v[n] = (uint32_t)at;
}

static void write_prop(Fmt *f, const Prop *p) {
  mark(f->map ? f->map->prop_from : NULL, p->n, f->out.n);
  put(f, f->s + p->at.off, p->key_len);
  f->at = p->at.off + p->key_len;
  if (p->vals) {
    put(f, " ", 1);
    int align = f->col;
    lone_value(f, p->vals);
    for (const Value *v = p->vals->next; v; v = v->next) list_value(f, v, align);
  }
  mark(f->map ? f->map->prop_to : NULL, p->n, f->out.n);
}

static void write_head(Fmt *f, const Decl *d) {
  put(f, f->s + d->kw_at.off, d->kw_at.len);
  f->at = d->kw_at.off + d->kw_at.len;
  if (d->name) put(f, " ", 1), lone_value(f, d->name);
  if (d->title) put(f, " ", 1), lone_value(f, d->title);
  for (const Prop *p = d->props; p && p->inline_; p = p->next) put(f, " ", 1), write_prop(f, p);
}

static const Prop *block_props(const Decl *d) {
  const Prop *p = d->props;
  while (p && p->inline_) p = p->next;
  return p;
}

/* A block that may go on one line (docs/style.md, "Blocks"): empty, or
** written on one line with one or two properties. Neither can hold a
** comment but before its `{`, which then goes after it. */
static int one_line_kind(const Fmt *f, const Decl *d) {
  if (d->rbrace == TREE_NONE) return 0;
  if (d->children) return 0;
  const SpanList *cs = &f->c->comments;
  uint32_t k = f->comment;
  while (k < cs->n && cs->v[k].off < d->kw_at.off) k++;
  if (k < cs->n && cs->v[k].off < d->rbrace) return 0;
  int n = 0;
  for (const Prop *p = block_props(d); p; p = p->next) n++;
  if (n == 0) return 1;
  return n <= ONE_LINE_PROPS && !memchr(f->s + d->lbrace, '\n', d->rbrace - d->lbrace);
}

static void write_one_line(Fmt *f, const Decl *d) {
  const Prop *p = block_props(d);
  if (!p) {
    put(f, " {}", 3);
  } else {
    put(f, " {", 2);
    for (; p; p = p->next) put(f, " ", 1), write_prop(f, p), put(f, p->next ? ";" : " }", p->next ? 1 : 2);
  }
  f->at = d->rbrace + 1;
}

/* Puts f back as it was at `saved`, keeping its buffers. */
static void restore(Fmt *f, const Fmt *saved) {
  Buf out = f->out, tmp = f->tmp;
  *f = *saved;
  f->out = out;
  f->out.n = saved->out.n;
  f->tmp = tmp;
}

/* Whether d's block goes on one line: it may, and the whole line then
** fits in WIDTH columns. Measured by writing it and taking it back;
** `ahead` when d's head is not written yet (it will start a line at
** column indent). */
static int one_line(Fmt *f, const Decl *d, int ahead, int indent) {
  if (!one_line_kind(f, d)) return 0;
  if (!block_props(d)) return 1;
  Fmt saved = *f;
  if (ahead) { /* the comments above d will have been written */
    const SpanList *cs = &f->c->comments;
    while (f->comment < cs->n && cs->v[f->comment].off < d->kw_at.off) f->comment++;
    f->bol = 1;
    f->indent = indent;
    write_head(f, d);
  }
  write_one_line(f, d);
  int fits = f->lines == saved.lines && f->col <= WIDTH;
  restore(f, &saved);
  return fits;
}

static void write_body(Fmt *f, const Decl *d, int indent, int top);

static void write_block(Fmt *f, const Decl *d, int indent) {
  int one = f->decided == d ? f->decided_one : one_line(f, d, 0, indent);
  f->decided = NULL;
  if (one) {
    write_one_line(f, d);
    return;
  }
  put(f, " {", 2);
  Gap g;
  gap_scan(f, d->lbrace, &g); /* comments before the `{` go after it */
  gap_write(f, &g, indent + INDENT, 0);
  f->at = d->lbrace + 1;
  write_body(f, d, indent + INDENT, 0);
  int empty = !block_props(d) && !d->children;
  gap_scan(f, d->rbrace, &g);
  gap_write(f, &g, indent + INDENT, GAP_BLANKS | GAP_NO_TOKEN | (empty ? GAP_NO_FIRST : 0));
  begin_line(f, indent, 0);
  put(f, "}", 1);
  f->at = d->rbrace + 1;
}

static void write_decl(Fmt *f, const Decl *d, int indent) {
  mark(f->map ? f->map->decl_from : NULL, d->n, f->out.n);
  if (d->kind == DECL_BROKEN) { /* not reached: files with syntax errors are not formatted */
    f->lost = 1;
    f->at = d->at.off + d->at.len;
  } else {
    write_head(f, d);
    if (d->lbrace != TREE_NONE) write_block(f, d, indent);
  }
  mark(f->map ? f->map->decl_to : NULL, d->n, f->out.n);
}

/* Whether a top-level declaration takes several lines: a block that does
** not go on one line. The answer is kept for write_block. */
static int multi_line(Fmt *f, const Decl *d) {
  if (d->kind < 0 || d->lbrace == TREE_NONE) return 0;
  f->decided = d;
  f->decided_one = one_line(f, d, 1, 0);
  return !f->decided_one;
}

/* The statements of a block (or of the file, `top`) in source order,
** each on a line of its own, the comments between them where they were. */
static void write_body(Fmt *f, const Decl *d, int indent, int top) {
  const Prop *p = block_props(d);
  const Decl *k = d->children;
  int first = 1, prev_multi = 0;
  while (p || k) {
    int is_prop = p && (!k || p->at.off < k->at.off);
    int multi = top && !is_prop && multi_line(f, k);
    int flags = GAP_BLANKS | (first && !top ? GAP_NO_FIRST : 0) |
                (prev_multi ? GAP_FORCE_FIRST : 0) | (multi ? GAP_FORCE_GROUP : 0);
    Gap g;
    gap_scan(f, is_prop ? p->at.off : k->at.off, &g);
    begin_line(f, indent, gap_write(f, &g, indent, flags));
    if (is_prop) {
      write_prop(f, p);
      p = p->next;
    } else {
      write_decl(f, k, indent);
      k = k->next;
    }
    first = 0;
    prev_multi = multi;
  }
  f->prev_multi = prev_multi;
}

/* --- The whole file -------------------------------------------------------------- */

/* Whether the file's first line end (not one inside a string) is CRLF:
** then all of them are written so. */
static int crlf_file(const char *s, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    if (s[i] == '#' || s[i] == '\n') {
      const char *nl = memchr(s + i, '\n', n - i);
      return nl && nl > s && nl[-1] == '\r';
    }
    if (s[i] != '"') continue;
    if (i + 2 < n && s[i + 1] == '"' && s[i + 2] == '"') {
      for (i += 3; i + 2 < n && !(s[i] == '"' && s[i + 1] == '"' && s[i + 2] == '"'); i++) {}
      i += 2;
    } else {
      for (i++; i < n && s[i] != '"'; i++) i += s[i] == '\\';
    }
  }
  return 0;
}

static void layout(Fmt *f) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, classes);
  const Source *src = f->c->src;
  int crlf = crlf_file(src->text, src->len);
  f->eol = crlf ? "\r\n" : "\n";
  f->eol_len = crlf ? 2 : 1;
  buf_reserve(&f->out, src->len + src->len / 8 + 64); /* about the size it will be */
  buf_add(&f->out, src->text, src->bom);                /* a byte-order mark stays */
  f->at = src->bom;
  f->bol = 1;
  f->nl_run = 2;
  write_body(f, f->c->root, 0, 1);
  Gap g;
  gap_scan(f, src->len, &g);
  gap_write(f, &g, 0, GAP_BLANKS | GAP_NO_TOKEN | (f->prev_multi ? GAP_FORCE_FIRST : 0));
  if (!f->bol) newline(f);
  buf_add(&f->out, "", 1);
  f->out.n--;
}

/* layout(), freeing the buffers if memory runs out before passing the
** failure on (f is not local here, so it is intact after the jump). */
static void guarded(Fmt *f) {
  wg_try t;
  if (WG_TRY(&t)) {
    layout(f);
    wg_try_end(&t);
    return;
  }
  wg_try_end(&t);
  free(f->out.p);
  free(f->tmp.p);
  wg_oom();
}

int fmt_write(const Ctx *c, char **out, size_t *len, FmtMap *map) {
  Fmt f = {.c = c, .s = c->src->text, .map = map};
  *out = NULL;
  *len = 0;
  if (!c->root || c->syntax_errors) return -1;
  guarded(&f);
  free(f.tmp.p);
  if (f.lost) {
    free(f.out.p);
    return -1;
  }
  *out = f.out.p;
  *len = f.out.n;
  return 0;
}
