#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace recertify {

/** A live source as configured: where it is and the keychain entry of its secret (never the secret). */
struct SourceConfig
{
    qint64 id = 0;
    QString name; ///< unique, shown to people ("Contoso tenant")
    QString kind; ///< entra
    QString baseUrl;
    QString secretKeyName;
    QJsonObject config; ///< tenant, clientId, tokenUrl…
    QDateTime createdAt;
};

} // namespace recertify
