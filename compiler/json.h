/*
** A streaming JSON writer. wgc only ever writes JSON, in an order it
** chooses, so a writer that prints as it goes is all it needs: no tree
** to build, no dependency, and the layout is fixed to the byte (jq's
** default pretty-printing, so `wgc json f | jq .` is the identity).
*/
#ifndef WGC_JSON_H
#define WGC_JSON_H

#include <stdint.h>
#include <stdio.h>

#include "../runtime/date.h"

/* jansson, which `wgc lsp` reads JSON with, exports these three names
** too; ours are renamed so that both link into one program. */
#define json_object wgc_json_object
#define json_array wgc_json_array
#define json_null wgc_json_null

enum { JSON_MAX_DEPTH = 256, JSON_BUFFER = 64 * 1024 };

/* The writer keeps its own buffer: a charter's JSON is millions of small
** pieces, and stdio's per-call locking cost more than all the checking. */
typedef struct Json {
  FILE *f;
  int depth;
  int after_key;
  size_t n; /* bytes in buf */
  unsigned char used[JSON_MAX_DEPTH]; /* the container holds a value already */
  char buf[JSON_BUFFER];
} Json;

/* A writer printing to f; the output is flushed to f when the outermost
** object or array closes. */
void json_init(Json *j, FILE *f);

void json_object(Json *j);     /* { */
void json_end_object(Json *j); /* } */
void json_array(Json *j);      /* [ */
void json_end_array(Json *j);  /* ] */

/* An object key, one of wgc's own names (plain ASCII: it is written as
** it is, unescaped); the next call writes its value. */
void json_key(Json *j, const char *key);

void json_str(Json *j, const char *s); /* a string, or null for NULL */
void json_strn(Json *j, const char *s, size_t n);
void json_int(Json *j, int64_t v);
void json_bool(Json *j, int v);
void json_null(Json *j);
void json_date(Json *j, wg_date d); /* "YYYY-MM-DD", or null */

#endif
