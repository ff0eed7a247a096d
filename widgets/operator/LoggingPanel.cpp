#include "LoggingPanel.h"

#include "ConfirmDialog.h"
#include "OperatorFeedback.h"
#include "core/ClusterSession.h"
#include "mesos/ClusterStore.h"
#include "mesos/MesosSource.h"
#include "operator/MaintenanceCalls.h"
#include "operator/OperatorCalls.h"
#include "operator/OperatorParser.h"
#include "operator/OperatorPoller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// The level goes back by itself when its time is up: read often enough to show that.
constexpr std::chrono::milliseconds DefaultPollInterval{15000};
} // namespace

LoggingPanel::LoggingPanel(QWidget* parent)
    : QWidget(parent),
      m_poller(new OperatorPoller(
          [this](OperatorClient* client, QObject* context, OperatorClient::Done done) {
              const QString version = m_session ? m_session->mesosStore()->master().version : QString();
              if (MaintenanceCalls::useV1(version))
                  client->call(R"({"type":"GET_LOGGING_LEVEL"})", context, std::move(done));
              else // without parameters the toggle answers the level
                  client->get(QStringLiteral("/logging/toggle"), context, std::move(done));
          },
          DefaultPollInterval, this)) {
    setObjectName(QStringLiteral("loggingPanel"));
    m_feedback = new OperatorFeedback(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_levelLabel = new QLabel(this);
    m_levelLabel->setObjectName(QStringLiteral("logLevel"));
    m_levelLabel->setTextFormat(Qt::PlainText);
    auto* toLabel = new QLabel(tr("Raise to &level:"), this);
    m_levelBox = new QSpinBox(this);
    m_levelBox->setObjectName(QStringLiteral("logLevelBox"));
    m_levelBox->setRange(1, 9); // glog's VLOG levels Mesos uses go up to 3; more adds nothing
    m_levelBox->setValue(1);
    toLabel->setBuddy(m_levelBox);
    auto* forLabel = new QLabel(tr("&for:"), this);
    m_duration = new QComboBox(this);
    m_duration->setObjectName(QStringLiteral("logDurationBox"));
    m_duration->addItem(tr("5 minutes"), 5 * 60);
    m_duration->addItem(tr("15 minutes"), 15 * 60);
    m_duration->addItem(tr("1 hour"), 60 * 60);
    forLabel->setBuddy(m_duration);
    m_raise = new QPushButton(tr("Raise log level…"), this);
    m_raise->setObjectName(QStringLiteral("raiseLogLevel"));
    row->addWidget(m_levelLabel);
    row->addStretch(1);
    row->addWidget(toLabel);
    row->addWidget(m_levelBox);
    row->addWidget(forLabel);
    row->addWidget(m_duration);
    row->addWidget(m_raise);
    layout->addLayout(row);
    layout->addWidget(m_feedback->actionLabel());
    layout->addWidget(m_feedback->readOnlyLabel());
    connect(m_raise, &QPushButton::clicked, this, &LoggingPanel::raise);
    connect(m_poller, &OperatorPoller::polled, this, &LoggingPanel::onLevel);
    attach(nullptr);
}

LoggingPanel::~LoggingPanel() = default;

QLabel* LoggingPanel::actionLabel() const {
    return m_feedback->actionLabel();
}

QLabel* LoggingPanel::readOnlyLabel() const {
    return m_feedback->readOnlyLabel();
}

void LoggingPanel::setPollInterval(std::chrono::milliseconds interval) {
    m_poller->setInterval(interval);
}

void LoggingPanel::attach(ClusterSession* session) {
    m_session = session;
    m_level = -1;
    m_levelLabel->setText(tr("Log level of the leading master: not known yet"));
    m_feedback->restart({});
    m_poller->attach(session);
    updateButton();
}

void LoggingPanel::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_feedback->setReadOnly(readOnly,
                            tr("Read-only mode is on (File menu): changing the log level is turned off."));
    updateButton();
}

void LoggingPanel::updateButton() {
    m_raise->setEnabled(!m_readOnly && m_session);
    m_raise->setToolTip(m_readOnly
                            ? tr("Read-only mode is on: turn it off in the File menu to change the cluster.")
                            : tr("Log more (glog's verbose level) for a while; Mesos goes back to the "
                                 "level it started with when the time is up."));
}

void LoggingPanel::onLevel(const HttpTransport::Response& response) {
    const auto level = response.ok() ? OperatorParser::parseLoggingLevel(response.body)
                                     : OperatorParser::Result<int>{0, response.error.summary()};
    if (!level.ok()) {
        m_level = -1;
        m_levelLabel->setText(tr("Log level of the leading master: could not be read (%1)").arg(level.error));
        return;
    }
    m_level = level.value;
    m_levelLabel->setText(tr("Log level of the leading master: %1").arg(m_level));
}

void LoggingPanel::raise() {
    if (m_readOnly || !m_session)
        return;
    const QString master = m_session->mesosSource()->master().authority();
    const int level = m_levelBox->value();
    const qint64 seconds = m_duration->currentData().toLongLong();
    const QString current = m_level < 0 ? tr("The level it logs at now is not known.")
                                        : tr("It logs at level %1 now.").arg(m_level);
    const ConfirmDialog::Request request{
        tr("Raise log level"),
        tr("Raise the verbose log level of the leading master %1 to %2 for %3?\n\n%4 At a higher level it "
           "writes "
           "more to its log, which takes disk space and some speed. When the time is up, Mesos puts back the "
           "level the master started with by itself. A level below that one is refused.")
            .arg(master)
            .arg(level)
            .arg(m_duration->currentText(), current),
        tr("Raise log level"),
        {},
        false};
    if (!ConfirmDialog::ask(this, request))
        return;
    // Not redirected: the toggle belongs to the process asked, which is the leader here.
    m_feedback->send(m_poller, "GET", OperatorCalls::loggingToggle(level, seconds), {},
                     tr("The leading master %1 logs at level %2 for %3.")
                         .arg(master)
                         .arg(level)
                         .arg(m_duration->currentText()));
}
