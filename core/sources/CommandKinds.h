#pragma once
// Which artifact kinds each gatehouse-cli command reads (issue 10: read only what is
// needed). Every command also reads the run metadata (metadata.json and fetch's run
// sidecars): run ids, timestamps and branches of its artifacts come from there. `report`,
// and the GUI, read everything. Kept in core so tests can check the table itself; the CLI
// passes kindsForCommand(name) to the loader at each command's single load.
#include "ArtifactKind.h"

#include <QList>
#include <QString>

namespace gatehouse {

struct CommandKinds
{
    QString command; // as typed: "bench", "whitelist effect"
    ArtifactKindSet kinds;
};

// Every analysis command that loads sources, in a fixed order.
const QList<CommandKinds> &commandKindTable();
// The kinds of a command in the table; every kind for any other name (report, GUI).
ArtifactKindSet kindsForCommand(const QString &command);

} // namespace gatehouse
