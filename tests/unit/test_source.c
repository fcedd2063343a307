/* Unit tests for loading sources: a large file is mapped, with the NUL
** sentinel after it, unless its size is a whole number of pages or it
** is small; either way the text is the file's. And UTF-8 is checked
** within a range of bytes as in the whole. */
#include <stdlib.h>
#include <unistd.h>

#include "unit.h"

/* Writes n bytes of comment lines to a new temporary file. */
static char *write_file(size_t n) {
  char *path = strdup("/tmp/wgc-test-source-XXXXXX");
  int fd = mkstemp(path);
  FILE *f = fd >= 0 ? fdopen(fd, "wb") : NULL;
  if (!f) return path;
  for (size_t i = 0; i < n; i++) putc(i % 64 == 63 ? '\n' : i % 64 == 0 ? '#' : 'x', f);
  fclose(f);
  return path;
}

static void check_load(size_t n, int mapped) {
  char *path = write_file(n);
  Source s;
  CHECK_INT(src_load(&s, path, MAX_FILE), SRC_OK);
  CHECK_INT(s.len, n);
  CHECK_INT(s.mapped, mapped);
  CHECK_INT(s.text[s.len], 0);
  CHECK(s.text[0] == '#' && s.text[n - 1] == (((n - 1) % 64 == 63) ? '\n' : 'x'));
  src_free(&s);
  unlink(path);
  free(path);
}

static void test_large_file_is_mapped(void) { check_load(MAP_MIN + 100, 1); }
static void test_page_sized_file_is_read(void) { check_load(MAP_MIN + 4096, 0); }
static void test_small_file_is_read(void) { check_load(1000, 0); }

static void test_too_large(void) {
  char *path = write_file(MAP_MIN + 100);
  Source s;
  CHECK_INT(src_load(&s, path, MAP_MIN), SRC_TOO_LARGE);
  unlink(path);
  free(path);
}

/* Bytes 20-21 are a good "é", 40 a stray continuation byte, 60-61 a
** lead byte cut short by a line end; the rest ASCII, words of eight. */
static void test_utf8_in_ranges(void) {
  char text[80];
  memset(text, 'x', sizeof text);
  memcpy(text + 20, "\xc3\xa9", 2);
  text[40] = (char)0x80;
  memcpy(text + 60, "\xc3\n", 2);
  Source s;
  src_from_memory(&s, "t", text, sizeof text);
  CHECK_INT(src_invalid_utf8(&s), 40);
  CHECK_INT(src_invalid_utf8_in(&s, 0, 40), -1);
  CHECK_INT(src_invalid_utf8_in(&s, 0, 41), 40);
  CHECK_INT(src_invalid_utf8_in(&s, 41, 80), 60);
  CHECK_INT(src_invalid_utf8_in(&s, 41, 60), -1);
  CHECK_INT(src_invalid_utf8_in(&s, 62, 80), -1);
  CHECK_INT(src_invalid_utf8_in(&s, 21, 22), 21); /* the second byte of "é", alone */
  src_free(&s);
}

int main(void) {
  test_large_file_is_mapped();
  test_page_sized_file_is_read();
  test_small_file_is_read();
  test_too_large();
  test_utf8_in_ranges();
  UNIT_END();
}
