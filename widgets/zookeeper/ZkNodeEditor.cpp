#include "ZkNodeEditor.h"

#include "ConfirmDialog.h"
#include "zookeeper/ZkSession.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QDateTime>
#include <QLocale>
#include <zookeeper/zookeeper.h>

ZkNodeEditor::ZkNodeEditor(QWidget* dialogParent) : QObject(dialogParent), m_dialogParent(dialogParent) {}

void ZkNodeEditor::setSession(ZkSession* session) {
    m_session = session;
    emit stateChanged();
}

bool ZkNodeEditor::canWrite() const {
    return m_allowed && !m_readOnly && m_session;
}

void ZkNodeEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (readOnly)
        m_allowed = false; // read-only ends any permission given before
    emit stateChanged();
}

void ZkNodeEditor::setAllowed(bool allowed) {
    m_allowed = allowed && !m_readOnly;
    emit stateChanged();
}

bool ZkNodeEditor::confirm(const QString& path, const QString& title, const QString& text,
                           const QString& action) {
    if (!ConfirmDialog::ask(m_dialogParent, {title, text, action, {}, true}))
        return false;
    const QString owner = ZkWritePolicy::ownerOf(path, m_context);
    if (owner.isEmpty())
        return true;
    // Mesos and Marathon own their nodes: a change behind their back can break the cluster.
    return ConfirmDialog::ask(
        m_dialogParent,
        {tr("%1's node").arg(owner),
         tr("%1 is kept by %2. Changing it by hand can break leader election or lose %2's state. Change it "
            "anyway? Type the path to confirm.")
             .arg(path, owner),
         action, path, true});
}

void ZkNodeEditor::setValue(const QString& path, const QByteArray& data, int version) {
    if (!canWrite())
        return emit finished(false, tr("Changes are off: allow them first (and turn off read-only)."));
    if (ZkWritePolicy::isTooLarge(path, data))
        return emit finished(false, ZkWritePolicy::tooLargeMessage(data.size()));
    if (!confirm(path, tr("Set value"),
                 tr("Write %1 bytes to %2 (if it is still at version %3)?")
                     .arg(QLocale().toString(data.size()), path)
                     .arg(version),
                 tr("Write")))
        return emit finished(false, tr("Nothing was written."));
    m_session->setData(path, data, version, [this, path, version](int rc, const ZkStat& stat) {
        if (rc == ZOK)
            return emit finished(true, tr("Written: %1 is now at version %2.").arg(path).arg(stat.version));
        if (rc != ZBADVERSION || !m_session)
            return emit finished(false, ZkWritePolicy::failureMessage(rc));
        // Say what changed: the version and time the other writer left.
        m_session->stat(path, false, [this, version](int statRc, const ZkStat& now) {
            QString message = ZkWritePolicy::failureMessage(ZBADVERSION);
            if (statRc == ZOK)
                message += u' ' + tr("You edited version %1; it is now at version %2, modified %3.")
                                      .arg(version)
                                      .arg(now.version)
                                      .arg(QDateTime::fromMSecsSinceEpoch(now.mtime).toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            emit finished(false, message);
        });
    });
}

void ZkNodeEditor::deleteNode(const QString& path, int version, int numChildren) {
    if (!canWrite())
        return emit finished(false, tr("Changes are off: allow them first (and turn off read-only)."));
    if (numChildren > 0)
        return emit finished(false, ZkWritePolicy::failureMessage(ZNOTEMPTY));
    if (!confirm(
            path, tr("Delete node"),
            tr("Delete %1 (if it is still at version %2)? This cannot be undone.").arg(path).arg(version),
            tr("Delete")))
        return emit finished(false, tr("Nothing was deleted."));
    m_session->remove(path, version, [this, path](int rc) {
        if (rc == ZOK)
            return emit finished(true, tr("Deleted %1.").arg(path));
        emit finished(false, ZkWritePolicy::failureMessage(rc));
    });
}
