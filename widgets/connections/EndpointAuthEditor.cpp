#include "EndpointAuthEditor.h"

#include "ThemeStyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

EndpointAuthEditor::EndpointAuthEditor(const QString& title, bool zooKeeper, QWidget* parent)
    : QGroupBox(title, parent), m_zooKeeper(zooKeeper) {
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("authKind"));
    // Item data is the Profile::Auth::Kind; ZooKeeper's digest is kept as Basic (a user and a password).
    m_kind->addItem(tr("None"), int(Profile::Auth::Kind::None));
    if (zooKeeper) {
        m_kind->addItem(tr("Digest"), int(Profile::Auth::Kind::Basic));
    } else {
        m_kind->addItem(tr("Basic"), int(Profile::Auth::Kind::Basic));
        m_kind->addItem(tr("Token"), int(Profile::Auth::Kind::Token));
    }
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("authUser"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("authSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("authShow"));
    m_show->setText(tr("Show"));
    m_show->setCheckable(true);
    m_show->setToolTip(tr("Show what is typed (a secret already in the keychain is never shown)"));
    auto* secretRow = new QHBoxLayout;
    secretRow->setContentsMargins(0, 0, 0, 0);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_show);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("authStatus"));
    m_status->setTextFormat(Qt::PlainText); // a keychain error is outside text
    m_status->setWordWrap(true);
    ThemeStyle::setTextColor(m_status, ThemeColors::Role::StateError);
    m_status->hide();
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);

    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("User:"), m_user);
    m_form->addRow(m_secretLabel, secretRow);
    m_form->addRow(m_status);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        update();
        emit changed();
    });
    connect(m_user, &QLineEdit::textChanged, this, &EndpointAuthEditor::changed);
    connect(m_secret, &QLineEdit::textChanged, this, &EndpointAuthEditor::changed);
    connect(m_show, &QToolButton::toggled, this,
            [this](bool on) { m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    update();
}

void EndpointAuthEditor::setAuth(const Profile::Auth& auth) {
    const QSignalBlocker blockKind(m_kind), blockUser(m_user), blockSecret(m_secret);
    Profile::Auth::Kind kind = auth.kind;
    if (m_zooKeeper && kind == Profile::Auth::Kind::Token)
        kind = Profile::Auth::Kind::None; // no such thing for ZooKeeper
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    m_user->setText(auth.user);
    m_secret->clear();
    m_show->setChecked(false);
    m_stored = Stored::Unknown;
    m_error.clear();
    update();
}

Profile::Auth EndpointAuthEditor::auth() const {
    Profile::Auth auth;
    auth.kind = Profile::Auth::Kind(m_kind->currentData().toInt());
    if (auth.kind == Profile::Auth::Kind::Basic)
        auth.user = m_user->text().trimmed();
    return auth;
}

QString EndpointAuthEditor::typedSecret() const {
    return auth().kind == Profile::Auth::Kind::None ? QString() : m_secret->text();
}

void EndpointAuthEditor::clearTypedSecret() {
    const QSignalBlocker block(m_secret);
    m_secret->clear();
    update();
}

void EndpointAuthEditor::takeFromUrl(const Profile::Auth& auth, const QString& secret) {
    {
        const QSignalBlocker blockKind(m_kind), blockUser(m_user), blockSecret(m_secret);
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(auth.kind))));
        m_user->setText(auth.user);
        if (!secret.isEmpty())
            m_secret->setText(secret);
        update();
    }
    emit changed();
}

void EndpointAuthEditor::setStored(Stored stored, const QString& error) {
    m_stored = stored;
    m_error = error;
    update();
}

QString EndpointAuthEditor::problem() const {
    if (auth().kind == Profile::Auth::Kind::Basic && auth().user.isEmpty())
        return tr("%1: a user name is needed").arg(title().remove(u'&'));
    return {};
}

void EndpointAuthEditor::update() {
    const Profile::Auth::Kind kind = Profile::Auth::Kind(m_kind->currentData().toInt());
    const bool token = kind == Profile::Auth::Kind::Token;
    m_user->setEnabled(kind == Profile::Auth::Kind::Basic);
    m_secret->setEnabled(kind != Profile::Auth::Kind::None);
    m_show->setEnabled(kind != Profile::Auth::Kind::None);
    m_secretLabel->setText(token ? tr("Token:") : tr("Password:"));
    QString placeholder;
    if (kind != Profile::Auth::Kind::None) {
        switch (m_stored) {
        case Stored::Stored:
            placeholder = tr("stored in the keychain");
            break;
        case Stored::Checking:
            placeholder = tr("looking in the keychain…");
            break;
        case Stored::Missing:
            placeholder =
                token ? tr("no token stored: asked when needed") : tr("none stored: asked when needed");
            break;
        case Stored::Unknown:
        case Stored::Failed:
            break;
        }
    }
    m_secret->setPlaceholderText(placeholder);
    m_status->setText(m_stored == Stored::Failed ? tr("Keychain: %1").arg(m_error) : QString());
    m_status->setVisible(m_stored == Stored::Failed && kind != Profile::Auth::Kind::None);
}
