/*
** The JSON writer. Strings are written as UTF-8 with only what JSON
** requires escaped (quote, backslash, control characters), as jq does;
** a byte that is not UTF-8 (only a rule's deliberately broken example
** holds one) becomes U+FFFD, so the output is always valid JSON.
*/
#include "json.h"

#include <string.h>
#include <utf8proc.h>

void json_init(Json *j, FILE *f) {
  memset(j, 0, sizeof *j);
  j->f = f;
}

static void indent(Json *j) {
  fputc('\n', j->f);
  for (int i = 0; i < j->depth; i++) fputs("  ", j->f);
}

/* Separator and indentation before a value or key at the current depth. */
static void before_value(Json *j) {
  if (j->after_key) {
    j->after_key = 0;
    return;
  }
  if (j->depth == 0) return;
  if (j->used[j->depth]) fputc(',', j->f);
  j->used[j->depth] = 1;
  indent(j);
}

static void begin(Json *j, char c) {
  before_value(j);
  fputc(c, j->f);
  if (j->depth + 1 < JSON_MAX_DEPTH) j->depth++;
  j->used[j->depth] = 0;
}

static void end(Json *j, char c) {
  int empty = !j->used[j->depth];
  if (j->depth > 0) j->depth--;
  if (!empty) indent(j);
  fputc(c, j->f);
  if (j->depth == 0) fputc('\n', j->f);
}

void json_object(Json *j) { begin(j, '{'); }
void json_end_object(Json *j) { end(j, '}'); }
void json_array(Json *j) { begin(j, '['); }
void json_end_array(Json *j) { end(j, ']'); }

void json_escape(FILE *f, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  size_t run = 0; /* bytes copied as they are, written in one go */
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
      if (k > 0) {
        i += (size_t)k - 1;
        continue;
      }
      fwrite(s + run, 1, i - run, f);
      fputs("\\ufffd", f);
      run = i + 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) continue;
    fwrite(s + run, 1, i - run, f);
    run = i + 1;
    switch (c) {
    case '"': fputs("\\\"", f); break;
    case '\\': fputs("\\\\", f); break;
    case '\n': fputs("\\n", f); break;
    case '\t': fputs("\\t", f); break;
    case '\r': fputs("\\r", f); break;
    case '\b': fputs("\\b", f); break;
    case '\f': fputs("\\f", f); break;
    default: fprintf(f, "\\u00%c%c", hex[c >> 4], hex[c & 15]);
    }
  }
  fwrite(s + run, 1, n - run, f);
}

void json_key(Json *j, const char *key) {
  before_value(j);
  fputc('"', j->f);
  json_escape(j->f, key, strlen(key));
  fputs("\": ", j->f);
  j->after_key = 1;
}

void json_strn(Json *j, const char *s, size_t n) {
  before_value(j);
  fputc('"', j->f);
  json_escape(j->f, s, n);
  fputc('"', j->f);
}

void json_str(Json *j, const char *s) {
  if (!s) json_null(j);
  else json_strn(j, s, strlen(s));
}

void json_int(Json *j, int64_t v) {
  before_value(j);
  fprintf(j->f, "%lld", (long long)v);
}

void json_bool(Json *j, int v) {
  before_value(j);
  fputs(v ? "true" : "false", j->f);
}

void json_null(Json *j) {
  before_value(j);
  fputs("null", j->f);
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
