#pragma once

#include "marathon/MarathonClient.h"
#include "marathon/MarathonPod.h"
#include "marathon/MarathonResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class MarathonSource;
class PodEditorDialog;
class PodPage;
class ScaleDialog;
class QWidget;

// The pod operations of the Marathon tab: scale (ScaleDialog, a PUT of the definition), kill
// instances, destroy (typed id). Each asks through ConfirmDialog where it removes something,
// and runs through the panel's change runner (409 lock → force after a second question, errors
// with Marathon's own text).
class PodActions : public QObject {
    Q_OBJECT
public:
    using Call = std::function<void(bool force, MarathonClient::ResultCallback done)>;
    using Runner = std::function<void(const QString& what, Call call, bool offerForce)>;

    PodActions(MarathonSource* source, QWidget* dialogParent, Runner run);

    void scale(const MarathonPod& pod);
    void kill(const QString& podId, const QStringList& instanceIds);
    void destroy(const QString& podId);
    // New Pod (the unsent draft, else a template) and Edit (the draft of that pod, else its
    // definition). A draft lives as long as the window's Marathon tab.
    void create();
    void edit(const MarathonPod& pod);
    // The pod page's buttons act on the pod it shows.
    void attach(PodPage* page);
    ScaleDialog* scaleDialog() const;
    PodEditorDialog* editor() const;

signals:
    void finished(const MarathonResult& result); // a dialog's change was accepted
    void podDestroyed(const QString& podId);
    void podSaved(const QString& podId, const QString& deploymentId); // created or changed

private:
    void open(PodEditorDialog* dialog, const QString& draftKey);

    MarathonSource* m_source;
    QWidget* m_parent;
    Runner m_run;
    QPointer<ScaleDialog> m_scaleDialog;
    QPointer<PodEditorDialog> m_editor;
    QHash<QString, QString> m_drafts; // pod id ("" for New Pod) -> text
};
