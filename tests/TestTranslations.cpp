#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

/** Every user-facing string is translated into German and French, and none is left behind. */
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Catalogue
    {
        QSet<QString> sources;
        QStringList unfinished;
        QString error;
    };

    static Catalogue read(const QString& language)
    {
        Catalogue catalogue;
        QFile file(QStringLiteral(RECERTIFY_SOURCE_DIR "/translations/recertify_%1.ts").arg(language));
        if (!file.open(QIODevice::ReadOnly)) {
            catalogue.error = file.fileName() + QStringLiteral(": cannot open");
            return catalogue;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
                catalogue.sources.insert(context + u'|' + source);
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || text.trimmed().isEmpty())
                    catalogue.unfinished << context + QStringLiteral(": ") + source;
            }
        }
        if (xml.hasError())
            catalogue.error
                = QStringLiteral("%1:%2: %3").arg(file.fileName()).arg(xml.lineNumber()).arg(xml.errorString());
        return catalogue;
    }

private slots:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("German") << QStringLiteral("de");
        QTest::addRow("French") << QStringLiteral("fr");
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        const Catalogue english = read(QStringLiteral("en"));
        const Catalogue translated = read(language);
        QVERIFY2(english.error.isEmpty(), qPrintable(english.error));
        QVERIFY2(translated.error.isEmpty(), qPrintable(translated.error));
        QVERIFY2(english.sources.size() > 100, "the source catalogue is filled by the update_translations target");
        const QSet<QString> missing = english.sources - translated.sources;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.begin(), missing.end()).join(u'\n')));
        QVERIFY2(translated.unfinished.isEmpty(), qPrintable(translated.unfinished.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
