#pragma once

#include "core/domain/Person.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDialogButtonBox;

namespace recertify {

/**
 * Asks who is using the app on a local store, once: every decision records who made it, so the app
 * must know. Offers the people directory, with the operating system's account matched to a person
 * proposed first.
 */
class WhoAreYouDialog : public QDialog
{
    Q_OBJECT

public:
    WhoAreYouDialog(const QList<Person>& people, const QString& proposed, QWidget* parent = nullptr);

    /** The chosen person's email address, lower-case. */
    QString email() const;

private:
    void validate();

    QComboBox* m_person;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace recertify
