/*
** Properties against the schema table: is the key known and allowed
** here (WG206), given once where it takes one value (WG207), are its
** values of the right type and count (WG208), do its names resolve
** (WG204) to the right kind (WG205), are its ranges the right way round
** (WG505), and are the required ones there (WG210). A value found wrong
** is marked bad, and nothing downstream looks at it again.
*/
#include <assert.h>
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
  unsigned t = p->types & ~(T_NONE | T_OFFSET);
  char *buf = wg_alloc(s->c->arena, 320);
  if (t == T_PAIR) return "the name of a region and a number, as in `quota african 11`";
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
  case V_RANGE: return "a range of dates";
  case V_OFFSET: return "a date counted from another (an offset)";
  case V_PAIR: return "a name and a number";
  default: return "several values";
  }
}

/* A value as `wgc fmt` writes it (tree_plain), for a message: then
** formatting never changes a message. Its first 60 bytes, not cutting a
** character. */
static const char *text_of(Sema *s, const Value *v) {
  enum { MAX = 60 };
  char *out = wg_alloc(s->c->arena, (size_t)v->at.len + 1);
  size_t n = tree_plain(s->c->src->text + v->at.off, v->at.len, out);
  if (n > MAX)
    for (n = MAX; n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80;) n--;
  out[n] = 0;
  return out;
}

static void mismatch(Sema *s, const PropSpec *p, const Value *v) {
  diag_report(s->c, RULE_INVALID_VALUE, v->at, "`%s` takes %s, not %s", schema_keys[p->key],
              expected(s, p), found(s, v));
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
  Diag *g = diag_report(s->c, RULE_INVALID_VALUE, v->at, "`%.60s` is not a `%s`: use %s%s", v->s,
                        schema_keys[p->key], words_phrase(s, p->words), tail);
  if (hint) diag_fix_replace(s->c, g, !several, v->at, hint);
  sema_v(s, v)->bad = 1;
}

/* Records the names a resolved value uses: for a path "A.1", "1" names
** the recommendation and "A" the topic (each part that names a
** declaration of its own: renaming a topic renames its paths). */
static void add_refs(Sema *s, const Value *v, const ValueFacts *f) {
  const char *text = s->c->src->text;
  uint32_t start = v->at.off, end = v->at.off + v->at.len;
  if (v->type != V_PATH) {
    sema_add_ref(s, v->at, f->kind, f->index);
    return;
  }
  const char *dot = v->s;
  uint32_t part = start; /* where the current part is written */
  for (;;) {
    uint32_t e = part;
    while (e < end && text[e] != '.' && text[e] != ' ' && text[e] != '\t') e++;
    const char *next = strchr(dot, '.');
    if (!next) {
      sema_add_ref(s, (wg_span){part, e - part}, f->kind, f->index);
      return;
    }
    size_t len = (size_t)(next - v->s);
    const Name *m = sema_find(s, wg_strndup(s->c->arena, v->s, len),
                              tree_hash(TREE_HASH_SEED, v->s, len));
    if (m) sema_add_ref(s, (wg_span){part, e - part}, m->kind, m->index);
    dot = next + 1;
    while (e < end && text[e] != '.') e++; /* the spaces and the dot */
    part = e + 1;
    while (part < end && (text[part] == ' ' || text[part] == '\t')) part++;
  }
}

/* The references among v and its parts: the values resolve() resolved. */
static void value_refs(Sema *s, const Value *v) {
  const ValueFacts *f = sema_v(s, v);
  if (f->kind >= 0) add_refs(s, v, f);
  if (tree_compound(v))
    for (const Value *part = v->parts; part; part = part->next) value_refs(s, part);
}

/* A block's properties and declarations are two lists, each in source
** order: taking whichever comes first gathers the references in source
** order, with no sort (a sort was 4% of the language server's time). */
static void decl_refs(Sema *s, const Decl *d) {
  const Prop *p = d->props;
  const Decl *c = d->children;
  while (p || c) {
    if (p && (!c || p->at.off < c->at.off)) {
      for (const Value *v = p->vals; v; v = v->next) value_refs(s, v);
      p = p->next;
    } else {
      decl_refs(s, c);
      c = c->next;
    }
  }
}

static int refs_sorted(const Sema *s) {
  for (int i = 1; i < s->nrefs; i++)
    if (s->refs[i - 1].at.off > s->refs[i].at.off) return 0;
  return 1;
}

void sema_collect_refs(Sema *s) {
  if (s->refs_collected) return;
  s->refs_collected = 1;
  decl_refs(s, s->c->root);
  if (!refs_sorted(s)) sema_sort_refs(s); /* a tree out of order: never yet */
}

static void resolve(Sema *s, const PropSpec *p, const Value *v) {
  ValueFacts *f = sema_v(s, v);
  const Name *n = v->type == V_INT ? sema_lookup(s, v->s) : sema_find(s, v->s, v->hash);
  if (!n && sema_maybe_name(s, v->s)) {
    f->bad = 1; /* a statement that did not parse may declare it */
    return;
  }
  if (!n) {
    Diag *d = diag_report(s->c, RULE_UNDEFINED_REFERENCE, v->at,
                          "there is no `%.60s` in this charter", v->s);
    sema_want_suggestion(s, d, v->s, p->refs);
    f->bad = 1;
    s->unresolved++;
    return;
  }
  if (!(p->refs & (1u << n->kind))) {
    Diag *d = diag_report(s->c, RULE_WRONG_KIND_REFERENCE, v->at,
                          "`%.60s` is %s, but `%s` takes %s", v->s, schema_kind_phrase(n->kind),
                          schema_keys[p->key], kinds_phrase(s, p->refs));
    diag_note(s->c, d, sema_decl(s, n)->name->at, "`%.60s` is declared here", v->s);
    f->bad = 1;
    return;
  }
  f->kind = (int8_t)n->kind;
  f->index = (int32_t)n->index;
}

static void check_date(Sema *s, const PropSpec *p, const Value *v) {
  if (v->first == WG_NODATE) sema_v(s, v)->bad = 1; /* the lexer reported it */
  else if (!(p->types & (v->type == V_DATE ? T_DATE : T_RANGE))) mismatch(s, p, v);
  else if (v->type == V_RANGE && v->first > v->last) {
    diag_report(s->c, RULE_REVERSED_RANGE, v->at, "%s", "this range ends before it starts");
    sema_v(s, v)->bad = 1;
  }
}

/* --- Version 2's value forms (docs/language.md) ------------------------- */

/* The words of an offset's units, each with its unit. */
static const struct {
  const char *word;
  int unit;
} offset_units[] = {{"day", WG_DAYS},   {"days", WG_DAYS},     {"week", WG_WEEKS},
                    {"weeks", WG_WEEKS}, {"month", WG_MONTHS}, {"months", WG_MONTHS}};

/* The most an offset may move a date, by unit: 100 years (docs/rules.md,
** WG511), the longest of which has 36525 days. */
static const long long offset_max[] = {[WG_DAYS] = 36525, [WG_WEEKS] = 5217, [WG_MONTHS] = 1200};

/* The unit of an offset (WG_DAYS, WG_WEEKS, WG_MONTHS); WG_NO_OFFSET for
** a word that is none. */
static int offset_unit(const Value *unit) {
  for (size_t i = 0; i < sizeof offset_units / sizeof *offset_units; i++)
    if (strcmp(unit->s, offset_units[i].word) == 0) return offset_units[i].unit;
  return WG_NO_OFFSET;
}

/* A date written where a name is expected in an offset: the date it
** stands for, for the message. */
static void offset_from_date(Sema *s, const Value *v, int unit) {
  const Value *base = tree_offset_base(v), *n = tree_offset_amount(v);
  wg_date first, last;
  Precision prec;
  char hint[64] = "";
  if (tree_dates(base, &first, &last, &prec) && unit != WG_NO_OFFSET && n->i <= offset_max[unit]) {
    char buf[11];
    wg_date to = wg_date_add(first, v->neg ? -n->i : n->i, unit);
    if (to != WG_NODATE) wg_date_format(to, buf), snprintf(hint, sizeof hint, ": write `%s`", buf);
  }
  diag_report(s->c, RULE_INVALID_VALUE, v->at,
              "an offset counts from a meeting, event, item or milestone "
              "named before it (`M2 + 2 weeks`), not from a date%s",
              hint);
}

static void check_offset(Sema *s, const PropSpec *p, const Value *v) {
  const Value *base = tree_offset_base(v), *n = tree_offset_amount(v), *unit = tree_offset_unit(v);
  int u = offset_unit(unit);
  ValueFacts *f = sema_v(s, v);
  f->bad = 1;
  if (!(p->types & T_OFFSET)) {
    mismatch(s, p, v);
  } else if (u == WG_NO_OFFSET) {
    int year = strncmp(unit->s, "year", 4) == 0;
    diag_report(s->c, RULE_INVALID_VALUE, unit->at,
                "`%.60s` is not a unit of an offset: write `days`, `weeks` "
                "or `months`%s",
                unit->s, year ? " (a year is `12 months`)" : "");
  } else if (base->type == V_DATE || base->type == V_INT) {
    offset_from_date(s, v, u);
  } else if (n->i > offset_max[u]) {
    diag_report(s->c, RULE_OFFSET_OUT_OF_RANGE, n->at,
                "an offset of %s %s moves a date by more than 100 years: "
                "correct the number",
                n->s, unit->s);
  } else {
    resolve(s, p, base);
    f->bad = sema_v(s, base)->bad;
  }
}

/* `quota african 11`: a region, then a number. */
static void check_pair(Sema *s, const PropSpec *p, const Value *v) {
  const Value *name = v->parts;
  resolve(s, p, name);
  sema_v(s, v)->bad = sema_v(s, name)->bad;
}

/* Parts side by side that make no value: one WG208 that says why. */
static void check_seq(Sema *s, const PropSpec *p, const Value *v) {
  assert(tree_compound(v));
  const char *key = schema_keys[p->key];
  int sign = 0, n = 0; /* sign: it looks like an offset, a sign or a unit in it */
  for (const Value *x = v->parts; x; x = x->next, n++)
    sign |= x->type == V_SIGN || (x->type == V_IDENT && n > 0 && offset_unit(x) != WG_NO_OFFSET);
  sema_v(s, v)->bad = 1;
  if (sign && (p->types & T_OFFSET)) {
    diag_report(s->c, RULE_INVALID_VALUE, v->at,
                "`%s` is not an offset: write the name a date is counted "
                "from, `+` or `-`, a number and `days`, `weeks` or `months`, as in `M2 + 2 "
                "weeks`",
                text_of(s, v));
  } else if (p->types & T_PAIR) {
    diag_report(s->c, RULE_INVALID_VALUE, v->at, "`%s` takes %s, not `%s`", key, expected(s, p),
                text_of(s, v));
  } else if ((p->flags & P_LIST) && !sign) {
    char *fix = wg_alloc(s->c->arena, (size_t)v->at.len + 2 * (size_t)n + 1), *o = fix;
    for (const Value *x = v->parts; x; x = x->next) {
      if (x != v->parts) memcpy(o, ", ", 2), o += 2;
      o += tree_plain(s->c->src->text + x->at.off, x->at.len, o);
    }
    *o = 0;
    Diag *d = diag_report(s->c, RULE_INVALID_VALUE, v->at,
                          "values are separated by commas: write `%.80s`", fix);
    /* Not safe: a word too many is as likely as a comma too few. */
    Fix *f = diag_fix(s->c, d, 0, "%s", "separate the values with commas");
    for (const Value *x = v->parts; x->next; x = x->next)
      diag_edit(s->c, f, (wg_span){x->at.off + x->at.len, x->next->at.off - x->at.off - x->at.len},
                ", ");
  } else {
    diag_report(s->c, RULE_INVALID_VALUE, v->at, "`%s` takes %s%s, not `%s`", key,
                p->flags & P_LIST ? "" : "one value: ", expected(s, p), text_of(s, v));
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
    else if (p->types & T_PAIR) mismatch(s, p, v);
    else if (p->types & T_REF) resolve(s, p, v);
    else if (!(p->types & T_NAME)) mismatch(s, p, v);
    return;
  case V_OFFSET: check_offset(s, p, v); return;
  case V_PAIR:
    if (p->types & T_PAIR) check_pair(s, p, v);
    else check_seq(s, p, v);
    return;
  case V_SEQ: check_seq(s, p, v); return;
  case V_SIGN: return; /* a part only */
  }
}

/* WG208 for the number of values; 0 if the property is unusable. */
static int check_count(Sema *s, const PropSpec *p, const Prop *prop) {
  const char *key = schema_keys[p->key];
  if (p->types == T_NONE && prop->nvals) {
    diag_report(s->c, RULE_INVALID_VALUE, prop->vals->at, "`%s` takes no value", key);
    return 0;
  }
  if (p->types != T_NONE && !prop->nvals) {
    diag_report(s->c, RULE_INVALID_VALUE, tree_key_at(prop), "`%s` needs a value: %s", key,
                expected(s, p));
    return 0;
  }
  if (!(p->flags & P_LIST) && prop->nvals > 1) {
    diag_report(s->c, RULE_INVALID_VALUE, prop->vals->next->at, "`%s` takes one value, not %d%s",
                key, prop->nvals,
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
    g = diag_report(s->c, RULE_UNKNOWN_PROPERTY, tree_key_at(p),
                    "`%.60s` cannot stand at the top level: "
                    "properties belong inside a declaration's block%s",
                    key, tail);
  else if (p->key >= 0)
    g = diag_report(s->c, RULE_UNKNOWN_PROPERTY, tree_key_at(p),
                    "%s has no property `%s`: it takes %s", schema_kind_phrase(d->kind), key,
                    list_keys(s, cands, n - schema_ncommon));
  else
    g = diag_report(s->c, RULE_UNKNOWN_PROPERTY, tree_key_at(p), "unknown property `%.60s`%s", key,
                    tail);
  if (hint) diag_fix_replace(s->c, g, !several, tree_key_at(p), hint);
  int index = -1;
  if (hint) schema_keyword(hint, (unsigned)strlen(hint), &index);
  return index;
}

/* --- What one declaration's properties say together -------------------- */

/* The n-th valid value of key in d, or NULL. */
static const Value *valid(const Sema *s, const Decl *d, int key) {
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == key && !sema_pbad(s, p) && p->vals && !sema_v(s, p->vals)->bad) return p->vals;
  return NULL;
}

/* A valid `quota` property. */
static int quota_ok(const Sema *s, const Prop *p) {
  return p->key == KEY_QUOTA && !sema_pbad(s, p) && !sema_v(s, p->vals)->bad;
}

/* WG208: `per_region` and `quota` say the same thing twice: the one
** written second is reported, every `quota` at once if it is they. */
static int per_region_or_quota(Sema *s, const Decl *d) {
  const Prop *per = tree_find(d, KEY_PER_REGION), *q = d->props;
  while (q && !quota_ok(s, q)) q = q->next;
  if (!per || sema_pbad(s, per) || !q) return 1;
  const Prop *later = per->at.off > q->at.off ? per : q;
  diag_report(s->c, RULE_INVALID_VALUE, tree_key_at(later),
              "a group takes `per_region` or `quota`, not both: "
              "`per_region N` is the same quota in every region");
  if (later == per) s->pbad[per->n] = 1;
  else
    for (const Prop *p = d->props; p; p = p->next)
      if (p->key == KEY_QUOTA) s->pbad[p->n] = 1;
  return later == per;
}

/* WG208: one region, one quota. The first quota of each region is
** kept by region, stamped with the group, so the check is linear. */
static void check_quotas(Sema *s, const Decl *d) {
  if (!per_region_or_quota(s, d)) return;
  if (!s->quota_first) {
    size_t n = (size_t)s->ndecls[WG_REGION] + 1;
    s->quota_first = wg_alloc(s->c->arena, n * sizeof *s->quota_first);
    s->quota_stamp = wg_alloc(s->c->arena, n * sizeof *s->quota_stamp);
  }
  for (const Prop *p = d->props; p; p = p->next) {
    if (!quota_ok(s, p)) continue;
    int r = sema_v(s, p->vals->parts)->index;
    if (s->quota_stamp[r] != d->n + 1) {
      s->quota_stamp[r] = d->n + 1;
      s->quota_first[r] = p;
      continue;
    }
    Diag *g = diag_report(s->c, RULE_INVALID_VALUE, p->vals->at,
                          "region `%s` has a quota in this group "
                          "already: give each region one `quota`",
                          p->vals->parts->s);
    diag_note(s->c, g, s->quota_first[r]->vals->at, "its first quota is here");
    s->pbad[p->n] = 1;
  }
}

/* WG208: `done` means completed; any other status contradicts it. */
static void check_done(Sema *s, const Decl *d) {
  const Value *done = valid(s, d, KEY_DONE), *st = valid(s, d, KEY_STATUS);
  if (!done || !st || sema_v(s, st)->word == WG_COMPLETED) return;
  Diag *g = diag_report(s->c, RULE_INVALID_VALUE, st->at,
                        "`done` says this was finished, so its status is "
                        "`completed`, not `%s`: remove `status`, or `done` if it is not "
                        "finished",
                        wg_word(wg_status_words, sema_v(s, st)->word));
  diag_note(s->c, g, done->at, "`done` is given here");
  for (const Prop *p = d->props; p; p = p->next)
    if (p->key == KEY_STATUS) s->pbad[p->n] = 1;
}

/* WG505: `until` before `since`. */
static void check_since_until(Sema *s, const Decl *d) {
  const Value *since = valid(s, d, KEY_SINCE), *until = valid(s, d, KEY_UNTIL);
  wg_date a, a2, b1, b;
  Precision p;
  if (!since || !until || !tree_dates(since, &a, &a2, &p) || !tree_dates(until, &b1, &b, &p) ||
      b >= a)
    return;
  Diag *g = diag_report(s->c, RULE_REVERSED_RANGE, until->at,
                        "`until` is before `since`: the period ends "
                        "before it starts; correct one of the dates");
  diag_note(s->c, g, since->at, "`since` is given here");
  sema_v(s, until)->bad = 1;
}

/* Only when two of the keys are there: most declarations pay a test. */
static void check_together(Sema *s, const Decl *d, uint64_t seen) {
#define BOTH(a, b) ((seen >> (a) & 1) && (seen >> (b) & 1))
  if (d->kind == WG_GROUP && (seen >> KEY_QUOTA & 1)) check_quotas(s, d);
  if (BOTH(KEY_DONE, KEY_STATUS)) check_done(s, d);
  if (BOTH(KEY_SINCE, KEY_UNTIL)) check_since_until(s, d);
#undef BOTH
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
      Diag *g = diag_report(s->c, RULE_DUPLICATE_PROPERTY, tree_key_at(p),
                            "`%s` is given twice; it takes one value", schema_keys[p->key]);
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
  check_together(s, d, seen);
  const KindSpec *k = d->kind >= 0 ? &schema_kinds[d->kind] : NULL;
  for (int i = 0; k && i < k->nprops; i++)
    if ((k->props[i].flags & P_REQUIRED) && !(seen >> k->props[i].key & 1) &&
        !sema_maybe_key(s, d, k->props[i].key))
      diag_report(s->c, RULE_MISSING_PROPERTY, d->kw_at, "this `%s` needs `%s`: %s",
                  wg_kind_names[d->kind], schema_keys[k->props[i].key], k->props[i].doc);
}
