#pragma once

#include "zookeeper/ZkNodeMeaning.h"
#include "zookeeper/ZkSession.h"

#include <QObject>
#include <QPointer>

class QWidget;
class ZkRecursiveDelete;

// The explorer's writes: set a value and delete a node, always with the version the operator
// saw, each confirmed (ConfirmDialog), with a second, explicit warning under the Mesos or
// Marathon paths. Off until the operator allows changes, and never while read-only.
class ZkNodeEditor : public QObject {
    Q_OBJECT
public:
    explicit ZkNodeEditor(QWidget* dialogParent);

    void setSession(ZkSession* session);
    void setContext(const ZkNodeMeaning::Context& context) { m_context = context; }
    void setReadOnly(bool readOnly);
    void setAllowed(bool allowed);
    bool canWrite() const;
    bool isReadOnly() const { return m_readOnly; }

    // All answer through finished(ok, message); nothing is sent when a check or the operator says no.
    void setValue(const QString& path, const QByteArray& data, int version);
    // A node with children is deleted with its subtree: counted first, then confirmed by typing
    // its path, then deleted leaves first (progress() meanwhile; cancelDelete() stops it).
    void deleteNode(const QString& path, int version, int numChildren);
    void cancelDelete();
    bool isBusy() const; // a recursive delete counts or deletes
    ZkRecursiveDelete* recursiveDelete() const { return m_recursive; }
    // A new child of parent; created(path) names it (a sequential node's name is the server's).
    void createNode(const QString& parent, const QString& name, const QByteArray& data,
                    ZkSession::CreateMode mode);

signals:
    void finished(bool ok, const QString& message);
    void created(const QString& path);
    void progress(const QString& text, int done, int total); // total 0: not known yet
    void stateChanged(); // canWrite() may have changed

private:
    bool confirm(const QString& path, const QString& title, const QString& text, const QString& action,
                 const QString& typeToConfirm = {});
    void onPlanned();
    QString planText() const;

    QWidget* m_dialogParent;
    QPointer<ZkSession> m_session;
    ZkNodeMeaning::Context m_context;
    bool m_readOnly = false;
    bool m_allowed = false;
    ZkRecursiveDelete* m_recursive;
};
