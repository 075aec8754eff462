#include "ProblemsPage.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "common/Translate.h"
#include "models/IssuesModel.h"
#include "widgets/TableView.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace gatehouse::ui {

// Shows the issues of one severity, or all (-1).
class SeverityFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverity(int severity)
    {
        m_severity = severity;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        auto *issues = static_cast<const IssuesModel *>(sourceModel());
        return m_severity < 0 || static_cast<int>(issues->issueAt(row).severity) == m_severity;
    }

private:
    int m_severity = -1;
};

ProblemsPage::ProblemsPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_model = new IssuesModel(this);
    m_filter = new SeverityFilterProxy(this);
    m_filter->setSourceModel(m_model);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("problemsSummary"));
    m_severity = new QComboBox;
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(colourIcon(QStringLiteral("severity-error")), tr("Errors"),
                        static_cast<int>(Severity::Error));
    m_severity->addItem(colourIcon(QStringLiteral("severity-warning")), tr("Warnings"),
                        static_cast<int>(Severity::Warning));
    m_severity->addItem(colourIcon(QStringLiteral("severity-note")), tr("Notes"),
                        static_cast<int>(Severity::Note));
    m_openFolder =
        new QPushButton(themedIcon(QStringLiteral("folder")), tr("Open &Containing Folder"));
    m_openFolder->setObjectName(QStringLiteral("openContainingFolder"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_severity);
    bar->addWidget(m_openFolder);

    m_view = new TableView;
    m_view->setObjectName(QStringLiteral("problemsTable"));
    m_view->setSourceModel(m_filter);
    m_view->sortByColumn(IssuesModel::SeverityColumn, Qt::AscendingOrder);
    // Wide enough for the header and its sort arrow in any language ("Schweregrad").
    m_view->horizontalHeader()->resizeSection(
        IssuesModel::SeverityColumn,
        std::max(100, m_view->horizontalHeader()->sectionSizeHint(IssuesModel::SeverityColumn)));
    m_view->horizontalHeader()->resizeSection(IssuesModel::File, 420);
    m_view->horizontalHeader()->resizeSection(IssuesModel::Line, 60);

    // Messages can be longer than the column: the whole text of the current row.
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("problemDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2 + 8);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageIntro(
        tr("Every file that could not be used, or only in part: the file, the line where known "
           "and why. Errors left the file out of every gate; warnings kept it."),
        this));
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSeverity(m_severity->currentData().toInt()); });
    connect(m_openFolder, &QPushButton::clicked, this, &ProblemsPage::openContainingFolder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProblemsPage::onCurrentChanged);
    connect(m_view, &QAbstractItemView::activated, this, &ProblemsPage::openContainingFolder);
    connect(session, &AnalysisSession::datasetChanged, this, &ProblemsPage::onDatasetChanged);
    onDatasetChanged();
}

void ProblemsPage::onDatasetChanged()
{
    m_model->setIssues(session()->dataset().issues, session()->sources());
    const int errors = m_model->countOf(Severity::Error);
    const int warnings = m_model->countOf(Severity::Warning);
    const int notes = m_model->countOf(Severity::Note);
    if (m_model->rowCount() == 0)
        m_summary->setText(
            session()->sources().isEmpty()
                ? tr("Nothing loaded yet.")
                : tr("No problems: every file that looked like an artifact was used."));
    else
        m_summary->setText(
            tr("%1 could not be used · %2")
                .arg(
                    Tr::translate("ProblemsPage", "%Ln file(s)", nullptr, m_model->unusableFiles()),
                    QStringList{Tr::translate("ProblemsPage", "%Ln error(s)", nullptr, errors),
                                Tr::translate("ProblemsPage", "%Ln warning(s)", nullptr, warnings),
                                Tr::translate("ProblemsPage", "%Ln note(s)", nullptr, notes)}
                        .join(QStringLiteral(", "))));
    // Index of the view's own (sorting) model, above the severity filter.
    if (m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    onCurrentChanged();
}

QString ProblemsPage::containingFolder() const
{
    const QString local = m_view->currentIndex().data(IssuesModel::LocalFileRole).toString();
    if (local.isEmpty())
        return QString();
    const QFileInfo info(local);
    return info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

void ProblemsPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_openFolder->setEnabled(!containingFolder().isEmpty());
    m_openFolder->setToolTip(containingFolder().isEmpty()
                                 ? tr("The file is not on disk (embedded demo data or a "
                                      "missing source)")
                                 : QDir::toNativeSeparators(containingFolder()));
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex row = current.siblingAtColumn(IssuesModel::File);
    const QString line = current.siblingAtColumn(IssuesModel::Line).data().toString();
    m_details->setText(
        QStringLiteral("<b>%1%2</b>: %3")
            .arg(row.data().toString().toHtmlEscaped(),
                 line.isEmpty() ? QString() : QLatin1Char(':') + line,
                 current.siblingAtColumn(IssuesModel::Reason).data().toString().toHtmlEscaped()));
}

void ProblemsPage::openContainingFolder()
{
    const QString folder = containingFolder();
    if (!folder.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace gatehouse::ui
