#include "GateChecks.h"
#include "common/Translate.h"

#include <QJsonObject>

namespace gatehouse {

GateStatus statusFromChecks(bool hasRuns, const GateChecks &checks)
{
    if (!hasRuns)
        return GateStatus::NoData;
    for (const GateCheck &check : checks)
        if (check.id == QLatin1String("runs") && !check.met)
            return GateStatus::Insufficient;
    for (const GateCheck &check : checks)
        if (!check.met)
            return GateStatus::Fail;
    return GateStatus::Pass;
}

QJsonArray checksToJson(const GateChecks &checks)
{
    QJsonArray array;
    for (const GateCheck &check : checks) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), check.id);
        o.insert(QStringLiteral("label"), check.label);
        o.insert(QStringLiteral("met"), check.met);
        o.insert(QStringLiteral("detail"), check.detail);
        array.append(o);
    }
    return array;
}

static QString line(const GateCheck &check)
{
    return check.detail.isEmpty() ? check.label
                                  : QStringLiteral("%1: %2").arg(check.label, check.detail);
}

QString checksMarkdown(const GateChecks &checks)
{
    QString md;
    for (const GateCheck &check : checks)
        md += (check.met ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + line(check) +
              QLatin1Char('\n');
    return md;
}

QString checksText(const GateChecks &checks)
{
    QString text;
    for (const GateCheck &check : checks)
        text += (check.met ? QStringLiteral("  [x] ") : QStringLiteral("  [ ] ")) + line(check) +
                QLatin1Char('\n');
    return text;
}

QStringList unmetCheckIds(const GateChecks &checks)
{
    QStringList ids;
    for (const GateCheck &check : checks)
        if (!check.met)
            ids.append(check.id);
    return ids;
}

QString verdictWord(GateStatus status)
{
    switch (status) {
    case GateStatus::Pass:
        return Tr::translate("GateChecks", "ready");
    case GateStatus::Fail:
        return Tr::translate("GateChecks", "not ready");
    case GateStatus::Insufficient:
        return Tr::translate("GateChecks", "waiting for runs");
    case GateStatus::NoData:
        return Tr::translate("GateChecks", "no data");
    }
    return QString();
}

} // namespace gatehouse
