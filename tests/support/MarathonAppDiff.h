#pragma once

#include "marathon/MarathonApp.h"

#include <QList>
#include <QString>

// The first field in which two apps differ ("" when none does): every field of MarathonApp,
// the definition's JSON included, so the two app parsers can be held to the same results.
inline QString marathonAppDiff(const MarathonApp& a, const MarathonApp& b) {
#define MESOSDESK_APP_FIELD(f)                                                                               \
    if (!(a.f == b.f))                                                                                       \
        return QStringLiteral(#f);
    MESOSDESK_APP_FIELD(id)
    MESOSDESK_APP_FIELD(instances)
    MESOSDESK_APP_FIELD(cpus)
    MESOSDESK_APP_FIELD(mem)
    MESOSDESK_APP_FIELD(disk)
    MESOSDESK_APP_FIELD(gpus)
    MESOSDESK_APP_FIELD(cmd)
    MESOSDESK_APP_FIELD(uris)
    MESOSDESK_APP_FIELD(labels)
    MESOSDESK_APP_FIELD(env)
    MESOSDESK_APP_FIELD(tasksStaged)
    MESOSDESK_APP_FIELD(tasksRunning)
    MESOSDESK_APP_FIELD(tasksHealthy)
    MESOSDESK_APP_FIELD(tasksUnhealthy)
    MESOSDESK_APP_FIELD(hasHealthChecks)
    MESOSDESK_APP_FIELD(healthChecks)
    MESOSDESK_APP_FIELD(readinessChecks)
    MESOSDESK_APP_FIELD(readinessResults)
    MESOSDESK_APP_FIELD(resident)
    MESOSDESK_APP_FIELD(deploymentIds)
    MESOSDESK_APP_FIELD(version)
    MESOSDESK_APP_FIELD(lastScalingAt)
    MESOSDESK_APP_FIELD(lastConfigChangeAt)
    MESOSDESK_APP_FIELD(lastTaskFailure)
    MESOSDESK_APP_FIELD(tasks)
    MESOSDESK_APP_FIELD(dependencies)
    MESOSDESK_APP_FIELD(definition())
#undef MESOSDESK_APP_FIELD
    return {};
}

// The same for two lists: the index and field of the first difference.
inline QString marathonAppsDiff(const QList<MarathonApp>& a, const QList<MarathonApp>& b) {
    if (a.size() != b.size())
        return QStringLiteral("size %1 != %2").arg(a.size()).arg(b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        if (const QString field = marathonAppDiff(a[i], b[i]); !field.isEmpty())
            return QStringLiteral("[%1] %2 (%3)").arg(i).arg(field, a[i].id);
    return {};
}
