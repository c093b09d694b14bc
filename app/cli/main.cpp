#include "cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationName(QStringLiteral("Recertify"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RECERTIFY_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return recertify::cli::run(QCoreApplication::arguments(), out, err);
}
