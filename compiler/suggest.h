/*
** "Did you mean": the closest candidate by edit distance, or by a list
** of synonyms that drafters reach for (`finished` for `completed`).
*/
#ifndef WGC_SUGGEST_H
#define WGC_SUGGEST_H

/* The closest of n candidate words to word, or NULL if none is close. */
const char *suggest(const char *word, const char *const *cands, int n);

/* The same; *several is set when another candidate is as close (the
** suggestion is then no certain fix). */
const char *suggest_one(const char *word, const char *const *cands, int n, int *several);

/* Edit distance of a and b, or limit + 1 once it must exceed limit. */
int suggest_distance(const char *a, const char *b, int limit);

/* The largest distance at which a candidate counts as close to word. */
int suggest_limit(const char *word);

#endif
