#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace recertify {

/**
 * A finding's detail kept as data, not as a sentence in whichever language analysed it: the untranslated text
 * (with its translation context), its count for plurals and its arguments. Stored beside the finding and frozen
 * into review evidence; rendered at display time in the reader's language.
 */
struct FindingText
{
    const char* context = "DriftAnalyzer";
    const char* text = nullptr; ///< English source text, marked for translation where it is written
    QStringList args; ///< %1, %2, … in order
    int n = -1; ///< the count of a plural text; -1 for none

    /** In the language installed now. */
    [[nodiscard]] QString render() const;
    /** The same, each text looked up once per thread until dropCache(): for analysis, which renders very many. */
    [[nodiscard]] QString renderCached() const;
    /** Compact JSON: {"c": context, "s": text, "a": [args], "n": count}. */
    [[nodiscard]] QString toData() const;
    /** The same as an object, to embed in evidence; a nested text "d" (such as a finding's detail) renders as the last
     * argument. */
    [[nodiscard]] QJsonObject toJson(const QJsonObject& nested = {}) const;
    /** Renders stored data in the reader's language; the stored sentence when there is no data (older findings). */
    [[nodiscard]] static QString render(const QString& data, const QString& fallback);
    [[nodiscard]] static QString render(const QJsonObject& data, const QString& fallback);
    /** Forgets the translations renderCached() looked up: called before each analysis, so a language installed since
     * shows. */
    static void dropCache();
};

} // namespace recertify
