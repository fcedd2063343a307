/*
** What the checker cannot see (docs/checks.md, "After a mistake"). A
** statement that did not parse, or a property whose key the checker
** could not place, may have said something that would change a rule's
** answer: it may have given a key to the declaration it stands in,
** declared something there, or declared or used a name. The checker
** records all three here, and every rule that reports something as
** missing or unused, or sums over what a declaration holds, asks before
** it reports: one mechanism, so one mistake gives one diagnostic.
**
** What a broken statement may have said is read from its first word: a
** kind keyword (or a near miss of one) declares that kind, a property
** key gives that key; anything else may have been anything. Every word
** in it that looks like a name may declare or use that name.
*/
#include <string.h>

#include "sema.h"
#include "suggest.h"

enum { ALL_KINDS = (1u << WG_NKINDS) - 1 };
static const uint64_t ALL_KEYS = ~0ull;

/* --- The names broken statements mention: a hash set ------------------- */

static void add_name(Sema *s, const char *name) {
  if (s->nmaybe * 2 >= s->maybe_cap) {
    uint32_t cap = s->maybe_cap ? 2 * s->maybe_cap : 64;
    const char **v = wg_alloc(s->c->arena, cap * sizeof *v);
    for (uint32_t i = 0; i < s->maybe_cap; i++) {
      if (!s->maybe[i]) continue;
      uint32_t h = tree_hash(TREE_HASH_SEED, s->maybe[i], strlen(s->maybe[i])) & (cap - 1);
      while (v[h]) h = (h + 1) & (cap - 1);
      v[h] = s->maybe[i];
    }
    s->maybe = v;
    s->maybe_cap = cap;
  }
  uint32_t h = tree_hash(TREE_HASH_SEED, name, strlen(name)) & (s->maybe_cap - 1);
  for (; s->maybe[h]; h = (h + 1) & (s->maybe_cap - 1))
    if (strcmp(s->maybe[h], name) == 0) return;
  s->maybe[h] = name;
  s->nmaybe++;
}

int sema_maybe_name(const Sema *s, const char *name) {
  if (!s->nmaybe || !name) return 0;
  uint32_t h = tree_hash(TREE_HASH_SEED, name, strlen(name)) & (s->maybe_cap - 1);
  for (; s->maybe[h]; h = (h + 1) & (s->maybe_cap - 1))
    if (strcmp(s->maybe[h], name) == 0) return 1;
  return 0;
}

/* A byte that may stand in a name or a path ("A.1"); any byte of a
** multibyte character may, as letters do. */
static int name_byte(unsigned char ch) {
  return ch >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '.';
}

/* Records every word of b's bytes that may be a name, and, for a path,
** each of its prefixes ("A.1" also mentions "A"). Words inside strings
** count too: a title cannot use a name, but a mangled quote may have
** turned code into a string. */
static void add_words(Sema *s, const Decl *b) {
  const char *text = s->c->src->text;
  uint32_t i = b->at.off, end = b->at.off + b->at.len;
  while (i < end) {
    if (!name_byte((unsigned char)text[i])) {
      i++;
      continue;
    }
    uint32_t j = i;
    while (j < end && name_byte((unsigned char)text[j])) j++;
    for (uint32_t k = i; k <= j; k++)
      if (k == j || text[k] == '.')
        if (k > i) add_name(s, compile_normalize(s->c, text + i, k - i, 0));
    i = j;
  }
}

/* --- What a declaration may hold ------------------------------------------ */

/* The first word of b, and what it makes of it. */
static void first_word(Sema *s, const Decl *b, uint64_t *keys, uint32_t *kinds) {
  const char *text = s->c->src->text + b->at.off;
  uint32_t n = 0;
  while (n < b->at.len && name_byte((unsigned char)text[n]) && text[n] != '.') n++;
  char *word = wg_strndup(s->c->arena, text, n);
  int index;
  int what = n ? schema_keyword(word, n, &index) : 0;
  if (!what) { /* a near miss of a keyword counts as the keyword */
    const char *hint = n ? suggest(word, schema_keys, NKEYS) : NULL;
    const char *kind = n ? suggest(word, wg_kind_names, WG_NKINDS) : NULL;
    if (kind) what = schema_keyword(kind, (unsigned)strlen(kind), &index);
    else if (hint) what = schema_keyword(hint, (unsigned)strlen(hint), &index);
  }
  *keys = what == SCHEMA_KEY_WORD ? 1ull << index : what == SCHEMA_KIND_WORD ? 0 : ALL_KEYS;
  *kinds = what == SCHEMA_KIND_WORD ? 1u << index : what == SCHEMA_KEY_WORD ? 0 : ALL_KINDS;
}

void sema_note_broken(Sema *s, const Decl *d, const Decl *b) {
  uint64_t keys;
  uint32_t kinds;
  first_word(s, b, &keys, &kinds);
  DeclFacts *f = sema_d(s, d);
  f->maybe_keys |= keys;
  f->maybe_kinds |= kinds;
  add_words(s, b);
}

void sema_note_unknown_key(Sema *s, const Decl *d, int hint) {
  sema_d(s, d)->maybe_keys |= hint >= 0 ? 1ull << hint : ALL_KEYS;
}

int sema_maybe_key(const Sema *s, const Decl *d, int key) {
  return d && (sema_d(s, d)->maybe_keys >> key & 1);
}

int sema_gave(const Sema *s, const Decl *d, int key) {
  return d && (tree_find(d, key) || sema_maybe_key(s, d, key));
}

int sema_maybe_kind(const Sema *s, const Decl *d, int kind) {
  return d && (sema_d(s, d)->maybe_kinds >> kind & 1);
}
