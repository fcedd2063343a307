/*
** textDocument/hover: on a name, what it is and what the checked model
** says of it (owners, resolved dates and where they came from, seats,
** holders); on a keyword or an enumerated word, its documentation from
** the schema table; inside a diagnostic's range, the rule's explanation.
** All that applies is shown, in that order (docs/lsp.md, "Hover").
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lsp_features.h"
#include "lsp_scan.h"

/* --- The schema, described -------------------------------------------------- */

/* "a" or "an", before a word. */
static const char *article(const char *word) { return strchr("aeiou", word[0]) ? "an" : "a"; }

/* "a date, or the name of an `event` or `meeting`" */
static void takes(FILE *f, const LwKey *k) {
  static const struct {
    unsigned type;
    const char *text;
  } types[] = {{LW_T_INT, "a whole number"}, {LW_T_STRING, "a string in quotes"},
               {LW_T_DATE, "a date"},        {LW_T_RANGE, "a range of dates"},
               {LW_T_RULE, "a rule's code or name"}};
  if (k->types == LW_T_NONE) {
    fputs("no value: it is a flag", f);
    return;
  }
  int n = 0;
  for (size_t i = 0; i < sizeof types / sizeof *types; i++)
    if (k->types & types[i].type) fprintf(f, "%s%s", n++ ? ", or " : "", types[i].text);
  if (k->types & LW_T_WORD) {
    fprintf(f, "%sone of ", n++ ? ", or " : "");
    for (int i = 0; k->words[i]; i++) fprintf(f, "%s`%s`", i ? ", " : "", k->words[i]);
  }
  if (k->types & LW_T_REF) {
    fprintf(f, "%sthe name of ", n++ ? ", or " : "");
    int m = 0, total = 0;
    for (int kind = 0; kind < lw_nkinds(); kind++) total += (k->refs >> kind) & 1;
    for (int kind = 0; kind < lw_nkinds(); kind++) {
      if (!(k->refs & (1u << kind))) continue;
      const char *name = lw_kind_name(kind);
      if (m == 0) fprintf(f, "%s `%s`", article(name), name);
      else fprintf(f, "%s`%s`", m + 1 == total ? " or " : ", ", name);
      m++;
    }
  }
}

char *lsp_key_doc(const LwKey *k, int kind) {
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) return NULL;
  if (kind >= 0)
    fprintf(f, "**`%s`**, in %s `%s`: %s\n\nTakes ", k->name, article(lw_kind_name(kind)), lw_kind_name(kind), k->doc);
  else fprintf(f, "**`%s`**: %s\n\nTakes ", k->name, k->doc);
  takes(f, k);
  fprintf(f, "%s%s%s.", k->list ? "; one or more, separated by commas" : "",
          k->repeat ? "; may be given more than once" : "; given once", k->required ? "; required" : "");
  fclose(f);
  return text;
}

char *lsp_kind_doc(int kind) {
  static const char *const naming[] = {"no name", "an optional name", "a name"};
  char *text = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&text, &n);
  if (!f) return NULL;
  int int_name, title, how = lw_kind_naming(kind, &int_name, &title);
  fprintf(f, "**`%s`**: %s\n\nStands ", lw_kind_name(kind), lw_kind_doc(kind));
  int where = 0;
  if (lw_kind_allowed_in(kind, LW_TOP)) fprintf(f, "at the top level"), where++;
  for (int p = 0; p < lw_nkinds(); p++)
    if (lw_kind_allowed_in(kind, p)) fprintf(f, "%sinside a `%s`", where++ ? " or " : "", lw_kind_name(p));
  fprintf(f, "; takes %s%s; its title is %s.\n\nProperties: ", naming[how],
          int_name ? " (a word or a number)" : "", title ? "required" : "optional");
  const LwKey *keys;
  int nkeys = lw_kind_keys(kind, &keys);
  for (int i = 0; i < nkeys; i++) fprintf(f, "%s`%s`", i ? ", " : "", keys[i].name);
  fputc('.', f);
  fclose(f);
  return text;
}

/* --- Sections of a hover ------------------------------------------------------ */

typedef struct Hover {
  FILE *f;
  int sections;
  int has_range;
  LwSpan range;
} Hover;

static void section(Hover *h) {
  if (h->sections++) fputs("\n\n---\n\n", h->f);
}

static void set_range(Hover *h, LwSpan at) {
  if (h->has_range) return;
  h->range = at;
  h->has_range = 1;
}

/* A name: its kind, name and title, then the model's facts. */
static void name_section(Hover *h, Doc *doc, uint32_t off) {
  LwOcc o;
  if (!lw_occurrence_at(doc->wg, off, &o)) return;
  const LwDecl *d = o.decl;
  section(h);
  fprintf(h->f, "**%s** `%s`", lw_kind_name(d->kind), d->id);
  if (d->title) fprintf(h->f, ": %s", d->title);
  const LwFact *facts;
  int n = lw_facts(doc->wg, d, &facts);
  if (n) fputs("\n", h->f);
  for (int i = 0; i < n; i++) fprintf(h->f, "\n- %s: %s", facts[i].label, facts[i].text);
  set_range(h, o.at);
}

/* The kind whose properties a word at the scanned place would be. */
static int key_kind(const ScanCtx *c) {
  if (c->ntok > 0 && c->head_kind >= 0) return c->head_kind;
  return c->block >= 0 ? c->block : LW_TOP;
}

static void put_doc(Hover *h, char *doc) {
  if (!doc) return;
  section(h);
  fputs(doc, h->f);
  free(doc);
}

/* A keyword, or a word of an enumerated property. */
static void keyword_section(Hover *h, Doc *doc, uint32_t off) {
  ScanCtx c;
  scan_context(doc->text, doc->len, off, &c);
  if (!c.has_word || c.in_string || c.in_comment) return;
  const char *w = doc->text + c.word.off;
  int index, kind = key_kind(&c);
  int before = h->sections;
  switch (lw_keyword(w, c.word.len, &index)) {
  case LW_KIND_WORD: put_doc(h, lsp_kind_doc(index)); break;
  case LW_KEY_WORD: {
    const LwKey *k = lw_key(kind, w, c.word.len);
    if (!k) k = lw_any_key(w, c.word.len), kind = -1;
    if (k) put_doc(h, lsp_key_doc(k, kind));
    break;
  }
  default: { /* a word of the statement's key? */
    const LwKey *k = c.key >= 0 ? lw_key(kind, doc->text + c.key_tok.off, c.key_tok.len) : NULL;
    for (int i = 0; k && k->words && k->words[i]; i++)
      if (strlen(k->words[i]) == c.word.len && memcmp(k->words[i], w, c.word.len) == 0) {
        put_doc(h, lsp_key_doc(k, kind));
        break;
      }
  }
  }
  if (h->sections == before) return;
  set_range(h, (LwSpan){c.word.off, c.word.len});
}

/* Each diagnostic whose range holds off: its rule, explained. */
static void diagnostic_sections(Hover *h, Doc *doc, uint32_t off) {
  const LwDiag *v;
  int n = lw_diags(doc->wg, &v);
  for (int i = 0; i < n; i++) {
    if (off < v[i].at.off || off > v[i].at.off + v[i].at.len) continue;
    const LwRule *r = lw_rule(v[i].code);
    if (!r) continue;
    section(h);
    fprintf(h->f, "**WG%d** `%s` (%s): %s\n\n%s", r->code, r->name, v[i].error ? "error" : "warning",
            r->summary, r->explanation);
    set_range(h, v[i].at);
  }
}

json_t *lsp_hover(Server *s, json_t *params, LspError *e) {
  Doc *doc = lsp_doc(s, params, e);
  if (!doc) return NULL;
  long long off = lsp_offset(s, doc, params, e);
  if (off < 0) return NULL;
  char *text = NULL;
  size_t n = 0;
  Hover h = {open_memstream(&text, &n), 0, 0, {0, 0}};
  if (!h.f) return NULL;
  name_section(&h, doc, (uint32_t)off);
  if (!h.sections) keyword_section(&h, doc, (uint32_t)off);
  diagnostic_sections(&h, doc, (uint32_t)off);
  fclose(h.f);
  json_t *result = NULL;
  if (h.sections)
    result = json_pack("{s:o, s:o}", "contents", lsp_markup(s, text), "range",
                       lsp_range(s, doc, h.range.off, h.range.len));
  free(text);
  return result;
}
