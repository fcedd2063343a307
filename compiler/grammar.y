/*
** The grammar of .wg files (LANGUAGE.md §2), for Lemon. One generic
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
  diag_report(c, 108, (wg_span){0, 0}, "%s", "the file is nested too deeply to parse");
  c->syntax_errors++;
  c->fatal = 1;
}

%token KIND KEY IDENT INTEGER STRING DATE DOTDOT DOT COMMA LBRACE RBRACE SEMI NL.

%type items {Body}
%type decl {Decl *}
%type head {Decl *}
%type prop {Prop *}
%type vlist {VList}
%type value {Value *}
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
prop(P) ::= IDENT(K) vlist(V).              { P = tree_prop(c, K, 0, &V); }

vlist(L) ::= value(X).                      { L.first = L.last = X; L.n = 1; }
vlist(L) ::= vlist(L) COMMA value(X).       { L.last->next = X; L.last = X; L.n++; }

value(V) ::= IDENT(X).                      { V = tree_value(c, V_IDENT, X); }
value(V) ::= INTEGER(X).                    { V = tree_value(c, V_INT, X); }
value(V) ::= STRING(X).                     { V = tree_value(c, V_STRING, X); }
value(V) ::= DATE(X).                       { V = tree_value(c, V_DATE, X); }
value(V) ::= DATE(X) DOTDOT DATE(Y).        { V = tree_range(c, X, Y); }
value(V) ::= path(V).

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
