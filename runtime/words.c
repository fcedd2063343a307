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

const char *const wg_decides_by_words[] = {"consensus", "majority", "chair", NULL};
const char *const wg_character_words[] = {"multistakeholder", "intergovernmental", NULL};
const char *const wg_stakeholder_words[] = {"government", "private_sector", "civil_society",
                                            "technical",  "academia",       "intergovernmental",
                                            NULL};
const char *const wg_every_words[] = {"week", "month", "quarter", "year", NULL};
const char *const wg_status_words[] = {"not_started", "ongoing", "completed", "uncertain",
                                       "dropped",     NULL};
const char *const wg_cost_words[] = {"yes", "no", "unknown", NULL};

const char *const wg_precision_words[] = {"day", "month", "quarter", "year", NULL};

const char *wg_word(const char *const *words, int v) { return v > 0 ? words[v - 1] : NULL; }
