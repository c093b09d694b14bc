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

    /**
     * The reasons Recertify itself records are stored in English (the vocabulary below) and shown in
     * the reader's language; a person's own reason is shown as they wrote it.
     */
    static QString displayReason(const QString& reason);
    static inline const char* const DiscoveredBySync = QT_TR_NOOP("discovered by sync");
    static inline const char* const FoundInImportedFile = QT_TR_NOOP("found in an imported file");
    static inline const char* const ListedAgain = QT_TR_NOOP("listed by the source again");
    static inline const char* const FoundInInventory = QT_TR_NOOP("found in the source's inventory");
    static inline const char* const RemovedAtSource = QT_TR_NOOP("removed at the source");
    static inline const char* const SeenInActivity = QT_TR_NOOP("seen in activity, not in any inventory");
    static inline const char* const ChangedByOwner = QT_TR_NOOP("changed by its owner");
};

} // namespace recertify
