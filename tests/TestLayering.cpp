#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

/** The layers point one way: core never reaches for Widgets or Charts, ui never for SQL. */
class TestLayering : public QObject
{
    Q_OBJECT

    static constexpr const char* kStatement
        = "\\bSELECT\\s+\\w|\\bINSERT\\s+INTO\\b|\\bUPDATE\\s+\\w+\\s+SET\\b|\\bDELETE\\s+FROM\\b";

    // The repository root is the one include root: a header is named by its whole path, so a reader sees the
    // floor it comes from ("core/review/…", "ui/…") without knowing the include directories.
    static constexpr const char* kRootless = "#\\s*include\\s*\"(?!(core|ui|app|tests)/)[^\"]*\\.h\"";

    static QStringList offenders(const QString& folder, const QRegularExpression& forbidden)
    {
        QStringList found;
        QDirIterator it(QStringLiteral(RECERTIFY_SOURCE_DIR) + u'/' + folder,
                        { QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("CMakeLists.txt") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return { path + QStringLiteral(": unreadable") };
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                if (forbidden.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
        return found;
    }

private slots:
    void layersPointOneWay_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("forbidden");
        QTest::addRow("core includes no Widgets, Charts or ui header")
            << "core"
            << "#\\s*include\\s*[<\"](QtWidgets|QtCharts|QWidget|QApplication|QMainWindow|QDialog|QChart\\w*|"
               "QAbstractItemView|QTableView|ui/|app/)[^>\"]*[>\"]";
        QTest::addRow("core links no Widgets or Charts") << "core"
                                                         << "Qt6?::(Widgets|Charts)";
        QTest::addRow("core includes no command-line header") << "core"
                                                              << "#\\s*include\\s*\"app/cli/";
        QTest::addRow("ui includes no command-line header") << "ui"
                                                            << "#\\s*include\\s*\"app/cli/";
        // Floors, lowest first: util and domain < storage < the rest. The audit chain is storage's own.
        QTest::addRow("util includes only util and domain") << "core/util"
                                                            << "#\\s*include\\s*\"(?!core/util/|core/domain/)[a-z]+/";
        QTest::addRow("domain includes only util and domain") << "core/domain"
                                                              << "#\\s*include\\s*\"(?!core/util/|core/domain/)[a-z]+/";
        QTest::addRow("storage includes none of the floors above it")
            << "core/storage"
            << "#\\s*include\\s*\"core/(connectors|analysis|lifecycle|team|sync|review|evidence|pipeline|demo)/";
        QTest::addRow("connectors include none of storage or the floors above")
            << "core/connectors"
            << "#\\s*include\\s*\"core/(storage|analysis|lifecycle|team|sync|review|evidence|pipeline|demo)/";
        QTest::addRow("analysis includes none of the floors above it")
            << "core/analysis"
            << "#\\s*include\\s*\"core/(connectors|lifecycle|team|sync|review|evidence|pipeline|demo)/";
        QTest::addRow("lifecycle includes none of the floors above it")
            << "core/lifecycle"
            << "#\\s*include\\s*\"core/(connectors|analysis|team|sync|review|evidence|pipeline|demo)/";
        QTest::addRow("team includes none of the floors above it")
            << "core/team"
            << "#\\s*include\\s*\"core/(connectors|analysis|lifecycle|sync|review|evidence|pipeline|demo)/";
        QTest::addRow("sync includes none of review, analysis, evidence or pipeline")
            << "core/sync"
            << "#\\s*include\\s*\"core/(analysis|lifecycle|team|review|evidence|pipeline|demo)/";
        QTest::addRow("review includes none of evidence or pipeline")
            << "core/review"
            << "#\\s*include\\s*\"core/(sync|evidence|pipeline|demo)/";
        QTest::addRow("evidence includes no pipeline") << "core/evidence"
                                                       << "#\\s*include\\s*\"core/(sync|pipeline|demo)/";
        QTest::addRow("app/gui includes no command-line header") << "app/gui"
                                                                 << "#\\s*include\\s*\"app/cli/";
        for (const char* folder : { "core", "ui", "app", "tests" })
            QTest::addRow("%s names headers from the repository root", folder) << folder << kRootless;
        // SQL lives in storage: every other floor and the CLI call typed storage classes, never a statement.
        for (const char* folder :
             { "core/util", "core/domain", "core/secrets", "core/connectors", "core/analysis", "core/lifecycle",
               "core/team", "core/sync", "core/review", "core/evidence", "core/pipeline", "core/demo", "app" })
            QTest::addRow("%s holds no SQL statement", folder) << folder << kStatement;
        QTest::addRow("ui holds no SQL")
            << "ui"
            << "#\\s*include\\s*[<\"](QtSql|QSql\\w*)[>\"]|\\bSELECT\\s+\\w|\\bINSERT\\s+INTO\\b";
    }

    void layersPointOneWay()
    {
        QFETCH(QString, folder);
        QFETCH(QString, forbidden);
        QVERIFY2(QDir(QStringLiteral(RECERTIFY_SOURCE_DIR) + u'/' + folder).exists(),
                 qPrintable(folder)); // a typo must not pass
        const QStringList found = offenders(folder, QRegularExpression(forbidden));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void theCheckItselfCatchesALeak()
    {
        // Guard against a pattern that can never match.
        const QRegularExpression widgets("#\\s*include\\s*[<\"](QtWidgets|QWidget)[^>\"]*[>\"]");
        QVERIFY(widgets.match(QStringLiteral("#include <QWidget>")).hasMatch());
        QVERIFY(widgets.match(QStringLiteral("#include <QtWidgets/QLabel>")).hasMatch());
        QVERIFY(!widgets.match(QStringLiteral("#include <QString>")).hasMatch());
        const QRegularExpression sqlStatement(QString::fromLatin1(kStatement));
        QVERIFY(sqlStatement.match(QStringLiteral("QStringLiteral(\"SELECT id FROM identities\")")).hasMatch());
        QVERIFY(sqlStatement.match(QStringLiteral("\"UPDATE identities SET status = ?\"")).hasMatch());
        QVERIFY(!sqlStatement.match(QStringLiteral("// the reviewer selected an item; update the view")).hasMatch());
        const QRegularExpression cli("#\\s*include\\s*\"app/cli/");
        QVERIFY(cli.match(QStringLiteral("#include \"app/cli/CliContext.h\"")).hasMatch());
        QVERIFY(!cli.match(QStringLiteral("#include \"core/client/Thing.h\"")).hasMatch());
        const QRegularExpression rootless(QString::fromLatin1(kRootless));
        QVERIFY(rootless.match(QStringLiteral("#include \"ReviewService.h\"")).hasMatch());
        QVERIFY(rootless.match(QStringLiteral("#include \"review/ReviewService.h\"")).hasMatch());
        QVERIFY(!rootless.match(QStringLiteral("#include \"core/review/ReviewService.h\"")).hasMatch());
        QVERIFY(!rootless.match(QStringLiteral("#include \"TestLayering.moc\"")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "TestLayering.moc"
