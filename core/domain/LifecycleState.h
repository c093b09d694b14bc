#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace recertify {

/** The lifecycle states from creation to retirement, and their user-facing names. */
class LifecycleState
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleState)

public:
    static inline const QString Discovered = QStringLiteral("discovered");
    static inline const QString Active = QStringLiteral("active");
    static inline const QString UnderReview = QStringLiteral("under-review");
    static inline const QString Suspended = QStringLiteral("suspended");
    static inline const QString Retired = QStringLiteral("retired");

    static QStringList all() { return { Discovered, Active, UnderReview, Suspended, Retired }; }
    static QString displayName(const QString& state);
};

} // namespace recertify
