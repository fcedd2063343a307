/*
** `wgc fmt` (docs/style.md): the command around the formatter (fmt.h),
** and the line diff it prints for --diff, which the language server's
** formatting sends as edits. Driver code, not the library.
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

/* The same diff as edits, for the language server's formatting: fn is
** called for each run of changed lines, in order, with the bytes of a
** they replace (a_len 0: an insertion at a_off) and the bytes of b that
** replace them; nothing when the lines are the same. */
typedef void (*FmtRun)(void *ctx, size_t a_off, size_t a_len, size_t b_off, size_t b_len);
void fmt_diff_runs(const char *a, size_t na, const char *b, size_t nb, FmtRun fn, void *ctx);

#endif
