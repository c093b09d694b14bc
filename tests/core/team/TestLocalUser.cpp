#include "core/team/LocalUser.h"

#include <QTest>

using namespace recertify;

/** On a local store the app proposes who you are from your login; the best match in the directory comes first. */
class TestLocalUser : public QObject
{
    Q_OBJECT

private slots:
    void theLoginIsMatchedToAPerson_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("proposed");
        QTest::newRow("the part before @") << "ada"
                                           << "ada@example.com";
        QTest::newRow("a whole address as the login") << "grace.hopper@example.com"
                                                      << "grace.hopper@example.com";
        QTest::newRow("a first name before a dot") << "grace"
                                                   << "grace.hopper@example.com";
        QTest::newRow("first and last name run together") << "gracehopper"
                                                          << "grace.hopper@example.com";
        QTest::newRow("a word of the name") << "turing"
                                            << "alan.t@example.com";
        QTest::newRow("case does not matter") << "ADA"
                                              << "ada@example.com";
        QTest::newRow("someone who has left is never proposed") << "linus"
                                                                << "";
        QTest::newRow("nobody of that name") << "mallory"
                                             << "";
        QTest::newRow("no login") << ""
                                  << "";
    }

    void theLoginIsMatchedToAPerson()
    {
        QFETCH(QString, login);
        QFETCH(QString, proposed);
        const QList<Person> people {
            { QStringLiteral("ada@example.com"), QStringLiteral("Ada Lovelace"), QString(), true },
            { QStringLiteral("ada.byron@example.com"), QStringLiteral("Augusta Ada Byron"), QString(), true },
            { QStringLiteral("Grace.Hopper@example.com"), QStringLiteral("Grace Hopper"),
              QStringLiteral("ada@example.com"), true },
            { QStringLiteral("alan.t@example.com"), QStringLiteral("Alan Turing"), QString(), true },
            { QStringLiteral("linus@example.com"), QStringLiteral("Linus T"), QString(), false },
        };
        QCOMPARE(LocalUser::propose(people, login), proposed);
    }

    void eachStoreRemembersItsOwnUser()
    {
        QVERIFY(LocalUser::settingsKey(QStringLiteral("/home/ada/a.sqlite"))
                != LocalUser::settingsKey(QStringLiteral("/home/ada/b.sqlite")));
        QCOMPARE(LocalUser::settingsKey(QStringLiteral("/x.sqlite")),
                 LocalUser::settingsKey(QStringLiteral("/x.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestLocalUser)
#include "TestLocalUser.moc"
