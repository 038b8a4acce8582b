#ifndef GAZETTE_CDEFLATE_SHIM_H
#define GAZETTE_CDEFLATE_SHIM_H
#include <libdeflate.h>
#endif
