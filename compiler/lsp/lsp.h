/*
** `wgc lsp`: a Language Server Protocol 3.17 server on standard input and
** output (docs/lsp.md).
*/
#ifndef WGC_LSP_H
#define WGC_LSP_H

/* Runs the server until the client says `exit` or goes away; returns the
** exit status (0 after a `shutdown`, else 1; 2 for a usage error). */
int lsp_main(int argc, char **argv, const char *version);

#endif
