#ifndef GAZETTE_CBROTLI_SHIM_H
#define GAZETTE_CBROTLI_SHIM_H
#include <brotli/encode.h>
#include <brotli/decode.h>
#endif
