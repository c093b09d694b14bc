#include "core/evidence/BundleContents.h"

#include "core/evidence/EvidenceBundle.h"
#include "core/util/CsvReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace recertify {

Result<BundleContents> BundleContents::load(const QString& path)
{
    BundleContents contents;
    auto campaign = EvidenceBundle::read(path, QStringLiteral("campaign.json"));
    auto decisions = EvidenceBundle::read(path, QStringLiteral("decisions.csv"));
    auto evidence = EvidenceBundle::read(path, QStringLiteral("evidence.json"));
    for (const auto* member : { &campaign, &decisions, &evidence }) {
        if (!*member)
            return member->error();
    }
    contents.campaign = QJsonDocument::fromJson(campaign.value()).object();

    QBuffer buffer(&decisions.value());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList row;
    if (!reader.next(&row) || row.value(0) != QLatin1String("item_id"))
        return makeError(tr("%1: decisions.csv: expected its header on line 1").arg(path));
    while (reader.next(&row)) {
        if (row.size() < 12)
            return makeError(tr("%1: decisions.csv: line %2: expected 13 fields").arg(path).arg(reader.line()));
        contents.decisions.append(BundleDecision { row.at(0).toLongLong(), row.at(1), row.at(2), row.at(3), row.at(4),
                                                   row.at(5), row.at(6), row.at(7), row.at(8), row.at(9), row.at(10),
                                                   row.at(11), row.value(12), row.value(13), row.value(14).toLongLong(),
                                                   row.value(15).toLongLong(), false, row.value(16), row.value(17) });
    }
    QSet<qint64> amended;
    for (const BundleDecision& d : std::as_const(contents.decisions)) {
        if (d.supersedes > 0)
            amended.insert(d.supersedes);
    }
    for (BundleDecision& d : contents.decisions)
        d.superseded = d.decisionId > 0 && amended.contains(d.decisionId);
    const QJsonArray items = QJsonDocument::fromJson(evidence.value()).array();
    for (const QJsonValue& item : items)
        contents.evidence.insert(item.toObject().value(QStringLiteral("itemId")).toInteger(), item.toObject());
    return contents;
}

} // namespace recertify
