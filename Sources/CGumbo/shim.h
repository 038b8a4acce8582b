#ifndef GAZETTE_CGUMBO_SHIM_H
#define GAZETTE_CGUMBO_SHIM_H
#include <gumbo.h>
#endif
