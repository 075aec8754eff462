#include "RunsPage.h"

#include "AnalysisSession.h"
#include "GatePageParts.h"
#include "models/ModelRoles.h"
#include "models/RunsModel.h"
#include "widgets/TableView.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVBoxLayout>

namespace gatehouse::ui {

// Kind and free-text filter in one proxy, under the view's sorting proxy.
class RunsFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setFilter(const QString &kind, const QString &text)
    {
        m_kind = kind;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (!m_kind.isEmpty() &&
            m->index(row, RunsModel::Kind, parent).data(RawValueRole).toString() != m_kind)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < m->columnCount(parent); ++c)
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        return false;
    }

private:
    QString m_kind;
    QString m_text;
};

RunsPage::RunsPage(AnalysisSession *session, QWidget *parent) : Page(session, parent)
{
    m_model = new RunsModel(this);
    m_filter = new RunsFilterProxy(this);
    m_filter->setSourceModel(m_model);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("runKindFilter"));
    m_kind->setAccessibleName(tr("Run kind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (RunKind kind : {RunKind::Bench, RunKind::Install, RunKind::Gate})
        m_kind->addItem(runKindLabel(kind), runKindName(kind));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("runSearch"));
    m_search->setPlaceholderText(tr("Filter runs (id, path, details)…"));
    m_search->setClearButtonEnabled(true);
    m_summary = new QLabel;
    m_open = new QPushButton(themedIcon(QStringLiteral("external-link")), tr("&Open CI Page"));
    m_open->setObjectName(QStringLiteral("openCiPage"));
    m_open->setToolTip(tr("Open the selected run's CI page in the browser (Enter)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_summary);
    bar->addStretch();
    bar->addWidget(m_open);

    m_view = new TableView;
    m_view->setObjectName(QStringLiteral("runsTable"));
    m_view->setSourceModel(m_filter);
    m_view->linkRunSelection(session);
    m_view->sortByColumn(RunsModel::RunId, Qt::AscendingOrder);
    // Paths and URLs differ at their ends (run ids, file names): elide in the middle.
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->resizeSection(RunsModel::Kind, 70);
    m_view->horizontalHeader()->resizeSection(RunsModel::RunId, 110);
    m_view->horizontalHeader()->resizeSection(RunsModel::Time, 150);
    m_view->horizontalHeader()->resizeSection(RunsModel::Details, 340);
    m_view->horizontalHeader()->resizeSection(RunsModel::Source, 300);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makePageIntro(
        tr("Every run loaded, of every kind, in run order: its id, time, branch and the file "
           "it came from. Select a run to highlight it on every page; double-click opens its "
           "CI page when known."),
        this));
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    // 300 ms debounce: filtering thousands of rows on every key press would stutter.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this,
            [this] { setFilter(m_kind->currentData().toString(), m_search->text()); });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { setFilter(m_kind->currentData().toString(), m_search->text()); });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == RunsModel::CiPage)
            openCiPage(index);
    });
    connect(m_view, &QAbstractItemView::activated, this, &RunsPage::openCiPage);
    connect(m_open, &QPushButton::clicked, this, [this] { openCiPage(m_view->currentIndex()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RunsPage::updateOpenButton);
    connect(session, &AnalysisSession::datasetChanged, this, &RunsPage::onDatasetChanged);
    onDatasetChanged();
}

void RunsPage::setFilter(const QString &kind, const QString &text)
{
    caughtUp();
    m_filter->setFilter(kind, text);
    m_summary->setText(tr("%1 of %2 runs").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    updateOpenButton();
}

RunsModel *RunsPage::model() const
{
    caughtUp();
    return m_model;
}

TableView *RunsPage::view() const
{
    caughtUp();
    return m_view;
}

void RunsPage::onDatasetChanged()
{
    updateWhenActive("fill", [this] { stage("rows", [this] { makeRows(); }); });
}

void RunsPage::makeRows()
{
    // The rows in this part, the model's reset (and the views' sort) in the next: each
    // about 20 ms with 10k runs. The reset is staged from here, so it always follows the
    // rows it shows, even when a newer dataset came in meanwhile.
    m_rows = RunsModel::rowsOf(session()->dataset());
    stage("fill", [this] { fill(); });
}

void RunsPage::fill()
{
    m_model->setRows(std::move(m_rows));
    m_rows = {};
    m_summary->setText(tr("%1 of %2 runs").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    updateOpenButton();
    if (!session()->selectedRunId().isEmpty()) // chosen elsewhere while the page was behind
        m_view->selectRunRow(session()->selectedRunId());
}

void RunsPage::updateOpenButton()
{
    const QUrl url = m_view->currentIndex().data(RunsModel::CiPageRole).toUrl();
    m_open->setEnabled(!url.isEmpty());
}

void RunsPage::openCiPage(const QModelIndex &index)
{
    const QUrl url = index.data(RunsModel::CiPageRole).toUrl();
    if (!url.isEmpty())
        QDesktopServices::openUrl(url);
}

} // namespace gatehouse::ui
