/*
** textDocument/completion, from where the cursor stands (lsp_scan.h):
**
** - at the start of a statement: the kinds that may stand in the
**   enclosing block, and the properties its kind takes that it has not
**   been given yet (a repeatable one is offered again);
** - after a kind and its name, on the declaration's line: its inline
**   properties, likewise;
** - after a property's key (or a comma in its list): its values, from
**   the schema table: the words of an enumerated property; for a
**   reference, the declared names of the kinds it accepts only; for a
**   date, the days of the working group's meetings and events; for
**   `allow`, the warnings.
**
** Each item replaces the word typed so far (a textEdit), as names hold
** `-` and `.`, which editors do not count as word characters.
*/
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lsp_features.h"
#include "lsp_scan.h"

/* LSP CompletionItemKind by declaration kind, in lw_kind_name order. */
static const int item_kinds[] = {9, 17, 7, 8, 13, 22, 22, 5, 23, 23, 3, 9, 2};
enum { ITEM_KEYWORD = 14, ITEM_PROPERTY = 10, ITEM_ENUM_MEMBER = 20, ITEM_VALUE = 12 };

/* Past this many items, only those holding the word typed so far are
** sent, and the client is told to ask again as the word grows. */
enum { MAX_ITEMS = 1000 };

typedef struct Items {
  Server *s;
  Doc *doc;
  json_t *list;
  json_t *seen;  /* labels so far: one item per label */
  json_t *range; /* what the chosen item replaces */
} Items;

static void add(Items *it, const char *label, int kind, const char *detail, char *doc) {
  if (json_object_get(it->seen, label)) {
    free(doc);
    return;
  }
  json_object_set_new(it->seen, label, json_true());
  json_t *j = json_pack("{s:s, s:i, s:{s:O, s:s}}", "label", label, "kind", kind, "textEdit", "range",
                        it->range, "newText", label);
  if (detail) json_object_set_new(j, "detail", json_string(detail));
  if (doc) json_object_set_new(j, "documentation", lsp_markup(it->s, doc));
  free(doc);
  json_array_append_new(it->list, j);
}

/* --- Statements and properties ----------------------------------------------- */

static void kinds_in(Items *it, int block) {
  for (int k = 0; k < lw_nkinds(); k++)
    if (lw_kind_allowed_in(k, block)) add(it, lw_kind_name(k), ITEM_KEYWORD, "declaration", lsp_kind_doc(k));
}

/* The keys of kind not in `given` (a repeatable one always). */
static void keys_of(Items *it, int kind, uint64_t given) {
  const LwKey *keys;
  int n = lw_kind_keys(kind, &keys);
  for (int i = 0; i < n; i++)
    if (keys[i].repeat || keys[i].key >= 64 || !(given >> keys[i].key & 1))
      add(it, keys[i].name, ITEM_PROPERTY, keys[i].doc, lsp_key_doc(&keys[i], kind));
}

/* --- Values --------------------------------------------------------------------- */

static void words(Items *it, const LwKey *k) {
  for (int i = 0; k->words && k->words[i]; i++) add(it, k->words[i], ITEM_ENUM_MEMBER, k->doc, NULL);
}

/* The declared names of the kinds k takes, but the declaration's own. */
static void names(Items *it, const LwKey *k, uint32_t off) {
  const LwDecl *const *v;
  int n = lw_named(it->doc->wg, &v);
  const LwDecl *self = lw_decl_at(it->doc->wg, off);
  for (int i = 0; i < n; i++) {
    const LwDecl *d = v[i];
    if (d == self || d->kind < 0 || !(k->refs & (1u << d->kind))) continue;
    char detail[200];
    snprintf(detail, sizeof detail, "%s%s%.150s", lw_kind_name(d->kind), d->title ? ": " : "",
             d->title ? d->title : "");
    add(it, d->id, item_kinds[d->kind], detail, NULL);
  }
}

/* One date offered: a meeting's or event's first or last day. */
static void date_item(Items *it, const LwDecl *d, const char *date, size_t n, const char *which) {
  char label[64], detail[220];
  if (n == 0 || n >= sizeof label) return;
  memcpy(label, date, n);
  label[n] = 0;
  snprintf(detail, sizeof detail, "%s %s `%s`%s%.150s", which, lw_kind_name(d->kind), d->id,
           d->title ? ": " : "", d->title ? d->title : "");
  add(it, label, ITEM_VALUE, detail, NULL);
}

/* Whether s is a date or a range of dates as written: digits, `-` and
** one `..` (what the lexer makes of it is its business). */
static int is_dates(const char *s) {
  if (!*s) return 0;
  for (const char *p = s; *p; p++)
    if (!((*p >= '0' && *p <= '9') || *p == '-' || *p == '.')) return 0;
  return 1;
}

/* The days of the meetings and events: their first days, and last days
** where they last longer; whole ranges where k takes a range. */
static void dates(Items *it, const LwKey *k) {
  const LwDecl *const *v;
  int n = lw_named(it->doc->wg, &v);
  for (int i = 0; i < n; i++) {
    const LwDecl *d = v[i];
    if (strcmp(lw_kind_name(d->kind), "meeting") != 0 && strcmp(lw_kind_name(d->kind), "event") != 0) continue;
    LwSpan at;
    if (!lw_prop(it->doc->wg, d, "on", &at) || !at.len || at.len > 64) continue;
    char on[65];
    memcpy(on, it->doc->text + at.off, at.len);
    on[at.len] = 0;
    if (!is_dates(on)) continue;
    const char *dots = strstr(on, "..");
    size_t first = dots ? (size_t)(dots - on) : strlen(on);
    if (k->types & LW_T_DATE) {
      date_item(it, d, on, first, dots ? "the first day of" : "the day of");
      if (dots) date_item(it, d, dots + 2, strlen(dots + 2), "the last day of");
    }
    if ((k->types & LW_T_RANGE) && dots) date_item(it, d, on, strlen(on), "the days of");
  }
}

static void rules(Items *it) {
  const LwRule *r;
  for (int i = 0; (r = lw_rule_by_index(i)); i++) {
    if (r->error) continue; /* errors cannot be allowed (WG704) */
    char detail[200];
    snprintf(detail, sizeof detail, "WG%d: %.180s", r->code, r->summary);
    add(it, r->name, ITEM_VALUE, detail, NULL);
  }
}

static void values(Items *it, int kind, const char *key, size_t n, uint32_t off) {
  const LwKey *k = lw_key(kind, key, n);
  if (!k) k = lw_any_key(key, n);
  if (!k) return;
  if (k->types & LW_T_WORD) words(it, k);
  if (k->types & LW_T_REF) names(it, k, off);
  if (k->types & (LW_T_DATE | LW_T_RANGE)) dates(it, k);
  if (k->types & LW_T_RULE) rules(it);
}

/* --- The request ------------------------------------------------------------------ */

/* Whether the cursor stands where a value of the statement's last key
** goes: right after the key, or after a comma in its list. */
static int at_value(const ScanCtx *c) { return c->key >= 0 && (c->after_key == 0 || c->last.type == SCAN_COMMA); }

static void complete(Items *it, const ScanCtx *c, uint32_t off) {
  const char *text = it->doc->text;
  if (c->ntok == 0) { /* a new statement */
    if (c->block == SCAN_UNKNOWN) return;
    kinds_in(it, c->block);
    keys_of(it, c->block, c->given);
  } else if (c->head_kind >= 0) { /* a declaration's line */
    if (at_value(c)) values(it, c->head_kind, text + c->key_tok.off, c->key_tok.len, off);
    else if (c->ntok >= 2 && c->last.type != SCAN_COMMA) keys_of(it, c->head_kind, c->stmt_keys);
  } else if (c->key >= 0 && c->key_tok.off == c->first.off && at_value(c)) { /* a property */
    values(it, c->block >= 0 ? c->block : LW_TOP, text + c->key_tok.off, c->key_tok.len, off);
  }
}

/* Whether label holds the n bytes of word, ignoring ASCII case. */
static int holds(const char *label, const char *word, size_t n) {
  for (const char *p = label; *p; p++)
    if (strncasecmp(p, word, n) == 0) return 1;
  return n == 0;
}

/* The first MAX_ITEMS items of list whose label holds word. */
static json_t *narrow(json_t *list, const char *word, size_t n) {
  json_t *out = json_array();
  size_t i;
  json_t *item;
  json_array_foreach(list, i, item) {
    if (json_array_size(out) == MAX_ITEMS) break;
    if (holds(json_string_value(json_object_get(item, "label")), word, n)) json_array_append(out, item);
  }
  json_decref(list);
  return out;
}

json_t *lsp_completion(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  long long off = lsp_offset(s, doc, params, e);
  if (off < 0) return NULL;
  ScanCtx c;
  scan_context(doc->text, doc->len, (uint32_t)off, &c);
  uint32_t from = c.has_word && c.word.off < off ? c.word.off : (uint32_t)off;
  Items it = {s, doc, json_array(), json_object(), lsp_range(s, doc, from, (uint32_t)off - from)};
  if (!c.in_string && !c.in_comment) complete(&it, &c, (uint32_t)off);
  json_decref(it.range);
  json_decref(it.seen);
  int more = json_array_size(it.list) > MAX_ITEMS;
  if (more) it.list = narrow(it.list, doc->text + from, (uint32_t)off - from);
  return json_pack("{s:b, s:o}", "isIncomplete", more, "items", it.list);
}
