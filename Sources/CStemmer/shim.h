// The Snowball stemmers (Debian's libstemmer-dev). The library ships no pkg-config file,
// so the module map links it by name.
#include <libstemmer.h>
