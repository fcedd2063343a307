/*
** Properties against the schema table: is the key known and allowed
** here (WG206), given once where it takes one value (WG207), are its
** values of the right type and count (WG208), do its names resolve
** (WG204) to the right kind (WG205), are its ranges the right way round
** (WG505), and are the required ones there (WG210). A value found wrong
** is marked bad, and nothing downstream looks at it again.
*/
#include <stdio.h>
#include <string.h>

#include "sema.h"
#include "suggest.h"

/* "a role, body, group or working_group" for a set of kinds. */
static const char *kinds_phrase(Sema *s, unsigned kinds) {
  char *buf = wg_alloc(s->c->arena, 256), *o = buf;
  int n = 0, total = 0;
  for (int k = 0; k < WG_NKINDS; k++) total += (kinds >> k) & 1;
  for (int k = 0; k < WG_NKINDS; k++) {
    if (!(kinds & (1u << k))) continue;
    const char *sep = n == 0 ? "" : n == total - 1 ? " or " : ", ";
    o += sprintf(o, "%s%s", sep, n == 0 ? schema_kind_phrase(k) : wg_kind_names[k]);
    n++;
  }
  return buf;
}

/* "one of `a`, `b` or `c`". */
static const char *words_phrase(Sema *s, const char *const *words) {
  char *buf = wg_alloc(s->c->arena, 256), *o = buf;
  o += sprintf(o, "one of ");
  for (int i = 0; words[i]; i++)
    o += sprintf(o, "%s`%s`", i == 0 ? "" : words[i + 1] ? ", " : " or ", words[i]);
  return buf;
}

/* What a property takes, for messages. */
static const char *expected(Sema *s, const PropSpec *p) {
  unsigned t = p->types & ~T_NONE;
  char *buf = wg_alloc(s->c->arena, 320);
  if (t == T_WORD) return words_phrase(s, p->words);
  if (t == T_INT) return "a whole number";
  if (t == T_STRING) return "a string in quotes";
  if (t == T_DATE) return "a date (YYYY-MM-DD)";
  if (t == T_RANGE) return "a range of dates (YYYY-MM-DD..YYYY-MM-DD)";
  if (t == (T_DATE | T_RANGE)) return "a date or a range of dates";
  if (t == T_NAME) return "the code or name of a rule";
  if (t == T_REF) return kinds_phrase(s, p->refs);
  snprintf(buf, 320, "a date or %s", kinds_phrase(s, p->refs));
  return buf;
}

/* What a value is, for messages. */
static const char *found(Sema *s, const Value *v) {
  char *buf = wg_alloc(s->c->arena, 96);
  switch (v->type) {
  case V_IDENT: case V_PATH: snprintf(buf, 96, "the name `%.60s`", v->s); return buf;
  case V_INT: snprintf(buf, 96, "the number %s", v->s); return buf;
  case V_STRING: return "a string";
  case V_DATE: return "a date";
  default: return "a range of dates";
  }
}

static void mismatch(Sema *s, const PropSpec *p, const Value *v) {
  diag_report(s->c, 208, v->at, "`%s` takes %s, not %s", schema_keys[p->key], expected(s, p),
              found(s, v));
  sema_v(s, v)->bad = 1;
}

static void check_word(Sema *s, const PropSpec *p, const Value *v) {
  int n = 0;
  while (p->words[n]) n++;
  for (int i = 0; i < n; i++)
    if (strcmp(v->s, p->words[i]) == 0) {
      sema_v(s, v)->word = (uint8_t)(i + 1);
      return;
    }
  int several;
  const char *hint = suggest_one(v->s, p->words, n, &several);
  char tail[96] = "";
  if (hint) snprintf(tail, sizeof tail, "; did you mean `%s`?", hint);
  Diag *g = diag_report(s->c, 208, v->at, "`%.60s` is not a `%s`: use %s%s", v->s,
                        schema_keys[p->key], words_phrase(s, p->words), tail);
  if (hint) diag_fix1(s->c, g, !several, v->at, hint, hint);
  sema_v(s, v)->bad = 1;
}

/* Records the names a resolved value uses: for a path "A.1", "1" names
** the recommendation and "A" the topic (each part that names a
** declaration of its own: renaming a topic renames its paths). */
static void add_refs(Sema *s, const Value *v, const Name *n) {
  const char *text = s->c->src->text;
  uint32_t start = v->at.off, end = v->at.off + v->at.len;
  if (v->type != V_PATH) {
    sema_add_ref(s, v->at, n->kind, n->index);
    return;
  }
  const char *dot = v->s;
  uint32_t part = start; /* where the current part is written */
  for (;;) {
    uint32_t e = part;
    while (e < end && text[e] != '.' && text[e] != ' ' && text[e] != '\t') e++;
    const char *next = strchr(dot, '.');
    size_t len = next ? (size_t)(next - v->s) : strlen(v->s);
    const Name *m = next ? sema_find(s, wg_strndup(s->c->arena, v->s, len),
                                     tree_hash(TREE_HASH_SEED, v->s, len))
                         : n;
    if (m) sema_add_ref(s, (wg_span){part, e - part}, m->kind, m->index);
    if (!next) return;
    dot = next + 1;
    while (e < end && text[e] != '.') e++; /* the spaces and the dot */
    part = e + 1;
    while (part < end && (text[part] == ' ' || text[part] == '\t')) part++;
  }
}

static void resolve(Sema *s, const PropSpec *p, const Value *v) {
  ValueFacts *f = sema_v(s, v);
  const Name *n = v->type == V_INT ? sema_lookup(s, v->s) : sema_find(s, v->s, v->hash);
  if (!n && sema_maybe_name(s, v->s)) {
    f->bad = 1; /* a statement that did not parse may declare it */
    return;
  }
  if (!n) {
    Diag *d = diag_report(s->c, 204, v->at, "there is no `%.60s` in this charter", v->s);
    sema_want_suggestion(s, d, v->s, p->refs);
    f->bad = 1;
    s->unresolved++;
    return;
  }
  if (!(p->refs & (1u << n->kind))) {
    Diag *d = diag_report(s->c, 205, v->at, "`%.60s` is %s, but `%s` takes %s", v->s,
                          schema_kind_phrase(n->kind), schema_keys[p->key],
                          kinds_phrase(s, p->refs));
    diag_note(s->c, d, sema_decl(s, n)->name->at, "`%.60s` is declared here", v->s);
    f->bad = 1;
    return;
  }
  f->kind = (int8_t)n->kind;
  f->index = (int32_t)n->index;
  add_refs(s, v, n);
}

static void check_date(Sema *s, const PropSpec *p, const Value *v) {
  if (v->first == WG_NODATE) sema_v(s, v)->bad = 1; /* the lexer reported it */
  else if (!(p->types & (v->type == V_DATE ? T_DATE : T_RANGE))) mismatch(s, p, v);
  else if (v->type == V_RANGE && v->first > v->last) {
    diag_report(s->c, 505, v->at, "%s", "this range ends before it starts");
    sema_v(s, v)->bad = 1;
  }
}

static void check_value(Sema *s, const PropSpec *p, const Value *v) {
  wg_date first, last;
  Precision prec;
  switch (v->type) {
  case V_INT:
    if (v->i > MAX_INTEGER) {
      sema_v(s, v)->bad = 1; /* the lexer reported it */
      return;
    }
    if (p->types & T_INT) return;
    if ((p->types & T_DATE) && tree_dates(v, &first, &last, &prec)) return; /* a year */
    if (p->types & T_REF) resolve(s, p, v);
    else mismatch(s, p, v);
    return;
  case V_STRING:
    if (!(p->types & T_STRING)) mismatch(s, p, v);
    return;
  case V_DATE: case V_RANGE: check_date(s, p, v); return;
  case V_PATH:
    if (p->types & T_REF) resolve(s, p, v);
    else mismatch(s, p, v);
    return;
  case V_IDENT:
    if (p->types & T_WORD) check_word(s, p, v);
    else if (p->types & T_REF) resolve(s, p, v);
    else if (!(p->types & T_NAME)) mismatch(s, p, v);
    return;
  }
}

/* WG208 for the number of values; 0 if the property is unusable. */
static int check_count(Sema *s, const PropSpec *p, const Prop *prop) {
  const char *key = schema_keys[p->key];
  if (p->types == T_NONE && prop->nvals) {
    diag_report(s->c, 208, prop->vals->at, "`%s` takes no value", key);
    return 0;
  }
  if (p->types != T_NONE && !prop->nvals) {
    diag_report(s->c, 208, tree_key_at(prop), "`%s` needs a value: %s", key, expected(s, p));
    return 0;
  }
  if (!(p->flags & P_LIST) && prop->nvals > 1) {
    diag_report(s->c, 208, prop->vals->next->at, "`%s` takes one value, not %d%s", key,
                prop->nvals,
                p->types & T_RANGE ? ": write a range of dates as `2013-05-30..2013-05-31`" : "");
    return 0;
  }
  return 1;
}

/* "`a`, `b` and `c`", or the common properties alone. */
static const char *list_keys(Sema *s, const char *const *keys, int n) {
  char *buf = wg_alloc(s->c->arena, 512), *o = buf;
  if (n == 0) return "only `note`, `link` and `allow`";
  for (int i = 0; i < n; i++)
    o += sprintf(o, "%s`%s`", i == 0 ? "" : i == n - 1 ? " and " : ", ", keys[i]);
  return buf;
}

/* WG206: a key that is no keyword, or not one this kind takes. Returns
** the key it was taken for (a close one this kind takes), or -1. */
static int unknown_property(Sema *s, const Decl *d, const Prop *p) {
  const char *cands[NKEYS + 4];
  int n = 0;
  const KindSpec *k = d->kind >= 0 ? &schema_kinds[d->kind] : NULL;
  for (int i = 0; k && i < k->nprops; i++) cands[n++] = schema_keys[k->props[i].key];
  for (int i = 0; i < schema_ncommon; i++) cands[n++] = schema_keys[schema_common[i].key];
  char *key = wg_strndup(s->c->arena, s->c->src->text + p->at.off, p->key_len);
  int several;
  const char *hint = p->key < 0 ? suggest_one(key, cands, n, &several) : NULL;
  char tail[96] = "";
  if (hint) snprintf(tail, sizeof tail, "; did you mean `%s`?", hint);
  Diag *g;
  if (d->kind < 0)
    g = diag_report(s->c, 206, tree_key_at(p), "`%.60s` cannot stand at the top level: "
                    "properties belong inside a declaration's block%s", key, tail);
  else if (p->key >= 0)
    g = diag_report(s->c, 206, tree_key_at(p), "%s has no property `%s`: it takes %s",
                    schema_kind_phrase(d->kind), key, list_keys(s, cands, n - schema_ncommon));
  else
    g = diag_report(s->c, 206, tree_key_at(p), "unknown property `%.60s`%s", key, tail);
  if (hint) diag_fix1(s->c, g, !several, tree_key_at(p), hint, hint);
  int index = -1;
  if (hint) schema_keyword(hint, (unsigned)strlen(hint), &index);
  return index;
}

_Static_assert(NKEYS <= 64, "the keys given are a 64-bit set");

void sema_check_props(Sema *s, const Decl *d) {
  uint64_t seen = 0; /* the keys given so far, as bits: clearing an array of
                        pointers took a sixth of this function's time */
  for (Prop *p = d->props; p; p = p->next) {
    const PropSpec *spec = p->key < 0 ? NULL
                           : d->kind < 0 ? (p->key == KEY_ALLOW ? schema_prop(-1, p->key) : NULL)
                                         : schema_prop(d->kind, p->key);
    if (!spec) {
      sema_note_unknown_key(s, d, unknown_property(s, d, p));
      s->pbad[p->n] = 1;
      continue;
    }
    if ((seen >> p->key & 1) && !(spec->flags & P_REPEAT)) {
      Diag *g = diag_report(s->c, 207, tree_key_at(p), "`%s` is given twice; it takes one value",
                            schema_keys[p->key]);
      diag_note(s->c, g, tree_key_at(tree_find(d, p->key)), "`%s` is first given here",
                schema_keys[p->key]);
      s->pbad[p->n] = 1;
      continue;
    }
    seen |= 1ull << p->key;
    if (!check_count(s, spec, p)) {
      s->pbad[p->n] = 1;
      continue;
    }
    s->allows += p->key == KEY_ALLOW;
    for (Value *v = p->vals; v; v = v->next) check_value(s, spec, v);
  }
  const KindSpec *k = d->kind >= 0 ? &schema_kinds[d->kind] : NULL;
  for (int i = 0; k && i < k->nprops; i++)
    if ((k->props[i].flags & P_REQUIRED) && !(seen >> k->props[i].key & 1) &&
        !sema_maybe_key(s, d, k->props[i].key))
      diag_report(s->c, 210, d->kw_at, "this `%s` needs `%s`: %s", wg_kind_names[d->kind],
                  schema_keys[k->props[i].key], k->props[i].doc);
}
