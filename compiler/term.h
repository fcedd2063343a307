/*
** Text for terminals: what a file name, a message or a line of a charter
** holds is shown so that it cannot move the cursor, recolour or clear the
** screen, start a line of its own or reorder what follows. Control
** characters (C0, DEL) and bytes that are not UTF-8 are shown as `\x1b`;
** C1 controls, bidi controls and line separators as `<U+202E>`
** (docs/output.md, "Terminals").
*/
#ifndef WGC_TERM_H
#define WGC_TERM_H

#include <stddef.h>
#include <stdio.h>

enum { TERM_TAB = 1 }; /* keep tabs as they are (lines of a charter) */

/* Writes n bytes of s, escaped. */
void term_write(FILE *f, const char *s, size_t n, int flags);

/* The same for a NUL-terminated string. */
void term_puts(FILE *f, const char *s, int flags);

/* The columns the escaped form of n bytes of s takes on a terminal (wide
** characters count 2, a kept tab 1). */
int term_width(const char *s, size_t n, int flags);

/* Whether code point cp is one that term_write and the JSON writer
** escape although it is valid text: a C1 control, a bidi control, or
** U+2028/U+2029. */
int term_is_hidden(int cp);

#endif
