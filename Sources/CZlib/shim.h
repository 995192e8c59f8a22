// zlib (Debian: zlib1g-dev), for compressing cached blobs in the index.
#include <zlib.h>
