#include "core/util/Allocator.h"

#include <cstdlib> // defines __GLIBC__ where it is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace recertify {

void tuneAllocatorForImports()
{
#if defined(__GLIBC__)
    // Blocks below 32 MB (the most it takes) come from the heap, and up to 256 MB freed at its top stays there for
    // the next file.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace recertify
