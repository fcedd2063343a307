/*
** The light scan of lsp_scan.h. It knows only what decides where a
** statement or block starts and ends (docs/language.md): `#` comments,
** the two kinds of strings, `{ } , ;`, and newlines, which end a
** statement except directly after `,` or `{`. Everything else is a word.
*/
#include "lsp_scan.h"

#include <string.h>

#include "lsp_wg.h"

int scan_word_byte(unsigned char c) {
  return !(c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '{' || c == '}' ||
           c == ',' || c == ';' || c == '"' || c == '#' || c == 0);
}

uint32_t scan_string_end(const char *text, uint32_t len, uint32_t i) {
  if (i + 2 < len && text[i + 1] == '"' && text[i + 2] == '"') {
    for (uint32_t j = i + 3; j + 2 < len; j++)
      if (text[j] == '"' && text[j + 1] == '"' && text[j + 2] == '"') return j + 3;
    return len;
  }
  for (uint32_t j = i + 1; j < len; j++) {
    if (text[j] == '"') return j + 1;
    if (text[j] == '\n') return j;
    if (text[j] == '\\' && j + 1 < len && text[j + 1] != '\n') j++;
  }
  return len;
}

static uint32_t line_end(const char *text, uint32_t len, uint32_t i) {
  const char *nl = memchr(text + i, '\n', len - i);
  return nl ? (uint32_t)(nl - text) : len;
}

uint32_t scan_block_start(const char *text, uint32_t end, uint32_t from) {
  for (uint32_t i = from; i < end;) {
    char c = text[i];
    if (c == '{') return i;
    if (c == '"') i = scan_string_end(text, end, i);
    else if (c == '#') i = line_end(text, end, i);
    else i++;
  }
  return UINT32_MAX;
}

/* --- A declaration's property ------------------------------------------- */

typedef struct Find {
  const char *key;
  size_t klen;
  int inline_;       /* in a declaration's line: keys end each other's values */
  int found, done;
  uint32_t from, to; /* the values so far */
  int values;
} Find;

/* A word at the top level of the range: a key starts or ends the values. */
static void find_word(Find *f, const char *text, uint32_t i, uint32_t e, int at_start) {
  int index, is_key = lw_keyword(text + i, e - i, &index) == LW_KEY_WORD;
  if (f->found && f->inline_ && is_key) {
    f->done = 1;
  } else if (f->found) {
    if (!f->values++) f->from = i;
    f->to = e;
  } else if (is_key && (f->inline_ || at_start) && e - i == f->klen && memcmp(text + i, f->key, f->klen) == 0) {
    f->found = 1;
    f->from = f->to = e;
  }
}

/* Looks for the key in text[a, b): one statement (a declaration's line)
** if f->inline_, else the statements of a block, up to its `}`. */
static int find_in(Find *f, const char *text, uint32_t a, uint32_t b) {
  int depth = 0, at_start = 1, after_comma = 0;
  for (uint32_t i = a; i < b && !f->done;) {
    char c = text[i];
    if (c == '\n' || c == ';' || c == '}') {
      if (c == '}' && depth > 0) depth--;
      else if (depth == 0 && !f->inline_ && (c != '\n' || !after_comma)) {
        if (f->found || c == '}') break;
        at_start = 1;
      }
      i++;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      i++;
    } else if (c == '#') {
      i = line_end(text, b, i);
    } else if (c == '{') {
      depth++, i++;
    } else if (c == '"') {
      uint32_t e = scan_string_end(text, b, i);
      if (depth == 0 && f->found && !f->values++) f->from = i;
      if (depth == 0 && f->found) f->to = e;
      at_start = after_comma = 0;
      i = e;
    } else if (c == ',') {
      after_comma = 1, i++;
    } else {
      uint32_t e = i;
      while (e < b && scan_word_byte((unsigned char)text[e])) e++;
      if (e == i) e++;
      if (depth == 0) find_word(f, text, i, e, at_start);
      at_start = after_comma = 0;
      i = e;
    }
  }
  return f->found;
}

int scan_prop(const char *text, uint32_t kw, uint32_t end, uint32_t block, const char *key,
              uint32_t *from, uint32_t *to) {
  Find f = {key, strlen(key), 1, 0, 0, 0, 0, 0};
  int found = find_in(&f, text, kw, block != UINT32_MAX && block < end ? block : end);
  if (!found && block != UINT32_MAX && block < end) {
    f = (Find){key, strlen(key), 0, 0, 0, 0, 0, 0};
    found = find_in(&f, text, block + 1, end);
  }
  *from = f.from;
  *to = f.to;
  return found;
}

/* --- The context of a position ----------------------------------------- */

typedef struct Scan {
  ScanCtx *out;
  int kinds[SCAN_MAX_DEPTH];     /* block kinds, outermost first */
  uint64_t given[SCAN_MAX_DEPTH]; /* keys given in each */
  int depth;                      /* may exceed SCAN_MAX_DEPTH: not recorded */
  uint64_t head_keys;             /* keys on the current statement after its first word */
} Scan;

static void start_statement(Scan *s) {
  ScanCtx *o = s->out;
  o->ntok = 0;
  o->head_kind = -1;
  o->key = -1;
  o->after_key = 0;
  s->head_keys = 0;
}

/* A statement ends: if it was a property, its key is now given. */
static void end_statement(Scan *s, const char *text) {
  ScanCtx *o = s->out;
  int index;
  if (o->ntok && o->first.type == SCAN_WORD && s->depth < SCAN_MAX_DEPTH &&
      lw_keyword(text + o->first.off, o->first.len, &index) == LW_KEY_WORD && index < 64)
    s->given[s->depth] |= 1ull << index;
  start_statement(s);
}

static void add_token(Scan *s, const char *text, ScanTok t) {
  ScanCtx *o = s->out;
  int index = -1, kw = t.type == SCAN_WORD ? lw_keyword(text + t.off, t.len, &index) : 0;
  if (o->ntok == 0) {
    o->first = t;
    o->head_kind = kw == LW_KIND_WORD ? index : -1;
  }
  o->ntok++;
  o->last = t;
  if (kw == LW_KEY_WORD) {
    o->key = index;
    o->key_tok = t;
    o->after_key = 0;
    if (o->ntok > 1 && index < 64) s->head_keys |= 1ull << index;
  } else if (o->key >= 0) {
    o->after_key++;
  }
}

static void open_block(Scan *s, const char *text) {
  ScanCtx *o = s->out;
  int kind = o->ntok && o->head_kind >= 0 ? o->head_kind : SCAN_UNKNOWN;
  uint64_t inline_keys = s->head_keys;
  start_statement(s);
  s->depth++;
  if (s->depth < SCAN_MAX_DEPTH) {
    s->kinds[s->depth] = kind;
    s->given[s->depth] = inline_keys;
  }
  (void)text;
}

static void close_block(Scan *s) {
  start_statement(s);
  if (s->depth > 0) s->depth--;
}

/* Whether a newline at the end of the tokens so far ends the statement. */
static int newline_ends(const ScanCtx *o) { return o->ntok && o->last.type != SCAN_COMMA; }

static void finish(Scan *s) {
  ScanCtx *o = s->out;
  int d = s->depth < SCAN_MAX_DEPTH ? s->depth : SCAN_MAX_DEPTH - 1;
  o->stmt_keys = s->head_keys;
  o->depth = s->depth;
  o->block = s->depth < SCAN_MAX_DEPTH ? s->kinds[d] : SCAN_UNKNOWN;
  o->given = s->depth < SCAN_MAX_DEPTH ? s->given[d] : 0;
}

void scan_context(const char *text, uint32_t len, uint32_t off, ScanCtx *out) {
  Scan s;
  memset(&s, 0, sizeof s);
  memset(out, 0, sizeof *out);
  s.out = out;
  s.kinds[0] = LW_TOP;
  if (off > len) off = len;
  start_statement(&s);
  for (uint32_t i = 0; i < off;) {
    unsigned char c = (unsigned char)text[i];
    if (c == '\n') {
      if (newline_ends(out)) end_statement(&s, text);
      i++;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == 0) {
      i++;
    } else if (c == '#') {
      uint32_t e = line_end(text, len, i);
      if (e >= off) {
        out->in_comment = 1;
        break;
      }
      i = e;
    } else if (c == '"') {
      uint32_t e = scan_string_end(text, len, i);
      int closed = e - i >= 2 && text[e - 1] == '"';
      if (e > off || (e == off && !closed)) {
        out->in_string = 1;
        break;
      }
      add_token(&s, text, (ScanTok){SCAN_STRING, i, e - i});
      i = e;
    } else if (c == '{') {
      open_block(&s, text);
      i++;
    } else if (c == '}') {
      close_block(&s);
      i++;
    } else if (c == ';') {
      end_statement(&s, text);
      i++;
    } else if (c == ',') {
      add_token(&s, text, (ScanTok){SCAN_COMMA, i, 1});
      i++;
    } else {
      uint32_t e = i;
      while (e < len && scan_word_byte((unsigned char)text[e])) e++;
      if (e >= off) { /* the word at the cursor */
        out->has_word = 1;
        out->word = (ScanTok){SCAN_WORD, i, e - i};
        break;
      }
      add_token(&s, text, (ScanTok){SCAN_WORD, i, e - i});
      i = e;
    }
  }
  /* A word that starts right at the cursor is the one hovered too. */
  if (!out->has_word && !out->in_string && !out->in_comment && off < len &&
      scan_word_byte((unsigned char)text[off])) {
    uint32_t e = off;
    while (e < len && scan_word_byte((unsigned char)text[e])) e++;
    out->has_word = 1;
    out->word = (ScanTok){SCAN_WORD, off, e - off};
  }
  finish(&s);
}
