/*
** Escaping for terminals (term.h). One step function decides how each
** character is shown; term_write prints that and term_width measures it,
** so that a caret line padded by term_width stays under its column.
*/
#include "term.h"

#include <utf8proc.h>

/* Bidi controls, including the marks, as in the "Trojan Source" paper
** (CVE-2021-42574), and the line and paragraph separators, which some
** terminals and editors break lines at. */
int term_is_hidden(int cp) {
  return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f ||
         (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 ||
         cp == 0x2029;
}

enum { SHOW_RAW, SHOW_BYTE, SHOW_CODE_POINT };

typedef struct Unit {
  int how;  /* SHOW_* */
  size_t n; /* bytes of the source it stands for */
  int cp;   /* the code point (SHOW_CODE_POINT) or byte (SHOW_BYTE) */
  int width;
} Unit;

static Unit next_unit(const char *s, size_t n, int flags) {
  unsigned char c = (unsigned char)s[0];
  if (c < 0x80) {
    if ((c >= 0x20 && c != 0x7f) || (c == '\t' && (flags & TERM_TAB)))
      return (Unit){SHOW_RAW, 1, c, 1};
    return (Unit){SHOW_BYTE, 1, c, 4};
  }
  utf8proc_int32_t cp;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &cp);
  if (k <= 0) return (Unit){SHOW_BYTE, 1, c, 4};
  if (term_is_hidden(cp)) return (Unit){SHOW_CODE_POINT, (size_t)k, cp, cp > 0xffff ? 9 : 8};
  int w = utf8proc_charwidth(cp);
  return (Unit){SHOW_RAW, (size_t)k, cp, w < 0 ? 1 : w};
}

void term_write(FILE *f, const char *s, size_t n, int flags) {
  size_t run = 0; /* start of the bytes to write as they are */
  for (size_t i = 0; i < n;) {
    Unit u = next_unit(s + i, n - i, flags);
    if (u.how != SHOW_RAW) {
      fwrite(s + run, 1, i - run, f);
      if (u.how == SHOW_BYTE) fprintf(f, "\\x%02x", u.cp);
      else fprintf(f, "<U+%04X>", u.cp);
      run = i + u.n;
    }
    i += u.n;
  }
  fwrite(s + run, 1, n - run, f);
}

void term_puts(FILE *f, const char *s, int flags) {
  size_t n = 0;
  while (s[n]) n++;
  term_write(f, s, n, flags);
}

int term_width(const char *s, size_t n, int flags) {
  int w = 0;
  for (size_t i = 0; i < n;) {
    Unit u = next_unit(s + i, n - i, flags);
    w += u.width;
    i += u.n;
  }
  return w;
}
