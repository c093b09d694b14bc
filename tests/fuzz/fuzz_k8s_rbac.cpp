// libFuzzer target: the k8s-rbac importer on any bytes. It may refuse them; it must not crash,
// leak, overflow or hang.
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    recertify::fuzz::ensureApp();
    recertify::fuzz::importOnce(QStringLiteral("k8s-rbac"), recertify::fuzz::writeInput(data, size, "input.yaml"));
    return 0;
}
