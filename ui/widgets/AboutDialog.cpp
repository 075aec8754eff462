#include "AboutDialog.h"

#include "ThemedIcon.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace gatehouse::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Gatehouse"));
    auto *icon = new QLabel;
    icon->setPixmap(colourIcon(QStringLiteral("gatehouse")).pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);

    const QString version = QCoreApplication::applicationVersion().isEmpty()
                                ? QStringLiteral(GATEHOUSE_VERSION)
                                : QCoreApplication::applicationVersion();
    auto *text = new QLabel(
        tr("<h2>Gatehouse %1</h2>"
           "<p>A workbench for deciding when a CI gate may graduate: from a soft gate to a "
           "hard gate, or from a COMMENT phase to a WARN phase.</p>"
           "<p>It reads the artifacts CI runs leave behind (folders, zip files) and answers "
           "three questions: are per-detector allocations stable, is the install-to-Ready "
           "time within budget, and how does the Gate-V1 unknown rate behave?</p>"
           "<p>The same analyses run headless in <tt>gatehouse-cli</tt>.</p>"
           "<p><small>Built with Qt %2, running on Qt %3.</small></p>")
            .arg(version.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setMinimumWidth(420);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace gatehouse::ui
