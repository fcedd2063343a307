/*
** Large zeroed blocks taken straight from the kernel. A big charter's
** tree and model fill a hundred megabytes that are written once; taking
** them in 2 MiB huge pages, where the system offers them, costs one page
** fault where small pages would cost 512 (faults dominated the run time).
*/
#ifndef WG_PAGES_H
#define WG_PAGES_H

#include <stddef.h>

/* n zeroed bytes, aligned to 64; aborts the program when out of memory. */
void *wg_pages_alloc(size_t n);

/* The bytes a block of n bytes really has (n rounded up to a cache line,
** or to whole huge pages for a mapped block): all of them may be used. */
size_t wg_pages_size(size_t n);

/* Frees what wg_pages_alloc(n) returned; n must be the same. */
void wg_pages_free(void *p, size_t n);

#endif
