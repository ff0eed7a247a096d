#include "ChecksView.h"

#include "HealthResultsModel.h"
#include "PlainWidgets.h"
#include "ReadinessResultsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
using PlainWidgets::table;
using PlainWidgets::textLabel;
using PlainWidgets::title;



// A field the server did not send is left out rather than shown with an assumed default.
void add(QStringList& parts, int value, const QString& text) {
    if (value >= 0)
        parts << text.arg(value);
}
} // namespace

ChecksView::ChecksView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title(this, tr("Health checks")));
    m_healthDefinitions = textLabel(this, QStringLiteral("healthDefinitions"));
    layout->addWidget(m_healthDefinitions);
    m_health = new HealthResultsModel(this);
    m_healthView = table(this, QStringLiteral("healthResults"), m_health);
    m_healthView->setTextElideMode(Qt::ElideMiddle);
    m_healthView->setColumnWidth(HealthResultsModel::TaskColumn, 170);
    m_healthView->setColumnWidth(HealthResultsModel::CheckColumn, 50);
    m_healthView->setColumnWidth(HealthResultsModel::AliveColumn, 90);
    m_healthView->setColumnWidth(HealthResultsModel::CauseColumn, 220);
    layout->addWidget(m_healthView, 3);
    m_readinessTitle = title(this, tr("Readiness checks"));
    layout->addWidget(m_readinessTitle);
    m_readinessDefinitions = textLabel(this, QStringLiteral("readinessDefinitions"));
    layout->addWidget(m_readinessDefinitions);
    m_readinessNote = textLabel(this, QStringLiteral("readinessNote"));
    layout->addWidget(m_readinessNote);
    m_readiness = new ReadinessResultsModel(this);
    m_readinessView = table(this, QStringLiteral("readinessResults"), m_readiness);
    m_readinessView->setTextElideMode(Qt::ElideMiddle);
    m_readinessView->setColumnWidth(ReadinessResultsModel::TaskColumn, 170);
    layout->addWidget(m_readinessView, 2);
}

QString ChecksView::healthDefinitionsText() const {
    return m_healthDefinitions->text();
}
QString ChecksView::readinessDefinitionsText() const {
    return m_readinessDefinitions->text();
}
QString ChecksView::readinessNoteText() const {
    return m_readinessNote->text();
}

QString ChecksView::describe(const MarathonHealthCheck& c) {
    QStringList parts;
    QString target;
    if (!c.command.isEmpty())
        target = tr("command \"%1\"").arg(c.command);
    else if (c.port >= 0)
        target = tr("port %1").arg(c.port);
    else if (c.portIndex >= 0)
        target = tr("port index %1").arg(c.portIndex);
    if (!c.path.isEmpty())
        target += (target.isEmpty() ? QString() : QStringLiteral(" ")) + tr("path %1").arg(c.path);
    parts << (c.protocol.isEmpty() ? tr("protocol not reported") : c.protocol) +
                 (target.isEmpty() ? QString() : u' ' + target);
    add(parts, c.gracePeriodSeconds, tr("grace period %1 s"));
    add(parts, c.intervalSeconds, tr("every %1 s"));
    add(parts, c.timeoutSeconds, tr("timeout %1 s"));
    add(parts, c.maxConsecutiveFailures, tr("killed after %1 consecutive failures"));
    if (c.maxConsecutiveFailures == 0)
        parts.last() = tr("never killed for failing");
    add(parts, c.delaySeconds, tr("delay %1 s"));
    return parts.join(QStringLiteral(", "));
}

QString ChecksView::describe(const MarathonReadinessCheck& c) {
    QStringList parts;
    parts << (c.name.isEmpty() ? tr("(unnamed)") : c.name);
    QString target = c.protocol.isEmpty() ? tr("protocol not reported") : c.protocol;
    if (!c.portName.isEmpty())
        target += u' ' + tr("port %1").arg(c.portName);
    if (!c.path.isEmpty())
        target += u' ' + tr("path %1").arg(c.path);
    parts << target;
    add(parts, c.intervalSeconds, tr("every %1 s"));
    add(parts, c.timeoutSeconds, tr("timeout %1 s"));
    if (!c.httpStatusCodesForReady.isEmpty()) {
        QStringList codes;
        for (int code : c.httpStatusCodesForReady)
            codes << QString::number(code);
        parts << tr("ready on HTTP %1").arg(codes.join(QStringLiteral(", ")));
    }
    parts << (c.preserveLastResponse ? tr("keeps the last response") : tr("does not keep responses"));
    return parts.join(QStringLiteral(", "));
}

void ChecksView::setApp(const MarathonApp& app) {
    QStringList lines;
    for (int i = 0; i < app.healthChecks.size(); ++i)
        lines << tr("#%1: %2").arg(i + 1).arg(describe(app.healthChecks.at(i)));
    m_healthDefinitions->setText(
        lines.isEmpty() ? tr("This app has no health checks: Marathon knows nothing about its tasks' health.")
                        : lines.join(u'\n'));
    m_health->setTasks(app.healthChecks.isEmpty() ? QList<MarathonTask>{} : app.tasks,
                       int(app.healthChecks.size()));
    m_healthView->setVisible(!app.healthChecks.isEmpty());

    lines.clear();
    for (const MarathonReadinessCheck& c : app.readinessChecks)
        lines << describe(c);
    const bool hasReadiness = !app.readinessChecks.isEmpty() || !app.readinessResults.isEmpty();
    m_readinessDefinitions->setText(lines.isEmpty() ? tr("This app has no readiness checks.")
                                                    : lines.join(u'\n'));
    m_readiness->setResults(app.readinessResults);
    m_readinessNote->setVisible(hasReadiness);
    m_readinessNote->setText(
        app.readinessResults.isEmpty()
            ? tr("No readiness results: Marathon reports them only while a deployment waits for them.")
            : tr("Results of the running deployment:"));
    m_readinessView->setVisible(!app.readinessResults.isEmpty());
}
