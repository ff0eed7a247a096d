#include "ZkCreateDialog.h"

#include "zookeeper/ZkSubtreeWalk.h"
#include "zookeeper/ZkWritePolicy.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString modeHint(ZkSession::CreateMode mode) {
    switch (mode) {
    case ZkSession::CreateMode::Persistent:
        return ZkCreateDialog::tr("Stays until it is deleted.");
    case ZkSession::CreateMode::PersistentSequential:
        return ZkCreateDialog::tr("Stays until it is deleted; the server appends a 10-digit sequence number "
                                  "to the name.");
    case ZkSession::CreateMode::Ephemeral:
        return ZkCreateDialog::tr("Deleted by the server when this MesosDesk connection's session ends "
                                  "(closing the window or switching clusters ends it).");
    case ZkSession::CreateMode::EphemeralSequential:
        return ZkCreateDialog::tr("Deleted when this MesosDesk connection's session ends; the server appends "
                                  "a 10-digit sequence number to the name.");
    case ZkSession::CreateMode::Container:
        return ZkCreateDialog::tr("The server deletes it some time after its last child is gone (also when it "
                                  "never had one).");
    }
    return {};
}
} // namespace

ZkCreateDialog::ZkCreateDialog(const QString& parentPath, QWidget* parent)
    : QDialog(parent), m_parentPath(parentPath) {
    setObjectName(QStringLiteral("zkCreateDialog"));
    setWindowTitle(tr("New node under %1").arg(parentPath));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* under = new QLabel(parentPath, this);
    under->setTextFormat(Qt::PlainText);
    under->setWordWrap(true);
    form->addRow(tr("Parent:"), under);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("zkCreateName"));
    form->addRow(tr("Name:"), m_name);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("zkCreateMode"));
    // Debian's 3.8 C client has zoo_create2 and ZOO_CONTAINER, so containers are offered.
    for (const auto mode : {ZkSession::CreateMode::Persistent, ZkSession::CreateMode::PersistentSequential,
                            ZkSession::CreateMode::Ephemeral, ZkSession::CreateMode::EphemeralSequential,
                            ZkSession::CreateMode::Container})
        m_mode->addItem(modeName(mode), int(mode));
    form->addRow(tr("Mode:"), m_mode);
    m_modeHint = new QLabel(this);
    m_modeHint->setObjectName(QStringLiteral("zkCreateModeHint"));
    m_modeHint->setWordWrap(true);
    form->addRow(QString(), m_modeHint);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Value (text, UTF-8; may be empty):"), this));
    m_data = new QPlainTextEdit(this);
    m_data->setObjectName(QStringLiteral("zkCreateData"));
    layout->addWidget(m_data, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("zkCreateProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("zkCreateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ZkCreateDialog::validate);
    connect(m_data, &QPlainTextEdit::textChanged, this, &ZkCreateDialog::validate);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ZkCreateDialog::validate);
    resize(560, 420);
    validate();
    m_name->setFocus();
}

QString ZkCreateDialog::modeName(ZkSession::CreateMode mode) {
    switch (mode) {
    case ZkSession::CreateMode::Persistent:
        return tr("Persistent");
    case ZkSession::CreateMode::PersistentSequential:
        return tr("Persistent, sequential");
    case ZkSession::CreateMode::Ephemeral:
        return tr("Ephemeral");
    case ZkSession::CreateMode::EphemeralSequential:
        return tr("Ephemeral, sequential");
    case ZkSession::CreateMode::Container:
        return tr("Container");
    }
    return {};
}

QString ZkCreateDialog::name() const {
    return m_name->text();
}

QByteArray ZkCreateDialog::data() const {
    return m_data->toPlainText().toUtf8();
}

ZkSession::CreateMode ZkCreateDialog::mode() const {
    return ZkSession::CreateMode(m_mode->currentData().toInt());
}

QString ZkCreateDialog::problem() const {
    return m_create->isEnabled() ? QString() : m_problem->text();
}

void ZkCreateDialog::validate() {
    m_modeHint->setText(modeHint(mode()));
    QString problem = ZkWritePolicy::nameProblem(name());
    const QByteArray value = data();
    if (problem.isEmpty() && ZkWritePolicy::isTooLarge(ZkSubtreeWalk::childPath(m_parentPath, name()), value))
        problem = ZkWritePolicy::tooLargeMessage(value.size());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_create->setEnabled(problem.isEmpty());
}
