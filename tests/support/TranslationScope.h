#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace recertify::test {

/**
 * The app's compiled catalogue for a language, installed while this lives (English, the source language, needs
 * none). Tests that use it define RECERTIFY_TRANSLATIONS_DIR and depend on the app target, which compiles them.
 */
class TranslationScope
{
public:
    explicit TranslationScope(const QString& language)
    {
        if (language == QLatin1String("en")) {
            m_ok = true;
            return;
        }
        m_ok = m_translator.load(QStringLiteral(RECERTIFY_TRANSLATIONS_DIR "/recertify_%1.qm").arg(language));
        if (m_ok)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~TranslationScope() { QCoreApplication::removeTranslator(&m_translator); }
    TranslationScope(const TranslationScope&) = delete;
    TranslationScope& operator=(const TranslationScope&) = delete;

    bool ok() const { return m_ok; }

private:
    QTranslator m_translator;
    bool m_ok = false;
};

} // namespace recertify::test
