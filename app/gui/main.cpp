#include "app/gui/AppLauncher.h"
#include "core/util/Allocator.h"
#include "core/util/Logging.h"
#include "ui/widgets/ReadableStyle.h"

#include <QApplication>
#include <QIcon>
#include <sys/resource.h>

int main(int argc, char** argv)
{
    recertify::tuneAllocatorForImports();
    // A security tool should not leave secrets in core dumps.
    const rlimit noCore { 0, 0 };
    setrlimit(RLIMIT_CORE, &noCore);

    const recertify::AppLauncher::Options early = recertify::AppLauncher::parse(argc, argv);
    // A screenshot needs no display: fall back to the offscreen platform when none is there.
    if (!early.screenshot.isEmpty() && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    recertify::installDriverNoiseFilter();
    QApplication::setOrganizationName(QStringLiteral("Recertify"));
    QApplication::setApplicationName(QStringLiteral("Recertify"));
    QApplication::setApplicationDisplayName(QStringLiteral("Recertify"));
    QApplication::setApplicationVersion(QStringLiteral(RECERTIFY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.recertify.Recertify"));
    QApplication::setStyle(new recertify::ReadableStyle); // Fusion, with indicators that read in dark
    return recertify::AppLauncher::run(app, early);
}
