#pragma once
// A session on the embedded demo, loaded and ready, for the GUI suites: the setup every
// page test starts from. `today` fixes the date stale whitelist classes are judged by.
#include "AnalysisSession.h"
#include "sources/Loader.h"

#include <QDate>
#include <memory>

namespace gui_test {

inline std::unique_ptr<gatehouse::ui::AnalysisSession> demoSession(const QDate &today = QDate())
{
    auto session = std::make_unique<gatehouse::ui::AnalysisSession>();
    if (today.isValid()) {
        gatehouse::RolloutOptions options;
        options.today = today;
        session->setRolloutOptions(options);
    }
    session->load({gatehouse::demoSourcePath()});
    session->waitForLoaded();
    return session;
}

} // namespace gui_test
