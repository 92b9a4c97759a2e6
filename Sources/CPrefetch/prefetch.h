#ifndef PATROLMAP_CPREFETCH_H
#define PATROLMAP_CPREFETCH_H
// A cache prefetch hint for the searches' inner loops: Swift has no way to emit one, and a
// static inline function in a header is inlined into the Swift caller by the Clang importer.
// Only a hint: it changes no value and never faults.
static inline void patrolmap_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}
#endif
