#pragma once
// Beside the whitelist editor: the reasons no class matches, best candidates first, and
// what adding the selected one would do (its preview) before one click adds it. The panel
// only shows core's numbers (WhitelistEffects) and asks for the add through a signal; the
// editor adds the class as an undoable edit.
#include "rollout/WhitelistEffects.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace gatehouse::ui {

class CandidatesModel;
class TableView;

class CandidatesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CandidatesPanel(QWidget *parent = nullptr);

    void setEffects(const WhitelistEffects &effects);
    CandidatesModel *model() const { return m_model; }
    // The reason of the current row, empty when none.
    QString currentReason() const;
    // What adding the current candidate would do, as shown under the list.
    QString previewText() const;

signals:
    void addRequested(const QString &reason);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updatePreview();
    // Columns to their contents, then the reason column narrower (never below 90 px) until
    // every column fits the panel: the German headers are longer than the English ones.
    void fitColumns();
    void requestAdd();

    CandidatesModel *m_model = nullptr;
    TableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_preview = nullptr;
    QPushButton *m_add = nullptr;
    WhitelistEffects m_effects;
};

} // namespace gatehouse::ui
