#pragma once
// Live language switching for texts a widget was given once, at construction: labels,
// buttons, group titles, tool tips, spin box prefixes, combo box items, actions. Pages set
// these with tr() in their constructors and keep no list of them; instead of rebuilding
// the pages (and losing their state), the catalogue (resources/translations/
// gatehouse_de.ts, embedded) says which source string a shown text is, and the text is set
// again in the new language. Texts built with arguments ("%1 runs") are not in the
// catalogue as shown: their owners render them again from the session's signals.
#include "common/Translate.h"

#include <QHash>
#include <QString>

class QObject;

namespace gatehouse::ui {

class TextCatalogue
{
public:
    // The embedded catalogue (:/i18n/gatehouse_de.ts), parsed once.
    static const TextCatalogue &embedded();
    // Parses a Qt Linguist .ts document (tests); entries with plural forms are skipped.
    static TextCatalogue fromTs(const QByteArray &ts);

    // The text `shown` (in language `from`) says in language `to`; empty when the
    // catalogue does not know it as a whole string.
    QString convert(const QString &shown, Language from, Language to) const;
    qsizetype size() const { return m_germanOf.size(); }

private:
    QHash<QString, QString> m_germanOf;  // English source -> German
    QHash<QString, QString> m_englishOf; // German -> English source
};

// Sets every known text of `root` and its children (widgets and actions) from `from` to
// `to`. Returns how many texts changed.
int retranslateTree(QObject *root, Language from, Language to,
                    const TextCatalogue &catalogue = TextCatalogue::embedded());

} // namespace gatehouse::ui
