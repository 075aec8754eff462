#pragma once
// Help > About: what Gatehouse is, its version, and the Qt it was built with and runs on.
#include <QDialog>

namespace gatehouse::ui {

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace gatehouse::ui
