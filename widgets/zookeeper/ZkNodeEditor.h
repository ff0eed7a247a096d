#pragma once

#include "zookeeper/ZkNodeMeaning.h"

#include <QObject>
#include <QPointer>

class QWidget;
class ZkSession;

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

    // Both answer through finished(ok, message); nothing is sent when a check or the operator says no.
    void setValue(const QString& path, const QByteArray& data, int version);
    void deleteNode(const QString& path, int version, int numChildren);

signals:
    void finished(bool ok, const QString& message);
    void stateChanged(); // canWrite() may have changed

private:
    bool confirm(const QString& path, const QString& title, const QString& text, const QString& action);

    QWidget* m_dialogParent;
    QPointer<ZkSession> m_session;
    ZkNodeMeaning::Context m_context;
    bool m_readOnly = false;
    bool m_allowed = false;
};
