#include "ScaleDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "ThemeStyle.h"
#include "marathon/MarathonClient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ScaleDialog::ScaleDialog(MarathonClient* client, const QString& appId, int current, const QStringList& deployments,
                         QWidget* parent)
    : QDialog(parent), m_client(client), m_appId(appId), m_current(current) {
    setWindowTitle(tr("Scale %1").arg(appId));
    setObjectName(QStringLiteral("scaleDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* currentLabel = new QLabel(QString::number(current), this);
    form->addRow(tr("Current instances:"), currentLabel);
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("scaleTarget"));
    m_target->setRange(0, 100000);
    m_target->setValue(current);
    m_target->setToolTip(tr("Up/Down or +/− change the target; Enter scales."));
    m_target->installEventFilter(this);
    form->addRow(tr("Target instances:"), m_target);
    layout->addLayout(form);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scaleSummary"));
    m_summary->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold;"));
    layout->addWidget(m_summary);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("scaleWarning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    ThemeStyle::setTextColor(m_warning, ThemeColors::Role::StateWarning);
    m_warning->setMinimumWidth(360);
    m_warning->setVisible(!deployments.isEmpty());
    m_warning->setText(tr("A deployment currently holds this app (%1). Scaling will be refused until it finishes, "
                          "unless you stop it.").arg(deployments.join(u", ")));
    layout->addWidget(m_warning);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scaleError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);
    m_error->setMinimumWidth(360); // wraps at a readable width instead of one word a line
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    // Outside the button box: QDialogButtonBox shows its buttons again when it lays them out.
    m_force = new QPushButton(tr("Stop the deployment and scale"), this);
    m_force->setObjectName(QStringLiteral("scaleForce"));
    m_force->setAutoDefault(false);
    m_force->hide();
    layout->addWidget(m_force, 0, Qt::AlignRight);
    m_scale = buttons->addButton(tr("Scale"), QDialogButtonBox::AcceptRole);
    m_scale->setObjectName(QStringLiteral("scaleButton"));
    m_scale->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_scale, &QPushButton::clicked, this, [this] { submit(false); });
    connect(m_force, &QPushButton::clicked, this, [this] { submit(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QSpinBox::valueChanged, this, &ScaleDialog::updateSummary);
    updateSummary();
    DialogFitter::install(this); // the 409 explanation appears after opening
    m_target->setFocus();
    m_target->selectAll();
}

QString ScaleDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ScaleDialog::updateSummary() {
    const int target = m_target->value();
    const QString arrow = target > m_current ? tr("↑") : target < m_current ? tr("↓") : tr("=");
    m_summary->setText(tr("%1 → %2 %3").arg(m_current).arg(target).arg(arrow));
}

bool ScaleDialog::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_target && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Plus || key->key() == Qt::Key_Minus) {
            m_target->setValue(m_target->value() + (key->key() == Qt::Key_Plus ? 1 : -1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScaleDialog::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Minus) {
        m_target->setValue(m_target->value() + (event->key() == Qt::Key_Plus ? 1 : -1));
        return;
    }
    QDialog::keyPressEvent(event);
}

void ScaleDialog::submit(bool force) {
    if (m_busy)
        return;
    const int target = m_target->value();
    if (force && !ConfirmDialog::ask(this, {tr("Stop the deployment and scale"),
                                            tr("The running deployment of %1 will be cancelled without a rollback, "
                                               "then the app is scaled to %2. Tasks of the cancelled deployment may "
                                               "be left as they are.").arg(m_appId).arg(target),
                                            tr("Stop and scale"), {}, true}))
        return;
    if (!force && target == 0 && m_current > 0
        && !ConfirmDialog::ask(this, {tr("Suspend %1").arg(m_appId),
                                      tr("Scaling %1 to 0 stops all %2 of its tasks.").arg(m_appId).arg(m_current),
                                      tr("Scale to 0"), {}, true}))
        return;
    m_busy = true;
    m_scale->setEnabled(false);
    m_force->setEnabled(false);
    m_error->hide();
    auto done = [this](const MarathonResult& result) {
        m_busy = false;
        m_scale->setEnabled(true);
        m_force->setEnabled(true);
        m_result = result;
        if (result.ok()) {
            accept();
            return;
        }
        if (result.error.httpStatus == 409) {
            m_error->setText(tr("Marathon refused: the app is locked by deployment %1. Wait for it to finish, or "
                                "stop that deployment and scale anyway.\n(%2)")
                                 .arg(result.error.deploymentIds.join(u", "), result.error.message));
            m_force->show();
        } else {
            m_error->setText(tr("Scaling failed: %1").arg(result.error.fullText()));
        }
        m_error->show();
    };
    if (m_call)
        m_call(target, force, this, std::move(done));
    else
        m_client->scaleApp(m_appId, target, force, this, std::move(done));
}
