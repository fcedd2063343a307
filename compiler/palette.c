/*
** The status colours (palette.h).
*/
#include "palette.h"

const char *const palette_fill[6] = {"#FFFFFF", "#99DDFF", "#EEDD88",
                                     "#44BB99", "#EE8866", "#DDDDDD"};
const char *const palette_label[6] = {"no status", "not started", "ongoing",
                                      "completed", "uncertain",   "dropped"};
