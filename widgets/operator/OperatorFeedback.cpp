#include "OperatorFeedback.h"

#include "ThemeStyle.h"
#include "core/ClusterSession.h"
#include "operator/OperatorPoller.h"

#include <QLabel>
#include <QWidget>

namespace {
QLabel* plainLabel(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // server text (errors, names) is never rich text
    label->setWordWrap(true);
    return label;
}
} // namespace

OperatorFeedback::OperatorFeedback(QWidget* parent)
    : QObject(parent), m_status(plainLabel(parent, QStringLiteral("operatorStatus"))),
      m_action(plainLabel(parent, QStringLiteral("actionResult"))),
      m_readOnly(plainLabel(parent, QStringLiteral("readOnlyNote"))) {
    m_readOnly->hide();
}

void OperatorFeedback::restart(const QString& reading) {
    m_seenAnswer = false;
    m_status->setText(reading);
    m_action->clear();
}

void OperatorFeedback::readFailed(const QString& error) {
    m_status->setText(m_seenAnswer ? tr("Could not be read (%1); shown as last read.").arg(error)
                                   : tr("Could not be read: %1").arg(error));
}

void OperatorFeedback::read(const QString& summary) {
    m_seenAnswer = true;
    m_status->setText(summary);
}

void OperatorFeedback::setReadOnly(bool on, const QString& note) {
    m_readOnly->setVisible(on);
    m_readOnly->setText(on ? note : QString());
}

void OperatorFeedback::send(OperatorPoller* poller, const QByteArray& body, const QString& doneText) {
    send(poller, "POST", QStringLiteral("/api/v1"), body, doneText);
}

void OperatorFeedback::send(OperatorPoller* poller, const QByteArray& method, const QString& path,
                            const QByteArray& body, const QString& doneText,
                            const std::function<void()>& done) {
    if (!poller->session())
        return;
    showAction(tr("Sending…"), false);
    poller->send(method, path, body, [this, poller, doneText, done](const HttpTransport::Response& response) {
        if (!response.ok()) {
            showAction(tr("The master refused: %1").arg(response.error.summary()), true);
            return;
        }
        showAction(doneText, false);
        poller->refresh();
        if (done)
            done();
    });
}

void OperatorFeedback::showAction(const QString& text, bool error) {
    m_action->setText(text);
    m_action->setProperty("error", error);
    if (error)
        ThemeStyle::setTextColor(m_action, ThemeColors::Role::StateError);
    else
        ThemeStyle::clear(m_action);
}
