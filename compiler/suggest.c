/*
** "Did you mean": the closest candidate by edit distance (optimal string
** alignment, so a swap of two letters counts once), close enough only
** within about a third of the word's length. A word set may also list
** synonyms that no edit distance would find (`finished` -> `completed`).
*/
#include <stdlib.h>
#include <string.h>

#include "suggest.h"

enum { MAX_WORD = 64 };

/* Words drafters reach for, and the word the language uses instead. */
static const char *const synonyms[][2] = {
    {"finished", "completed"},  {"done", "completed"},          {"complete", "completed"},
    {"in_progress", "ongoing"}, {"started", "ongoing"},         {"underway", "ongoing"},
    {"planned", "not_started"}, {"todo", "not_started"},        {"pending", "not_started"},
    {"cancelled", "dropped"},   {"canceled", "dropped"},        {"abandoned", "dropped"},
    {"unclear", "uncertain"},   {"unanimity", "consensus"},     {"vote", "majority"},
    {"business", "private_sector"}, {"civil", "civil_society"}, {"academic", "academia"},
    {"governments", "government"}, {"states", "government"},   {"monthly", "month"},
    {"weekly", "week"},         {"yearly", "year"},             {"annual", "year"},
    {"quarterly", "quarter"},
    /* Keys: what other tools and habits call them. */
    {"deadline", "due"},        {"due_date", "due"},            {"duedate", "due"},
    {"owners", "owner"},        {"responsible", "owner"},       {"lead", "owner"},
    {"depends", "depends_on"},  {"dependencies", "depends_on"}, {"requires", "depends_on"},
    {"location", "at"},         {"venue", "at"},                {"place", "at"},
    {"date", "on"},             {"dates", "on"},                {"chair", "held_by"},
    {"description", "note"},    {"comment", "note"},            {"url", "link"},
};

/* Edit distance of a and b, or limit + 1 once it must exceed limit. */
int suggest_distance(const char *a, const char *b, int limit) {
  int n = (int)strlen(a), m = (int)strlen(b);
  if (n > MAX_WORD || m > MAX_WORD || abs(n - m) > limit) return limit + 1;
  int d[MAX_WORD + 1][MAX_WORD + 1];
  for (int i = 0; i <= n; i++) d[i][0] = i;
  for (int j = 0; j <= m; j++) d[0][j] = j;
  for (int i = 1; i <= n; i++) {
    int best = limit + 1;
    for (int j = 1; j <= m; j++) {
      int cost = a[i - 1] != b[j - 1];
      int v = d[i - 1][j - 1] + cost;
      if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
        v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
  }
  return d[n][m];
}

int suggest_limit(const char *word) {
  int n = (int)strlen(word);
  return n <= 3 ? 1 : n <= 8 ? 2 : 3;
}

/* Keeps cand if it is closer than the best so far. */
static void consider(const char *word, const char *cand, const char **best, int *bestd) {
  int d = suggest_distance(word, cand, *bestd - 1);
  if (d < *bestd) {
    *best = cand;
    *bestd = d;
  }
}

/* The candidate a synonym close to word stands for, or NULL. */
static const char *by_synonym(const char *word, const char *const *cands, int n, int *bestd) {
  const char *best = NULL;
  for (size_t i = 0; i < sizeof synonyms / sizeof synonyms[0]; i++) {
    int d = suggest_distance(word, synonyms[i][0], *bestd - 1);
    for (int k = 0; k < n && d < *bestd; k++)
      if (strcmp(cands[k], synonyms[i][1]) == 0) {
        best = cands[k];
        *bestd = d;
      }
  }
  return best;
}

const char *suggest(const char *word, const char *const *cands, int n) {
  int several;
  return suggest_one(word, cands, n, &several);
}

const char *suggest_one(const char *word, const char *const *cands, int n, int *several) {
  const char *best = NULL;
  int bestd = suggest_limit(word) + 1;
  *several = 0;
  for (int k = 0; k < n; k++) consider(word, cands[k], &best, &bestd);
  if (bestd > 0) {
    const char *syn = by_synonym(word, cands, n, &bestd);
    if (syn) return syn; /* a synonym names one word */
  }
  for (int k = 0; best && k < n; k++)
    if (cands[k] != best && strcmp(cands[k], best) != 0 &&
        suggest_distance(word, cands[k], bestd) == bestd)
      *several = 1;
  return best;
}
