#pragma once

#include "core/connectors/Importer.h"

#include <QHash>

class QIODevice;

namespace recertify {

/**
 * The IAM credential report (aws iam get-credential-report): one row per IAM user with its console password, access
 * keys and signing certificates, when each was created or rotated and last used. Read as the users' credentials: an
 * identity the store knows (by its ARN) keeps everything else an inventory says of it; one it does not know is added.
 * Accepts the CSV (Content decoded, or the console's download) and the CLI's JSON answer with Content in base64.
 */
class CredentialReportImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CredentialReportImporter)

public:
    QString format() const override { return QStringLiteral("aws-credential-report"); }
    QString source() const override { return QStringLiteral("aws"); }
    /** It lists users, but proves none gone: a user it leaves out is left to the authorization details. */
    bool isInventory() const override { return true; }
    QStringList folderPatterns() const override { return { QStringLiteral("*.csv"), QStringLiteral("*.json") }; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

private:
    struct Row
    {
        const QString& path;
        qint64 line;
        const QHash<QString, qsizetype>& columns;
        const QStringList& fields;
    };
    /** `generated`: the answer's GeneratedTime, when the file kept it. */
    [[nodiscard]] Status readCsv(const QString& path, QIODevice* device, const QDateTime& generated,
                                 RecordSink& sink) const;
    [[nodiscard]] Status readRow(const Row& row, RecordSink& sink) const;
    /** A column's value; empty when the column is absent or says "none" or "cannot tell" (N/A, no_information). */
    static QString value(const Row& row, const QString& column);
    [[nodiscard]] static Result<QDateTime> time(const Row& row, const QString& column);
    [[nodiscard]] static Result<bool> flag(const Row& row, const QString& column);
    static Error rowError(const Row& row, const QString& column, const QString& expected);
};

} // namespace recertify
