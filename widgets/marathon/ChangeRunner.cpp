#include "ChangeRunner.h"

#include "ConfirmDialog.h"
#include "NoticeBar.h"
#include "marathon/MarathonSource.h"

#include <QWidget>
#include <memory>

ChangeRunner::ChangeRunner(MarathonSource* source, NoticeBar* notice, QWidget* dialogParent)
    : QObject(dialogParent), m_source(source), m_notice(notice), m_parent(dialogParent) {}

void ChangeRunner::run(const QString& what, Call call, bool offerForce) {
    // The handler may resend itself once (force after a 409). It holds itself only weakly, so
    // no reference cycle keeps it alive; the pending request's callback holds it strongly.
    auto handle = std::make_shared<std::function<void(const MarathonResult&)>>();
    const std::weak_ptr<std::function<void(const MarathonResult&)>> weak = handle;
    *handle = [this, what, call, offerForce, weak](const MarathonResult& result) {
        if (result.ok()) {
            // A deployment is followed at window level until it ends; a bar here would outlive it.
            if (result.deploymentId.isEmpty())
                m_notice->showNotice(NoticeBar::Level::Info, tr("%1: done.").arg(what));
            else
                m_notice->hide();
            m_source->refresh();
            emit finished(result);
            return;
        }
        if (offerForce && result.isLocked() &&
            ConfirmDialog::ask(
                m_parent, {tr("Locked by a deployment"),
                           tr("%1 was refused: the app is locked by deployment %2.\n\nStop that deployment "
                              "(without rollback) and do it anyway?")
                               .arg(what, result.error.deploymentIds.join(u", ")),
                           tr("Stop deployment and continue"),
                           {},
                           true})) {
            call(true, [handle = weak.lock()](const MarathonResult& forced) {
                MarathonResult r = forced;
                if (handle)
                    (*handle)(r);
            });
            return;
        }
        m_notice->showNotice(NoticeBar::Level::Error, tr("%1 failed: %2").arg(what, result.error.fullText()));
        emit finished(result);
    };
    call(false, [handle](const MarathonResult& result) { (*handle)(result); });
}
