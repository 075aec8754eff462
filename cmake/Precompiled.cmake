# Precompiled headers: the Qt and standard headers nearly every file includes are parsed
# once per target instead of once per file. CI builds three trees from scratch (release,
# sanitizers, fuzz), so this is most of its time. Only headers from outside the project are
# listed: a project header in a PCH would rebuild every file whenever it changes.
#
# GATEHOUSE_PCH=OFF builds without them (e.g. to check that every file includes what it
# uses, which a PCH would hide).
option(GATEHOUSE_PCH "Precompile the common Qt and standard headers" ON)

set(GATEHOUSE_PCH_CORE
    <QByteArray> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QMap> <QSet> <QString>
    <QStringList> <QVariant>
    <algorithm> <cmath> <functional> <limits> <memory> <optional> <tuple> <variant> <vector>)
set(GATEHOUSE_PCH_UI ${GATEHOUSE_PCH_CORE}
    <QAbstractTableModel> <QChart> <QHBoxLayout> <QHeaderView> <QLabel> <QPalette>
    <QPushButton> <QSortFilterProxyModel> <QTimer> <QVBoxLayout> <QValueAxis> <QWidget>)

# gatehouse_precompile(TARGET CORE|UI [TEST]): TARGET's own precompiled headers.
function(gatehouse_precompile target flavour)
  if(NOT GATEHOUSE_PCH)
    return()
  endif()
  set(headers ${GATEHOUSE_PCH_${flavour}})
  if("TEST" IN_LIST ARGN)
    list(APPEND headers <QtTest>)
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# gatehouse_reuse_precompiled(TARGET FROM): TARGET compiles with FROM's precompiled headers
# (the test suites: one file each, so a header of their own would gain nothing).
function(gatehouse_reuse_precompiled target from)
  if(GATEHOUSE_PCH)
    target_precompile_headers(${target} REUSE_FROM ${from})
  endif()
endfunction()
