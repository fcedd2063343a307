/*
** The syntax tree: one generic shape for every construct (LANGUAGE.md
** §2). A declaration has a kind, an optional name and title, properties
** and nested declarations; which of these are allowed is the schema's
** business (schema.h), checked by the checker, not the grammar.
** Every node lives in the compilation's arena.
*/
#ifndef WGC_TREE_H
#define WGC_TREE_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/wg.h"
#include "compile.h"

typedef enum ValueType { V_IDENT, V_PATH, V_INT, V_STRING, V_DATE, V_RANGE } ValueType;

/* Kept small: a large charter has a million of these. */
typedef struct Value {
  wg_span at;
  const char *s; /* IDENT and PATH: the NFC name ("A.1"); STRING: decoded text;
                    INT: the digits */
  union {
    int64_t i; /* INT */
    struct {
      wg_date first, last; /* DATE: its first and last day (differ for "2013-05");
                              RANGE: first day of the start, last day of the end */
    };
    uint32_t hash; /* IDENT and PATH: tree_hash of s, for the name table */
  };
  struct Value *next;
  int32_t rindex;      /* set by the checker: a resolved reference's model index */
  uint8_t type : 3;    /* a ValueType */
  uint8_t month : 2;   /* DATE: 1 if written as a month, 2 as a year */
  uint8_t bad : 1;     /* set by the checker: invalid or unresolved, reported */
  uint8_t word;        /* set by the checker: WORD, 1 + its place in the set */
  int8_t rkind;        /* set by the checker: a resolved reference's wg_kind */
} Value;

typedef struct Prop {
  int key;          /* a Key (schema.h), or -1 for a key that is no keyword */
  uint32_t key_len; /* the key's bytes, at at.off (tree_key_at) */
  wg_span at;       /* key and values */
  Value *vals;
  int nvals;
  int bad; /* set by the checker: not allowed here, or given twice */
  struct Prop *next;
} Prop;

/* Where p's key is written. */
static inline wg_span tree_key_at(const Prop *p) { return (wg_span){p->at.off, p->key_len}; }

struct Decl {
  int kind;      /* a wg_kind, or -1 for the file's root */
  wg_span kw_at; /* the kind keyword */
  wg_span at;    /* the whole declaration, block included */
  Value *name;   /* IDENT or INT, or NULL */
  Value *title;  /* STRING, or NULL */
  Prop *props;   /* inline ones first, then the block's, in source order */
  struct Decl *children, *next;
  struct Decl *parent; /* set by the checker's first pass */
  /* Set by the checker: */
  int bad;    /* misplaced: neither it nor what it holds is checked further */
  int index;  /* its place in the model's array for its kind */
  int unknown_props; /* has a property the checker could not place (WG206):
                        it may be a misspelt one, so nothing is reported
                        missing from this declaration */
  /* Copied from the name by the parser, while it is in cache: the
  ** checker's first pass would otherwise wait on memory for each. */
  const char *id;   /* its name as other declarations refer to it; the checker
                       qualifies a recommendation's ("A.1") and clears a name it
                       rejects. Read only for declarations the checker entered. */
  uint32_t id_hash; /* tree_hash of id */
  int int_name;     /* named by a number */
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

/* Appends a property written on the declaration's own line. */
void tree_add_inline(Ctx *c, Decl *d, Prop *p);

/* Attaches the block closed by rbrace to d. */
void tree_add_block(Ctx *c, Decl *d, Body *b, Token rbrace);

/* Appends a declaration, or a property, to a body. */
void tree_add_decl(Body *b, Decl *d);
void tree_add_prop(Body *b, Prop *p);

/* Makes the file's statements the children of c->root. */
void tree_finish_root(Ctx *c, Body *b);

/* A property with key token key (a keyword or, if !is_keyword, a plain
** identifier) and values v (NULL for none). */
Prop *tree_prop(Ctx *c, Token key, int is_keyword, VList *v);

/* A value of type t from token tok (IDENT, INT, STRING or DATE). */
Value *tree_value(Ctx *c, ValueType t, Token tok);

/* A DATE..DATE range. */
Value *tree_range(Ctx *c, Token from, Token to);

/* A path a.b, and one more part. */
Value *tree_path(Ctx *c, Token a, Token b);
void tree_path_extend(Ctx *c, Value *p, Token b);

#endif
