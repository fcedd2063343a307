/*
** The rule catalogue: one row per diagnostic wgc can emit (RULES.md).
** The checker reports by code, `wgc explain` prints the row, the docs
** (docs/rules.md) are generated from it and a test keeps them in step.
*/
#ifndef WGC_RULES_H
#define WGC_RULES_H

typedef enum Severity { SEV_ERROR, SEV_WARNING } Severity;

typedef struct Rule {
  int code;                /* 301 for WG301 */
  const char *name;        /* stable kebab-case name: "seat-count-mismatch" */
  Severity severity;       /* default severity */
  const char *summary;     /* one line, lower case, no trailing period */
  const char *explanation; /* what is wrong and why it matters for a charter */
  const char *wrong;       /* a complete small charter that triggers the rule */
  const char *fixed;       /* the same charter, fixed; does not trigger it */
} Rule;

/* The rows, in code order, and how many there are. */
extern const Rule rule_table[];
extern const int rule_count;

/* The rule with this numeric code, or NULL. */
const Rule *rule_by_code(int code);

/* The rule named by "WG301", "wg301", "301" or "seat-count-mismatch", or NULL. */
const Rule *rule_find(const char *code_or_name);

#endif
