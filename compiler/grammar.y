/*
** The grammar of .wg files (docs/language.md), for Lemon. One generic
** shape carries every construct; the checker decides what is allowed
** where, so the parser stays small and its errors stay about syntax.
**
** Every node is allocated from the compilation's arena and freed with
** it, so no %destructor is needed: a syntax error that discards a half
** built statement leaks nothing.
*/

%name wg_Parse
%token_prefix TK_
%token_type {Token}
%extra_context {Ctx *c}
%stack_size 1000
%start_symbol file

%include {
#include <assert.h>
#include <string.h>

#include "compile.h"
#include "lexer.h"
#include "parse_driver.h"
#include "tree.h"
}

%syntax_error {
  (void)yymajor;
  parse_syntax_error(c, yymajor, yyminor);
}

%stack_overflow {
  /* Unreachable while MAX_DEPTH holds; kept so no input can overflow. */
  diag_report(c, RULE_LIMIT_EXCEEDED, (wg_span){0, 0}, "%s",
              "the file is nested too deeply to parse");
  c->syntax_errors++;
  c->fatal = 1;
}

%token KIND KEY IDENT INTEGER STRING DATE DOTDOT DOT COMMA LBRACE RBRACE SEMI NL PLUS MINUS.

%type items {Body}
%type decl {Decl *}
%type head {Decl *}
%type prop {Prop *}
%type vlist {VList}
%type slist {VList}
%type value {Value *}
%type one {Value *}
%type part {Value *}
%type seq {Value *}
%type path {Value *}
%type name {Value *}
%type title {Value *}

file ::= items(B).                          { tree_finish_root(c, &B); }

/* Statements end at NL or SEMI. The rules are spelt out for each rather
** than through unit rules (sep ::= NL, stmt ::= decl, ...): each unit
** rule is one more reduction for every statement of the file. */
items(A) ::= .                              { memset(&A, 0, sizeof A); }
items(A) ::= items(A) NL.
items(A) ::= items(A) SEMI.
items(A) ::= items(A) decl(D) NL(E).        { tree_add_decl(c, &A, D, E); }
items(A) ::= items(A) decl(D) SEMI(E).      { tree_add_decl(c, &A, D, E); }
items(A) ::= items(A) prop(P) NL(E).        { tree_add_prop(c, &A, P, E); }
items(A) ::= items(A) prop(P) SEMI(E).      { tree_add_prop(c, &A, P, E); }
items(A) ::= items(A) error NL(E).          { tree_add_broken(c, &A, c->broken_from, c->broken_to, E); }
items(A) ::= items(A) error SEMI(E).        { tree_add_broken(c, &A, c->broken_from, c->broken_to, E); }

decl(D) ::= head(D).
decl(D) ::= head(D) LBRACE(L) items(B) RBRACE(R). { tree_add_block(c, D, L, &B, R); }

head(D) ::= KIND(K) name(N) title(T).       { D = tree_decl(c, K, N, T); }
head(D) ::= head(D) KEY(K).                 { tree_add_inline(c, D, tree_prop(c, K, 1, NULL)); }
head(D) ::= head(D) KEY(K) vlist(V).        { tree_add_inline(c, D, tree_prop(c, K, 1, &V)); }

name(N) ::= .                               { N = NULL; }
name(N) ::= IDENT(X).                       { N = tree_value(c, V_IDENT, X); }
name(N) ::= INTEGER(X).                     { N = tree_value(c, V_INT, X); }

title(T) ::= .                              { T = NULL; }
title(T) ::= STRING(X).                     { T = tree_value(c, V_STRING, X); }

/* A property without values parses; the checker reports it (WG208). */
prop(P) ::= KEY(K).                         { P = tree_prop(c, K, 1, NULL); }
prop(P) ::= KEY(K) vlist(V).                { P = tree_prop(c, K, 1, &V); }
prop(P) ::= IDENT(K).                       { P = tree_prop(c, K, 0, NULL); }
prop(P) ::= IDENT(K) slist(V).              { P = tree_prop(c, K, 0, &V); }

vlist(L) ::= value(X).                      { L.first = L.last = X; L.n = 1; }
vlist(L) ::= vlist(L) COMMA value(X).       { L.last->next = X; L.last = X; L.n++; }

/* A statement led by a name that is no keyword takes plain values only,
** as in version 1, so that `deliverabel report "Report"` stays a
** misspelt declaration (parse_driver.c) rather than a property. */
slist(L) ::= one(X).                        { L.first = L.last = X; L.n = 1; }
slist(L) ::= slist(L) COMMA one(X).         { L.last->next = X; L.last = X; L.n++; }

value(V) ::= one(V).
value(V) ::= seq(S).                        { V = tree_seq_end(c, S); }

/* Parts side by side, without a comma (docs/language.md): an offset
** `M2 + 2 weeks`, a pair `quota african 11`, or a forgotten comma,
** which the checker reports (WG208). One node over all of them. */
seq(S) ::= part(A) part(B).                 { S = tree_seq(c, A, B); }
seq(S) ::= seq(S) part(B).                  { tree_seq_add(c, S, B); }

part(P) ::= one(P).
part(P) ::= PLUS(X).                        { P = tree_value(c, V_SIGN, X); }
part(P) ::= MINUS(X).                       { P = tree_value(c, V_SIGN, X); }

one(V) ::= IDENT(X).                        { V = tree_value(c, V_IDENT, X); }
one(V) ::= INTEGER(X).                      { V = tree_value(c, V_INT, X); }
one(V) ::= STRING(X).                       { V = tree_value(c, V_STRING, X); }
one(V) ::= DATE(X).                         { V = tree_value(c, V_DATE, X); }
one(V) ::= DATE(X) DOTDOT DATE(Y).          { V = tree_range(c, X, Y); }
one(V) ::= path(V).

path(P) ::= pathpart(X) DOT pathpart(Y).    { P = tree_path(c, X, Y); }
path(P) ::= path(P) DOT pathpart(Y).        { tree_path_extend(c, P, Y); }

%type pathpart {Token}
pathpart(T) ::= IDENT(T).
pathpart(T) ::= INTEGER(T).

%code {
/* Lemon reports no new error until three tokens have been shifted after
** one. A statement here can be shorter than that, so the driver re-arms
** reporting at every statement end instead (it recovers by statements). */
void parse_rearm(void *p) { ((yyParser *)p)->yyerrcnt = -1; }
}
