#pragma once

#include "ConfirmDialog.h"
#include "mesos/MesosFramework.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ClusterSession;
class MesosTablePage;
class OperatorClient;
class QAction;
class QLabel;

// "Tear down framework…" on the Frameworks tab (context menu and the detail pane's button):
// the typed confirmation, then TEARDOWN (or /master/teardown for an old master) to the leading
// master, and its answer in plain text under the tab's bar. Disabled while read-only, for a
// framework already completed, and while no session or master is known. The framework page
// has its own, on its one framework.
class FrameworkTeardown : public QObject {
    Q_OBJECT
public:
    FrameworkTeardown(MesosTablePage* page, QLabel* feedback, QObject* parent = nullptr);
    // On one framework (by id), the confirmation over dialogParent; refresh() when it changes.
    FrameworkTeardown(QWidget* dialogParent, std::function<QString()> frameworkId, QLabel* feedback,
                      QObject* parent = nullptr);

    void attach(ClusterSession* session);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QAction* action() const { return m_action; }
    void refresh() { update(); } // the framework changed (completed, say)

    // The confirmation for a framework: what is killed and lost, Marathon's warning, and the
    // text to type (its name, or its id when it has none). tasksKnown: the running count is true.
    static ConfirmDialog::Request confirmation(const MesosFramework& framework, bool tasksKnown,
                                               bool isMarathon);
    // Marathon by its default name, or the framework the followed Marathon says it registered as.
    bool isMarathon(const MesosFramework& framework) const;

signals:
    void finished(bool ok); // the master's answer arrived (the feedback label has its words)

private:
    MesosFrameworkPtr selected() const;
    void update();
    void trigger();
    void show(const QString& text, bool error);

    MesosTablePage* m_page = nullptr; // the Frameworks tab's: its selected row
    QWidget* m_dialogParent;
    std::function<QString()> m_frameworkId;
    QLabel* m_feedback;
    QAction* m_action;
    QPointer<ClusterSession> m_session;
    QObject* m_context = nullptr; // owns the client and the answers of one session
    OperatorClient* m_client = nullptr;
    bool m_readOnly = false;
};
