/*
** The status colours (palette.h).
*/
#include "palette.h"

const char *const palette_fill[WG_NSTATUSES] = {"#FFFFFF", "#99DDFF", "#EEDD88",
                                     "#44BB99", "#EE8866", "#DDDDDD"};
const char *const palette_label[WG_NSTATUSES] = {"no status", "not started", "ongoing",
                                      "completed", "uncertain",   "dropped"};
