/*
** Drafting mistakes the lexer recognises (docs/rules.md, "Common
** mistakes"): what a drafter pastes from a word processor or writes out
** of habit. Each gives one diagnostic that says what to write, with a
** fix, and lexes as what was meant, so that nothing downstream reports
** it again: a day-first date is a date (with no value), `//` starts a
** comment, a curly-quoted title is a string, a dash between two dates is
** `..`, an invisible character is a space or nothing.
*/
#include <stdio.h>
#include <string.h>

#include "grammar.h"
#include "lexer.h"

/* The bytes from `from` to `to`, as a string in the arena. */
static char *text(Lexer *lx, uchar *from, uchar *to) {
  return wg_strndup(lx->c->arena, (const char *)from, (size_t)(to - from));
}

/* A one-edit fix of report d: replace from..to by `by`. */
static void fix(Lexer *lx, Diag *d, int safe, uchar *from, uchar *to, const char *by,
                const char *msg) {
  diag_fix1(lx->c, d, safe, lex_span(lx, from, to), by, msg);
}

/* --- Comments ------------------------------------------------------------ */

/* The end of the line holding p (its line end excluded). */
static uchar *line_end(Lexer *lx, uchar *p) {
  uchar *e = p;
  while (e < lx->end && *e != '\n') e++;
  return e > p && e[-1] == '\r' ? e - 1 : e;
}

/* Each NUL byte from p to end, reported as in a `#` comment: it does not
** end the comment. After the comment is kept, so trivia stay in order. */
static void report_nuls(Lexer *lx, uchar *p, uchar *end) {
  for (; p < end; p++)
    if (*p == 0) lex_stray(lx, p, 1, 0);
}

static int blank_to_eol(uchar *p) {
  while (*p == ' ' || *p == '\t') p++;
  return *p == '\n' || *p == 0 || (*p == '\r' && p[1] == '\n');
}

uchar *lex_slash_comment(Lexer *lx, uchar *tok) {
  uchar *end;
  Diag *d;
  if (tok[1] == '/') {
    end = line_end(lx, tok);
    d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + 2, "%s",
                   "comments start with `#`, not `//`");
    fix(lx, d, 1, tok, tok + 2, "#", "write `#`");
  } else {
    uchar *close = tok + 2;
    while (close < lx->end && !(close[0] == '*' && close[1] == '/')) close++;
    end = close < lx->end ? close + 2 : close;
    d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + 2, "%s",
                   "comments start with `#` and run to the end of the line, not `/* ... */`");
    if (close < lx->end && !memchr(tok, '\n', (size_t)(close - tok)) &&
        !memchr(tok, 0, (size_t)(close - tok)) && blank_to_eol(end)) {
      Fix *f = diag_fix(lx->c, d, 1, "%s", "write `#` and drop `*/`");
      uchar *from = close;
      while (from > tok + 2 && (from[-1] == ' ' || from[-1] == '\t')) from--;
      diag_edit(lx->c, f, lex_span(lx, tok, tok + 2), "#");
      diag_edit(lx->c, f, lex_span(lx, from, end), "");
    }
  }
  compile_skip(lx->c, lex_span(lx, tok, end));
  report_nuls(lx, tok, end);
  return end;
}

/* --- Dates ------------------------------------------------------------------ */

static int num(uchar *p, uchar *end) {
  int v = 0;
  for (; p < end && *p >= '0' && *p <= '9'; p++) v = v * 10 + (*p - '0');
  return v;
}

/* Writes y-m-d as the language does into buf (11 bytes); 0 if no such day. */
static int iso(int y, int m, int d, char *buf) {
  if (!wg_date_valid(y, m, d)) return 0;
  wg_date_format(wg_date_make(y, m, d), buf);
  return 1;
}

/* Whether the token from tok to end stands apart from what is around it,
** so that rewriting it cannot join it to a neighbour (`2014/05/1013`). */
int lex_apart(Lexer *lx, uchar *tok, uchar *end) {
  uchar *src = (uchar *)lx->c->src->text;
  int before = tok > src ? tok[-1] : ' ', after = *end;
  return !(before >= '0' && before <= '9') && before != '-' && before != '.' && before != '/' &&
         !(after >= '0' && after <= '9') && after != '-' && after != '.' && after != '/' &&
         !((after | 32) >= 'a' && (after | 32) <= 'z');
}

void lex_odd_date(Lexer *lx, uchar *tok, uchar *end) {
  uchar *a = tok, *b = tok;
  while (*b >= '0' && *b <= '9') b++; /* the first number ends at b */
  uchar *c = b + 1;
  while (*c >= '0' && *c <= '9') c++; /* the second at c */
  const char *written = text(lx, tok, end);
  char dm[11], md[11];
  if (b - a == 4) { /* 2014/05/12: one reading */
    int ok = iso(num(a, b), num(b + 1, c), num(c + 1, end), dm);
    Diag *d = ok ? lex_report(lx, RULE_INVALID_DATE, tok, end,
                              "dates are written with dashes: write `%s`", dm)
                 : lex_report(lx, RULE_INVALID_DATE, tok, end,
                              "`%s` is not a date: write it as YYYY-MM-DD", written);
    if (ok) diag_fix_replace(lx->c, d, lex_apart(lx, tok, end), lex_span(lx, tok, end), dm);
    return;
  }
  int y = num(c + 1, end), first = num(a, b), second = num(b + 1, c);
  int day_first = iso(y, second, first, dm), month_first = iso(y, first, second, md);
  if (!day_first && !month_first) {
    lex_report(lx, RULE_INVALID_DATE, tok, end, "`%s` is not a date: write it as YYYY-MM-DD",
               written);
    return;
  }
  /* Day first, as UN documents write it; month first only if that is
  ** the one that exists. Both existing and differing, it is a guess. */
  const char *best = day_first ? dm : md;
  int both = day_first && month_first && strcmp(dm, md) != 0;
  char *msg = wg_alloc(lx->c->arena, 96);
  if (both) snprintf(msg, 96, "write `%s`, or `%s` if the month comes first", dm, md);
  else snprintf(msg, 96, "write `%s`", best);
  Diag *d = lex_report(lx, RULE_INVALID_DATE, tok, end, "dates are written year first: %s", msg);
  diag_fix_replace(lx->c, d, !both && lex_apart(lx, tok, end), lex_span(lx, tok, end), best);
  if (both) diag_fix_replace(lx->c, d, 0, lex_span(lx, tok, end), md);
}

const char *lex_padded_date(Lexer *lx, uchar *tok, uchar *end) {
  int part[3] = {0, 0, 0}, n = 0, digits[3] = {0, 0, 0};
  for (uchar *p = tok; p < end && n < 3; p++) {
    if (*p == '-') n++;
    else if (++digits[n] <= 4) part[n] = part[n] * 10 + (*p - '0');
  }
  char *buf = wg_alloc(lx->c->arena, 11);
  if (digits[0] != 4 || digits[1] > 2 || digits[2] > 2) return NULL;
  if (n == 1 && part[1] >= 1 && part[1] <= 12) {
    wg_date_format(wg_date_make(part[0], part[1], 1), buf);
    buf[7] = 0; /* the month alone */
    return buf;
  }
  return n == 2 && iso(part[0], part[1], part[2], buf) ? buf : NULL;
}

/* --- Strings between the wrong quotes ---------------------------------- */

/* Whether the quote at p closes a string opened by a quote of oplen
** bytes: `"` and the closing typographic quotes close any; `'` closes
** only a `'` string, so that "d'Ivoire" inside a curly one is kept. */
static int closes(uchar *p, int single) {
  if (*p == '"') return 1;
  if (single) return *p == '\'';
  return p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x9D || p[2] == 0x9C || p[2] == 0x99);
}

static int quote_len(uchar *p) { return *p == 0xE2 ? 3 : 1; }

uchar *lex_odd_string(Lexer *lx, uchar *open, int oplen) {
  int single = *open == '\'';
  Diag *d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, open, open + oplen,
                       "unexpected %s: strings are written between straight double quotes `\"`",
                       single ? "single quote `'`" : lex_show_char(lx, open));
  uchar *p = open + oplen; /* its characters are checked as a string's are */
  while (*p && *p != '\n' && !(p[0] == '\r' && p[1] == '\n') && !closes(p, single))
    p = lex_string_char(lx, p);
  int closed = *p && *p != '\n' && *p != '\r';
  if (!closed) return p; /* no closing quote on the line: the fix is not certain */
  /* Beside another quote, straight ones could make a `"""`: a guess. */
  uchar *after = p + quote_len(p), *src = (uchar *)lx->c->src->text;
  int beside = (open > src && (open[-1] == '"' || open[-1] == '\'' || open[-1] >= 0x80)) ||
               *after == '"' || *after == '\'' || *after >= 0x80;
  Fix *f = diag_fix(lx->c, d, !beside, "%s", "write straight double quotes");
  diag_edit(lx->c, f, lex_span(lx, open, open + oplen), "\"");
  diag_edit(lx->c, f, lex_span(lx, p, p + quote_len(p)), "\"");
  return p + quote_len(p);
}

/* --- Characters that start no token -------------------------------------- */

/* Characters that look like nothing, or like a space, with their Unicode
** names (utf8proc has no names): each is named by code point and name,
** and a space stands for a space, the others for nothing. */
static const struct Invisible {
  int32_t cp;
  const char *name;
  int space;
} invisibles[] = {
    {0x00A0, "NO-BREAK SPACE", 1},          {0x00AD, "SOFT HYPHEN", 0},
    {0x2000, "EN QUAD", 1},                 {0x2001, "EM QUAD", 1},
    {0x2002, "EN SPACE", 1},                {0x2003, "EM SPACE", 1},
    {0x2004, "THREE-PER-EM SPACE", 1},      {0x2005, "FOUR-PER-EM SPACE", 1},
    {0x2006, "SIX-PER-EM SPACE", 1},        {0x2007, "FIGURE SPACE", 1},
    {0x2008, "PUNCTUATION SPACE", 1},       {0x2009, "THIN SPACE", 1},
    {0x200A, "HAIR SPACE", 1},              {0x200B, "ZERO WIDTH SPACE", 0},
    {0x200C, "ZERO WIDTH NON-JOINER", 0},   {0x200D, "ZERO WIDTH JOINER", 0},
    {0x200E, "LEFT-TO-RIGHT MARK", 0},      {0x200F, "RIGHT-TO-LEFT MARK", 0},
    {0x202A, "LEFT-TO-RIGHT EMBEDDING", 0}, {0x202B, "RIGHT-TO-LEFT EMBEDDING", 0},
    {0x202C, "POP DIRECTIONAL FORMATTING", 0}, {0x202D, "LEFT-TO-RIGHT OVERRIDE", 0},
    {0x202E, "RIGHT-TO-LEFT OVERRIDE", 0},  {0x202F, "NARROW NO-BREAK SPACE", 1},
    {0x205F, "MEDIUM MATHEMATICAL SPACE", 1}, {0x2060, "WORD JOINER", 0},
    {0x2066, "LEFT-TO-RIGHT ISOLATE", 0},   {0x2067, "RIGHT-TO-LEFT ISOLATE", 0},
    {0x2068, "FIRST STRONG ISOLATE", 0},    {0x2069, "POP DIRECTIONAL ISOLATE", 0},
    {0x3000, "IDEOGRAPHIC SPACE", 1},       {0xFEFF, "ZERO WIDTH NO-BREAK SPACE", 0},
};

static const struct Invisible *invisible(int32_t cp) {
  for (size_t i = 0; i < sizeof invisibles / sizeof *invisibles; i++)
    if (invisibles[i].cp == cp) return &invisibles[i];
  return NULL;
}

/* The word after p, to show "write `seats 5`" (at most 40 bytes). */
static char *next_word(Lexer *lx, uchar *p) {
  while (*p == ' ' || *p == '\t') p++;
  uchar *e = p;
  while (*e && *e != ' ' && *e != '\t' && *e != '\n' && *e != '\r' && *e != ';' && e - p < 40) e++;
  return text(lx, p, e);
}

/* `seats: 5` or `due = 2014`: the `:` or `=` goes, the space stays. */
static void key_separator(Lexer *lx, uchar *tok) {
  uchar *src = (uchar *)lx->c->src->text, *key = src + lx->prev_tok.off;
  char *msg = wg_alloc(lx->c->arena, 160);
  if (lx->prev == TK_KEY || lx->prev == TK_IDENT)
    snprintf(msg, 160, "unexpected `%c`: a key and its value are separated by a space: write "
             "`%.40s %s`", *tok, text(lx, key, key + lx->prev_tok.len), next_word(lx, tok + 1));
  else
    snprintf(msg, 160, "unexpected `%c`: a key and its value are separated by a space", *tok);
  Diag *d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + 1, "%s", msg);
  /* `seats: 5` and `seats =5` lose the character, `seats = 5` one space
  ** more, `seats=5` gets a space in its place. */
  int before = tok > src && (tok[-1] == ' ' || tok[-1] == '\t');
  int after = tok[1] == ' ' || tok[1] == '\t';
  /* After a key of the language the fix is certain; after any other word,
  ** that word may not be a key at all. */
  fix(lx, d, lx->prev == TK_KEY, tok, tok + 1 + (before && after), before || after ? "" : " ",
      "remove it");
}

/* A dash between two dates, `2014-05-12–2014-05-16`: the range's `..`. */
static int range_dash(Lexer *lx, uchar *tok, int n, int32_t cp) {
  uchar *next = tok + n;
  while (cp != '-' && (*next == ' ' || *next == '\t')) next++;
  if (lx->prev != TK_DATE || !(*next >= '0' && *next <= '9')) return 0;
  if (cp == '-' && (lx->prev_tok.off + lx->prev_tok.len != (uint32_t)(tok - (uchar *)lx->c->src->text)))
    return 0; /* `2014 - 3` is no range */
  uchar *from = tok, *to = next;
  uchar *src = (uchar *)lx->c->src->text;
  while (from > src + lx->prev_tok.off + lx->prev_tok.len && (from[-1] == ' ' || from[-1] == '\t'))
    from--;
  uchar *last = next;
  while ((*last >= '0' && *last <= '9') || *last == '-') last++;
  char *msg = wg_alloc(lx->c->arena, 128);
  snprintf(msg, 128, "a range of dates is written with `..` between its two dates: `%s..%s`",
           text(lx, src + lx->prev_tok.off, src + lx->prev_tok.off + lx->prev_tok.len),
           text(lx, next, last < next + 40 ? last : next + 40));
  Diag *d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + n, "%s", msg);
  fix(lx, d, 1, from, to, "..", "write `..`");
  lx->cur = to;
  return 1;
}

int lex_stray(Lexer *lx, uchar *tok, int n, int32_t cp) {
  const struct Invisible *inv;
  if ((cp == 0x2013 || cp == 0x2014 || cp == '-') && range_dash(lx, tok, n, cp)) return TK_DOTDOT;
  if (cp == ':' || cp == '=') {
    key_separator(lx, tok);
  } else if ((inv = invisible(cp)) != NULL) {
    char what[96];
    snprintf(what, sizeof what, "invisible character U+%04X %s: %s", (unsigned)cp, inv->name,
             inv->space ? "write a plain space" : "delete it");
    Diag *d = lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + n, "%s", what);
    /* Between two words even a zero-width one kept them apart. */
    uchar *src = (uchar *)lx->c->src->text;
    int joins = tok > src && tok[-1] > ' ' && tok[n] > ' ';
    fix(lx, d, 1, tok, tok + n, inv->space || joins ? " " : "",
        inv->space || joins ? "write a space" : "delete it");
  } else {
    lex_report(lx, RULE_UNEXPECTED_CHARACTER, tok, tok + n, "unexpected character %s",
               lex_show_char(lx, tok));
  }
  compile_skip(lx->c, lex_span(lx, tok, tok + n));
  return 0;
}
