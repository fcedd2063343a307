/*
** The language server's one window on the compiler (docs/lsp.md,
** "Architecture"). Every other file of the server sees a charter only
** through this header: its diagnostics, a read-only outline of its
** declarations, the names they define and reference, facts from the
** checked model, the rule table and the schema table. lsp_wg.c alone
** includes the compiler's headers, so that when the compiler's internals
** change (the public library of issue 12), that file alone changes.
**
** Offsets are bytes into the text the document was loaded from; spans
** are [off, off + len). Everything a document hands out lives until
** lw_free.
*/
#ifndef WGC_LSP_WG_H
#define WGC_LSP_WG_H

#include <stddef.h>
#include <stdint.h>

typedef struct LwDoc LwDoc;

/* --- Loading ------------------------------------------------------------ */

/* Parses and checks len bytes of text (valid UTF-8, NUL bytes allowed)
** as the file `name`; never NULL (a file over the size limit, or out of
** memory, gives a document with that one diagnostic). The text is copied. */
LwDoc *lw_load(const char *name, const char *text, uint32_t len);
void lw_free(LwDoc *d);

/* --- Diagnostics ----------------------------------------------------- */

typedef struct LwSpan {
  uint32_t off, len;
} LwSpan;

typedef struct LwNote {
  LwSpan at;
  const char *msg;
} LwNote;

/* One replacement of the bytes at `at` by `text`. */
typedef struct LwEdit {
  LwSpan at;
  const char *text;
} LwEdit;

typedef struct LwFix {
  const char *title; /* "replace `owenr` with `owner`" */
  int safe;          /* the one right answer (docs/checks.md, "Fixes") */
  const LwEdit *edits;
  int nedits;
} LwFix;

typedef struct LwDiag {
  int code; /* 301 for WG301 */
  int error; /* 1 error, 0 warning (after the file's own `allow`s) */
  LwSpan at;
  const char *msg;
  const LwNote *notes;
  int nnotes;
  const LwFix *fixes;
  int nfixes;
} LwDiag;

/* The diagnostics shown (a warning silenced by `allow` is left out), in
** position order; returns how many. */
int lw_diags(LwDoc *d, const LwDiag **out);

/* --- Formatting (wgc fmt's layout, docs/style.md) ----------------------- */

/* The whole text in the layout: 0 with *out (free() it) of *n bytes; -1
** when it has syntax errors (or was not loaded: too large), -2 out of
** memory. */
int lw_format(LwDoc *d, char **out, size_t *n);

/* The smallest run of whole statements, in whole lines, that holds the
** bytes of range, in the layout: 0 with the bytes it replaces in *at and
** the new ones in *text (free() it), or -1 or -2 as lw_format. */
int lw_format_range(LwDoc *d, LwSpan range, LwSpan *at, char **text);

/* --- Rules ------------------------------------------------------------ */

typedef struct LwRule {
  int code;
  const char *name, *summary, *explanation;
  int error; /* default severity */
} LwRule;

/* The rule with this code, or NULL; lw_rule_by_index walks them all
** (NULL past the last). */
const LwRule *lw_rule(int code);
const LwRule *lw_rule_by_index(int i);

/* --- Schema ------------------------------------------------------------- */

/* Declaration kinds are 0 .. lw_nkinds()-1; LW_TOP stands for the file's
** top level where a kind is expected. */
enum { LW_TOP = -1 };

/* Value types a property takes, a bit set. */
enum {
  LW_T_NONE = 1,   /* no value: a flag */
  LW_T_INT = 2,
  LW_T_STRING = 4,
  LW_T_DATE = 8,
  LW_T_RANGE = 16,
  LW_T_WORD = 32,  /* one of `words` */
  LW_T_REF = 64,   /* a name of one of the kinds in `refs` */
  LW_T_RULE = 128  /* a rule's code or name */
};

typedef struct LwKey {
  int key;            /* index of the key, for lw_key_name */
  const char *name;   /* "depends_on" */
  const char *doc;    /* one line */
  unsigned types;     /* LW_T_* */
  unsigned refs;      /* LW_T_REF: bits of 1 << kind */
  int repeat, list, required;
  const char *const *words; /* LW_T_WORD: NULL-terminated */
} LwKey;

int lw_nkinds(void);
const char *lw_kind_name(int kind);
const char *lw_kind_doc(int kind);

/* Whether kind may stand in a declaration of kind `parent` (LW_TOP: at
** the top level). */
int lw_kind_allowed_in(int kind, int parent);

/* How a kind is named: 0 no name, 1 optional, 2 required; *int_name
** whether the name may be a number, *title whether a title is required. */
int lw_kind_naming(int kind, int *int_name, int *title);

/* The properties a declaration of kind takes (LW_TOP: what the top
** level takes), the common ones last; returns how many. */
int lw_kind_keys(int kind, const LwKey **out);

/* The property `name` (n bytes) in kind, or NULL if kind does not take
** it; lw_any_key finds it in whichever kind has it first. */
const LwKey *lw_key(int kind, const char *name, size_t n);
const LwKey *lw_any_key(const char *name, size_t n);

/* What lw_keyword finds a word to be (the schema's own values). */
enum { LW_NOT_KEYWORD, LW_KIND_WORD, LW_KEY_WORD };

/* LW_KIND_WORD if the n bytes at s are a kind keyword, LW_KEY_WORD a
** property key, else LW_NOT_KEYWORD; *index gets the kind (for a key,
** its index). */
int lw_keyword(const char *s, size_t n, int *index);

/* Whether the n bytes at s are a name a declaration of kind may take
** (an identifier that is no keyword, or a number where the kind allows
** one), as the compiler's own lexer reads it. */
int lw_valid_name(int kind, const char *s, size_t n);

/* --- The outline: declarations as written ------------------------------- */

typedef struct LwDecl LwDecl;
struct LwDecl {
  int kind;                 /* LW_TOP for the file */
  LwSpan at;                /* all of it, block included */
  LwSpan kw_at;             /* its keyword */
  LwSpan name_at;           /* its name, or its keyword if it has none */
  int has_name;
  uint32_t block;           /* offset of its `{`, or UINT32_MAX without */
  const char *id;           /* what references call it ("A.1"), or NULL */
  const char *title;        /* decoded, or NULL */
  int checked;              /* the checker saw it: lw_facts has something to say */
  const LwDecl *parent;
  const LwDecl *const *children;
  int nchildren;
};

/* The file as a declaration of kind LW_TOP; built on first use.
** Statements that did not parse are left out. */
const LwDecl *lw_root(LwDoc *d);

/* The innermost declaration whose span holds off (the root if none). */
const LwDecl *lw_decl_at(LwDoc *d, uint32_t off);

/* The values of property `key` of decl, as written at its own level
** (inline or in its block, not in what it holds): 1 and their bytes
** in *at (up to the statement's end), else 0. */
int lw_prop(LwDoc *d, const LwDecl *decl, const char *key, LwSpan *at);

/* --- Names ------------------------------------------------------------ */

/* An occurrence of a declared name: its definition or a reference. For a
** path (`I.1`) the occurrence is one of its parts: `I` names the topic,
** `1` (with `I.` before it) the recommendation. Names are known once the
** file is checked, syntax errors and all; not when a limit stopped the
** parse (WG108). */
typedef struct LwOcc {
  LwSpan at;          /* the part's bytes */
  const LwDecl *decl; /* the declaration it names */
  int is_def;         /* the declaration's own name */
} LwOcc;

/* The occurrence at off (within it or just after it), or 0. */
int lw_occurrence_at(LwDoc *d, uint32_t off, LwOcc *out);

/* Every occurrence of decl's name, its definition included, in source
** order; returns how many. The array is the document's, valid until the
** next call. */
int lw_occurrences(LwDoc *d, const LwDecl *decl, const LwOcc **out);

/* The declaration named id, or NULL. */
const LwDecl *lw_lookup(LwDoc *d, const char *id);

/* Every declaration that has an id, in source order; returns how many.
** In a file that was not checked, the ids are the names as written. */
int lw_named(LwDoc *d, const LwDecl *const **out);

/* --- Facts from the checked model ---------------------------------------- */

typedef struct LwFact {
  const char *label; /* "due" */
  const char *text;  /* "2013-11-08, the end of meeting `M2`" (markdown) */
} LwFact;

/* What the model says of decl once checked (owners, resolved dates and
** where they came from, seats, holders...); returns how many facts, 0
** when the file was not checked. */
int lw_facts(LwDoc *d, const LwDecl *decl, const LwFact **out);

#endif
