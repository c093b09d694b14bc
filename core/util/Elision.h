#pragma once

#include <QLocale>
#include <QString>

namespace recertify {

/**
 * French elides a short word before a vowel: "provenant de aws" reads "provenant d'aws", "pour le compte
 * de ada@…" reads "d'ada@…". A translation cannot say so, because the word after it is an argument filled
 * in later; this applies the rule to the finished text. Other languages pass unchanged.
 */
[[nodiscard]] QString elided(const QString& text, const QLocale& locale = QLocale());

} // namespace recertify
