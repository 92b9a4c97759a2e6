#ifndef PATROLMAP_CZLIB_SHIM_H
#define PATROLMAP_CZLIB_SHIM_H
#include <zlib.h>
#endif
