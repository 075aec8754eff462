#pragma once
// The whitelist editor's rows with what each class does (SPEC §11): an identity proxy over
// WhitelistModel that keeps its rows and editable columns and adds, per class, the numbers
// of core's whitelistEffects() (decisive runs, spikes covered, FAILs matched, FP rate
// without the class, the main_spike_driver / matches_fail warnings). It also shows SPEC's
// matched_runs in the "matched runs" column and the review state (active / due / stale,
// due within 14 days) in the status column, so one row says everything about its class.
// The effects are those of the last analysis; while it does not describe the current rows
// (an edit not analysed yet) the effect cells stay empty rather than show another class's.
#include "WhitelistModel.h"
#include "rollout/WhitelistCheck.h"
#include "rollout/WhitelistEffects.h"

#include <QColor>
#include <QIdentityProxyModel>
#include <optional>

namespace gatehouse::ui {

class ClassEffectsModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    static constexpr int kDueDays = 14; // as `gatehouse-cli whitelist check --due-days`

    enum Column
    { // after WhitelistModel's columns
        DecisiveRunsColumn = WhitelistModel::ColumnCount,
        SpikesCoveredColumn,
        FailsMatchedColumn,
        FpWithoutClassColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit ClassEffectsModel(WhitelistModel *source, QObject *parent = nullptr);

    // Recomputes the effects of result.whitelist on result's runs (result.options.today).
    void setResult(const RolloutResult &result);
    // The same with the effects already computed (the session computes them off the GUI
    // thread, with the analysis): effects must be whitelistEffects() of that result.
    void setResult(const RolloutResult &result, const WhitelistEffects &effects);
    const WhitelistEffects &effects() const { return m_effects; }
    // The effect of the class in source row `row`, when the analysis matches the rows.
    std::optional<WhitelistClassEffect> effectAt(int row) const;
    // Review state of the class in source row `row` as of the analysis's today.
    WhitelistClassState stateAt(int row) const;
    QDate today() const { return m_today; }
    int dueCount() const;
    int staleCount() const;
    void setHighlightColors(const QColor &dueBackground, const QColor &warningBackground);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex buddy(const QModelIndex &index) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void effectsChanged(); // after setResult()

private:
    bool isExtraColumn(int column) const;
    QVariant effectData(int row, int column, int role) const;
    QString warningsText(const WhitelistClassEffect &effect) const;
    bool analysisMatchesRows() const;

    WhitelistModel *m_source;
    WhitelistEffects m_effects;
    QStringList m_analysedReasons; // result.whitelist's reasons, file order
    QDate m_today;
    QColor m_dueBackground, m_warningBackground;
};

} // namespace gatehouse::ui
