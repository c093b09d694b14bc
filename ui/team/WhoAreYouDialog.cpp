#include "ui/team/WhoAreYouDialog.h"

#include "core/util/People.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recertify {

WhoAreYouDialog::WhoAreYouDialog(const QList<Person>& people, const QString& proposed, QWidget* parent)
    : QDialog(parent)
    , m_person(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Who are you?"));
    auto* intro = new QLabel(tr("Recertify records who made every decision. Choose yourself from the people directory, "
                                "or type your email address; it is remembered for this store."),
                             this);
    intro->setWordWrap(true);
    m_person->setEditable(true);
    m_person->setInsertPolicy(QComboBox::NoInsert);
    m_person->setObjectName(QStringLiteral("whoAmI"));
    m_person->setAccessibleName(tr("Your email address"));
    for (const Person& p : people) {
        if (p.active)
            m_person->addItem(tr("%1 <%2>").arg(p.name, p.email.toLower()), p.email.toLower());
    }
    m_person->completer()->setFilterMode(Qt::MatchContains);
    m_person->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    const int match = m_person->findData(proposed.toLower());
    if (match >= 0)
        m_person->setCurrentIndex(match);
    else
        m_person->setEditText(proposed);
    m_problem->setObjectName(QStringLiteral("whoAmIProblem"));
    m_problem->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto* label = new QLabel(tr("&You are:"), this);
    label->setBuddy(m_person);
    layout->addWidget(label);
    layout->addWidget(m_person);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_person, &QComboBox::editTextChanged, this, &WhoAreYouDialog::validate);
    connect(m_person, &QComboBox::currentIndexChanged, this, &WhoAreYouDialog::validate);
    validate();
    resize(std::max(480, sizeHint().width()), sizeHint().height());
}

QString WhoAreYouDialog::email() const
{
    const int index = m_person->findText(m_person->currentText());
    if (index >= 0)
        return m_person->itemData(index).toString();
    const QString typed = m_person->currentText().trimmed().toLower();
    // "Ada Lovelace <ada@example.com>" typed or pasted: the address inside the brackets.
    if (typed.contains(u'<') && typed.endsWith(u'>'))
        return typed.section(u'<', 1).chopped(1).trimmed();
    return typed;
}

void WhoAreYouDialog::validate()
{
    const bool ok = looksLikeEmail(email());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok || m_person->currentText().trimmed().isEmpty()
                           ? QString()
                           : tr("Choose a person, or type an email address such as ada@example.com."));
}

} // namespace recertify
