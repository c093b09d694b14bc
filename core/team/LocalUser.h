#pragma once

#include "core/domain/Person.h"

#include <QList>
#include <QString>

namespace recertify {

/**
 * Who is using the desktop app on a local store. A team server knows its logins; a SQLite file
 * does not, so the app asks once and remembers. The proposal matches the operating system's
 * account name against the people directory: "ada" finds ada@example.com or ada.lovelace@…, and
 * a "user@domain" login is taken as an address.
 */
class LocalUser
{
public:
    /** The active person the login most likely is, or empty. */
    static QString propose(const QList<Person>& people, const QString& login);
    /** The operating system's account name. */
    static QString osLogin();
    /** Where the choice is remembered, per store. */
    static QString settingsKey(const QString& storeLocation);
};

} // namespace recertify
