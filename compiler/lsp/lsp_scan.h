/*
** A light scan of a charter's text around a position, for completion and
** hover: what the cursor is in, which blocks enclose it, and what the
** statement before it says. It reads the text as it is now, broken or
** not, without the compiler: in an editor the file is half-typed most of
** the time, and the last tree may be older than the text.
*/
#ifndef WGC_LSP_SCAN_H
#define WGC_LSP_SCAN_H

#include <stdint.h>

enum { SCAN_WORD, SCAN_STRING, SCAN_COMMA };

typedef struct ScanTok {
  int type;
  uint32_t off, len;
} ScanTok;

/* Kinds of the blocks around the cursor: a kind, LW_TOP for the file, or
** SCAN_UNKNOWN for a block whose head is no kind keyword. */
enum { SCAN_UNKNOWN = -2, SCAN_MAX_DEPTH = 128 };

typedef struct ScanCtx {
  int block;          /* the innermost block's kind */
  int depth;          /* blocks open around the cursor */
  uint64_t given;     /* keys given in that block (bits of LwKey.key), its
                         head's inline ones included */
  int in_string, in_comment; /* the cursor is inside one */
  int has_word;       /* a word holds or touches the cursor: */
  ScanTok word;       /*   all of it */
  /* The statement the cursor is in, up to the word (or the cursor): */
  int ntok;           /* its tokens */
  ScanTok first, last;
  int head_kind;      /* its first token's kind if it is a kind keyword, else -1 */
  int key;            /* the last property key in it (LwKey.key), or -1 */
  ScanTok key_tok;
  int after_key;      /* tokens after that key */
  uint64_t stmt_keys; /* keys in it after its first word (a head's inline ones) */
} ScanCtx;

/* Scans len bytes of text up to offset off. */
void scan_context(const char *text, uint32_t len, uint32_t off, ScanCtx *out);

/* The offset of the first `{` in text[from, end) outside strings and
** comments, or UINT32_MAX: where a declaration's block opens. */
uint32_t scan_block_start(const char *text, uint32_t end, uint32_t from);

/* Property `key` of the declaration whose keyword starts at kw, whose
** bytes end at end and whose block opens at block (UINT32_MAX: none): on
** its line or at the top of its block, not inside what it holds. 1 and
** its values' bytes [*from, *to) (empty, at the key's end, if it has
** none), else 0. */
int scan_prop(const char *text, uint32_t kw, uint32_t end, uint32_t block, const char *key,
              uint32_t *from, uint32_t *to);

/* The end of the string token opening at text[i] (which is '"'), within
** len bytes. */
uint32_t scan_string_end(const char *text, uint32_t len, uint32_t i);

/* Whether byte c may be part of a word. */
int scan_word_byte(unsigned char c);

#endif
