#pragma once

#include <QDateTime>
#include <QString>

namespace recertify {

/** One transition in an identity's life, with who made it and why. */
struct LifecycleEvent
{
    qint64 id = 0;
    qint64 identityId = 0;
    QDateTime at;
    QString fromState;
    QString toState;
    QString actor;
    QString reason;
};

} // namespace recertify
