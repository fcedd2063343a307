/*
** The colours of statuses, one list for every picture wgc draws (the
** graph, the HTML page, its timeline): Paul Tol's "light" scheme, which
** stays distinguishable with the common colour-vision deficiencies and
** keeps black text readable (docs/output.md). Index: the status, 0 for
** none (WG_NOT_STARTED..WG_DROPPED after it).
*/
#ifndef WGC_PALETTE_H
#define WGC_PALETTE_H

#include "../runtime/progress.h"

extern const char *const palette_fill[WG_NSTATUSES];  /* "#99DDFF"... */
extern const char *const palette_label[WG_NSTATUSES]; /* "not started"... */

#define PALETTE_CYCLE "#CC3311" /* Tol's vibrant red: cycles, lateness */

#endif
