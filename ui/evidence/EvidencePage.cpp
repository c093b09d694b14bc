#include "ui/evidence/EvidencePage.h"

#include "core/analysis/FindingText.h"
#include "core/analysis/TrustDebtWeights.h"
#include "core/domain/Decision.h"
#include "core/domain/ReviewEvidence.h"
#include "core/evidence/TrustedSigners.h"
#include "core/util/Elision.h"
#include "ui/charts/ChartFactory.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/HeaderFit.h"
#include "ui/widgets/LocalDates.h"
#include "ui/widgets/StatusColours.h"
#include "ui/widgets/TabOrder.h"

#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace recertify {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

EvidencePage::EvidencePage(QWidget* parent, const QString& trustedFolder)
    : QWidget(parent)
    , m_trustedFolder(trustedFolder)
    , m_banner(new QLabel(this))
    , m_title(new QLabel(this))
    , m_open(new QPushButton(tr("Open evidence bundle…"), this))
    , m_trust(new QPushButton(tr("Trust this signer…"), this))
    , m_signers(new QPushButton(tr("Trusted signers…"), this))
    , m_report(new QPushButton(tr("Open the report (PDF)"), this))
    , m_files(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_need(new QComboBox(this))
    , m_decisions(new QTableWidget(0, 5, this))
    , m_evidence(new QTextBrowser(this))
    , m_chart(new QVBoxLayout)
{
    setObjectName(QStringLiteral("evidencePage"));
    auto* heading = new QLabel(tr("Evidence"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    m_banner->setObjectName(QStringLiteral("verificationBanner"));
    m_title->setObjectName(QStringLiteral("bundleTitle"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(10);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setText(
        tr("Open a signed evidence bundle (.zip) exported by Recertify. It is verified as it opens: every file "
           "against SHA256SUMS, and SHA256SUMS against its Ed25519 signature. Nothing here needs the database."));
    m_title->setWordWrap(true);
    m_trust->setEnabled(false);
    m_files->setObjectName(QStringLiteral("bundleFiles"));
    m_files->setAccessibleName(tr("Files in the bundle"));
    m_files->setMaximumHeight(170);
    m_filter->setObjectName(QStringLiteral("evidenceSearch"));
    m_filter->setAccessibleName(tr("Search decisions"));
    m_filter->setPlaceholderText(tr("Identity, reviewer or justification…"));
    m_filter->setClearButtonEnabled(true);
    m_need->addItem(tr("Every decision"), QString());
    m_need->addItem(tr("Certified"), Answer::Certify);
    m_need->addItem(tr("Revoked"), Answer::Revoke);
    m_need->addItem(tr("Retired"), Answer::Retire);
    m_need->addItem(tr("Scope reduced"), Answer::Reduce);
    m_need->addItem(tr("Flagged"), QStringLiteral("flagged"));
    m_decisions->setObjectName(QStringLiteral("bundleDecisions"));
    m_decisions->setAccessibleName(tr("Decisions in the bundle"));
    m_decisions->setHorizontalHeaderLabels(
        { tr("Identity"), tr("Reviewer"), tr("Decision"), tr("Decided"), tr("Justification") });
    fitHeaderTitles(m_decisions->horizontalHeader());
    m_decisions->verticalHeader()->hide();
    m_decisions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_decisions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_decisions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_decisions->setAlternatingRowColors(true);
    m_decisions->setShowGrid(false);
    m_decisions->horizontalHeader()->setStretchLastSection(true);
    m_evidence->setObjectName(QStringLiteral("bundleEvidence"));
    m_evidence->setAccessibleName(tr("Evidence of the selected decision"));

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_report);
    top->addWidget(m_signers);
    top->addWidget(m_trust);
    top->addWidget(m_open);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_need);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_title);
    leftLayout->addWidget(m_files);
    leftLayout->addLayout(m_chart, 1);
    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(filters);
    middleLayout->addWidget(m_decisions, 3);
    middleLayout->addWidget(m_evidence, 2);
    m_content = new QSplitter(Qt::Horizontal, this);
    m_content->setObjectName(QStringLiteral("evidenceSplitter"));
    m_content->addWidget(left);
    m_content->addWidget(middle);
    m_content->setStretchFactor(0, 2);
    m_content->setStretchFactor(1, 3);
    // Until a bundle is open there is nothing to list: one sentence and the way to open one.
    m_empty = new EmptyState(tr("No evidence bundle is open. Open one a campaign exported, or one an auditor sent "
                                "you, to see who decided what and the evidence they saw."),
                             tr("Open a bundle…"), this);
    m_empty->setObjectName(QStringLiteral("evidenceEmpty"));
    m_content->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_content, 1);
    connect(m_empty, &EmptyState::actionRequested, this, &EvidencePage::chooseFile);

    connect(m_open, &QPushButton::clicked, this, &EvidencePage::chooseFile);
    connect(m_signers, &QPushButton::clicked, this, &EvidencePage::manageTrustedSigners);
    m_report->setObjectName(QStringLiteral("openReport"));
    m_report->setToolTip(tr("Opens the bundle's report.pdf in your PDF viewer"));
    m_report->setEnabled(false);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (const QString file = extractReport(); !file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    });
    connect(m_trust, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Trust this signer"),
            tr("Trust the key %1 for future bundles? Give it a name:").arg(m_verification.fingerprint),
            QLineEdit::Normal, m_verification.signer, &ok);
        if (ok)
            trustCurrentSigner(name);
    });
    connect(m_filter, &QLineEdit::textChanged, this, &EvidencePage::showDecisions);
    connect(m_need, &QComboBox::currentIndexChanged, this, &EvidencePage::showDecisions);
    connect(m_decisions, &QTableWidget::currentCellChanged, this, [this](int row) { showEvidence(row); });
}

void EvidencePage::manageTrustedSigners()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Trusted signers"));
    auto* list = new QTableWidget(0, 2, &dialog);
    list->setObjectName(QStringLiteral("trustedSignersList"));
    list->setHorizontalHeaderLabels({ tr("Signer"), tr("Fingerprint") });
    list->verticalHeader()->hide();
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->horizontalHeader()->setStretchLastSection(true);
    TrustedSigners signers(m_trustedFolder);
    auto fill = [&] {
        list->setRowCount(0);
        auto all = signers.all();
        for (const TrustedSigner& s : all ? all.value() : QList<TrustedSigner>()) {
            const int row = list->rowCount();
            list->insertRow(row);
            list->setItem(row, 0, new QTableWidgetItem(s.name));
            list->setItem(row, 1, new QTableWidgetItem(s.fingerprint));
        }
        list->resizeColumnsToContents();
    };
    fill();
    auto* remove = new QPushButton(tr("Remove"), &dialog);
    auto* close = new QPushButton(tr("Close"), &dialog);
    connect(remove, &QPushButton::clicked, &dialog, [&] {
        const int row = list->currentRow();
        if (row >= 0 && signers.remove(list->item(row, 1)->text()))
            fill();
    });
    connect(close, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Bundles signed by these keys open with a green banner. Keys are public halves only."), &dialog));
    layout->addWidget(list, 1);
    layout->addLayout(buttons);
    tabMovesBetweenControls(&dialog);
    dialog.resize(640, 320);
    dialog.exec();
    if (!m_path.isEmpty())
        openBundle(m_path);
}

QString EvidencePage::extractReport()
{
    auto pdf = EvidenceBundle::read(m_path, QStringLiteral("report.pdf"));
    if (m_path.isEmpty() || !pdf || !pdf->startsWith("%PDF"))
        return {};
    if (!m_reportDir || !m_reportDir->isValid())
        m_reportDir = std::make_unique<QTemporaryDir>();
    // Named after the bundle, so the viewer's title says which one it is.
    const QString file = m_reportDir->filePath(QFileInfo(m_path).completeBaseName() + QStringLiteral("-report.pdf"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(pdf.value()) != pdf->size())
        return {};
    return file;
}

void EvidencePage::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open evidence bundle"), QString(), tr("Evidence bundles (*.zip)"));
    if (!path.isEmpty())
        openBundle(path);
}

bool EvidencePage::openBundle(const QString& path)
{
    m_path = path;
    auto verification = EvidenceBundle::verify(path);
    m_files->clear();
    m_decisions->setRowCount(0);
    m_evidence->clear();
    if (!verification) {
        m_verification = {};
        m_banner->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Danger));
        m_banner->setText(tr("Cannot open %1: %2").arg(path, verification.errorString()));
        m_trust->setEnabled(false);
        m_report->setEnabled(false);
        return false;
    }
    m_verification = verification.value();
    m_empty->hide();
    m_content->show();
    const auto trusted = TrustedSigners(m_trustedFolder).find(m_verification.fingerprint);
    if (!m_verification.valid) {
        QStringList reliable;
        QStringList unreliable;
        for (const BundleFile& f : std::as_const(m_verification.files))
            (m_verification.reliable(f.name) ? reliable : unreliable) << f.name;
        const QString relied = m_verification.signatureValid
            ? tr("Can be relied on: %1. Cannot: %2; what comes from them is marked on every row.")
                  .arg(reliable.isEmpty() ? tr("nothing") : reliable.join(QStringLiteral(", ")),
                       unreliable.join(QStringLiteral(", ")))
            : tr("Nothing in it can be relied on: its signature does not hold, so no file is known to be as signed.");
        m_banner->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Danger));
        m_banner->setText(
            tr("<b>Does not verify: this bundle was changed after it was signed.</b><br>%1<br><b>%2</b>")
                .arg(esc(m_verification.problems.join(u'\n')).replace(u'\n', QStringLiteral("<br>")), esc(relied)));
    } else if (trusted) {
        m_banner->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Success));
        m_banner->setText(
            tr("<b>Verified.</b> Every file matches SHA256SUMS, and SHA256SUMS carries a valid signature by "
               "<b>%1</b>, a trusted signer (key %2).")
                .arg(esc(trusted->name), esc(m_verification.fingerprint)));
    } else {
        m_banner->setStyleSheet(StatusColours::bannerStyle(StatusColours::Tone::Warning));
        m_banner->setText(
            tr("<b>Verified, by a signer you have not trusted yet.</b> Every file matches SHA256SUMS and the signature "
               "is valid for the key %1 (the bundle names its signer: %2). Compare the fingerprint with the one the "
               "signer gave you, "
               "then trust it.")
                .arg(esc(m_verification.fingerprint), esc(m_verification.signer)));
    }
    m_trust->setEnabled(m_verification.valid && !trusted);
    m_report->setEnabled(std::any_of(m_verification.files.cbegin(), m_verification.files.cend(),
                                     [](const BundleFile& f) { return f.name == QLatin1String("report.pdf"); }));
    m_report->setToolTip(
        m_verification.reliable(QStringLiteral("report.pdf"))
            ? tr("Opens the bundle's report.pdf in your PDF viewer")
            : tr("Opens the bundle's report.pdf in your PDF viewer; it does not verify, so do not rely on it"));
    for (const BundleFile& f : m_verification.files) {
        auto* item = new QListWidgetItem((f.ok ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + f.name, m_files);
        item->setForeground(f.ok ? StatusColours::colour(StatusColours::Tone::Success)
                                 : StatusColours::colour(StatusColours::Tone::Danger));
    }

    auto contents = BundleContents::load(path);
    if (!contents) {
        m_title->setText(contents.errorString());
        m_contents = {};
        return true;
    }
    m_contents = contents.value();
    const QJsonObject c = m_contents.campaign;
    m_title->setText(tr("<b>%1</b><br>%2 of %3 decided · due %4 · %5")
                         .arg(esc(c.value(QStringLiteral("name")).toString()))
                         .arg(c.value(QStringLiteral("decided")).toInt())
                         .arg(c.value(QStringLiteral("items")).toInt())
                         .arg(esc(c.value(QStringLiteral("due")).toString().left(10)),
                              esc(c.value(QStringLiteral("status")).toString())));
    while (QLayoutItem* old = m_chart->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    if (!m_verification.reliable(QStringLiteral("campaign.json"))) {
        // The summary and the reviewer figures come from campaign.json: under the band, and no chart drawn from it.
        m_title->setText(unverifiedBand(QStringLiteral("campaign.json")) + m_title->text());
        auto* withheld = new QLabel(
            tr("The reviewer figures are withheld: they come from campaign.json, which does not verify."), this);
        withheld->setWordWrap(true);
        m_chart->addWidget(withheld);
        showDecisions();
        return true;
    }
    QList<std::tuple<QString, int, int>> reviewers;
    for (const QJsonValue& r : c.value(QStringLiteral("reviewers")).toArray()) {
        const QJsonObject o = r.toObject();
        reviewers.append({ o.value(QStringLiteral("email")).toString(), o.value(QStringLiteral("items")).toInt(),
                           o.value(QStringLiteral("decided")).toInt() });
    }
    m_chart->addWidget(ChartFactory::reviewerProgress(reviewers.mid(0, 10), this));
    showDecisions();
    return true;
}

bool EvidencePage::trustCurrentSigner(const QString& name)
{
    auto publicPem = EvidenceBundle::read(m_path, QStringLiteral("signer.pub.pem"));
    if (!publicPem || !m_verification.valid)
        return false;
    if (!TrustedSigners(m_trustedFolder).add(name, publicPem.value()))
        return false;
    return openBundle(m_path);
}

void EvidencePage::showDecisions()
{
    const QString text = m_filter->text().trimmed();
    const QString need = m_need->currentData().toString();
    m_decisions->setRowCount(0);
    const bool decisionsReliable = m_verification.reliable(QStringLiteral("decisions.csv"));
    for (const BundleDecision& d : std::as_const(m_contents.decisions)) {
        if (!text.isEmpty() && !d.identity.contains(text, Qt::CaseInsensitive)
            && !d.reviewer.contains(text, Qt::CaseInsensitive) && !d.justification.contains(text, Qt::CaseInsensitive))
            continue;
        if (need == Answer::Reduce                 ? !d.scope.startsWith(Answer::Reduce)
                : need == QLatin1String("flagged") ? d.flags.isEmpty()
                                                   : (!need.isEmpty() && d.need != need))
            continue;
        const int row = m_decisions->rowCount();
        m_decisions->insertRow(row);
        auto* identity = new QTableWidgetItem(d.identity);
        identity->setData(Qt::UserRole, d.itemId);
        m_decisions->setItem(row, 0, identity);
        m_decisions->setItem(row, 1,
                             new QTableWidgetItem(d.decidedBy == d.reviewer
                                                      ? d.reviewer
                                                      : tr("%1 (by %2)").arg(d.reviewer, d.decidedBy)));
        QString answer = QStringLiteral("%1 · %2 · %3").arg(d.ownership, d.scope, d.need);
        // Both a decision and its amendment are on record; the words say which one is in force.
        if (d.superseded)
            answer = tr("superseded: %1").arg(answer);
        else if (d.supersedes > 0)
            answer = tr("amended: %1").arg(answer);
        if (!d.flags.isEmpty())
            answer += tr(" · flagged: %1").arg(d.flags);
        m_decisions->setItem(row, 2, new QTableWidgetItem(answer));
        m_decisions->setItem(row, 3, new QTableWidgetItem(d.decidedAt.left(10)));
        m_decisions->setItem(row, 4, new QTableWidgetItem(d.justification));
        if (!decisionsReliable) {
            // Every row says where it comes from, in words and colour: never browsed as if it were true.
            identity->setText(QStringLiteral("⚠ ") + identity->text());
            for (int column = 0; column < m_decisions->columnCount(); ++column) {
                QTableWidgetItem* cell = m_decisions->item(row, column);
                cell->setBackground(StatusColours::bannerBackground(StatusColours::Tone::Danger, palette()));
                cell->setForeground(StatusColours::bannerText(StatusColours::Tone::Danger, palette()));
                cell->setToolTip(tr("From a file that does not verify (decisions.csv): do not rely on it."));
            }
        }
    }
    // The table fits its width: names and dates by their contents, reviewer, decision and justification share what is
    // left (elided; the pane below shows the decision whole).
    for (int column : { 0, 3 })
        m_decisions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : { 1, 2, 4 })
        m_decisions->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_decisions->setTextElideMode(Qt::ElideRight);
    m_decisions->setWordWrap(false);
    m_decisions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    if (m_decisions->rowCount() > 0)
        m_decisions->setCurrentCell(0, 0);
}

QString EvidencePage::unverifiedBand(const QString& file) const
{
    return QStringLiteral("<p style=\"background: %1; color: %2; padding: 4px\"><b>%3</b></p>")
        .arg(StatusColours::bannerBackground(StatusColours::Tone::Danger, palette()).name(),
             StatusColours::bannerText(StatusColours::Tone::Danger, palette()).name(),
             esc(tr("From a file that does not verify (%1): do not rely on what follows.").arg(file)));
}

void EvidencePage::showEvidence(int row)
{
    if (row < 0 || !m_decisions->item(row, 0))
        return;
    const qint64 itemId = m_decisions->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QJsonObject item = m_contents.evidence.value(itemId);
    const ReviewEvidence e = ReviewEvidence::fromJson(item.value(QStringLiteral("evidence")).toObject());
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(e.identity.displayName));
    // What was decided, in full, above what the reviewer saw: nothing to scroll sideways for.
    for (const BundleDecision& d : std::as_const(m_contents.decisions)) {
        if (d.itemId != itemId)
            continue;
        const QString when = d.decidedAt.left(16).replace(u'T', u' ');
        QString block = d.supersedes > 0 ? tr("<b>Amended</b> %1 by %2").arg(esc(when), esc(d.decidedBy))
                                         : tr("<b>Decided</b> %1 by %2").arg(esc(when), esc(d.decidedBy));
        if (d.superseded)
            block += QStringLiteral(" — <b>%1</b>").arg(esc(tr("superseded by the amendment below, not in force")));
        if (!d.onBehalfOf.isEmpty())
            block += esc(elided(tr(", on behalf of %1").arg(d.onBehalfOf)));
        block += QStringLiteral("<br>")
            + esc(tr("Ownership: %1 · Task scope: %2 · Business need: %3").arg(d.ownership, d.scope, d.need));
        if (!d.certifyUntil.isEmpty())
            block += esc(tr(" until %1").arg(d.certifyUntil.left(10)));
        // Each answer holds until its own date.
        if (!d.ownershipUntil.isEmpty() || !d.scopeUntil.isEmpty()) {
            block += QStringLiteral("<br>")
                + esc(tr("Ownership holds until %1 · task scope until %2")
                          .arg(d.ownershipUntil.isEmpty() ? tr("not asked") : d.ownershipUntil.left(10),
                               d.scopeUntil.isEmpty() ? tr("not asked") : d.scopeUntil.left(10)));
        }
        block += QStringLiteral("<br>")
            + esc(tr("Justification: %1").arg(d.justification.isEmpty() ? tr("none given") : d.justification));
        block += QStringLiteral("<br>")
            + esc(tr("Flags: %1 · Time spent on the evidence: %2")
                      .arg(d.flags.isEmpty() ? tr("none") : d.flags,
                           d.secondsSpent.isEmpty() ? tr("not measured")
                                                    : tr("%n second(s)", nullptr, d.secondsSpent.toInt())));
        if (!m_verification.reliable(QStringLiteral("decisions.csv")))
            block = unverifiedBand(QStringLiteral("decisions.csv")) + block;
        html += QStringLiteral("<p>%1</p>").arg(block);
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("What %1 saw when deciding (%2):")
                             .arg(item.value(QStringLiteral("reviewer")).toString(),
                                  e.capturedAt.isValid() ? LocalDates::date(e.capturedAt.date()) : tr("unknown"))));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Granted %1 · used %2 · unused %3 · trust debt %4")
                             .arg(e.granted)
                             .arg(e.used)
                             .arg(e.unused)
                             .arg(QLocale().toString(e.debtScore, 'f', 1))));
    html += QStringLiteral("<ul>");
    // Severity and finding in the reader's words; the bundle keeps the codes.
    for (const ReviewEvidence::FindingLine& f : e.findings) {
        html += QStringLiteral("<li>%1 %2 (%3): %4</li>")
                    .arg(esc(TrustDebtWeights::severityLabel(f.severity)), esc(TrustDebtWeights::label(f.type)),
                         esc(f.owasp), esc(FindingText::render(f.detailData, f.detail)));
    }
    html += QStringLiteral("</ul><p>");
    QStringList grants;
    for (const ReviewEvidence::GrantLine& g : e.grants)
        grants << QStringLiteral("<code>%1</code> %2").arg(esc(g.permission), esc(g.used ? tr("used") : tr("unused")));
    html += grants.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    if (!m_verification.reliable(QStringLiteral("evidence.json")))
        html = unverifiedBand(QStringLiteral("evidence.json")) + html;
    m_evidence->setHtml(html);
}

} // namespace recertify
