#ifndef GAZETTE_CRENAME_SHIM_H
#define GAZETTE_CRENAME_SHIM_H
// glibc declares renameat2 only with _GNU_SOURCE, which Swift's Glibc module does not set.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdio.h>
#include <fcntl.h>

// Swaps two paths in one step (Linux, RENAME_EXCHANGE): 0, or -1 with errno set.
static inline int gazette_exchange(const char *first, const char *second) {
#ifdef RENAME_EXCHANGE
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    return -1;
#endif
}
#endif
