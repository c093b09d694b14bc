#pragma once

#include "core/storage/SnapshotRepository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <tuple>

class QChart;
class QChartView;
class QWidget;

namespace recertify {

/**
 * Builds the app's charts with one look: a title, axes with titles, a legend, tooltips on hover,
 * and a theme that follows the light or dark palette.
 */
class ChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(ChartFactory)

public:
    /** Granted, used, unused and out-of-scope over time. */
    static QChartView* driftOverTime(const QList<SnapshotPoint>& points, const QString& title, QWidget* parent);
    /** Trust debt over time (one line). */
    static QChartView* debtOverTime(const QList<SnapshotPoint>& points, const QString& title, QWidget* parent);
    /** How many identities fall in each band of trust debt. */
    static QChartView* debtDistribution(const QList<DebtBucket>& buckets, QWidget* parent);
    /** The highest scores, as horizontal bars (highest on top). */
    static QChartView* topByDebt(const QList<std::pair<QString, double>>& scores, QWidget* parent);

    /** Items still undecided over time, with the due date. */
    static QChartView* burndown(const QList<std::pair<QDateTime, int>>& points, const QDateTime& due, QWidget* parent);
    /** Decided and pending items per reviewer, stacked. */
    /** remainder names what is not decided ("Pending" when empty; "Undecided at close" for a closed campaign). */
    static QChartView* reviewerProgress(const QList<std::tuple<QString, int, int>>& reviewers, QWidget* parent,
                                        const QString& remainder = {});

    /** Light or dark, from the widget's palette; also used when the palette changes. */
    static void applyTheme(QChart* chart, const QWidget* reference);

private:
    static QChartView* wrap(QChart* chart, QWidget* parent, const QString& summary);
};

} // namespace recertify
