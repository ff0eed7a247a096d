#include "ClusterEventFeed.h"

#include "MarathonEventFeed.h"
#include "MesosEventFeed.h"
#include "NotificationModel.h"
#include "core/ClusterSession.h"

ClusterEventFeed::ClusterEventFeed(NotificationModel* model, QObject* parent)
    : QObject(parent), m_model(model), m_mesos(new MesosEventFeed(model, this)),
      m_marathon(new MarathonEventFeed(model, this)) {}

void ClusterEventFeed::attach(ClusterSession* session) {
    if (!session) {
        m_mesos->attach(nullptr, nullptr, nullptr);
        m_marathon->attach(nullptr);
        return;
    }
    const QString cluster = session->target().toDisplayString();
    if (cluster != std::exchange(m_cluster, cluster))
        m_model->clear();
    m_mesos->attach(session->mesosStore(), session->mesosSource(), session->mesosLeader());
    m_marathon->attach(session->marathonSource());
}
