#include "PodActions.h"

#include "ConfirmDialog.h"
#include "PodEditorDialog.h"
#include "PodPage.h"
#include "ScaleDialog.h"
#include "marathon/MarathonSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QWidget>

PodActions::PodActions(MarathonSource* source, QWidget* dialogParent, Runner run)
    : QObject(dialogParent), m_source(source), m_parent(dialogParent), m_run(std::move(run)) {}

void PodActions::attach(PodPage* page) {
    connect(page, &PodPage::scaleRequested, this, [this, page] { scale(page->pod()); });
    connect(page, &PodPage::editRequested, this, [this, page] { edit(page->pod()); });
    connect(page, &PodPage::destroyRequested, this, [this, page] { destroy(page->podId()); });
    connect(page, &PodPage::killRequested, this,
            [this, page](const QStringList& ids) { kill(page->podId(), ids); });
}

ScaleDialog* PodActions::scaleDialog() const {
    return m_scaleDialog;
}
PodEditorDialog* PodActions::editor() const {
    return m_editor;
}

void PodActions::scale(const MarathonPod& pod) {
    QStringList deployments;
    for (const MarathonDeployment& d : m_source->deployments())
        if (d.affectedPods.contains(pod.id))
            deployments << d.id;
    auto* dialog = new ScaleDialog(m_source->client(), pod.id, pod.desiredInstances(), deployments, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString podId = pod.id;
    const QByteArray spec = pod.specJson;
    dialog->setScaleCall(
        [this, podId, spec](int target, bool force, QObject* context, MarathonClient::ResultCallback done) {
            m_source->client()->scalePod(podId, spec, target, force, context, std::move(done));
        });
    m_scaleDialog = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_source->refresh();
        emit finished(dialog->result());
    });
    dialog->open();
}

void PodActions::kill(const QString& podId, const QStringList& instanceIds) {
    if (podId.isEmpty() || instanceIds.isEmpty())
        return;
    const QString title = tr("Kill %n pod instance(s)", nullptr, int(instanceIds.size()));
    if (!ConfirmDialog::ask(m_parent,
                            {title,
                             tr("Kill %1 of %2?\nEvery container of each instance is stopped; Marathon "
                                "starts replacements.")
                                 .arg(instanceIds.join(u", "), podId),
                             tr("Kill"),
                             {},
                             true}))
        return;
    m_run(
        title,
        [this, podId, instanceIds](bool, MarathonClient::ResultCallback done) {
            m_source->client()->killPodInstances(podId, instanceIds, this, std::move(done));
        },
        false);
}

void PodActions::destroy(const QString& podId) {
    if (podId.isEmpty() ||
        !ConfirmDialog::ask(
            m_parent,
            {tr("Destroy %1").arg(podId),
             tr("Pod %1 and all of its instances will be removed. This cannot be undone.").arg(podId),
             tr("Destroy"), podId, true}))
        return;
    m_run(
        tr("Destroy of %1").arg(podId),
        [this, podId](bool force, MarathonClient::ResultCallback done) {
            m_source->client()->destroyPod(podId, force, this,
                                           [this, podId, done = std::move(done)](const MarathonResult& r) {
                                               if (r.ok())
                                                   emit podDestroyed(podId);
                                               done(r);
                                           });
        },
        true);
}

void PodActions::create() {
    const QString draft = m_drafts.value(QString());
    open(new PodEditorDialog(m_source->client(), PodEditorDialog::Mode::Create, {},
                             draft.isEmpty() ? PodEditorDialog::templateText() : draft, m_parent),
         QString());
}

void PodActions::edit(const MarathonPod& pod) {
    QString text = m_drafts.value(pod.id);
    if (text.isEmpty()) {
        QJsonObject definition = QJsonDocument::fromJson(pod.specJson).object();
        definition.remove(QLatin1String("version")); // the server's stamp, not part of the change
        text = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Indented));
    }
    open(new PodEditorDialog(m_source->client(), PodEditorDialog::Mode::Edit, pod.id, text, m_parent),
         pod.id);
}

void PodActions::open(PodEditorDialog* dialog, const QString& draftKey) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_editor = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, draftKey] {
        if (dialog->sent())
            m_drafts.remove(draftKey);
        else
            m_drafts.insert(draftKey, dialog->jsonText()); // nothing typed is lost
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_source->refresh();
        emit podSaved(dialog->definition().value(QLatin1String("id")).toString(),
                      dialog->result().deploymentId);
        emit finished(dialog->result());
    });
    dialog->open();
}
