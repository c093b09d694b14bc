// libFuzzer target: verifying an evidence bundle and reading it for the auditor's view.
#include "core/evidence/BundleContents.h"
#include "core/evidence/EvidenceBundle.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    recertify::fuzz::ensureApp();
    const QString path = recertify::fuzz::writeInput(data, size, "bundle.zip");
    (void)recertify::EvidenceBundle::verify(path);
    (void)recertify::BundleContents::load(path);
    return 0;
}
