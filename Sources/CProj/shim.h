#ifndef PATROLMAP_CPROJ_SHIM_H
#define PATROLMAP_CPROJ_SHIM_H
#include <proj.h>
#include <geodesic.h>
#endif
