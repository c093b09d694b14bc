#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace recertify {

/** One row of decisions.csv. */
struct BundleDecision
{
    qint64 itemId = 0;
    QString nativeId;
    QString identity;
    QString reviewer;
    QString decidedBy;
    QString decidedAt;
    QString ownership;
    QString scope;
    QString need;
    QString certifyUntil;
    QString justification;
    QString flags;
    QString secondsSpent; ///< how long the reviewer looked at the evidence; empty when not measured
    QString onBehalfOf; ///< the assigned reviewer a manager decided for
    qint64 decisionId = 0; ///< 0 in bundles written before amendments existed
    qint64 supersedes = 0; ///< the decision this one amends
    bool superseded = false; ///< a later decision in the bundle amends this one
    QString ownershipUntil; ///< until when the ownership answer holds; empty where not asked (or in older bundles)
    QString scopeUntil; ///< until when the task scope answer holds
};

/**
 * What an auditor browses, read from the bundle alone: the campaign, every decision and the
 * evidence each reviewer saw. No database is involved.
 */
struct BundleContents
{
    Q_DECLARE_TR_FUNCTIONS(BundleContents)

public:
    QJsonObject campaign;
    QList<BundleDecision> decisions;
    QHash<qint64, QJsonObject> evidence; ///< item id -> the item with its evidence

    [[nodiscard]] static Result<BundleContents> load(const QString& path);
};

} // namespace recertify
