#pragma once

#include "marathon/MarathonClient.h"
#include "marathon/MarathonResult.h"

#include <QObject>
#include <functional>

class MarathonSource;
class NoticeBar;
class QWidget;

// Runs one change of the Marathon tab and tells its outcome: on a 409 lock it asks (through
// ConfirmDialog) whether to stop the deployment and resend with force; a failure goes to the
// notice bar with Marathon's own text; a deployment is followed at window level.
class ChangeRunner : public QObject {
    Q_OBJECT
public:
    using Call = std::function<void(bool force, MarathonClient::ResultCallback done)>;

    ChangeRunner(MarathonSource* source, NoticeBar* notice, QWidget* dialogParent);

    void run(const QString& what, Call call, bool offerForce = true);

signals:
    void finished(const MarathonResult& result);

private:
    MarathonSource* m_source;
    NoticeBar* m_notice;
    QWidget* m_parent;
};
