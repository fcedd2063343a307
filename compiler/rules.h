/*
** The rule catalogue: one row per diagnostic wgc can emit (RULES.md).
** The checker reports by code, `wgc explain` prints the row, the docs
** (docs/rules.md) are generated from it and a test keeps them in step.
*/
#ifndef WGC_RULES_H
#define WGC_RULES_H

#include "../runtime/wg.h"

/* A row is the library's wg_rule: code (301 for WG301), its stable
** kebab-case name, default severity, a one-line summary (lower case, no
** trailing period), the explanation, a small charter that triggers the
** rule and the same charter fixed. */
typedef wg_severity Severity;
#define SEV_ERROR WG_SEV_ERROR
#define SEV_WARNING WG_SEV_WARNING
typedef wg_rule Rule;

/* The rows, in code order, and how many there are. */
extern const Rule rule_table[];
extern const int rule_count;

/* The rule with this numeric code, or NULL. */
const Rule *rule_by_code(int code);

/* The rule named by "WG301", "wg301", "301" or "seat-count-mismatch", or NULL. */
const Rule *rule_find(const char *code_or_name);

#endif
