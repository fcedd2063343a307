/* Unit tests for the JSON writer's strings: each byte that must be
** escaped, at every place in a string (eight bytes are scanned at a
** time, so the place matters), comes out as a plain byte-by-byte
** escaper would write it. */
#include <stdlib.h>

#include "json.h"
#include "unit.h"

/* s written as a JSON string; the caller frees it. */
static char *written(const char *s, size_t n) {
  char *out = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&out, &len);
  Json *j = malloc(sizeof *j);
  if (!f || !j) abort();
  json_init(j, f);
  json_array(j);
  json_strn(j, s, n);
  json_end_array(j);
  fclose(f);
  free(j);
  return out;
}

/* The same, escaped one byte at a time (valid UTF-8 in s assumed but for
** a lone 0xFF, which becomes U+FFFD). */
static char *expected(const char *s, size_t n) {
  char *out = malloc(16 * n + 16), *o = out;
  o += sprintf(o, "[\n  \"");
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"') o += sprintf(o, "\\\"");
    else if (c == '\\') o += sprintf(o, "\\\\");
    else if (c == '\n') o += sprintf(o, "\\n");
    else if (c == '\t') o += sprintf(o, "\\t");
    else if (c == '\r') o += sprintf(o, "\\r");
    else if (c == '\b') o += sprintf(o, "\\b");
    else if (c == '\f') o += sprintf(o, "\\f");
    else if (c < 0x20 || c == 0x7f) o += sprintf(o, "\\u%04x", c);
    else if (c == 0xFF) o += sprintf(o, "\\ufffd");
    else *o++ = (char)c;
  }
  sprintf(o, "\"\n]\n");
  return out;
}

static void test_each_byte_everywhere(void) {
  const char *specials[] = {"\"", "\\", "\n", "\t", "\x01", "\x1f", "\x7f", " ", "~",
                            "\xc3\xa9", "\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\xff"};
  int bad = 0;
  for (size_t k = 0; k < sizeof specials / sizeof *specials; k++)
    for (size_t at = 0; at < 20; at++) {
      char s[64];
      size_t m = strlen(specials[k]);
      memset(s, 'a', sizeof s);
      memcpy(s + at, specials[k], m);
      size_t n = at + m + 5;
      char *got = written(s, n), *want = expected(s, n);
      if (strcmp(got, want) != 0) {
        bad++;
        printf("FAIL: byte %zu of \"%s\" at %zu: %s, expected %s\n", k, specials[k], at, got, want);
      }
      free(got);
      free(want);
    }
  CHECK_INT(bad, 0);
}

static void test_plain_and_empty(void) {
  char *s = written("", 0);
  CHECK_STR(s, "[\n  \"\"\n]\n");
  free(s);
  s = written("Working Group on Enhanced Cooperation", 37);
  CHECK_STR(s, "[\n  \"Working Group on Enhanced Cooperation\"\n]\n");
  free(s);
}

int main(void) {
  test_each_byte_everywhere();
  test_plain_and_empty();
  UNIT_END();
}
