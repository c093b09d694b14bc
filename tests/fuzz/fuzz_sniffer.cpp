// libFuzzer target: telling a file's format from its first bytes, and the YAML reader behind it.
#include "core/connectors/FormatSniffer.h"
#include "core/connectors/YamlInput.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    recertify::fuzz::ensureApp();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)recertify::FormatSniffer::detectBytes(bytes, QStringLiteral("input"));
    // The importers hand YAML-looking text to the YAML reader, as here.
    if (recertify::YamlInput::looksLikeYaml(bytes))
        (void)recertify::YamlInput::parse(bytes, QStringLiteral("input"));
    return 0;
}
