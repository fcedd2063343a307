/*
** The JSON writer. Strings are written as UTF-8 with what JSON requires
** escaped (quote, backslash, control characters), as jq does, and also
** the characters that could mislead a reader or a program embedding the
** text: C1 controls, bidi controls, and U+2028/U+2029, which end a line
** in JavaScript source (term.h lists them). A byte that is not UTF-8
** (only a rule's deliberately broken example holds one) becomes U+FFFD,
** so the output is always valid JSON.
*/
#include "json.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "term.h"

void json_init(Json *j, FILE *f) {
  j->f = f;
  j->depth = 0;
  j->after_key = 0;
  j->n = 0;
  j->used[0] = 0;
}

static void flush(Json *j) {
  fwrite(j->buf, 1, j->n, j->f);
  j->n = 0;
}

static void put(Json *j, const char *s, size_t n) {
  if (j->n + n > JSON_BUFFER) flush(j);
  if (n > JSON_BUFFER) {
    fwrite(s, 1, n, j->f);
    return;
  }
  memcpy(j->buf + j->n, s, n);
  j->n += n;
}

static void putc_(Json *j, char c) {
  if (j->n == JSON_BUFFER) flush(j);
  j->buf[j->n++] = c;
}

static void indent(Json *j) {
  static const char spaces[] = "\n                                                                ";
  int n = 2 * j->depth;
  put(j, spaces, 1);
  for (; n > 0; n -= 64) put(j, spaces + 1, (size_t)(n < 64 ? n : 64));
}

/* Separator and indentation before a value or key at the current depth. */
static void before_value(Json *j) {
  if (j->after_key) {
    j->after_key = 0;
    return;
  }
  if (j->depth == 0) return;
  if (j->used[j->depth]) putc_(j, ',');
  j->used[j->depth] = 1;
  indent(j);
}

static void begin(Json *j, char c) {
  before_value(j);
  putc_(j, c);
  if (j->depth + 1 < JSON_MAX_DEPTH) j->depth++;
  j->used[j->depth] = 0;
}

static void end(Json *j, char c) {
  int empty = !j->used[j->depth];
  if (j->depth > 0) j->depth--;
  if (!empty) indent(j);
  putc_(j, c);
  if (j->depth == 0) {
    putc_(j, '\n');
    flush(j);
  }
}

void json_object(Json *j) { begin(j, '{'); }
void json_end_object(Json *j) { end(j, '}'); }
void json_array(Json *j) { begin(j, '['); }
void json_end_array(Json *j) { end(j, ']'); }

/* Bytes that need a look: 1 must be escaped, 2 starts a UTF-8 sequence. */
static const unsigned char special[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2};

/* The escape of one byte that must be escaped. */
static void escape_byte(Json *j, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
  switch (c) {
  case '"': put(j, "\\\"", 2); break;
  case '\\': put(j, "\\\\", 2); break;
  case '\n': put(j, "\\n", 2); break;
  case '\t': put(j, "\\t", 2); break;
  case '\r': put(j, "\\r", 2); break;
  case '\b': put(j, "\\b", 2); break;
  case '\f': put(j, "\\f", 2); break;
  default: put(j, u, 6);
  }
}

/* Whether any byte of w equals b (the usual bit trick for a zero byte). */
static int has_byte(uint64_t w, unsigned char b) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t x = w ^ (ones * b);
  return ((x - ones) & ~x & high) != 0;
}

/* Whether any of the eight bytes in w needs a look (special[] above): a
** control character, '"', '\\', DEL or a byte of a UTF-8 sequence. */
static int word_special(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  uint64_t below_space = (w - ones * 0x20) & ~w & high;
  return below_space || (w & high) || has_byte(w, '"') || has_byte(w, '\\') || has_byte(w, 0x7f);
}

static void escape(Json *j, const char *s, size_t n) {
  size_t run = 0; /* start of the bytes to copy as they are */
  for (size_t i = 0; i < n;) {
    uint64_t w;
    if (n - i >= 8 && (memcpy(&w, s + i, 8), !word_special(w))) {
      i += 8; /* eight plain bytes at once: most of any string */
      continue;
    }
    unsigned char c = (unsigned char)s[i];
    if (!special[c]) {
      i++;
      continue;
    }
    if (special[c] == 2) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i,
                                            (utf8proc_ssize_t)(n - i), &cp);
      if (k > 0 && !term_is_hidden(cp)) {
        i += (size_t)k;
        continue;
      }
      put(j, s + run, i - run);
      char u[8];
      snprintf(u, sizeof u, "\\u%04x", k > 0 ? (unsigned)cp : 0xfffdu);
      put(j, u, 6);
      i += k > 0 ? (size_t)k : 1;
      run = i;
      continue;
    }
    put(j, s + run, i - run);
    escape_byte(j, c);
    run = ++i;
  }
  put(j, s + run, n - run);
}

void json_key(Json *j, const char *key) {
  before_value(j);
  putc_(j, '"');
  put(j, key, strlen(key)); /* our own names: nothing to escape */
  put(j, "\": ", 3);
  j->after_key = 1;
}

void json_strn(Json *j, const char *s, size_t n) {
  before_value(j);
  putc_(j, '"');
  escape(j, s, n);
  putc_(j, '"');
}

void json_str(Json *j, const char *s) {
  if (!s) json_null(j);
  else json_strn(j, s, strlen(s));
}

void json_int(Json *j, int64_t v) {
  char buf[24];
  before_value(j);
  put(j, buf, (size_t)snprintf(buf, sizeof buf, "%lld", (long long)v));
}

void json_bool(Json *j, int v) {
  before_value(j);
  put(j, v ? "true" : "false", v ? 4 : 5);
}

void json_null(Json *j) {
  before_value(j);
  put(j, "null", 4);
}

void json_date(Json *j, wg_date d) {
  if (d == WG_NODATE) {
    json_null(j);
    return;
  }
  char buf[11];
  wg_date_format(d, buf);
  json_strn(j, buf, 10);
}
