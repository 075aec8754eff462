#pragma once
// Sentences core stores in English because they are data of the analysis and go into
// CSV and JSON as they are: parse issue messages, whitelist problems, the mixed-machines
// warning, install exclusion reasons ("branch x, not main"). The GUI and the Markdown
// show them again in their own language: inReportLanguage() matches the English sentence
// against the templates it was made from ("branch %1, not %2") and fills the template's
// translation in this thread's report language with the same arguments, which are
// rendered again in turn when they are themselves such a sentence ("field \"x\" must be
// a number in [0, 1], found number 1.7"). A sentence no template matches is returned
// unchanged, so at worst a new message stays English.
#include <QJsonParseError>
#include <QString>

namespace gatehouse {

QString inReportLanguage(const QString &english);

// QJsonParseError::errorString() goes through the application's translators, so in the
// German GUI it would put German into a parse issue and from there into CSV/JSON. This
// is the same text in English, always.
QString jsonErrorText(QJsonParseError::ParseError error);

} // namespace gatehouse
