#include "ChangesPanel.h"

#include "models/ChangePointsModel.h"
#include "widgets/TableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gatehouse::ui {

ChangesPanel::ChangesPanel(AnalysisSession *session, QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("changesPanel"));
    m_pointsModel = new ChangePointsModel(this);
    m_pointsTable = new TableView(this);
    m_pointsTable->setObjectName(QStringLiteral("changePointsTable"));
    m_pointsTable->setSourceModel(m_pointsModel);
    m_pointsTable->sortByColumn(ChangePointsModel::RunColumn, Qt::AscendingOrder);
    m_pointsTable->horizontalHeader()->setStretchLastSection(true);
    if (session)
        m_pointsTable->linkRunSelection(session); // a change point's row selects its run
    addTab(m_pointsTable, tr("Change &points"));

    m_compareModel = new CompareModel(this);
    m_compareTable = new TableView(this);
    m_compareTable->setObjectName(QStringLiteral("compareTable"));
    m_compareTable->setSourceModel(m_compareModel);
    m_compareTable->horizontalHeader()->setStretchLastSection(true);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("compareWindow"));
    m_window->setRange(1, 100000);
    m_window->setValue(10);
    m_window->setKeyboardTracking(false);
    m_window->setToolTip(tr("Compare the last N runs with the N runs before them"));
    m_windowLabel = new QLabel(tr("previous N vs last &N:"), this);
    m_windowLabel->setBuddy(m_window);
    m_backToWindows = new QPushButton(tr("Back to windows"), this);
    m_backToWindows->setToolTip(tr("Forget the dragged ranges"));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    auto *compare = new QWidget(this);
    auto *column = new QVBoxLayout(compare);
    column->setContentsMargins(0, 2, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_windowLabel);
    row->addWidget(m_window);
    row->addWidget(m_backToWindows);
    row->addWidget(m_caption, 1);
    column->addLayout(row);
    column->addWidget(m_compareTable, 1);
    m_compareTab = addTab(compare, tr("&Compare"));
    updateRangeButton();

    connect(m_window, &QSpinBox::valueChanged, this, [this] {
        clearRanges(); // a new window means the windows again
        emit compareInputsChanged();
    });
    connect(m_backToWindows, &QPushButton::clicked, this, [this] {
        clearRanges();
        emit compareInputsChanged();
    });
}

QSize ChangesPanel::sizeHint() const
{
    return {QTabWidget::sizeHint().width(), 7 * fontMetrics().height() + 40};
}

void ChangesPanel::setChangePoints(const changes::SeriesChangePoints &series, const QString &unit)
{
    m_pointsModel->setSeries(series, unit);
    m_host->setTabText(m_pointsTab, tr("Change &points (%1)").arg(series.points.size()));
    m_pointsTable->resizeColumnsToContents();
}

void ChangesPanel::setComparison(const compare::CompareResult &result, const QString &caption)
{
    m_compareModel->setComparison(result);
    m_caption->setText(caption);
    m_compareTable->resizeColumnsToContents();
}

void ChangesPanel::setCompareRows(const QList<compare::CompareRow> &rows,
                                  CompareModel::DeltaStyle style, const QString &caption)
{
    m_compareModel->setRows(rows, style);
    m_caption->setText(caption);
    m_compareTable->resizeColumnsToContents();
}

void ChangesPanel::setWindowControlVisible(bool visible)
{
    m_window->setVisible(visible);
    m_windowLabel->setVisible(visible);
    updateRangeButton();
}

void ChangesPanel::setCompareTabTitle(const QString &title)
{
    m_host->setTabText(m_compareTab, title);
}

void ChangesPanel::moveTabsTo(QTabWidget *tabs)
{
    const QString pointsText = tabText(0), compareText = tabText(1);
    QWidget *points = widget(0);
    QWidget *compare = widget(1);
    m_host = tabs;
    m_pointsTab = tabs->addTab(points, pointsText);
    m_compareTab = tabs->addTab(compare, compareText);
    hide();
}

int ChangesPanel::window() const
{
    return m_window->value();
}

void ChangesPanel::setWindow(int n)
{
    m_window->setValue(n);
}

void ChangesPanel::addRange(const QStringList &runIds)
{
    if (runIds.isEmpty())
        return;
    if (!m_pendingNew) {
        m_oldRange = runIds;
        m_newRange.clear();
        m_pendingNew = true;
        m_caption->setText(tr("old: %1 runs from %2 — now Shift+drag the new range")
                               .arg(runIds.size())
                               .arg(runIds.first()));
        m_host->setCurrentIndex(m_compareTab);
        updateRangeButton();
        return;
    }
    m_newRange = runIds;
    m_pendingNew = false;
    updateRangeButton();
    m_host->setCurrentIndex(m_compareTab);
    emit compareInputsChanged();
}

void ChangesPanel::clearRanges()
{
    m_oldRange.clear();
    m_newRange.clear();
    m_pendingNew = false;
    updateRangeButton();
}

void ChangesPanel::updateRangeButton()
{
    m_backToWindows->setVisible(!m_window->isHidden() && (hasRanges() || m_pendingNew));
}

} // namespace gatehouse::ui
