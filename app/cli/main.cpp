#include "app/cli/Cli.h"
#include "core/util/Allocator.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    recertify::tuneAllocatorForImports();
    // Only the PDF report of an export needs fonts, hence a QGuiApplication (on the offscreen
    // platform: a CLI never needs a display); everything else stays a plain core application.
    bool exporting = false;
    for (int i = 1; i < argc; ++i)
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (exporting) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECERTIFY_VERSION));
    recertify::installDriverNoiseFilter();
    // Messages in the reader's language; English (with its plural forms) where the system names none we have.
    auto* own = new QTranslator(app.get());
    if (own->load(QLocale::system(), QStringLiteral("recertify"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("recertify_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return recertify::cli::run(QCoreApplication::arguments(), out, err);
}
