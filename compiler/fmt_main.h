/*
** `wgc fmt` (docs/style.md): the command around the formatter (fmt.h),
** and the line diff it prints for --diff. Driver code, not the library.
*/
#ifndef WGC_FMT_MAIN_H
#define WGC_FMT_MAIN_H

#include <stddef.h>
#include <stdio.h>

/* `wgc fmt [--check] [--diff] [-w] FILE-or-DIR...`, argv after "fmt";
** returns the exit status. */
int fmt_main(int argc, char **argv);

/* Writes a unified diff from the na bytes at a to the nb bytes at b,
** both under the name `name` (`--- a/NAME`, `+++ b/NAME`); nothing when
** they have the same lines (fmt_diff.c). */
void fmt_diff(FILE *f, const char *name, const char *a, size_t na, const char *b, size_t nb);

#endif
