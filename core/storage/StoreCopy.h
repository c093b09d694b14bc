#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <functional>

namespace recertify {

/** Rows per table in both stores after a copy, and what the audit chain check found. */
struct StoreCopyReport
{
    struct Table
    {
        QString name;
        qint64 source = 0;
        qint64 target = 0;
    };
    QList<Table> tables;
    qint64 auditRows = 0;
    QString auditHead; ///< the last audit hash, the same in both stores
    double seconds = 0;
};

/**
 * Copies one store into another, typically a desktop's SQLite file into the team's PostgreSQL
 * database (`migrate --from --to`). The target must be empty; the copy is one transaction,
 * streamed table by table in batches so memory does not grow with the estate; ids are kept, so
 * the audit chain's hashes stay valid. Verified afterwards by row counts and the audit chain.
 */
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    using Progress = std::function<void(const QString& table, qint64 rows)>;

    /** The tables copied, parents before children. */
    static QStringList tables();

    [[nodiscard]] static Result<StoreCopyReport> copy(const Database& from, const Database& to,
                                                      const Progress& progress = {});
};

} // namespace recertify
