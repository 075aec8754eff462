#pragma once
// The English templates behind inReportLanguage() (StoredText.h): every sentence core stores
// in English and the GUI or the Markdown shows again in the report language. A message
// added to core needs its template here (test_i18n_stored checks the fixtures' ones).
#include <cstddef>

namespace gatehouse {

extern const char *const kStoredTextTemplates[];
extern const std::size_t kStoredTextTemplateCount;
// Pieces inside a longer argument that no whole template matches; their placeholders
// never span a parenthesis.
extern const char *const kStoredTextFragments[];
extern const std::size_t kStoredTextFragmentCount;

} // namespace gatehouse
