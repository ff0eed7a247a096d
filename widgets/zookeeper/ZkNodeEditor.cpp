#include "ZkNodeEditor.h"

#include "ConfirmDialog.h"
#include "ZkCreateDialog.h"
#include "zookeeper/ZkRecursiveDelete.h"
#include "zookeeper/ZkSubtreeWalk.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QDateTime>
#include <QLocale>
#include <zookeeper/zookeeper.h>

ZkNodeEditor::ZkNodeEditor(QWidget* dialogParent)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_recursive(new ZkRecursiveDelete(this)) {
    connect(m_recursive, &ZkRecursiveDelete::planned, this, &ZkNodeEditor::onPlanned);
    connect(m_recursive, &ZkRecursiveDelete::progress, this, [this](int done, int total) {
        emit progress(tr("Deleting %1: %2 of %3 node(s)…")
                          .arg(m_recursive->currentPlan().root, QLocale().toString(done), QLocale().toString(total)),
                      done, total);
    });
    connect(m_recursive, &ZkRecursiveDelete::counting, this, [this](int found) {
        emit progress(tr("Counting the nodes under %1… %2 so far")
                          .arg(m_recursive->currentPlan().root, QLocale().toString(found)),
                      0, 0);
    });
    connect(m_recursive, &ZkRecursiveDelete::finished, this, [this](bool ok, const QString& message) {
        emit stateChanged();
        emit finished(ok, message);
    });
}

void ZkNodeEditor::setSession(ZkSession* session) {
    m_recursive->cancel(); // a delete never continues on another connection
    m_session = session;
    emit stateChanged();
}

bool ZkNodeEditor::canWrite() const {
    return m_allowed && !m_readOnly && m_session;
}

void ZkNodeEditor::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    if (readOnly) {
        m_allowed = false; // read-only ends any permission given before
        m_recursive->cancel();
    }
    emit stateChanged();
}

void ZkNodeEditor::setAllowed(bool allowed) {
    m_allowed = allowed && !m_readOnly;
    emit stateChanged();
}

bool ZkNodeEditor::confirm(const QString& path, const QString& title, const QString& text, const QString& action,
                           const QString& typeToConfirm) {
    if (!ConfirmDialog::ask(m_dialogParent, {title, text, action, typeToConfirm, true}))
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
    if (isBusy())
        return emit finished(false, tr("A delete is already running."));
    if (const QString problem = ZkWritePolicy::deleteProblem(path); !problem.isEmpty())
        return emit finished(false, problem);
    if (numChildren > 0) {
        emit progress(tr("Counting the nodes under %1…").arg(path), 0, 0);
        emit stateChanged();
        return m_recursive->plan(m_session, path);
    }
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

void ZkNodeEditor::createNode(const QString& parent, const QString& name, const QByteArray& data,
                              ZkSession::CreateMode mode) {
    if (!canWrite())
        return emit finished(false, tr("Changes are off: allow them first (and turn off read-only)."));
    if (const QString problem = ZkWritePolicy::nameProblem(name); !problem.isEmpty())
        return emit finished(false, problem);
    const QString path = ZkSubtreeWalk::childPath(parent, name);
    if (ZkWritePolicy::isTooLarge(path, data))
        return emit finished(false, ZkWritePolicy::tooLargeMessage(data.size()));
    if (!confirm(path, tr("Create node"),
                 tr("Create %1 (%2) with %n byte(s) of data?", nullptr, int(data.size()))
                     .arg(path, ZkCreateDialog::modeName(mode)),
                 tr("Create")))
        return emit finished(false, tr("Nothing was created."));
    m_session->create(path, data, mode, [this, parent, path](int rc, const QString& createdPath) {
        if (rc != ZOK)
            return emit finished(false, ZkWritePolicy::createFailureMessage(rc, parent, path));
        emit finished(true, tr("Created %1.").arg(createdPath));
        emit created(createdPath);
    });
}

bool ZkNodeEditor::isBusy() const {
    return m_recursive->phase() != ZkRecursiveDelete::Phase::Idle;
}

void ZkNodeEditor::cancelDelete() {
    m_recursive->cancel();
}

QString ZkNodeEditor::planText() const {
    const ZkRecursiveDelete::Plan& plan = m_recursive->currentPlan();
    const QLocale locale;
    QString text = tr("Delete %1 and everything under it: %n node(s) in %2 level(s), leaves first, each only "
                      "if it is still at the version just read. This cannot be undone.",
                      nullptr, int(plan.nodes.size()))
                       .arg(plan.root)
                       .arg(plan.depth);
    const QList<ZkRecursiveDelete::Node> ephemerals = plan.ephemerals();
    if (ephemerals.isEmpty())
        return text + u'\n' + tr("None of them is ephemeral.");
    text += u'\n' + tr("%n of them are ephemeral: a live session owns each, and its owner (a Mesos master, "
                        "Marathon, a scheduler) may act on its disappearance:",
                        nullptr, int(ephemerals.size()));
    constexpr int shown = 8;
    const qint64 own = m_session ? m_session->sessionId() : 0;
    for (qsizetype i = 0; i < qMin<qsizetype>(shown, ephemerals.size()); ++i) {
        const ZkRecursiveDelete::Node& node = ephemerals.at(i);
        const QString session = ZkWritePolicy::sessionIdText(node.stat.ephemeralOwner);
        text += u'\n' + (node.stat.ephemeralOwner == own
                             ? tr("  %1 (session %2: this MesosDesk connection)").arg(node.path, session)
                             : tr("  %1 (session %2)").arg(node.path, session));
    }
    if (ephemerals.size() > shown)
        text += u'\n' + tr("  and %n more", nullptr, int(ephemerals.size() - shown));
    return text;
}

void ZkNodeEditor::onPlanned() {
    const ZkRecursiveDelete::Plan& plan = m_recursive->currentPlan();
    if (!plan.isDeletable()) {
        emit stateChanged();
        return emit finished(false, plan.refusal);
    }
    if (!canWrite() || !confirm(plan.root, tr("Delete subtree"), planText(),
                                tr("Delete %n node(s)", nullptr, int(plan.nodes.size())), plan.root)) {
        emit stateChanged();
        return emit finished(false, tr("Nothing was deleted."));
    }
    m_recursive->execute();
    emit stateChanged();
}
