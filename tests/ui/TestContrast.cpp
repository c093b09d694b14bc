#include "ui/widgets/ReadableStyle.h"
#include "ui/widgets/StatusColours.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QRadioButton>
#include <QStyle>
#include <QTest>

using namespace recertify;

Q_DECLARE_METATYPE(QPalette::ColorRole)
Q_DECLARE_METATYPE(StatusColours::Tone)

namespace {

QPalette paletteNamed(const QString& name)
{
    QPalette p
        = name == QLatin1String("dark") ? StatusColours::darkPalette() : QApplication::style()->standardPalette();
    StatusColours::ensureReadable(p);
    return p;
}

} // namespace

/**
 * Text meets WCAG 2.1 AA (4.5:1) in the light and the dark palette: the palette's own text roles,
 * and every colour that carries meaning (problem, warning, all well, retired), on Base and Window.
 */
class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void theMeasureIsWcags()
    {
        QCOMPARE(qRound(StatusColours::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(StatusColours::contrast(Qt::white, Qt::white) * 10), 10);
        // #767676 on white is the classic threshold grey: 4.54:1.
        QCOMPARE(qRound(StatusColours::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    void paletteTextRolesAreReadable_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<QPalette::ColorRole>("foreground");
        QTest::addColumn<QPalette::ColorRole>("background");
        for (const char* name : { "light", "dark" }) {
            QTest::addRow("%s: text on base", name) << QString::fromLatin1(name) << QPalette::Text << QPalette::Base;
            QTest::addRow("%s: window text on window", name)
                << QString::fromLatin1(name) << QPalette::WindowText << QPalette::Window;
            QTest::addRow("%s: button text on button", name)
                << QString::fromLatin1(name) << QPalette::ButtonText << QPalette::Button;
            QTest::addRow("%s: selected text on highlight", name)
                << QString::fromLatin1(name) << QPalette::HighlightedText << QPalette::Highlight;
            QTest::addRow("%s: placeholder on base", name)
                << QString::fromLatin1(name) << QPalette::PlaceholderText << QPalette::Base;
            QTest::addRow("%s: placeholder on window", name)
                << QString::fromLatin1(name) << QPalette::PlaceholderText << QPalette::Window;
            QTest::addRow("%s: tooltip text", name)
                << QString::fromLatin1(name) << QPalette::ToolTipText << QPalette::ToolTipBase;
        }
    }

    void paletteTextRolesAreReadable()
    {
        QFETCH(QString, palette);
        QFETCH(QPalette::ColorRole, foreground);
        QFETCH(QPalette::ColorRole, background);
        const QPalette p = paletteNamed(palette);
        const double ratio = StatusColours::contrast(p.color(foreground), p.color(background));
        QVERIFY2(ratio >= 4.5,
                 qPrintable(QStringLiteral("%1 on %2: %3:1")
                                .arg(p.color(foreground).name(), p.color(background).name())
                                .arg(ratio, 0, 'f', 2)));
    }

    void meaningfulColoursAreReadable_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addColumn<StatusColours::Tone>("tone");
        const std::pair<const char*, StatusColours::Tone> tones[] = { { "danger", StatusColours::Tone::Danger },
                                                                      { "warning", StatusColours::Tone::Warning },
                                                                      { "success", StatusColours::Tone::Success },
                                                                      { "muted", StatusColours::Tone::Muted } };
        for (const char* name : { "light", "dark" }) {
            for (const auto& [toneName, tone] : tones)
                QTest::addRow("%s: %s", name, toneName) << QString::fromLatin1(name) << tone;
        }
    }

    void meaningfulColoursAreReadable()
    {
        QFETCH(QString, palette);
        QFETCH(StatusColours::Tone, tone);
        const QPalette p = paletteNamed(palette);
        const QColor c = StatusColours::colour(tone, p);
        for (const QPalette::ColorRole role : { QPalette::Base, QPalette::Window, QPalette::AlternateBase }) {
            const double ratio = StatusColours::contrast(c, p.color(role));
            QVERIFY2(
                ratio >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3:1").arg(c.name(), p.color(role).name()).arg(ratio, 0, 'f', 2)));
        }
        if (tone != StatusColours::Tone::Muted) {
            const double banner
                = StatusColours::contrast(StatusColours::bannerText(tone, p), StatusColours::bannerBackground(tone, p));
            QVERIFY2(banner >= 4.5, qPrintable(QStringLiteral("banner: %1:1").arg(banner, 0, 'f', 2)));
        }
    }

    void indicatorsAreVisibleAndTellTheirState_data()
    {
        QTest::addColumn<QString>("palette");
        QTest::addRow("light") << "light";
        QTest::addRow("dark") << "dark";
    }

    void indicatorsAreVisibleAndTellTheirState()
    {
        // WCAG 1.4.11: a control's edge reads at 3:1 on its background; chosen and not chosen look different.
        QFETCH(QString, palette);
        const QPalette p = paletteNamed(palette);
        ReadableStyle style;
        auto render = [&](bool radio, bool checked, bool enabled) {
            std::unique_ptr<QAbstractButton> button(radio ? static_cast<QAbstractButton*>(new QRadioButton)
                                                          : static_cast<QAbstractButton*>(new QCheckBox));
            button->setStyle(&style);
            button->setPalette(p);
            button->setChecked(checked);
            button->setEnabled(enabled);
            button->resize(24, 24);
            return button->grab().toImage();
        };
        for (const bool radio : { true, false }) {
            const QImage off = render(radio, false, true);
            const QImage on = render(radio, true, true);
            QVERIFY2(off != on, radio ? "radio: checked looks unchecked" : "check box: checked looks unchecked");
            const QImage disabled = render(radio, false, false);
            QVERIFY2(off != disabled, radio ? "radio: disabled looks enabled" : "check box: disabled looks enabled");
            // The most contrasting pixel of the unchecked indicator against the window behind it.
            const QColor window = p.color(QPalette::Window);
            double best = 1;
            for (int y = 0; y < off.height(); ++y) {
                for (int x = 0; x < std::min(off.width(), 20); ++x)
                    best = std::max(best, StatusColours::contrast(off.pixelColor(x, y), window));
            }
            QVERIFY2(
                best >= 3.0,
                qPrintable(QStringLiteral("%1 edge: %2:1").arg(radio ? "radio" : "check box").arg(best, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "TestContrast.moc"
