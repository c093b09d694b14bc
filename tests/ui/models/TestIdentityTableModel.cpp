#include "core/demo/DemoEstate.h"
#include "tests/support/TestDatabase.h"
#include "ui/models/IdentityTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace recertify;

class TestIdentityTableModel : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_store;

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<test::TestDatabase>();
        QVERIFY(m_store->database());
        const FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        auto demo = DemoEstate::generate(*m_store->database(), { 1000, 11, false }, clock);
        QVERIFY2(demo.ok(), qPrintable(demo.errorString()));
    }

    void passesTheModelTesterThroughEveryChange()
    {
        IdentityTableModel model(m_store->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        model.sort(IdentityTableModel::LastUsedColumn, Qt::DescendingOrder);
        IdentityQuery query = model.query();
        query.text = QStringLiteral("prod");
        model.setQuery(query);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.totalCount());
    }

    void loadsOnePageAtATime()
    {
        // No tester here: it fetches more on its own, and this test counts pages.
        IdentityTableModel model(m_store->database());
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(model.rowCount(), IdentityTableModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * IdentityTableModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QVERIFY(!model.canFetchMore({}));
    }

    void sortsThroughTheStore_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addRow("name ascending") << int(IdentityTableModel::NameColumn) << int(Qt::AscendingOrder);
        QTest::addRow("name descending") << int(IdentityTableModel::NameColumn) << int(Qt::DescendingOrder);
        QTest::addRow("kind ascending") << int(IdentityTableModel::KindColumn) << int(Qt::AscendingOrder);
        QTest::addRow("last used, newest first") << int(IdentityTableModel::LastUsedColumn) << int(Qt::DescendingOrder);
        QTest::addRow("created, oldest first") << int(IdentityTableModel::CreatedColumn) << int(Qt::AscendingOrder);
    }

    void sortsThroughTheStore()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        IdentityTableModel model(m_store->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(column, Qt::SortOrder(order));
        while (model.canFetchMore({}))
            model.fetchMore({}); // the order must hold across page boundaries
        QCOMPARE(model.rowCount(), 1000);
        const bool ascending = order == Qt::AscendingOrder;
        QVariant previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant value = model.index(row, column).data(IdentityTableModel::RawValueRole);
            if (previous.isValid() && !value.isNull()
                && !(value.typeId() == QMetaType::QDateTime && !value.toDateTime().isValid())) {
                const auto cmp = QVariant::compare(previous, value);
                QVERIFY2(ascending ? cmp <= 0 : cmp >= 0,
                         qPrintable(
                             QStringLiteral("row %1: %2 then %3").arg(row).arg(previous.toString(), value.toString())));
            }
            if (!value.isNull() && !(value.typeId() == QMetaType::QDateTime && !value.toDateTime().isValid()))
                previous = value;
        }
    }

    void filtersResetAndReportCounts()
    {
        IdentityTableModel model(m_store->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &IdentityTableModel::queryChanged);
        IdentityQuery query;
        query.kind = QStringLiteral("ai-agent");
        model.setQuery(query);
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.totalCount() > 50 && model.totalCount() < 500);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.identityAt(row)->kind, QStringLiteral("ai-agent"));

        query.text = QStringLiteral("no identity is called this");
        model.setQuery(query);
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsOwnerProblemsToTheEye()
    {
        IdentityTableModel model(m_store->database());
        IdentityQuery query;
        query.orphanedOnly = true;
        model.setQuery(query);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex owner = model.index(row, IdentityTableModel::OwnerColumn);
            QVERIFY2(owner.data(Qt::ForegroundRole).isValid(), "orphans are highlighted");
            QVERIFY(!owner.data(Qt::DisplayRole).toString().isEmpty());
        }
        QCOMPARE(model.headerData(IdentityTableModel::OwnerColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Business owner"));
    }
};

QTEST_MAIN(TestIdentityTableModel)
#include "TestIdentityTableModel.moc"
