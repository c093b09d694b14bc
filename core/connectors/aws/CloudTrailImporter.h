#pragma once

#include "core/connectors/Importer.h"
#include "core/connectors/aws/CloudTrailRecords.h"
#include "core/util/KeySet.h"

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <deque>
#include <optional>
#include <string>

namespace recertify {

/**
 * CloudTrail as people have it: the log files of a trail bucket (`aws s3 sync` of
 * AWSLogs/…/CloudTrail/…, .json or .json.gz, any number of accounts and organisation prefixes; the
 * CloudTrail-Digest files beside them are skipped and counted), one record per line (CloudWatch Logs,
 * EventBridge, SIEM and data-lake exports, plain or gzipped), and `aws cloudtrail lookup-events`
 * output. Each record becomes an activity event of the identity that acted: AssumedRole activity
 * belongs to the role (sessionContext.sessionIssuer), not the session. An eventID delivered twice
 * counts once. The action is the IAM permission that authorises the call, from a published table
 * where the event name differs (bedrock Converse is bedrock:InvokeModel). Records without a
 * principal (service events, Insights) are skipped and counted. Files are read as streams.
 */
class CloudTrailImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CloudTrailImporter)

public:
    QString format() const override { return QStringLiteral("aws-cloudtrail"); }
    QString source() const override { return QStringLiteral("aws"); }
    bool isInventory() const override { return false; }
    QStringList folderPatterns() const override;
    [[nodiscard]] Status read(const QString& path, RecordSink& sink) override;
    void start() override;
    /** Inflates the next log file on another core while the current one is parsed. */
    void prefetch(const QStringList& files) override;
    [[nodiscard]] Status finish(RecordSink& sink) override;
    /** One record as an API returned it (a LookupEvents event with its CloudTrailEvent string); `where` names it in
     * errors. */
    [[nodiscard]] Status readEvent(const QJsonObject& event, const QString& origin, const QString& where,
                                   RecordSink& sink)
    {
        return emitRecord(event, origin, where, sink);
    }

    /** The IAM permissions that authorise a call: the published table, else "<service prefix>:<eventName>". */
    static QStringList actionsOf(const QString& eventSource, const QString& eventName);
    /** The first of actionsOf(). */
    static QString actionOf(const QString& eventSource, const QString& eventName);
    /** Maps one record; false when it has no principal (reason set). */
    static bool toEvent(const QJsonObject& record, ActivityEvent* event, QString* reason);
    static bool toEvent(const CloudTrailFields& fields, ActivityEvent* event, QString* reason);
    /** True for a CloudTrail digest file, by its name or folder (CloudTrail-Digest). */
    static bool isDigestPath(const QString& path);

private:
    enum class Layout
    {
        Records,
        LookupEvents,
        LogGroupEvents, ///< aws logs filter-log-events / get-log-events: {"events": [{"message": "<record>"}]}
        TopLevelArray,
        Lines,
        Digest
    };

    /** What one record comes to, worked out away from the sink (on the prefetching core). */
    struct Prepared
    {
        qint64 offset = 0;
        std::optional<QDateTime> at;
        QString timeText; ///< kept for the error when the time does not parse
        bool shipped = false; ///< the time came from a shipper's @timestamp
        bool named = false; ///< has an eventVersion or eventName: a record of a trail, whatever else it lacks
        quint64 idHash = 0; ///< of eventID/recipient account; 0: no eventID
        std::string account; ///< recipientAccountId
        std::string region;
        bool attributed = false;
        QString reason; ///< why it has no principal, when not attributed
        ActivityEvent event; ///< timestamp and actions still to fill
        QStringList actions;
        bool console = false; ///< made with console (or CloudShell) session credentials
        bool atConsole = false; ///< that, or a console sign-in that failed: a person at the keyboard either way
        bool onBehalf = false; ///< made by an AWS service for the principal (invokedBy), not at its keyboard
    };
    /** A file read whole (inflated when gzip), at most the cap and one byte more; a {"Records"} body also parsed. */
    struct Inflated
    {
        QByteArray bytes;
        QString error;
        bool parsed = false; ///< records hold the whole file (bytes were released)
        std::vector<Prepared> records;
        QString parseError;
    };
    static Inflated inflate(const QString& path);
    /** Why a file whose head is this is AWS's event notifications, not CloudTrail; empty when it is not. */
    static QString eventNotification(const QByteArray& head, const QString& path);
    /** inflate(), then the records parsed and mapped too, so the reading core only counts them. */
    static Inflated inflateAndParse(const QString& path);
    static Prepared prepare(const CloudTrailFields& fields, qint64 offset);
    /** Hands one prepared record to the sink; `where` names it in errors (empty: "byte <offset>"). */
    [[nodiscard]] Status replay(Prepared& record, const QString& path, const QString& where, RecordSink& sink);
    /** Hands over what was prepared for path, if anything, and starts on the next planned file. */
    std::optional<Inflated> takePrefetched(const QString& path);
    void topUp();

    /** One record in whatever envelope carried it; false with an error set when it cannot be read. */
    /** A record, a CloudWatch Logs subscription batch (logEvents), or a Lambda's {"awslogs": {"data": …}} event. */
    [[nodiscard]] Status emitDocument(const QJsonObject& object, const QString& path, const QString& where,
                                      RecordSink& sink, int depth = 0);
    [[nodiscard]] Status emitRecord(const QJsonObject& envelope, const QString& path, const QString& where,
                                    RecordSink& sink);
    /** A {"Records": […]} body in memory, walked by simdjson. */
    [[nodiscard]] Status readWhole(const QByteArray& bytes, const QString& path, qint64 size, RecordSink& sink);
    [[nodiscard]] Status emitFields(const CloudTrailFields& fields, const QString& path, const QString& where,
                                    RecordSink& sink);

    KeySet m_skippedIds; ///< ids of the records passed over this run (no principal, or a person's)
    QDate m_lastCoveredDay;
    std::string m_lastCoveredAccount;
    std::string m_lastCoveredRegion;
    QString m_currentPath;
    QString m_currentName;
    QStringList m_plan;
    qsizetype m_planned = 0; ///< the next index of m_plan to prepare
    std::deque<std::pair<QString, QFuture<Inflated>>> m_ahead; ///< files in preparation, in reading order
    QFuture<void> m_freeing; ///< the last file's records, freed on another core
    int m_digests = 0;
    int m_files = 0; ///< files read this run, digests included
    QString m_firstDigest;
};

} // namespace recertify
