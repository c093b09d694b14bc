#include "cli/Cli.h"

#include <QGuiApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    // The PDF report needs fonts, hence a QGuiApplication; a CLI never needs a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECERTIFY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return recertify::cli::run(QCoreApplication::arguments(), out, err);
}
