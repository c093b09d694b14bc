// libFuzzer target: verifying an evidence bundle and reading it for the auditor's view.
#include "FuzzSupport.h"
#include "evidence/BundleContents.h"
#include "evidence/EvidenceBundle.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    recertify::fuzz::ensureApp();
    const QString path = recertify::fuzz::writeInput(data, size, "bundle.zip");
    (void)recertify::EvidenceBundle::verify(path);
    (void)recertify::BundleContents::load(path);
    return 0;
}
