#include "Retranslate.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTabWidget>
#include <QXmlStreamReader>

namespace gatehouse::ui {

namespace {

// A mnemonic's '&' is part of the source text ("&Metric"), so texts are compared whole.
struct Converter
{
    const TextCatalogue &catalogue;
    Language from, to;
    int changed = 0;

    template <typename Get, typename Set> void convert(Get get, Set set)
    {
        const QString shown = get();
        if (shown.isEmpty())
            return;
        const QString next = catalogue.convert(shown, from, to);
        if (next.isEmpty() || next == shown)
            return;
        set(next);
        ++changed;
    }
};

void retranslateWidget(QWidget *w, Converter &c)
{
    c.convert([w] { return w->toolTip(); }, [w](const QString &t) { w->setToolTip(t); });
    c.convert([w] { return w->accessibleName(); },
              [w](const QString &t) { w->setAccessibleName(t); });
    if (w->isWindow())
        c.convert([w] { return w->windowTitle(); },
                  [w](const QString &t) { w->setWindowTitle(t); });
    if (auto *label = qobject_cast<QLabel *>(w))
        c.convert([label] { return label->text(); },
                  [label](const QString &t) { label->setText(t); });
    else if (auto *button = qobject_cast<QAbstractButton *>(w))
        c.convert([button] { return button->text(); },
                  [button](const QString &t) { button->setText(t); });
    else if (auto *group = qobject_cast<QGroupBox *>(w))
        c.convert([group] { return group->title(); },
                  [group](const QString &t) { group->setTitle(t); });
    else if (auto *menu = qobject_cast<QMenu *>(w))
        c.convert([menu] { return menu->title(); },
                  [menu](const QString &t) { menu->setTitle(t); });
    else if (auto *edit = qobject_cast<QLineEdit *>(w))
        c.convert([edit] { return edit->placeholderText(); },
                  [edit](const QString &t) { edit->setPlaceholderText(t); });
    else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        for (int i = 0; i < combo->count(); ++i)
            c.convert([combo, i] { return combo->itemText(i); },
                      [combo, i](const QString &t) { combo->setItemText(i, t); });
    } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        for (int i = 0; i < tabs->count(); ++i)
            c.convert([tabs, i] { return tabs->tabText(i); },
                      [tabs, i](const QString &t) { tabs->setTabText(i, t); });
    }
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        c.convert([spin] { return spin->specialValueText(); },
                  [spin](const QString &t) { spin->setSpecialValueText(t); });
    if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        c.convert([spin] { return spin->prefix(); },
                  [spin](const QString &t) { spin->setPrefix(t); });
        c.convert([spin] { return spin->suffix(); },
                  [spin](const QString &t) { spin->setSuffix(t); });
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(w)) {
        c.convert([spin] { return spin->prefix(); },
                  [spin](const QString &t) { spin->setPrefix(t); });
        c.convert([spin] { return spin->suffix(); },
                  [spin](const QString &t) { spin->setSuffix(t); });
    }
}

void retranslateAction(QAction *a, Converter &c)
{
    c.convert([a] { return a->text(); }, [a](const QString &t) { a->setText(t); });
    c.convert([a] { return a->toolTip(); }, [a](const QString &t) { a->setToolTip(t); });
    c.convert([a] { return a->statusTip(); }, [a](const QString &t) { a->setStatusTip(t); });
}

} // namespace

TextCatalogue TextCatalogue::fromTs(const QByteArray &ts)
{
    TextCatalogue catalogue;
    QXmlStreamReader xml(ts);
    QString source, translation;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                source.clear();
                translation.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !numerus) {
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished)
                    translation.clear();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!numerus && !source.isEmpty() && !translation.isEmpty()) {
                catalogue.m_germanOf.insert(source, translation);
                catalogue.m_englishOf.insert(translation, source);
            }
        }
    }
    return catalogue;
}

const TextCatalogue &TextCatalogue::embedded()
{
    static const TextCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/i18n/gatehouse_de.ts"));
        return file.open(QIODevice::ReadOnly) ? fromTs(file.readAll()) : TextCatalogue();
    }();
    return catalogue;
}

QString TextCatalogue::convert(const QString &shown, Language from, Language to) const
{
    if (from == to)
        return QString();
    const QString english = from == Language::English ? shown : m_englishOf.value(shown, QString());
    if (english.isEmpty() || (from == Language::English && !m_germanOf.contains(shown)))
        return QString();
    return to == Language::English ? english : m_germanOf.value(english);
}

int retranslateTree(QObject *root, Language from, Language to, const TextCatalogue &catalogue)
{
    Converter converter{catalogue, from, to};
    if (auto *w = qobject_cast<QWidget *>(root))
        retranslateWidget(w, converter);
    for (QWidget *w : root->findChildren<QWidget *>())
        retranslateWidget(w, converter);
    for (QAction *a : root->findChildren<QAction *>())
        retranslateAction(a, converter);
    return converter.changed;
}

} // namespace gatehouse::ui
