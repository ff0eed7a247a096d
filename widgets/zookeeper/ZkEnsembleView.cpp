#include "ZkEnsembleView.h"

#include "ZkEnsembleModel.h"
#include "core/Settings.h"
#include "zookeeper/ZkEnsembleMonitor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ZkEnsembleView::ZkEnsembleView(QWidget* parent) : QWidget(parent) {
    m_monitor = new ZkEnsembleMonitor(this);
    m_model = new ZkEnsembleModel(this);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("zkEnsembleSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px;"));
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("zkEnsembleTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A handful of rows: columns as wide as what they hold, so the table fits 1024 px.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    m_adminPort = new QSpinBox(this);
    m_adminPort->setObjectName(QStringLiteral("zkAdminPort"));
    m_adminPort->setRange(0, 65535);
    m_adminPort->setSpecialValueText(tr("not asked"));
    m_adminPort->setKeyboardTracking(false); // 8081 typed is not a request to 8, 80 and 808 first
    m_adminPort->setValue(Settings::ZkAdminPort.get());
    m_adminPort->setToolTip(tr("The port of the servers' AdminServer (admin.serverPort). Its JSON is not "
                               "limited by 4lw.commands.whitelist. 0: ask the four-letter words only."));
    auto* adminLabel = new QLabel(tr("&AdminServer port:"), this);
    adminLabel->setBuddy(m_adminPort);
    auto* adminRow = new QHBoxLayout;
    adminRow->addWidget(adminLabel);
    adminRow->addWidget(m_adminPort);
    adminRow->addStretch(1);
    layout->addLayout(adminRow);
    connect(m_adminPort, &QSpinBox::valueChanged, this, &ZkEnsembleView::setAdminPort);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("zkEnsembleNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    connect(m_monitor, &ZkEnsembleMonitor::reportsChanged, this, [this] {
        m_model->setReports(m_monitor->reports());
        update();
    });
    connect(m_monitor, &ZkEnsembleMonitor::reportChanged, this, [this](int row) {
        m_model->setReport(row, m_monitor->reports().at(row));
        update();
    });
    update();
}

void ZkEnsembleView::setAdminPort(int port) {
    Settings::ZkAdminPort.set(port); // the same for every cluster, as `--zk-status` reads it
    m_monitor->setAdminPort(port);
    // Asked again at once: the reports below must be about the port now shown.
    m_monitor->setHosts(m_monitor->hosts());
    update();
}

void ZkEnsembleView::setHosts(const QString& hosts) {
    m_monitor->setAdminPort(m_adminPort->value());
    m_monitor->setHosts(hosts);
    m_monitor->setActive(isVisible() && !hosts.isEmpty());
    update();
}

void ZkEnsembleView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_monitor->setActive(!m_monitor->hosts().isEmpty());
}

void ZkEnsembleView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_monitor->setActive(false);
}

void ZkEnsembleView::update() {
    const QList<ZkServerReport>& reports = m_monitor->reports();
    if (reports.isEmpty()) {
        m_summary->setText(tr("No ZooKeeper servers to ask."));
    } else if (!m_monitor->isKnown()) {
        m_summary->setText(tr("Asking %n server(s)…", nullptr, int(reports.size())));
    } else {
        // A standalone server serves alone: it is not an ensemble's elected leader.
        QStringList leaders;
        QStringList standalone;
        for (const ZkServerReport& report : reports) {
            if (report.mode == QLatin1String("leader"))
                leaders << report.server;
            else if (report.mode == QLatin1String("standalone"))
                standalone << report.server;
        }
        const QString serving =
            tr("%1 of %n server(s) serving", nullptr, int(reports.size())).arg(m_monitor->servingCount());
        QString leader = !leaders.isEmpty() ? tr("leader: %1").arg(leaders.join(QLatin1String(", ")))
                         : !standalone.isEmpty()
                             ? tr("standalone: %1").arg(standalone.join(QLatin1String(", ")))
                             : tr("no leader seen");
        m_summary->setText(m_monitor->hasQuorum() ? tr("Quorum holds: %1; %2.").arg(serving, leader)
                                                  : tr("No quorum: %1; %2.").arg(serving, leader));
    }
    int mntrOff = 0;
    int srvrOff = 0;
    int viaAdmin = 0;
    int adminOff = 0;
    QString adminError;
    for (const ZkServerReport& report : reports) {
        mntrOff += report.mntrDisabled ? 1 : 0;
        srvrOff += report.state == ZkServerReport::State::Disabled ? 1 : 0;
        viaAdmin += report.source == ZkServerReport::Source::AdminServer ? 1 : 0;
        if (report.source == ZkServerReport::Source::FourLetterWords && !report.adminError.isEmpty()) {
            ++adminOff;
            adminError = report.adminError;
        }
    }
    QStringList notes;
    if (viaAdmin > 0)
        notes << tr("%n server(s) answered through the AdminServer (port %1).", nullptr, viaAdmin)
                     .arg(m_monitor->adminPort());
    // Unreachable AdminServer is not a server down: the four-letter words said the rest.
    if (adminOff > 0)
        notes << tr("AdminServer unreachable on port %1 on %n server(s) (%2): their figures come from the "
                    "four-letter words.",
                    nullptr, adminOff)
                     .arg(m_monitor->adminPort())
                     .arg(adminError);
    if (srvrOff > 0)
        notes << tr(
            "%n server(s) refuse even srvr: their mode is unknown, which does not mean they are down.",
            nullptr, srvrOff);
    if (mntrOff > 0)
        notes << tr(
            "mntr is not in 4lw.commands.whitelist on %n server(s), so their watch counts are not known "
            "(ZooKeeper 3.5.3+ allows only srvr by default).",
            nullptr, mntrOff);
    m_note->setText(notes.join(u'\n'));
    m_note->setVisible(!notes.isEmpty());
}

QString ZkEnsembleView::summaryText() const {
    return m_summary->text();
}
QString ZkEnsembleView::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}
