/*
** The syntax tree: one generic shape for every construct
** (docs/language.md). A declaration has a kind, an optional name and
** title, properties and nested declarations; which of these are
** allowed is the schema's business (schema.h), checked by the checker,
** not the grammar.
** Every node lives in the compilation's arena.
*/
#ifndef WGC_TREE_H
#define WGC_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/wg.h"
#include "compile.h"

/* The last four are version 2's value forms (docs/language.md), written
** as parts side by side: V_SIGN is the `+` or `-` of an offset, a part
** only; V_OFFSET is `REF + N UNIT`, V_PAIR `IDENT INTEGER`, and V_SEQ
** any other run of parts (a forgotten comma: `owner T U`), which the
** checker reports. Each is one node over all its tokens, its parts in
** `parts`. */
typedef enum ValueType {
  V_IDENT, V_PATH, V_INT, V_STRING, V_DATE, V_RANGE, V_SIGN, V_OFFSET, V_PAIR, V_SEQ
} ValueType;

/* How a date was written (wg_precision). */
typedef enum Precision { P_DAY = WG_DAY, P_MONTH = WG_MONTH, P_QUARTER = WG_QUARTER, P_YEAR = WG_YEAR } Precision;

/* "No such offset": a block that was never closed, a statement ended by
** the `}` or the end of the file that follows it. */
#define TREE_NONE UINT32_MAX

/* Each node has a number, dense per node type (values, properties,
** declarations) in parse order: the checker keeps what it finds about a
** node in arrays indexed by it (sema.h), never in the node. */

/* Kept small: a large charter has a million of these. */
typedef struct Value {
  wg_span at;  /* every byte of it: "I.1" for a path, both dates for a range */
  const char *s; /* IDENT and PATH: the NFC name ("A.1"); STRING: decoded text;
                    INT: the digits */
  union {
    int64_t i; /* INT */
    struct {
      wg_date first, last; /* DATE: its first and last day (differ for "2013-05");
                              RANGE: first day of the start, last day of the end */
    };
    uint32_t hash; /* IDENT and PATH: tree_hash of s, for the name table */
    struct Value *parts; /* OFFSET, PAIR and SEQ: the first part; the
                            others follow it by `next` */
  };
  struct Value *next;
  uint32_t n;        /* its number among the values */
  uint8_t type : 4;  /* a ValueType */
  uint8_t neg : 1;   /* SIGN, OFFSET: a `-` */
  uint8_t prec : 2;  /* DATE and RANGE: a Precision (a range: its start's) */
  uint8_t prec_end : 2; /* RANGE: its end's Precision */
} Value;

/* An OFFSET's parts: the date it moves (a name, a path or a date), the
** number and the unit word. */
static inline const Value *tree_offset_base(const Value *v) { return v->parts; }
static inline const Value *tree_offset_amount(const Value *v) { return v->parts->next->next; }
static inline const Value *tree_offset_unit(const Value *v) { return v->parts->next->next->next; }

/* Whether v has parts (OFFSET, PAIR, SEQ). */
static inline int tree_compound(const Value *v) { return v->type >= V_OFFSET; }

/* How a statement ended: the token is at `end` (TREE_NONE for END_IMPLIED). */
typedef enum StatementEnd { END_NEWLINE, END_SEMI, END_IMPLIED } StatementEnd;

typedef struct Prop {
  int key;          /* a Key (schema.h), or -1 for a key that is no keyword */
  uint32_t key_len; /* the key's bytes, at at.off (tree_key_at) */
  wg_span at;       /* key and values */
  Value *vals;
  struct Prop *next;
  int nvals;
  uint32_t n;       /* its number among the properties */
  uint32_t end;     /* the newline or `;` that ended it */
  uint8_t end_kind; /* a StatementEnd; inline properties end with their declaration */
  uint8_t inline_;  /* written on its declaration's line, not in its block */
} Prop;

/* Where p's key is written. */
static inline wg_span tree_key_at(const Prop *p) { return (wg_span){p->at.off, p->key_len}; }

/* A declaration's kind when the statement did not parse: the node keeps
** its bytes (at) and its place, and the checker skips it. */
enum { DECL_ROOT = -1, DECL_BROKEN = -2 };

/* The syntax tree is read-only once parsed (docs/library.md): every
** field is set by the parser. */
struct Decl {
  int kind;      /* a wg_kind, DECL_ROOT for the file, DECL_BROKEN */
  wg_span kw_at; /* the kind keyword */
  wg_span at;    /* the whole declaration, block included; a broken statement's bytes */
  Value *name;   /* IDENT or INT, or NULL */
  Value *title;  /* STRING, or NULL */
  Prop *props;   /* inline ones first, then the block's, in source order */
  struct Decl *children, *next;
  struct Decl *parent; /* NULL for the root */
  uint32_t n;          /* its number among the declarations (the root's is 0) */
  uint32_t lbrace, rbrace; /* offsets of its block's braces, or TREE_NONE */
  uint32_t end;        /* the newline or `;` that ended it */
  uint8_t end_kind;    /* a StatementEnd */
  uint8_t int_name;    /* named by a number */
  /* Copied from the name by the parser, while it is in cache: the
  ** checker's first pass would otherwise wait on memory for each. */
  const char *id;      /* the name as written, NFC ("1" in topic A, not "A.1") */
  uint32_t id_hash;    /* tree_hash of id */
};

typedef struct Decl Decl;

/* The name table's hash (FNV-1a; sema.c) of n more bytes at s, from h
** (TREE_HASH_SEED to start). The parser computes it for every name while
** the name's bytes are in cache; the checker looks names up by it. */
#define TREE_HASH_SEED 2166136261u
static inline uint32_t tree_hash(uint32_t h, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The first property with this key in d, or NULL. */
Prop *tree_find(const Decl *d, int key);

/* --- Building, from the grammar's actions ------------------------------ */

/* The statements of a block (or the file), in source order. */
typedef struct Body {
  Prop *props, *plast;
  Decl *decls, *dlast;
} Body;

/* Values joined by ','. */
typedef struct VList {
  Value *first, *last;
  int n;
} VList;

/* A declaration headed by keyword kw. */
Decl *tree_decl(Ctx *c, Token kw, Value *name, Value *title);

/* Appends the statement that did not parse, from offset from to offset
** to and ended by token end, to a body. One that says nothing (it starts
** with no word: a stray `}`, punctuation) is joined to such a one just
** before it, so that a million stray `}` make one node, not a million
** (docs/limits.md); what a broken statement may say is read from its
** first word and its words (sema_unsure.c), which the join keeps. */
void tree_add_broken(Ctx *c, Body *b, uint32_t from, uint32_t to, Token end);

/* Records that d, or p, was ended by token t (a newline or `;`; a
** token without bytes is the `}` or end of file that ended it). */
void tree_end_decl(const Ctx *c, Decl *d, Token t);
void tree_end_prop(const Ctx *c, Prop *p, Token t);

/* The first and last day a DATE or RANGE value stands for, and its
** precision (a range's start's); a four-digit INT stands for its year.
** Returns 0 (and WG_NODATE) for any other value, or a date the lexer
** rejected. */
int tree_dates(const Value *v, wg_date *first, wg_date *last, Precision *prec);

/* The precision of a RANGE's end (tree_dates gives its start's). */
Precision tree_end_precision(const Value *v);

/* Writes the source back from the tree into out (len bytes, as the
** source): every byte comes from a node, or from the trivia between two
** nodes (spaces, line ends, comments, commas between values), which is
** checked to be nothing else. Returns 0, or -1 at the first byte that
** no node accounts for (tree_print.c). */
int tree_print(const Ctx *c, char *out);

/* Appends a property written on the declaration's own line. */
void tree_add_inline(Ctx *c, Decl *d, Prop *p);

/* Attaches the block opened by lbrace and closed by rbrace to d. */
void tree_add_block(Ctx *c, Decl *d, Token lbrace, Body *b, Token rbrace);

/* Appends a declaration, or a property, to a body; its statement was
** ended by token end. */
void tree_add_decl(const Ctx *c, Body *b, Decl *d, Token end);
void tree_add_prop(const Ctx *c, Body *b, Prop *p, Token end);

/* Makes the file's statements the children of c->root. */
void tree_finish_root(Ctx *c, Body *b);

/* A property with key token key (a keyword or, if !is_keyword, a plain
** identifier) and values v (NULL for none). */
Prop *tree_prop(Ctx *c, Token key, int is_keyword, VList *v);

/* A value of type t from token tok (IDENT, INT, STRING or DATE). */
Value *tree_value(Ctx *c, ValueType t, Token tok);

/* A value's tokens as written, one space between two and none beside a
** `.` (paths and ranges), into out (room for n bytes); returns its
** length. It is how `wgc fmt` writes any value but a string
** (docs/style.md), and how a message quotes a value, so that formatting
** never changes a message. */
uint32_t tree_plain(const char *s, uint32_t n, char *out);

/* Frees the set by which the builder keeps each name once (c->names);
** the names stay. Called when parsing ends. */
void tree_names_free(Ctx *c);

/* A DATE..DATE range. */
Value *tree_range(Ctx *c, Token from, Token to);

/* Values written side by side (docs/language.md): a run of parts a, b,
** then more added one by one, then told what it is once complete. */
Value *tree_seq(Ctx *c, Value *a, Value *b);
void tree_seq_add(Ctx *c, Value *seq, Value *part);
Value *tree_seq_end(Ctx *c, Value *seq);

/* A path a.b, and one more part. */
Value *tree_path(Ctx *c, Token a, Token b);
void tree_path_extend(Ctx *c, Value *p, Token b);

#endif
