#pragma once

// Shared by the fuzz targets: the readers take files, so each input is written to one and read back.
#include "core/connectors/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

namespace recertify::fuzz {

/** Keeps nothing: the readers' own work is what is under test. */
class NullSink final : public RecordSink
{
public:
    void identity(StagedIdentity) override { }
    void activity(const ActivityEvent&) override { }
    void skipped(const QString&) override { }
    bool progress(qint64, qint64) override { return true; }
};

/** The input as a file with this name, in a folder of this process's own. */
inline QString writeInput(const uint8_t* data, size_t size, const char* name)
{
    static const QString dir = [] {
        const QString path
            = QDir::temp().filePath(QStringLiteral("recertify-fuzz-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(path);
        return path;
    }();
    const QString path = dir + u'/' + QLatin1String(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

/** Reads one input through a whole run of the importer: start, read, finish. */
inline void importOnce(const QString& format, const QString& path)
{
    auto importer = Importers::create(format);
    NullSink sink;
    importer->start();
    if (importer->read(path, sink))
        (void)importer->finish(sink);
}

/** Qt wants an application object for translations and file names. */
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char* argv[] = { name, nullptr };
    static QCoreApplication* app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

} // namespace recertify::fuzz
