#pragma once

#include <QString>

namespace recertify {

/** Someone from the people directory who can own or review identities. */
struct Person
{
    QString email;
    QString name;
    QString managerEmail;
    bool active = true;
};

} // namespace recertify
