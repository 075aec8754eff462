#include "ReviewPage.h"
#include "common/Translate.h"

#include "AnalysisSession.h"
#include "charts/AllocationsCharts.h"
#include "common/StoredText.h"
#include "i18n/DisplayNumbers.h"
#include "rules/RulesUi.h"
#include "widgets/ThemedIcon.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

namespace {

} // namespace

// One gate's verdict: status icon and words, the deciding numbers, the reasons.
class GateCard : public QFrame
{
    Q_OBJECT
public:
    GateCard(GateId gate, const QString &key, QWidget *parent = nullptr)
        : QFrame(parent), m_gate(gate)
    {
        setObjectName(key + QStringLiteral("Card"));
        setFrameShape(QFrame::StyledPanel);
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
        m_icon = new QLabel;
        m_title = new QLabel;
        QFont titleFont = m_title->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        m_title->setFont(titleFont);
        m_transition = new QLabel;
        m_transition->setForegroundRole(QPalette::PlaceholderText);
        m_status = new QLabel;
        m_status->setObjectName(key + QStringLiteral("Status"));
        QFont statusFont = m_status->font();
        statusFont.setBold(true);
        statusFont.setPointSizeF(statusFont.pointSizeF() * 1.5);
        m_status->setFont(statusFont);
        m_status->setWordWrap(true); // "No verdict: the rules file has errors" fits at 1400 px
        m_headline = new QLabel;
        m_headline->setWordWrap(true);
        m_facts = new QFormLayout;
        setFacts({}); // the rows every gate needs, made before the window shows
        m_facts->setLabelAlignment(Qt::AlignLeft);
        m_facts->setRowWrapPolicy(QFormLayout::DontWrapRows);
        // The checklist is the verdict's reason: rendered from result.checks, nothing else.
        m_checks = new QLabel;
        m_checks->setObjectName(key + QStringLiteral("Checks"));
        m_checks->setWordWrap(true);
        m_checks->setTextFormat(Qt::RichText);
        m_checks->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_reasons = new QLabel;
        m_reasons->setWordWrap(true);
        m_reasons->setTextFormat(Qt::RichText);
        m_reasons->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_details = new QPushButton(tr("Details…"));
        m_details->setObjectName(key + QStringLiteral("Details"));
        connect(m_details, &QPushButton::clicked, this, [this] { emit detailsRequested(m_gate); });

        auto *head = new QGridLayout;
        head->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
        head->addWidget(m_title, 0, 1);
        head->addWidget(m_transition, 1, 1);
        head->setColumnStretch(1, 1);
        auto *statusRow = new QHBoxLayout;
        statusRow->addWidget(m_status, 1);
        statusRow->addWidget(m_details, 0, Qt::AlignBottom);
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(14, 12, 14, 12);
        layout->addLayout(head);
        layout->addSpacing(4);
        layout->addLayout(statusRow);
        layout->addWidget(m_headline);
        layout->addWidget(m_checks);
        layout->addLayout(m_facts);
        layout->addWidget(m_reasons, 1);
    }

    void setSummary(const GateSummary &s)
    {
        m_icon->setPixmap(colourIcon(statusIconName(s.blocked ? GateStatus::NoData : s.status))
                              .pixmap(QSize(32, 32), devicePixelRatioF()));
        m_title->setText(s.title);
        m_transition->setText(s.transition);
        m_status->setText(s.blocked
                              ? tr("No verdict: %1").arg(s.verdict)
                              : QStringLiteral("%1 · %2").arg(s.verdict, gateStatusName(s.status)));
        m_headline->setText(localizedNumbers(s.headline));
        m_checkLines.clear();
        QString checks;
        const QColor good = toneColor(Tone::Good, palette());
        const QColor bad = toneColor(Tone::Bad, palette());
        for (const GateCheck &c : s.checks) {
            m_checkLines << checkLine(c);
            // A number keeps its unit on its line ("13.2 %" never breaks before the %).
            const QString text =
                localizedNumbers(
                    c.detail.isEmpty() ? c.label : QStringLiteral("%1: %2").arg(c.label, c.detail))
                    .toHtmlEscaped()
                    .replace(QStringLiteral(" %"), QStringLiteral("&nbsp;%"));
            checks += QStringLiteral("<tr><td style=\"color:%1; padding-right:6px\"><b>%2</b></td>"
                                     "<td>%3</td></tr>")
                          .arg((c.met ? good : bad).name(),
                               c.met ? QStringLiteral("✓") : QStringLiteral("✗"), text);
        }
        m_checks->setText(checks.isEmpty() ? QString()
                                           : QStringLiteral("<table>%1</table>").arg(checks));
        m_checks->setVisible(!checks.isEmpty());
        setFacts(s.facts);
        QString html;
        for (const QString &warning : s.warnings)
            html += QStringLiteral("<li>%1</li>")
                        .arg(localizedNumbers(inReportLanguage(warning)).toHtmlEscaped());
        m_reasons->setText(
            html.isEmpty() ? QString()
                           : QStringLiteral("<ul style=\"margin-left:-24px\">%1</ul>").arg(html));
        setAccessibleName(QStringLiteral("%1: %2").arg(s.title, s.verdict));
    }

    QStringList checkLines() const { return m_checkLines; }
    QString statusText() const { return m_status->text(); }

    static constexpr int kPreparedFacts = 5; // the most any gate shows

    // The rows are made once and then only get new texts or are hidden: every refresh
    // used to delete and create the labels, and a new label in a shown window costs
    // several milliseconds (a load refreshes every card).
    void setFacts(const QList<QPair<QString, QString>> &facts)
    {
        while (m_facts->rowCount() < std::max<qsizetype>(facts.size(), kPreparedFacts)) {
            auto *value = new QLabel;
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            m_facts->addRow(new QLabel, value);
        }
        for (int i = 0; i < m_facts->rowCount(); ++i) {
            const bool shown = i < facts.size();
            if (m_facts->isRowVisible(i) != shown) // each call re-lays the whole window
                m_facts->setRowVisible(i, shown);
            if (!shown)
                continue;
            qobject_cast<QLabel *>(m_facts->itemAt(i, QFormLayout::LabelRole)->widget())
                ->setText(facts.at(i).first + QLatin1Char(':'));
            qobject_cast<QLabel *>(m_facts->itemAt(i, QFormLayout::FieldRole)->widget())
                ->setText(localizedNumbers(facts.at(i).second)
                              .replace(QStringLiteral(" %"), QStringLiteral("\u00A0%")));
        }
    }

signals:
    void detailsRequested(GateId gate);

private:
    GateId m_gate;
    QLabel *m_icon, *m_title, *m_transition, *m_status, *m_headline, *m_checks, *m_reasons;
    QStringList m_checkLines;
    QFormLayout *m_facts;
    QPushButton *m_details;
};

ReviewPage::ReviewPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    auto *heading = new QLabel(tr("Graduation review"));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    heading->setFont(headingFont);
    m_subtitle = new QLabel;
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true); // German runs longer: it must not set the window's width
    m_copied = new QLabel;
    m_copy = new QPushButton(themedIcon(QStringLiteral("copy")), tr("&Copy as Markdown"));
    m_copy->setObjectName(QStringLiteral("copyMarkdown"));
    m_copy->setToolTip(tr("Copy the whole review as Markdown, ready to paste into a pull request"));
    connect(m_copy, &QPushButton::clicked, this, &ReviewPage::copyMarkdown);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(heading);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    top->addWidget(m_copied);
    top->addWidget(m_copy, 0, Qt::AlignBottom);

    // SPEC §7: the rules in force and every override, with the two ways to act on them.
    m_rules = new QLabel;
    m_rules->setObjectName(QStringLiteral("reviewRules"));
    m_rules->setWordWrap(true);
    m_rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resetRules = new QPushButton(tr("&Reset to Rules"));
    m_resetRules->setObjectName(QStringLiteral("reviewResetRules"));
    m_resetRules->setToolTip(tr("Remove every override: the rules in force decide again"));
    connect(m_resetRules, &QPushButton::clicked, session, &AnalysisSession::resetToRules);
    m_saveRules = new QPushButton(tr("Save Rules &As…"));
    auto *saveRules = m_saveRules;
    saveRules->setObjectName(QStringLiteral("reviewSaveRules"));
    saveRules->setToolTip(tr("Write the rules in force, overrides included, as a complete "
                             "gatehouse.toml"));
    connect(saveRules, &QPushButton::clicked, this,
            [this] { saveRulesAsDialog(this, this->session()->rules()); });
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rules, 1);
    rulesRow->addWidget(m_resetRules, 0, Qt::AlignTop);
    rulesRow->addWidget(saveRules, 0, Qt::AlignTop);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    const std::pair<GateId, const char *> gates[] = {{GateId::Allocations, "allocations"},
                                                     {GateId::Install, "install"},
                                                     {GateId::Rollout, "rollout"}};
    for (const auto &[gate, key] : gates) {
        auto *card = new GateCard(gate, QString::fromLatin1(key));
        connect(card, &GateCard::detailsRequested, this, &ReviewPage::gateDetailsRequested);
        cards->addWidget(card, 1);
        m_cards.append(card);
    }

    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("reviewMarkdown"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Full graduation review"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(rulesRow);
    layout->addLayout(cards);
    layout->addWidget(m_browser, 1);

    // The session reports the dataset and each analysis one after the other; one
    // refresh after the last of them is enough.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("reviewRefresh")); // named in the GUI probe
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    // From the timer in parts (Page::stage): the cards first, the Markdown document in the
    // next turn; together they held the window for 45-60 ms after a load of 10k runs.
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { inParts([this] { refresh(); }); });
    connect(session, &AnalysisSession::allocationsChanged, this, &ReviewPage::scheduleRefresh);
    connect(session, &AnalysisSession::installChanged, this, &ReviewPage::scheduleRefresh);
    connect(session, &AnalysisSession::rolloutChanged, this, &ReviewPage::scheduleRefresh);
    connect(session, &AnalysisSession::rulesChanged, this, &ReviewPage::scheduleRefresh);
    // A load publishes the gates one per event-loop turn: refresh once, after the last.
    connect(session, &AnalysisSession::loadFinished, this, &ReviewPage::scheduleRefresh);
    refresh();
}

void ReviewPage::scheduleRefresh()
{
    if (session()->isLoading())
        return; // loadFinished follows
    updateWhenActive("refresh", [this] { m_refreshTimer->start(); });
}

void ReviewPage::refresh()
{
    m_refreshTimer->stop();
    const GateReport &report = session()->report();
    const bool blocked = session()->verdictsBlocked();
    // A card a part (Page::stage): each lays out its rich-text checks and warnings, about
    // 12 ms apiece. A card's verdict and its checks always change together.
    for (int i = 0; i < m_cards.size(); ++i)
        stage("card" + QByteArray::number(i), [this, i] {
            const QList<GateSummary> gates =
                summarizeGates(session()->report(), session()->verdictsBlocked());
            if (i < gates.size())
                m_cards.at(i)->setSummary(gates.at(i));
        });
    const bool loaded = !session()->sources().isEmpty();
    const QString files =
        Tr::translate("ReviewPage", "%Ln file(s) used", nullptr, report.counters.filesUsed);
    const QString issues =
        Tr::translate("ReviewPage", "%Ln parse issue(s)", nullptr, report.issues.size());
    m_subtitle->setText(
        (loaded ? tr("%1 · %2").arg(files, issues)
                : tr("Open a folder or zip files of CI artifacts, or the demo.")) +
        QLatin1Char('\n') +
        tr("Each card is one gate: its verdict and the checks it is derived from (✓ met, "
           "✗ not met); below, the same review as Markdown. Help > Reading the Verdicts "
           "explains each figure."));
    QString rules = blocked ? tr("Rules: %1 has errors (see the notice above)")
                                  .arg(QDir::toNativeSeparators(session()->rulesFilePath()))
                            : rulesSourceText(session()->rules());
    const QStringList overrides = describeOverrides(session()->rules());
    if (overrides.isEmpty())
        rules += tr("; no overrides.");
    else
        rules += Tr::translate("ReviewPage", "; %Ln override(s):", nullptr, overrides.size()) +
                 QStringLiteral("\n  ") + overrides.join(QStringLiteral("\n  "));
    m_rules->setText(rules);
    m_resetRules->setEnabled(!overrides.isEmpty());
    // Under broken rules the values in force are placeholders: never offer to save them.
    m_saveRules->setEnabled(!blocked);
    stage("document", [this] { showDocument(); });
}

void ReviewPage::showDocument()
{
    const bool blocked = session()->verdictsBlocked();
    const bool loaded = !session()->sources().isEmpty();
    const int scroll = m_browser->verticalScrollBar()->value();
    // The page has its own heading; the document's "# Graduation review" would repeat it.
    QStringList errors;
    for (const RulesError &e : session()->rulesErrors())
        errors << QStringLiteral("- `%1`").arg(e.text());
    QString shown =
        blocked ? tr("No review: the rules file has errors.\n\n") + errors.join(QLatin1Char('\n'))
                : markdown();
    if (shown.startsWith(QLatin1String("# ")))
        shown = shown.mid(shown.indexOf(QLatin1Char('\n')) + 1);
    // Parsed into a detached document, then swapped in: QTextBrowser::setMarkdown lays the
    // tables out again after every block it adds (about 125 ms for this review, a visible
    // stall on every load and option change; about 5 ms this way).
    // The browser deletes its own first document itself; the ones made here are ours.
    QTextDocument *previous = m_browser->document();
    if (previous && previous->parent() != m_browser)
        previous = nullptr;
    auto *document = new QTextDocument(m_browser);
    document->setDefaultFont(m_browser->font());
    document->setMarkdown(shown);
    m_browser->setDocument(document);
    delete previous;
    m_browser->verticalScrollBar()->setValue(scroll);
    m_copy->setEnabled(loaded && !blocked);
}

QString ReviewPage::markdown() const
{
    // In the language the window shows (the session makes it again after a switch).
    return QString::fromUtf8(session()->reviewMarkdown());
}

QStringList ReviewPage::checkLines(GateId gate) const
{
    caughtUp(); // the cards are refreshed a part each (Page::stage)
    const int i = static_cast<int>(gate);
    return i < m_cards.size() ? m_cards.at(i)->checkLines() : QStringList();
}

QString ReviewPage::rulesText() const
{
    return m_rules->text();
}

QString ReviewPage::statusText(GateId gate) const
{
    caughtUp();
    const int i = static_cast<int>(gate);
    return i < m_cards.size() ? m_cards.at(i)->statusText() : QString();
}

void ReviewPage::copyMarkdown()
{
    QApplication::clipboard()->setText(markdown());
    m_copied->setText(tr("Copied to the clipboard"));
    QTimer::singleShot(4000, m_copied, [label = m_copied] { label->clear(); });
}

} // namespace gatehouse::ui

#include "ReviewPage.moc"
