#pragma once

#include "core/domain/IdentityFacts.h"
#include "core/util/Result.h"

#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <array>

namespace recertify {

/**
 * A finding as the store holds it while open, as much of it as the analysis needs: it only asks whether a finding
 * still stands and whether what it says changed, so its key and its words travel as hashes, not as text.
 */
struct OpenFinding
{
    qint64 id = 0;
    QDateTime openedAt;
    size_t key = 0; ///< FactsLoader::findingKey(type, subject)
    size_t content = 0; ///< FactsLoader::findingContent(detail, since, detail data)
};

/** Which days of the window each source has activity data for: only there can usage be absent. */
struct ActivityCoverage
{
    QHash<QString, QSet<QString>> bySource; ///< source -> ISO days (coverage rows and usage alike)
    QHash<QString, QSet<QString>> byAwsAccount; ///< account id -> ISO days, from CloudTrail
    QHash<QString, QSet<QString>> awsRegions; ///< account id -> the regions whose trail those days came from
    /// identity id -> the day of the latest Access Advisor report about it (which covers the 400 days before)
    QHash<qint64, QDate> advisorThrough;
    /// identity id -> the day of the latest IAM credential report that lists it (which says whether it was ever used)
    QHash<qint64, QDate> reportedThrough;
    bool awsRows = false; ///< CloudTrail or Access Advisor recorded what they cover: AWS usage alone proves nothing
    /// The last day activity data covers, whatever the window: source -> day, and AWS account -> day
    QHash<QString, QDate> lastDayBySource, lastDayByAwsAccount;
};

/** A batch of identities with everything the analyzer needs, read with one query per table. */
struct FactsBatch
{
    QList<IdentityFacts> facts;
    QList<std::array<int, 4>> previousFigures; ///< granted, used, unused, out of scope as stored
    QList<double> previousDebt;
    QHash<qint64, qsizetype> index;
    QHash<qint64, QList<OpenFinding>> open; ///< identity -> its open findings
};

/**
 * Loads identities in id order, a batch at a time, with their grants, credentials, usage within
 * the window and open findings. Shared by the analysis and by campaigns (for each item's evidence).
 */
class FactsLoader
{
public:
    static constexpr int kBatch = 5000;
    /** A campaign analyses afresh and reads no finding as stored; the analysis compares with them. */
    enum class OpenFindings
    {
        Load,
        Skip
    };

    /** The people directory: email -> active. */
    [[nodiscard]] static Result<QHash<QString, bool>> people(const QSqlDatabase& db);
    /** What activity data the store holds for the window, once per analysis. */
    [[nodiscard]] static Result<ActivityCoverage> coverage(const QSqlDatabase& db, const QDate& windowStart);
    /** Identities with id > after (only that one when only > 0), at most kBatch; with coverage, each gets its days. */
    [[nodiscard]] static Status load(const QSqlDatabase& db, qint64 after, qint64 only, const QDate& windowStart,
                                     const QHash<QString, bool>& people, FactsBatch* batch,
                                     const ActivityCoverage* coverage = nullptr,
                                     OpenFindings open = OpenFindings::Load);
    /** Which finding it is (type and subject), as load() reads it from the store. */
    static size_t findingKey(QStringView type, QStringView subject);
    /** What it says (detail, since in the storage form, detail data), as load() reads it from the store. */
    static size_t findingContent(QStringView detail, QStringView since, QStringView detailData);
};

} // namespace recertify
