/*
** Standard output and standard error, written through streams of wgc's
** own that remember the first failed write and why, so that a full disk,
** a closed descriptor or a closed pipe is never taken for success
** (docs/output.md, "Writing"). Messages to the user go through
** io_error, which escapes for the terminal whatever names it quotes.
*/
#ifndef WGC_IO_H
#define WGC_IO_H

#include <stdio.h>

/* The status after a reader closed the pipe wgc was writing to: that of
** a process ended by SIGPIPE, as a shell reports it (128 + 13). */
enum { IO_EXIT_PIPE = 141 };

/* Standard output and standard error, between io_begin and io_end. */
extern FILE *io_out, *io_err;

/* Opens io_out and io_err over descriptors 1 and 2. A descriptor 0, 1 or
** 2 that is closed is first held by /dev/null opened the wrong way, so
** that no file wgc opens can take its number and writes to it fail. */
void io_begin(void);

/* Flushes and closes both; returns status, or 2 after a failed write
** (said on standard error when that still works), or IO_EXIT_PIPE after
** a closed pipe (said nothing: the reader has all it wanted). */
int io_end(int status);

/* Whether a write to standard output or error has failed already, so
** that long work whose output is lost can stop. */
int io_failed(void);

/* A stream writing to descriptor fd that keeps in *error the errno of
** its first failed write (0 while none has failed); closing it leaves
** fd open. */
FILE *io_stream(int fd, int *error);

/* "wgc: MESSAGE\n" on standard error, printf-style, control and bidi
** characters in it escaped (term.h). */
void io_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
