/*
** The words of the language's enumerated values. The checker's schema
** table points at these lists, so the language has one spelling of each.
*/
#include <stddef.h>

#include "wg.h"

const char *const wg_kind_names[WG_NKINDS] = {
    "working_group", "mandate", "body",    "role",        "region",
    "composition",   "group",   "member",  "event",       "meeting",
    "deliverable",   "topic",   "recommendation", "milestone", "holder"};

/* Each list from its X-macro in wg.h, which makes the values too. */
#define WORD(name, word) word,
const char *const wg_decides_by_words[] = {WG_DECIDES_BY_WORDS(WORD) NULL};
const char *const wg_character_words[] = {WG_CHARACTER_WORDS(WORD) NULL};
const char *const wg_stakeholder_words[] = {WG_STAKEHOLDER_WORDS(WORD) NULL};
const char *const wg_every_words[] = {WG_EVERY_WORDS(WORD) NULL};
const char *const wg_status_words[] = {WG_STATUS_WORDS(WORD) NULL};
const char *const wg_cost_words[] = {WG_COST_WORDS(WORD) NULL};
#undef WORD

const char *const wg_precision_words[] = {"day", "month", "quarter", "year", NULL};

const char *wg_word(const char *const *words, int v) { return v > 0 ? words[v - 1] : NULL; }
