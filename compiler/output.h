/*
** Writing outputs without losing or exposing anyone's data: `-o FILE`,
** and the in-place rewrites of `fmt -w` and `check --fix`. A file is
** either wholly the new output or left as it was; an input is never
** written over; links, devices, permissions and owners are respected.
** docs/output.md, "Where the output goes", says what each case does.
*/
#ifndef WGC_OUTPUT_H
#define WGC_OUTPUT_H

#include <stdio.h>
#include <sys/stat.h>

/* A file by identity, whatever path or link names it: what -o must not
** write over. */
typedef struct FileId {
  dev_t dev;
  ino_t ino;
  const char *name; /* for messages */
} FileId;

typedef struct Output {
  const char *path; /* as given, for messages; NULL for standard output */
  FILE *f;          /* where to write */
  int fd;           /* f's descriptor (Graphviz writes to it directly) */
  /* What output_open found, for output_commit. */
  int how;          /* how the bytes reach the target (output.c) */
  int error;        /* errno of f's first failed write */
  char *target;     /* the file written: path with its links followed */
  char *tmp;        /* the temporary file beside it, or NULL */
  struct stat st;   /* the target as it was; st_nlink 0 if there was none */
} Output;

/* Opens path for writing: standard output for NULL or "-". Refuses a
** path that is one of the n inputs (by device and inode, through any
** link), a folder, a block device or a socket. Returns 0, or -1 with a
** message printed. */
int output_open(Output *o, const char *path, const FileId *inputs, int n);

/* Puts what was written in place: rename, or copy for a file with other
** hard links; keeps the target's mode, owner and group where the process
** may. Returns 0, or -1 with a message printed and the target unchanged
** (but see docs/output.md on files rewritten in place). */
int output_commit(Output *o);

/* Drops what was written, leaving the target as it was. */
void output_abort(Output *o);

/* Rewrites the regular file at path to hold n bytes of text, as `fmt -w`
** and `check --fix` do, with output_open's guarantees; a file that holds
** these bytes already is not touched (its modification time stays), nor
** is one the user may not write (a read-only mode is refused).
** Returns 1 if it rewrote the file, 0 if it was already right, -1 on
** failure (a message printed, the file unchanged). */
int output_rewrite(const char *path, const char *text, size_t n);

/* Pipes a DOT text through Graphviz's `dot -T<format>` into o, without a
** shell, and stops it after `timeout` seconds (0: OUTPUT_RENDER_TIMEOUT);
** returns 0, or -1 with a message printed. */
enum { OUTPUT_RENDER_TIMEOUT = 60 };
int output_render(Output *o, const char *format, const char *dot_text, size_t n, int timeout);

#endif
