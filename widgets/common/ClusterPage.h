#pragma once

#include <QString>
#include <QWidget>

class ClusterSession;

// A page of the cluster window that a feature adds without touching the window: the shell
// creates each page once (app/ClusterPages.cpp lists them), shows it as a tab, and hands it
// every new session. attach(nullptr) comes before a session is destroyed, so a page never
// holds on to the last one's objects.
class ClusterPage : public QWidget {
public:
    using QWidget::QWidget;
    ~ClusterPage() override = default;

    virtual QString title() const = 0;
    virtual void attach(ClusterSession* session) = 0;
    // The operator's read-only switch: a page disables every action that changes the cluster
    // (and says why) while it is on. Told at creation and on every change.
    virtual void setReadOnly(bool readOnly) { Q_UNUSED(readOnly); }
};
