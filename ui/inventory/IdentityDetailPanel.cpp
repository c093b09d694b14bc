#include "ui/inventory/IdentityDetailPanel.h"

#include "core/domain/IdentityKind.h"
#include "core/domain/LifecycleState.h"
#include "core/util/Clock.h"
#include "core/util/Elision.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace recertify {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString ageText(const QDateTime& time)
{
    if (!time.isValid())
        return IdentityDetailPanel::tr("never");
    const qint64 days = time.daysTo(Clock::instance().now());
    if (days < 0)
        return IdentityDetailPanel::tr("in %n days", nullptr, int(-days));
    if (days == 0)
        return IdentityDetailPanel::tr("today");
    return IdentityDetailPanel::tr("%n days ago", nullptr, int(days));
}

} // namespace

IdentityDetailPanel::IdentityDetailPanel(DatabasePtr database, QWidget* parent)
    : QWidget(parent)
    , m_repository(std::move(database))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("identityDetail"));
    m_body->setAccessibleName(tr("Details of the selected identity"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setOpenLinks(false);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_body, 1);
    clear();
}

void IdentityDetailPanel::clear()
{
    m_title->setText(tr("No identity selected"));
    m_subtitle->setText(tr("Select an identity to see its owners, credentials, grants and history."));
    m_body->clear();
}

void IdentityDetailPanel::showIdentity(qint64 id)
{
    auto identity = m_repository.byId(id);
    if (!identity) {
        m_title->setText(tr("Cannot show this identity"));
        m_subtitle->setText(identity.errorString());
        m_body->clear();
        return;
    }
    m_title->setText(identity->displayName);
    m_subtitle->setText(elided(tr("%1 from %2 · %3")
                                   .arg(IdentityKind::displayName(identity->kind), identity->source,
                                        LifecycleState::displayName(identity->status))));
    m_body->setHtml(render(identity.value()));
}

QString IdentityDetailPanel::render(const Identity& i) const
{
    const QLocale locale;
    auto day = [&](const QDateTime& t) {
        return t.isValid() ? LocalDates::dateOf(t, locale) : QStringLiteral("—");
    };
    // Secondary text in the palette's placeholder colour, which keeps 4.5:1 in light and dark (mid does not).
    const QString quiet = palette().color(QPalette::PlaceholderText).name();
    auto row = [quiet](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='color:%3;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(esc(label), value.isEmpty() ? QStringLiteral("—") : value, quiet);
    };
    auto heading = [](const QString& text) {
        return QStringLiteral("<h4 style='margin-top:14px'>%1</h4>").arg(esc(text));
    };
    const QString warn
        = QStringLiteral("<span style='color:%1'>%2</span>").arg(StatusColours::hex(StatusColours::Tone::Danger));

    QString html;
    QString owner = esc(i.businessOwner);
    if (i.businessOwner.isEmpty())
        owner = warn.arg(esc(tr("Nobody: orphaned")));
    else if (i.ownerInactive)
        owner = warn.arg(esc(tr("%1 (has left)").arg(i.businessOwner)));
    html += QStringLiteral("<table cellspacing=2>");
    html += row(tr("Native id"), QStringLiteral("<code>%1</code>").arg(esc(i.nativeId)));
    // Two users named alike in two accounts read alike: their ARNs tell them apart.
    if (auto aliases = m_repository.aliases(i.id); aliases && !aliases->isEmpty()) {
        QStringList shown;
        for (const QString& alias : aliases->mid(0, 5))
            shown << QStringLiteral("<code>%1</code>").arg(esc(alias));
        if (aliases->size() > 5)
            shown << esc(tr("%n more", nullptr, int(aliases->size() - 5)));
        html += row(tr("Also known as"), shown.join(QStringLiteral("<br>")));
    }
    html += row(tr("Business owner"), owner);
    html += row(tr("Technical owner"), esc(i.technicalOwner));
    html += row(tr("Purpose"), esc(i.purpose));
    html += row(tr("Declared scope"), esc(i.declaredScope.join(QStringLiteral(", "))));
    html += row(tr("Retires"),
                i.expiresAt.isValid() ? esc(day(i.expiresAt) + u" (" + ageText(i.expiresAt) + u')') : QString());
    // An identity known only from activity was not seen being made: its date is when its first event was.
    html += row(i.discoveredFromActivity ? tr("First seen") : tr("Created"), esc(day(i.createdAt)));
    html += row(tr("Last used"), esc(ageText(i.lastUsedAt)));
    if (i.discoveredFromActivity)
        html += row(tr("Origin"), warn.arg(esc(tr("Discovered from activity: no inventory knows it"))));
    if (i.parentId > 0) {
        auto parent = m_repository.byId(i.parentId);
        html += row(tr("Delegated by"), esc(parent ? parent->displayName : QString::number(i.parentId)));
    }
    html += QStringLiteral("</table>");

    if (auto credentials = m_repository.credentials(i.id); credentials) {
        html += heading(tr("Credentials (%1)").arg(credentials->size()));
        if (credentials->isEmpty())
            html += esc(tr("No long-lived credential."));
        for (const Credential& c : credentials.value()) {
            QString expiry = c.expiresAt.isValid() ? tr("expires %1").arg(ageText(c.expiresAt)) : tr("never expires");
            if (c.expiresAt.isValid() && c.expiresAt < Clock::instance().now())
                expiry = warn.arg(esc(tr("expired %1").arg(ageText(c.expiresAt))));
            else
                expiry = esc(expiry);
            html += QStringLiteral("<div>• <b>%1</b> <code>%2</code> · %3 · %4</div>")
                        .arg(esc(Credential::typeName(c.type)), esc(c.credentialId),
                             esc(tr("created %1").arg(ageText(c.createdAt))), expiry);
        }
    }
    if (auto grants = m_repository.grants(i.id); grants) {
        html += heading(tr("Grants (%1)").arg(grants->size()));
        for (const Grant& g : grants.value())
            html += QStringLiteral("<div>• <code>%1</code> <span style='color:%3'>%2</span></div>")
                        .arg(esc(g.permission), esc(g.grantedVia), quiet);
    }
    if (auto usage = m_repository.usage(i.id); usage) {
        html += heading(tr("Recent activity (%n day aggregate(s))", nullptr, int(usage->size())));
        if (usage->isEmpty())
            html += esc(tr("No recorded activity."));
        for (const UsageRecord& u : usage->mid(0, 12)) {
            const QString action = u.outcome == QLatin1String("allowed")
                ? esc(u.action)
                : warn.arg(esc(u.action + u" (" + u.outcome + u')'));
            html += QStringLiteral("<div>• %1 <code>%2</code> × %3</div>")
                        .arg(esc(LocalDates::date(u.day, locale)), action)
                        .arg(u.count);
        }
    }
    if (auto events = m_repository.lifecycle(i.id); events) {
        html += heading(tr("Lifecycle"));
        for (const LifecycleEvent& e : events.value()) {
            html += QStringLiteral("<div>• %1: %2 <span style='color:%5'>(%3, %4)</span></div>")
                        .arg(esc(day(e.at)), esc(LifecycleState::displayName(e.toState)), esc(e.actor),
                             esc(LifecycleState::displayReason(e.reason)), quiet);
        }
    }
    if (auto children = m_repository.children(i.id); children && !children->isEmpty()) {
        html += heading(tr("Sub-agents (%1)").arg(children->size()));
        for (const Identity& child : children.value())
            html += QStringLiteral("<div>• %1</div>").arg(esc(child.displayName));
    }
    return html;
}

} // namespace recertify
