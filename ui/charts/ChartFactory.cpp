#include "ui/charts/ChartFactory.h"

#include "ui/widgets/LocalDates.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace recertify {

namespace {

// Colours that stay apart in both themes and for common colour-vision deficiencies.
const QColor kGranted(0x3d, 0x7b, 0xe0);
const QColor kUsed(0x2f, 0xa4, 0x6a);
const QColor kUnused(0xe0, 0x8e, 0x1b);
const QColor kOutOfScope(0xc6, 0x28, 0x28);
const QColor kDebt(0x8e, 0x44, 0xad);

QLineSeries* line(const QString& name, const QColor& colour)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour);
    pen.setWidthF(2.2);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

void tooltipOnHover(QLineSeries* series, int decimals)
{
    QObject::connect(series, &QLineSeries::hovered, series, [series, decimals](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC);
        QToolTip::showText(
            QCursor::pos(),
            QStringLiteral("%1\n%2: %3")
                .arg(LocalDates::dateOf(at), series->name(), QLocale().toString(point.y(), 'f', decimals)));
    });
}

// Counts get whole-number ticks at a step of 1, 2 or 5 times a power of ten ("0 1 2", never "0 1 1 2 2"),
// at most six of them, the range rounded up to the next tick.
// headroom: lines at the maximum are drawn below the plot's edge, not half cut off by it.
void countAxis(QValueAxis* axis, double maximum, bool headroom = false)
{
    const double top = std::max(1.0, std::ceil(maximum) + (headroom && maximum > 0 ? 1 : 0));
    double step = 1;
    for (double scale = 1;; scale *= 10) {
        const double candidates[] = { scale, 2 * scale, 5 * scale };
        const auto fit
            = std::find_if(std::begin(candidates), std::end(candidates), [&](double s) { return top / s <= 5; });
        if (fit != std::end(candidates)) {
            step = *fit;
            break;
        }
    }
    const double end = std::ceil(top / step) * step;
    axis->setRange(0, end);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(end / step) + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

// Whole days, one tick a day while there are few, so no date is printed twice; the year where the span
// leaves the current one.
void dateRange(QDateTimeAxis* axis, QDateTime first, QDateTime last)
{
    first = first.date().startOfDay(first.timeSpec() == Qt::UTC ? QTimeZone::utc() : first.timeZone());
    last = last.time() == QTime(0, 0)
        ? last
        : last.date().addDays(1).startOfDay(last.timeSpec() == Qt::UTC ? QTimeZone::utc() : last.timeZone());
    if (first >= last)
        last = first.addDays(1);
    const qint64 days = first.daysTo(last);
    axis->setRange(first, last);
    const int thisYear = QDate::currentDate().year();
    const bool withYear = first.date().year() != thisYear || last.date().year() != thisYear;
    // A label with its year is wider: fewer of them.
    axis->setTickCount(int(std::clamp<qint64>(days + 1, 2, withYear ? 4 : 6)));
    axis->setFormat(withYear ? QStringLiteral("dd MMM yyyy") : QStringLiteral("dd MMM"));
}

QDateTimeAxis* timeAxis(const QList<SnapshotPoint>& points)
{
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("dd MMM"));
    axis->setTitleText(ChartFactory::tr("Date"));
    if (!points.isEmpty())
        dateRange(axis, points.first().takenAt, points.last().takenAt);
    else
        axis->setTickCount(6);
    return axis;
}

} // namespace

void ChartFactory::applyTheme(QChart* chart, const QWidget* reference)
{
    const bool dark = reference->palette().color(QPalette::Window).lightness() < 128;
    const QBrush background = reference->palette().window();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(reference->font().pointSizeF() * 1.1);
    chart->setTitleFont(title);
    // The theme resets series colours; keep ours so lines mean the same thing everywhere.
    for (QAbstractSeries* s : chart->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(s)) {
            QPen pen = l->pen();
            pen.setColor(l->property("recertifyColour").value<QColor>());
            pen.setWidthF(l->property("recertifyWidth").isValid() ? l->property("recertifyWidth").toReal() : 2.2);
            l->setPen(pen);
        }
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets())
                set->setColor(set->property("recertifyColour").value<QColor>());
        }
    }
}

QChartView* ChartFactory::wrap(QChart* chart, QWidget* parent, const QString& summary)
{
    auto* view = new QChartView(chart, parent);
    // A chart is pixels to a screen reader: its title and the same figures in words are its text alternative.
    view->setAccessibleName(chart->title());
    view->setAccessibleDescription(summary);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(6, 6, 6, 6));
    applyTheme(chart, parent ? parent : view);
    return view;
}

QChartView* ChartFactory::driftOverTime(const QList<SnapshotPoint>& points, const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    const std::pair<QString, QColor> names[] = { { ChartFactory::tr("Granted"), kGranted },
                                                 { ChartFactory::tr("Used"), kUsed },
                                                 { ChartFactory::tr("Unused"), kUnused },
                                                 { ChartFactory::tr("Out of scope"), kOutOfScope } };
    QList<QLineSeries*> series;
    for (const auto& [name, colour] : names) {
        QLineSeries* s = line(name, colour);
        s->setProperty("recertifyColour", colour);
        series.append(s);
    }
    // Every grant used puts Used on top of Granted: drawn first and wider, Granted stays in sight around it.
    series.first()->setProperty("recertifyWidth", 6.0);
    // A wide line's points would hide the others; a single snapshot is only a point, so it keeps it.
    series.first()->setPointsVisible(points.size() < 2);
    double maximum = 1;
    for (const SnapshotPoint& p : points) {
        const qreal x = qreal(p.takenAt.toMSecsSinceEpoch());
        const qint64 values[] = { p.granted, p.used, p.unused, p.outOfScope };
        for (int i = 0; i < 4; ++i) {
            series[i]->append(x, qreal(values[i]));
            maximum = std::max(maximum, double(values[i]));
        }
    }
    auto* x = timeAxis(points);
    auto* y = new QValueAxis;
    y->setTitleText(ChartFactory::tr("Grants / actions"));
    countAxis(y, maximum, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        tooltipOnHover(s, 0);
    }
    QString summary = ChartFactory::tr("No snapshot yet.");
    if (!points.isEmpty()) {
        const SnapshotPoint& p = points.last();
        summary = ChartFactory::tr("On %1: %2 granted, %3 used, %4 unused, %5 out of scope.")
                      .arg(LocalDates::dateOf(p.takenAt))
                      .arg(p.granted)
                      .arg(p.used)
                      .arg(p.unused)
                      .arg(p.outOfScope);
    }
    return wrap(chart, parent, summary);
}

QChartView* ChartFactory::debtOverTime(const QList<SnapshotPoint>& points, const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QLineSeries* s = line(ChartFactory::tr("Trust debt"), kDebt);
    s->setProperty("recertifyColour", kDebt);
    double maximum = 1;
    for (const SnapshotPoint& p : points) {
        s->append(qreal(p.takenAt.toMSecsSinceEpoch()), p.trustDebt);
        maximum = std::max(maximum, p.trustDebt);
    }
    auto* x = timeAxis(points);
    auto* y = new QValueAxis;
    y->setTitleText(ChartFactory::tr("Trust debt (points)"));
    y->setRange(0, maximum * 1.1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    tooltipOnHover(s, 1);
    QString summary = ChartFactory::tr("No snapshot yet.");
    if (!points.isEmpty()) {
        summary
            = ChartFactory::tr("Trust debt %1 on %2, %3 on %4.")
                  .arg(QLocale().toString(points.first().trustDebt, 'f', 1), LocalDates::dateOf(points.first().takenAt),
                       QLocale().toString(points.last().trustDebt, 'f', 1), LocalDates::dateOf(points.last().takenAt));
    }
    return wrap(chart, parent, summary);
}

QChartView* ChartFactory::debtDistribution(const QList<DebtBucket>& buckets, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartFactory::tr("Trust-debt distribution"));
    auto* set = new QBarSet(ChartFactory::tr("Identities"));
    set->setProperty("recertifyColour", kDebt);
    set->setColor(kDebt);
    QStringList categories;
    int maximum = 1;
    for (const DebtBucket& b : buckets) {
        *set << b.identities;
        categories << QString::number(b.from);
        maximum = std::max(maximum, b.identities);
    }
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setTitleText(ChartFactory::tr("Trust debt, in bands of 10 points"));
    auto* y = new QValueAxis;
    y->setTitleText(ChartFactory::tr("Identities"));
    countAxis(y, maximum);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool state, int index) {
        if (state)
            QToolTip::showText(
                QCursor::pos(),
                ChartFactory::tr("Debt %1: %n identities", nullptr, int(set->at(index))).arg(categories.value(index)));
        else
            QToolTip::hideText();
    });
    chart->legend()->hide();
    QStringList parts;
    for (const DebtBucket& b : buckets)
        parts << ChartFactory::tr("%1 to %2: %n identities", nullptr, b.identities).arg(b.from).arg(b.to);
    return wrap(chart, parent, parts.join(QStringLiteral("; ")));
}

QChartView* ChartFactory::topByDebt(const QList<std::pair<QString, double>>& scores, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartFactory::tr("Highest trust debt"));
    auto* set = new QBarSet(ChartFactory::tr("Trust debt"));
    set->setProperty("recertifyColour", kOutOfScope);
    set->setColor(kOutOfScope);
    QStringList names;
    // Horizontal bars run bottom-up: add the highest last so it sits on top.
    for (auto it = scores.crbegin(); it != scores.crend(); ++it) {
        *set << it->second;
        names << (it->first.size() > 28 ? it->first.left(27) + QChar(0x2026) : it->first);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    y->setTruncateLabels(false); // names are already shortened; the axis makes room for them
    auto* x = new QValueAxis;
    x->setRange(0, 100);
    x->setTitleText(ChartFactory::tr("Trust debt (0–100)"));
    x->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    QObject::connect(set, &QBarSet::hovered, set, [set, names](bool state, int index) {
        if (state)
            QToolTip::showText(QCursor::pos(),
                               QStringLiteral("%1: %2").arg(names.value(index)).arg(set->at(index), 0, 'f', 1));
        else
            QToolTip::hideText();
    });
    chart->legend()->hide();
    QStringList parts;
    for (const auto& [name, score] : scores)
        parts << QStringLiteral("%1: %2").arg(name, QLocale().toString(score, 'f', 1));
    return wrap(chart, parent, parts.join(QStringLiteral("; ")));
}

QChartView* ChartFactory::burndown(const QList<std::pair<QDateTime, int>>& points, const QDateTime& due,
                                   QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(ChartFactory::tr("Completion burndown"));
    QLineSeries* remaining = line(ChartFactory::tr("Undecided items"), kGranted);
    remaining->setProperty("recertifyColour", kGranted);
    int maximum = 1;
    QDateTime first = due;
    QDateTime last = due;
    for (const auto& [at, left] : points) {
        remaining->append(qreal(at.toMSecsSinceEpoch()), left);
        maximum = std::max(maximum, left);
        first = std::min(first, at);
        last = std::max(last, at);
    }
    QLineSeries* ideal = line(ChartFactory::tr("On schedule"), kUsed);
    ideal->setProperty("recertifyColour", kUsed);
    if (!points.isEmpty()) {
        ideal->append(qreal(points.first().first.toMSecsSinceEpoch()), points.first().second);
        ideal->append(qreal(due.toMSecsSinceEpoch()), 0);
        QPen dashed = ideal->pen();
        dashed.setStyle(Qt::DashLine);
        ideal->setPen(dashed);
        ideal->setPointsVisible(false);
    }
    auto* x = new QDateTimeAxis;
    x->setTitleText(ChartFactory::tr("Date"));
    dateRange(x, first, last);
    auto* y = new QValueAxis;
    y->setTitleText(ChartFactory::tr("Undecided items"));
    countAxis(y, maximum);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : { remaining, ideal }) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        tooltipOnHover(s, 0);
    }
    QString summary = ChartFactory::tr("Nothing to decide.");
    if (!points.isEmpty()) {
        summary = ChartFactory::tr("%n undecided on %1; due %2.", nullptr, points.last().second)
                      .arg(LocalDates::dateOf(points.last().first), LocalDates::dateOf(due));
    }
    return wrap(chart, parent, summary);
}

QChartView* ChartFactory::reviewerProgress(const QList<std::tuple<QString, int, int>>& reviewers, QWidget* parent,
                                           const QString& remainder)
{
    auto* chart = new QChart;
    chart->setTitle(ChartFactory::tr("Progress per reviewer"));
    auto* decided = new QBarSet(ChartFactory::tr("Decided"));
    decided->setProperty("recertifyColour", kUsed);
    decided->setColor(kUsed);
    auto* pending = new QBarSet(remainder.isEmpty() ? ChartFactory::tr("Pending") : remainder);
    pending->setProperty("recertifyColour", kUnused);
    pending->setColor(kUnused);
    QStringList names;
    int maximum = 1;
    // Addresses of one organisation share their domain: the names alone fit beside the bars.
    QSet<QString> domains;
    for (const auto& [email, items, done] : reviewers)
        domains.insert(email.section(u'@', 1));
    const bool oneDomain = domains.size() == 1 && !domains.begin()->isEmpty();
    for (auto it = reviewers.crbegin(); it != reviewers.crend(); ++it) {
        const auto& [email, items, done] = *it;
        *decided << done;
        *pending << (items - done);
        names << (oneDomain ? email.section(u'@', 0, 0) : email);
        maximum = std::max(maximum, items);
    }
    if (oneDomain)
        chart->setTitle(ChartFactory::tr("Progress per reviewer (@%1)").arg(*domains.begin()));
    auto* series = new QHorizontalStackedBarSeries;
    series->append(decided);
    series->append(pending);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = new QValueAxis;
    x->setTitleText(ChartFactory::tr("Items"));
    countAxis(x, maximum);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QBarSet* set : { decided, pending }) {
        QObject::connect(set, &QBarSet::hovered, set, [set, names](bool state, int index) {
            if (state)
                QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("%1: %2 %3").arg(names.value(index)).arg(set->at(index)).arg(set->label()));
            else
                QToolTip::hideText();
        });
    }
    QStringList parts;
    for (const auto& [email, items, done] : reviewers)
        parts << ChartFactory::tr("%1: %2 of %3 decided").arg(email).arg(done).arg(items);
    return wrap(chart, parent, parts.join(QStringLiteral("; ")));
}

} // namespace recertify
