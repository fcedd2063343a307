/*
** The rule catalogue: one row per diagnostic wgc can emit (docs/rules.md).
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

/* Every rule, in code order: its code and the name the code reports it
** by, RULE_SEAT_COUNT_MISMATCH for WG301. The one list of codes: the
** enum below is made from it, so a code the checker reports but the list
** lacks does not compile; rule_table (rules.c) has one row for each, in
** the same order, with its texts (a unit test holds the two in step).
** Add at the end of a series, never renumber (docs/rules.md). */
#define RULE_LIST(X)                  \
  X(100, UNREADABLE_FILE)             \
  X(101, INVALID_UTF8)                \
  X(102, UNTERMINATED_STRING)         \
  X(103, INVALID_ESCAPE)              \
  X(104, UNEXPECTED_CHARACTER)        \
  X(105, INVALID_DATE)                \
  X(106, NUMBER_TOO_LARGE)            \
  X(107, SYNTAX_ERROR)                \
  X(108, LIMIT_EXCEEDED)              \
  X(201, MISSING_WORKING_GROUP)       \
  X(202, DUPLICATE_WORKING_GROUP)     \
  X(203, DUPLICATE_DEFINITION)        \
  X(204, UNDEFINED_REFERENCE)         \
  X(205, WRONG_KIND_REFERENCE)        \
  X(206, UNKNOWN_PROPERTY)            \
  X(207, DUPLICATE_PROPERTY)          \
  X(208, INVALID_VALUE)               \
  X(209, MISPLACED_DECLARATION)       \
  X(210, MISSING_PROPERTY)            \
  X(301, SEAT_COUNT_MISMATCH)         \
  X(302, SUBGROUP_SEAT_MISMATCH)      \
  X(303, TOO_MANY_MEMBERS)            \
  X(304, VACANT_SEATS)                \
  X(305, DUPLICATE_MEMBER)            \
  X(306, REGIONAL_QUOTA_MISMATCH)     \
  X(307, GROUP_WITHOUT_SEATS)         \
  X(308, MULTISTAKEHOLDER_IMBALANCE)  \
  X(309, MISSING_COMPOSITION)         \
  X(401, MISSING_OWNER)               \
  X(402, UNHELD_ROLE)                 \
  X(501, DEPENDENCY_CYCLE)            \
  X(502, DEADLINE_INVERSION)          \
  X(503, DUE_AFTER_REPORT)            \
  X(504, BEFORE_ESTABLISHMENT)        \
  X(505, REVERSED_RANGE)              \
  X(506, MEETING_OVERLAP)             \
  X(507, MISSING_DUE)                 \
  X(508, IMPOSSIBLE_WINDOW)           \
  X(509, MEETING_AFTER_REPORT)        \
  X(510, MILESTONE_ORDER)             \
  X(511, OFFSET_OUT_OF_RANGE)         \
  X(601, STATUS_INVERSION)            \
  X(602, OVERDUE)                     \
  X(603, DEPENDS_ON_DROPPED)          \
  X(701, UNUSED_DECLARATION)          \
  X(702, REPORTING_CYCLE)             \
  X(703, EMPTY_TOPIC)                 \
  X(704, USELESS_ALLOW)               \
  X(705, STALE_ALLOW)

typedef enum RuleCode {
#define RULE_ENUM(code, id) RULE_##id = code,
  RULE_LIST(RULE_ENUM)
#undef RULE_ENUM
} RuleCode;

/* How many rules the list has: rule_table's length. */
enum {
#define RULE_ONE(code, id) +1
  RULE_N = 0 RULE_LIST(RULE_ONE)
#undef RULE_ONE
};

/* The rows, in code order, and how many there are (RULE_N). */
extern const Rule rule_table[RULE_N];
extern const int rule_count;

/* The rule with this numeric code, or NULL. */
const Rule *rule_by_code(int code);

/* The rule named by "WG301", "wg301", "301" or "seat-count-mismatch", or NULL. */
const Rule *rule_find(const char *code_or_name);

#endif
