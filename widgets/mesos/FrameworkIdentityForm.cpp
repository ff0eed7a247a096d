#include "FrameworkIdentityForm.h"

#include "FrameworkCapabilities.h"
#include "MaintenanceFormat.h"
#include "UrlOpener.h"
#include "mesos/MesosFramework.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <cmath>

FrameworkIdentityForm::FrameworkIdentityForm(QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_openWebUi(new QToolButton(this)) {
    setObjectName(QStringLiteral("frameworkIdentity"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    addField(QStringLiteral("name"), tr("Name"));
    addField(QStringLiteral("id"), tr("ID"));
    addField(QStringLiteral("principal"), tr("Principal"));
    addField(QStringLiteral("user"), tr("User"));
    addField(QStringLiteral("roles"), tr("Roles"));
    addField(QStringLiteral("capabilities"), tr("Capabilities"));
    addField(QStringLiteral("failoverTimeout"), tr("Failover timeout"));
    addField(QStringLiteral("checkpoint"), tr("Checkpointing"));
    addField(QStringLiteral("hostname"), tr("Hostname"));
    addField(QStringLiteral("pid"), tr("Scheduler PID"));
    auto* webUi = new QWidget(this);
    auto* webUiLayout = new QHBoxLayout(webUi);
    webUiLayout->setContentsMargins(0, 0, 0, 0);
    m_openWebUi->setObjectName(QStringLiteral("openFrameworkWebUiButton"));
    m_openWebUi->setText(tr("Open"));
    m_openWebUi->setToolTip(tr("Open the framework's own web UI in the browser"));
    connect(m_openWebUi, &QToolButton::clicked, this,
            [this] { UrlOpener::open(this, m_webUi, tr("the framework's web UI")); });
    addField(QStringLiteral("webui"), tr("Web UI"), webUi);
    webUiLayout->addWidget(m_fields.value(QStringLiteral("webui")), 1);
    webUiLayout->addWidget(m_openWebUi);
    addField(QStringLiteral("registered"), tr("Registered"));
    addField(QStringLiteral("reregistered"), tr("Re-registered"));
    addField(QStringLiteral("unregistered"), tr("Unregistered"));
}

QLabel* FrameworkIdentityForm::addField(const QString& name, const QString& label, QWidget* value) {
    auto* text = new QLabel(this);
    text->setObjectName(name + QStringLiteral("Value"));
    text->setTextFormat(Qt::PlainText); // the master's and the framework's words
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setMinimumWidth(120);
    m_fields.insert(name, text);
    m_form->addRow(label, value ? value : text);
    return text;
}

void FrameworkIdentityForm::set(const QString& name, const QString& text, const QString& toolTip) {
    QLabel* label = m_fields.value(name);
    label->setText(text);
    label->setToolTip(toolTip);
}

QString FrameworkIdentityForm::timeText(double epochSeconds, qint64 nowMsecs) {
    if (epochSeconds <= 0)
        return tr("not reported");
    const auto nanos = qint64(epochSeconds * 1e9);
    return tr("%1 (%2)").arg(MaintenanceFormat::localTime(nanos),
                             MaintenanceFormat::relative(nanos, nowMsecs));
}

QString FrameworkIdentityForm::durationText(double seconds) {
    if (seconds <= 0) // Mesos kills the tasks as soon as the scheduler is gone
        return tr("none: its tasks are killed when its scheduler disconnects");
    return MaintenanceFormat::duration(qint64(std::llround(seconds * 1e9)));
}

void FrameworkIdentityForm::display(const MesosFramework& f, const MesosFrameworkDetails& d,
                                    qint64 nowMsecs) {
    const QString unknown = tr("not reported");
    auto orUnknown = [&unknown](const QString& s) { return s.isEmpty() ? unknown : s; };
    set(QStringLiteral("name"), orUnknown(f.name));
    set(QStringLiteral("id"), f.id);
    set(QStringLiteral("principal"), orUnknown(d.principal));
    set(QStringLiteral("user"), orUnknown(f.user));
    const QStringList roles = d.roles.isEmpty() && !f.role.isEmpty() ? QStringList{f.role} : d.roles;
    set(QStringLiteral("roles"), roles.isEmpty() ? unknown : roles.join(QStringLiteral(", ")));
    // No capability list at all (state-summary, old masters) is not the same as an empty one.
    QStringList tips;
    for (const QString& type : d.capabilities)
        tips << QStringLiteral("%1 (%2): %3")
                    .arg(FrameworkCapabilities::label(type), type, FrameworkCapabilities::description(type));
    set(QStringLiteral("capabilities"),
        d.capabilitiesReported ? FrameworkCapabilities::labels(d.capabilities) : unknown, tips.join(u'\n'));
    set(QStringLiteral("failoverTimeout"), d.failoverTimeout ? durationText(*d.failoverTimeout) : unknown,
        d.failoverTimeout ? tr("%1 seconds").arg(*d.failoverTimeout, 0, 'f', 0) : QString());
    set(QStringLiteral("checkpoint"), !d.checkpoint ? unknown : *d.checkpoint ? tr("yes") : tr("no"));
    set(QStringLiteral("hostname"), orUnknown(f.hostname));
    set(QStringLiteral("pid"), d.pid.isEmpty() ? tr("none (an HTTP scheduler, or not reported)") : d.pid);
    m_webUi = QUrl(f.webuiUrl, QUrl::StrictMode);
    const bool openable = m_webUi.isValid() &&
                          (m_webUi.scheme() == u"http" || m_webUi.scheme() == u"https") &&
                          !m_webUi.host().isEmpty();
    set(QStringLiteral("webui"), f.webuiUrl.isEmpty() ? tr("none") : f.webuiUrl);
    m_openWebUi->setEnabled(openable);
    m_openWebUi->setToolTip(openable ? tr("Open the framework's own web UI in the browser")
                                     : tr("The framework gives no web address that a browser can open"));
    set(QStringLiteral("registered"),
        timeText(d.registeredTime > 0 ? d.registeredTime : f.registeredTime, nowMsecs));
    set(QStringLiteral("reregistered"), d.reregisteredTime > 0 ? timeText(d.reregisteredTime, nowMsecs)
                                                               : tr("not reported (never re-registered)"));
    // FRAMEWORK_REMOVED on the stream carries no time: a removed framework's may be unknown.
    const bool gone = f.completed || !f.connected;
    set(QStringLiteral("unregistered"), d.unregisteredTime > 0 ? timeText(d.unregisteredTime, nowMsecs)
                                        : gone                 ? unknown
                                                               : tr("none: it is registered"));
}
