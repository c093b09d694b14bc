#pragma once

#include <QDateTime>
#include <QString>

namespace recertify {

/** One drift or hygiene problem of one identity, with its OWASP NHI Top 10 code. */
struct Finding
{
    qint64 identityId = 0;
    QString type; ///< unused-grant, out-of-scope-action, … (CLI.md)
    QString subject; ///< what it is about: a permission, an action, a credential id; empty for the identity itself
    QString severity; ///< high, medium, low
    QString detail; ///< a sentence a reviewer can act on, in the language that analysed it
    QString owasp; ///< NHI1 … NHI10
    QDateTime since; ///< when the condition became true (or was first seen)
    QString detailData; ///< the detail as data (FindingText), rendered in the reader's language
};

} // namespace recertify
