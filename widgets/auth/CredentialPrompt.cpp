#include "CredentialPrompt.h"

#include "DialogFitter.h"
#include "ThemeStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLabel* wrappedLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText); // host, realm and the server's words are plain text
    return label;
}
} // namespace

CredentialPrompt::CredentialPrompt(const AuthBroker::Request& request, QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("credentialPrompt"));
    auto* layout = new QVBoxLayout(this);
    m_intro = wrappedLabel(this, "credentialIntro");
    layout->addWidget(m_intro);
    m_outside = wrappedLabel(this, "credentialOutside");
    ThemeStyle::setTextColor(m_outside, ThemeColors::Role::StateWarning);
    m_outside->setText(
        tr("This host is not one of the connection's hosts: it was reached through a redirect or "
           "the Mesos framework list. Only what you enter here is sent to it."));
    layout->addWidget(m_outside);
    m_error = wrappedLabel(this, "credentialError");
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);
    layout->addWidget(m_error);

    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("credentialKind"));
    m_kind->addItem(tr("User name and password"), int(HttpCredential::Kind::Basic));
    m_kind->addItem(tr("Token (DC/OS)"), int(HttpCredential::Kind::Token));
    form->addRow(tr("Sign in with:"), m_kind);
    m_userLabel = new QLabel(tr("User name:"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("credentialUser"));
    form->addRow(m_userLabel, m_user);
    m_secretLabel = new QLabel(this);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("credentialSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(m_secretLabel, m_secret);
    layout->addLayout(form);

    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("credentialRemember"));
    layout->addWidget(m_remember);
    m_keychain = wrappedLabel(this, "credentialKeychain");
    layout->addWidget(m_keychain);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialPrompt::updateKind);
    connect(m_user, &QLineEdit::textChanged, this, &CredentialPrompt::updateOk);
    connect(m_secret, &QLineEdit::textChanged, this, &CredentialPrompt::updateOk);

    setKeychainProblem({});
    setRequest(request);
    setMinimumWidth(440);
    DialogFitter::install(this);
}

void CredentialPrompt::setRequest(const AuthBroker::Request& request) {
    m_request = request;
    setWindowTitle(tr("Sign in to %1").arg(request.host));
    m_intro->setText(
        request.realm.isEmpty()
            ? tr("%1 asks for credentials.").arg(request.host)
            : tr("%1 asks for credentials for the realm \"%2\".").arg(request.host, request.realm));
    m_outside->setVisible(!request.trusted);
    m_error->setText(
        request.error.isEmpty()
            ? QString()
            : tr("%1 Check the user name and password, or cancel to stop asking.").arg(request.error));
    m_error->setVisible(!request.error.isEmpty());
    m_kind->setCurrentIndex(request.wantsToken ? 1 : 0);
    if (!request.user.isEmpty())
        m_user->setText(request.user);
    m_secret->clear();
    updateKind();
    (m_user->isVisible() && m_user->text().isEmpty() ? m_user : m_secret)->setFocus();
}

void CredentialPrompt::setKeychainProblem(const QString& problem) {
    m_keychainProblem = problem;
    if (problem.isEmpty()) {
        m_remember->setText(tr("Remember in the keychain"));
        m_keychain->hide();
        return;
    }
    m_remember->setText(tr("Keep in memory for this run"));
    m_keychain->setText(
        tr("The keychain cannot be used (%1): nothing can be remembered after MesosDesk quits.")
            .arg(problem));
    m_keychain->show();
}

void CredentialPrompt::updateKind() {
    const bool token = m_kind->currentData().toInt() == int(HttpCredential::Kind::Token);
    m_userLabel->setVisible(!token);
    m_user->setVisible(!token);
    m_secretLabel->setText(token ? tr("Token:") : tr("Password:"));
    updateOk();
}

void CredentialPrompt::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(credential().isValid());
}

HttpCredential CredentialPrompt::credential() const {
    HttpCredential credential;
    credential.kind = HttpCredential::Kind(m_kind->currentData().toInt());
    if (credential.kind == HttpCredential::Kind::Basic)
        credential.user = m_user->text().trimmed();
    credential.secret = m_secret->text();
    return credential;
}

bool CredentialPrompt::remember() const {
    return m_remember->isChecked();
}
