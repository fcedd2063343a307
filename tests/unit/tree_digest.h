/*
** A digest of every field of every node of a syntax tree, to show that
** nothing after the parser writes into it (test_tree.c, and the round
** trip fuzz target).
*/
#ifndef WGC_TREE_DIGEST_H
#define WGC_TREE_DIGEST_H

#include <string.h>

#include "tree.h"

static inline uint64_t mix(uint64_t h, uint64_t x) { return (h ^ x) * 0x100000001b3ull; }

static inline uint64_t span_digest(uint64_t h, wg_span s) { return mix(mix(h, s.off), s.len); }

static inline uint64_t value_digest(uint64_t h, const Value *v) {
  for (; v; v = v->next) {
    h = span_digest(h, v->at);
    h = mix(mix(mix(h, (uintptr_t)v->s), v->n),
            (uint64_t)v->type << 8 | (uint64_t)v->prec << 4 | (uint64_t)v->prec_end << 2 | v->neg);
    h = mix(mix(h, (uint64_t)v->first), (uint64_t)v->last);
    if (v->s) h = mix(h, tree_hash(TREE_HASH_SEED, v->s, strlen(v->s)));
    if (tree_compound(v)) h = value_digest(h, v->parts); /* offsets, pairs, runs */
  }
  return h;
}

static inline uint64_t decl_digest(uint64_t h, const Decl *d) {
  for (; d; d = d->next) {
    h = mix(mix(mix(h, (uint64_t)d->kind), d->n), (uintptr_t)d->parent);
    h = span_digest(span_digest(h, d->kw_at), d->at);
    h = mix(mix(mix(mix(h, d->lbrace), d->rbrace), d->end), d->end_kind);
    h = mix(mix(mix(h, (uintptr_t)d->id), d->id_hash), d->int_name);
    h = value_digest(value_digest(h, d->name), d->title);
    for (const Prop *p = d->props; p; p = p->next) {
      h = mix(mix(mix(mix(h, (uint64_t)p->key), p->key_len), p->n), (uint64_t)p->nvals);
      h = mix(mix(mix(span_digest(h, p->at), p->end), p->end_kind), p->inline_);
      h = value_digest(h, p->vals);
    }
    h = decl_digest(h, d->children);
  }
  return h;
}

static inline uint64_t tree_digest(const Ctx *c) {
  uint64_t h = 0xcbf29ce484222325ull;
  h = mix(mix(mix(h, c->nvals), c->nprops), c->ndecl_nodes);
  for (uint32_t i = 0; i < c->comments.n; i++) h = span_digest(h, c->comments.v[i]);
  return c->root ? decl_digest(h, c->root) : h;
}

#endif
