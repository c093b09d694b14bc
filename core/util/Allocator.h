#pragma once

namespace recertify {

/**
 * Tunes the C library's allocator for importing: buffers of a few megabytes (an inflated log file, its parsed
 * records) are taken and given back for every file, and by default each is a fresh mapping the kernel must zero, then
 * unmap: a fifth of an import's time. Kept in the process's heap instead, up to 256 MB held back for reuse. Call once,
 * first thing in main.
 */
void tuneAllocatorForImports();

} // namespace recertify
