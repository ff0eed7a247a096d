#pragma once

#include <QList>

class ClusterPage;
class QWidget;

// The feature pages the cluster window shows after its own (Overview, the Mesos tables,
// Marathon, Sandbox), in tab order. A new feature adds its page here and nowhere else in app/.
namespace ClusterPages {
QList<ClusterPage*> create(QWidget* parent);
}
