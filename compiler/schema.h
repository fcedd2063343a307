/*
** The language as data (docs/schema.md, made from it): which declaration kinds exist,
** where each may stand, what it is named, and which properties it takes
** with their value types and arity. The lexer takes its keywords from
** here, the checker its structure rules (WG2xx), and `wgc schema` prints
** it for the docs and the editor grammars.
*/
#ifndef WGC_SCHEMA_H
#define WGC_SCHEMA_H

#include "../runtime/wg.h"

typedef enum Key {
  KEY_ESTABLISHED, KEY_ESTABLISHED_BY, KEY_REPORTS_TO, KEY_REPORT_DUE, KEY_TERM,
  KEY_DECIDES_BY, KEY_CHARACTER, KEY_ADOPTED, KEY_ADOPTED_BY, KEY_TASK,
  KEY_CONSTRAINT, KEY_HELD_BY, KEY_SEATS, KEY_OPEN, KEY_STAKEHOLDER,
  KEY_PER_REGION, KEY_MEMBERS, KEY_FROM, KEY_ON, KEY_AT, KEY_EVERY, KEY_AGENDA,
  KEY_ONLINE, KEY_OWNER, KEY_DUE, KEY_AFTER, KEY_DEPENDS_ON, KEY_STATUS,
  KEY_COST, KEY_NOTE, KEY_LINK, KEY_AS_OF, KEY_ALLOW,
  /* version 2 (docs/language.md) */
  KEY_SINCE, KEY_UNTIL, KEY_CHAIRED_BY, KEY_LIAISES_WITH, KEY_QUOTA, KEY_MINIMUM,
  KEY_STANDING, KEY_OPTIONAL, KEY_NON_VOTING, KEY_DONE, NKEYS
} Key;

/* Value types, a bit set: what one value of a property may be. */
enum {
  T_NONE = 1,    /* no value at all: a flag such as `open` */
  T_INT = 2,     /* a non-negative integer */
  T_STRING = 4,
  T_DATE = 8,
  T_RANGE = 16,  /* DATE..DATE */
  T_WORD = 32,   /* one word of the property's word set */
  T_REF = 64,    /* a name (or path) declared elsewhere, of kinds `refs` */
  T_NAME = 128,  /* a rule code or name (`allow`) */
  T_OFFSET = 256, /* a T_REF date moved by `+ N UNIT` or `- N UNIT` (5.2) */
  T_PAIR = 512   /* a name and a number: `quota african 11` (5.7) */
};

/* Property flags. */
enum {
  P_REPEAT = 1,   /* may be given again; the values add up */
  P_LIST = 2,     /* takes one or more values joined by ',' */
  P_REQUIRED = 4  /* must be given (WG210) */
};

typedef struct PropSpec {
  Key key;
  unsigned types, flags;
  unsigned refs;             /* T_REF: accepted kinds, bits of 1 << wg_kind */
  const char *const *words;  /* T_WORD: the word set */
  const char *doc;           /* one line for docs and completion */
} PropSpec;

/* How a kind is named. */
enum { NAME_NONE, NAME_OPTIONAL, NAME_REQUIRED };

typedef struct KindSpec {
  const char *doc;      /* one line for docs and completion */
  int name;             /* NAME_* */
  int int_name;         /* the name may be an integer */
  int title_required;
  unsigned parents;     /* where it may stand: bits of 1 << wg_kind, and IN_TOP */
  const PropSpec *props;
  int nprops;
} KindSpec;

enum { IN_TOP = 1u << WG_NKINDS };

extern const KindSpec schema_kinds[WG_NKINDS];
extern const char *const schema_keys[NKEYS];

/* Properties every declaration takes: note, link, allow. */
extern const PropSpec schema_common[];
extern const int schema_ncommon;

/* What schema_keyword finds a word to be. */
enum { SCHEMA_NOT_KEYWORD, SCHEMA_KIND_WORD, SCHEMA_KEY_WORD };

/* Classifies an identifier: SCHEMA_KIND_WORD for a kind keyword,
** SCHEMA_KEY_WORD for a property key, SCHEMA_NOT_KEYWORD (0) for
** neither; *index gets the wg_kind or Key. */
int schema_keyword(const char *s, unsigned n, int *index);

/* Whether kind (is_kind) or key `index` is a keyword since version 2
** (docs/language.md), which a version 1 file may use as a name. */
static inline int schema_new_keyword(int is_kind, int index) {
  return is_kind ? index >= WG_MILESTONE : index >= KEY_SINCE;
}

/* Whether the keyword index is sorted and consistent (unit tests). */
int schema_keywords_sorted(void);

/* "a deliverable", "an event", "the working group": a kind's name with
** its article, for messages; "the top level" for a kind < 0. */
const char *schema_kind_phrase(int kind);

/* The spec of property key in kind, or NULL if it does not take it. */
const PropSpec *schema_prop(int kind, int key);

/* Prints the schema as JSON (for editors and tests). */
void schema_print_json(void *file);

/* Prints the schema as a markdown reference (docs/schema.md). */
void schema_print_markdown(void *file);

#endif
