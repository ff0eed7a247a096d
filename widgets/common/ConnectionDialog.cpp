#include "ConnectionDialog.h"

#include "DialogFitter.h"
#include "ThemeStyle.h"
#include "connections/ProfileStore.h"
#include "core/Settings.h"
#include "credentials/KeychainCredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Connect to a cluster"));
    m_input = new QComboBox(this);
    m_input->setEditable(true);
    m_input->setInsertPolicy(QComboBox::NoInsert);
    m_input->addItems(Settings::RecentConnections.get());
    m_input->lineEdit()->setPlaceholderText(tr("zk://host1:2181,host2:2181/mesos or http://master:5050"));
    m_input->setMinimumContentsLength(48);
    m_input->setObjectName(QStringLiteral("connectionInput"));

    auto* hint = new QLabel(tr("A ZooKeeper URL follows the leader through failovers and lists every master. "
                               "A master URL reaches the leader through that master."),
                            this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    m_https = new QCheckBox(tr("Leaders found in ZooKeeper serve &HTTPS"), this);
    m_https->setObjectName(QStringLiteral("connectionDiscoveredHttps"));
    m_https->setToolTip(
        tr("ZooKeeper names the leading master and Marathon by host and port only. Check this "
           "when they serve TLS; MesosDesk never falls back to plain HTTP on its own."));
    m_https->setChecked(Settings::TlsDiscoveredHttps.get());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("connectionError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_saveProfile = m_buttons->addButton(tr("Save as &profile"), QDialogButtonBox::ActionRole);
    m_saveProfile->setObjectName(QStringLiteral("saveAsProfile"));
    m_saveProfile->hide();
    connect(m_saveProfile, &QPushButton::clicked, this, &ConnectionDialog::saveAsProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Cluster:"), m_input);
    form->addRow(QString(), m_https);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_input, &QComboBox::editTextChanged, this, &ConnectionDialog::validate);
    connect(m_https, &QCheckBox::toggled, this, &ConnectionDialog::validate);
    validate();
    DialogFitter::install(this); // French wraps the hint and the error to one more line
}

void ConnectionDialog::setText(const QString& text) { m_input->setEditText(text); }

QString ConnectionDialog::text() const { return m_input->currentText(); }

void ConnectionDialog::validate() {
    QString error;
    m_target = ConnectionTarget::parse(text(), &error);
    const bool zooKeeper = m_target.kind == ConnectionTarget::Kind::ZooKeeper;
    m_https->setEnabled(zooKeeper); // a master URL says http or https itself
    m_target.discoveredHttps = zooKeeper && m_https->isChecked();
    const bool empty = text().trimmed().isEmpty();
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);
    m_error->setText(m_target.isValid() || empty ? QString() : error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_target.isValid());
    m_saveProfile->setEnabled(m_target.isValid());
}

void ConnectionDialog::setProfileStore(ProfileStore* store, CredentialStore* secrets) {
    m_store = store;
    m_secrets = secrets ? secrets : new KeychainCredentialStore(QStringLiteral("mesosdesk"), this);
    m_saveProfile->setVisible(store != nullptr);
}

// Named after the URL (without a password), with the Marathon settings the quick path uses.
void ConnectionDialog::saveAsProfile() {
    if (!m_store || !m_target.isValid())
        return;
    Profile profile;
    profile.name = m_target.toDisplayString();
    if (m_target.kind == ConnectionTarget::Kind::ZooKeeper)
        profile.zkUrl = m_target.zk.hosts.isEmpty()
                            ? profile.name
                            : QStringLiteral("zk://%1%2").arg(m_target.zk.hosts, m_target.zk.path);
    else
        profile.masterUrls = {m_target.master.toString(QUrl::RemoveUserInfo)};
    // The user goes to the endpoint's auth, the password to the keychain (below), none in a URL.
    const Profile::Endpoint endpoint = m_target.kind == ConnectionTarget::Kind::ZooKeeper
                                           ? Profile::Endpoint::ZooKeeper
                                           : Profile::Endpoint::Masters;
    if (!m_target.user().isEmpty())
        (endpoint == Profile::Endpoint::ZooKeeper ? profile.zooKeeper : profile.masters) = {
            Profile::Auth::Kind::Basic, m_target.user()};
    profile.tls.discoveredHttps = m_target.discoveredHttps;
    profile.marathonZkPath = Settings::MarathonZkPath.get();
    profile.marathonUrl = Settings::MarathonUrl.get();
    QString error;
    if (!m_store->save(profile, &error)) {
        ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);
        m_error->setText(tr("Not saved as a profile: %1").arg(error));
        return;
    }
    ThemeStyle::clear(m_error);
    m_error->setText(tr("Saved as the profile \"%1\".").arg(profile.name));
    if (m_target.password().isEmpty())
        return;
    QPointer<QLabel> label = m_error;
    const QString name = profile.name;
    m_secrets->write(profile.secretKey(endpoint), m_target.password(), [label, name](const QString& problem) {
        if (label && !problem.isEmpty()) {
            label->setText(tr("Saved as the profile \"%1\", but its password is not in the keychain: %2")
                               .arg(name, problem));
        }
    });
}

void ConnectionDialog::remember(const ConnectionTarget& target) {
    const QString entry = target.toDisplayString();
    if (entry.isEmpty())
        return;
    if (target.kind == ConnectionTarget::Kind::ZooKeeper)
        Settings::TlsDiscoveredHttps.set(target.discoveredHttps);
    QStringList recent = Settings::RecentConnections.get();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > Settings::MaxRecentConnections)
        recent.removeLast();
    Settings::RecentConnections.set(recent);
}
