/*
** `wgc explain RULE` and `wgc rules`: the rule table in words, for
** people (text), for the docs (markdown) and for tools (json).
*/
#ifndef WGC_EXPLAIN_H
#define WGC_EXPLAIN_H

/* `wgc explain CODE-or-NAME`: 0, or 2 for an unknown rule. */
int explain_main(int argc, char **argv);

/* `wgc rules [--format text|markdown|json]`. */
int explain_rules_main(int argc, char **argv);

#endif
