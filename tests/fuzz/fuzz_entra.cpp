// libFuzzer target: the entra-graph importer on any bytes. It may refuse them; it must not crash,
// leak, overflow or hang.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    recertify::fuzz::ensureApp();
    recertify::fuzz::importOnce(QStringLiteral("entra-graph"), recertify::fuzz::writeInput(data, size, "input.json"));
    return 0;
}
