#include "ui/widgets/EmptyState.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace recertify {

namespace {

// Keeps the hint over the view's whole viewport and shows it only while the model has no row.
class HintKeeper : public QObject
{
public:
    HintKeeper(QAbstractItemView* view, QLabel* hint)
        : QObject(hint)
        , m_view(view)
        , m_hint(hint)
    {
        view->viewport()->installEventFilter(this);
        if (QAbstractItemModel* model = view->model()) {
            for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
                connect(model, signal, this, &HintKeeper::refresh);
            connect(model, &QAbstractItemModel::modelReset, this, &HintKeeper::refresh);
            connect(model, &QAbstractItemModel::layoutChanged, this, &HintKeeper::refresh);
        }
        refresh();
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            place();
        return QObject::eventFilter(watched, event);
    }

private:
    void place() { m_hint->setGeometry(m_view->viewport()->rect().adjusted(16, 8, -16, -8)); }
    void refresh()
    {
        place();
        m_hint->setVisible(!m_view->model() || m_view->model()->rowCount() == 0);
    }

    QAbstractItemView* m_view;
    QLabel* m_hint;
};

} // namespace

EmptyState::EmptyState(const QString& text, const QString& action, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(text, this))
    , m_button(new QPushButton(action, this))
{
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    // A centred, wrapped label gets no height for its width from the layout: give it both.
    m_text->setFixedWidth(560);
    m_text->setMinimumHeight(m_text->heightForWidth(560));
    m_button->setAccessibleName(QString(action).remove(u'&').remove(u'…'));
    m_button->setVisible(!action.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionRequested);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->width()));
}

QLabel* EmptyState::installHint(QAbstractItemView* view, const QString& text)
{
    auto* hint = new QLabel(text, view->viewport());
    hint->setObjectName(view->objectName() + QStringLiteral("EmptyHint"));
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    // Secondary text in the palette's placeholder colour, which keeps 4.5:1 in light and dark.
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    new HintKeeper(view, hint);
    return hint;
}

} // namespace recertify
