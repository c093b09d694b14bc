#pragma once

#include "core/connectors/Importer.h"

#include <QHash>
#include <functional>
#include <optional>

namespace recertify {

class CsvReader;

/**
 * The lowest common denominator (connectors.md §7): RFC 4180 files told apart by their header.
 * identities.csv has one row per (identity x credential x permission) and lists every identity of
 * each source value it holds; rows are merged per identity. activity.csv is streamed row by row
 * and emits no identities, so importing it alone never retires anything. Empty, N/A,
 * not_supported and no_information mean unknown.
 */
class CsvImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    QString format() const override { return QStringLiteral("csv"); }
    QString source() const override { return QStringLiteral("csv"); }
    bool isInventory() const override { return true; }
    QStringList folderPatterns() const override { return { QStringLiteral("*.csv") }; }
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;

    /** The header columns, in the documented order; all are required, extra ones are ignored. */
    static QStringList identityColumns();
    static QStringList activityColumns();

private:
    /** An open file past its header row. */
    struct Input
    {
        const QString& path;
        CsvReader& reader;
        QHash<QString, qsizetype> columns; ///< column name -> field index
        qsizetype width = 0; ///< fields per row, as in the header
        qint64 size = 0;
    };
    /** One data row, read by column name so errors can name the file, the line and the column. */
    struct Row
    {
        const Input& input;
        const QStringList& fields;
        qint64 line = 0;

        /** Trimmed; the unknown markers read as empty. */
        QString value(const QString& column) const;
    };
    using RowHandler = std::function<Status(const Row& row)>;

    [[nodiscard]] static Status forEachRow(const Input& input, RecordSink& sink, const RowHandler& handle);
    [[nodiscard]] static Status readIdentities(const Input& input, RecordSink& sink);
    [[nodiscard]] static Status readActivity(const Input& input, RecordSink& sink);

    static Error rowError(const Row& row, const QString& column, const QString& expected);
    static Result<QString> required(const Row& row, const QString& column);
    static Result<QString> kind(const Row& row);
    static Result<std::optional<bool>> enabled(const Row& row);
    static Result<QDateTime> time(const Row& row, const QString& column);
};

} // namespace recertify
