#include "ProfilesDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "EndpointAuthEditor.h"
#include "ProfileTestView.h"
#include "ProfileTlsEditor.h"
#include "ThemeStyle.h"
#include "connections/ProfileSecrets.h"
#include "connections/ProfileStore.h"
#include "credentials/KeychainCredentialStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QSpinBox* pollBox(QWidget* parent, const QString& name) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(500, 600000);
    box->setSingleStep(500);
    box->setSuffix(ProfilesDialog::tr(" ms"));
    return box;
}

constexpr Profile::Endpoint Endpoints[] = {Profile::Endpoint::Masters, Profile::Endpoint::Agents,
                                           Profile::Endpoint::Marathon, Profile::Endpoint::ZooKeeper};
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore* store, QWidget* parent)
    : QDialog(parent), m_store(store),
      m_secrets(new KeychainCredentialStore(QStringLiteral("mesosdesk"), this)) {
    setWindowTitle(tr("Cluster profiles"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(180);
    m_add = new QPushButton(tr("&Add"), this);
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    // Made before the fields, so Tab reaches the tab bar before the page below it.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_zk = new QLineEdit(this);
    m_zk->setObjectName(QStringLiteral("profileZk"));
    m_zk->setPlaceholderText(tr("zk://host1:2181,host2:2181/mesos"));
    m_masters = new QLineEdit(this);
    m_masters->setObjectName(QStringLiteral("profileMasters"));
    m_masters->setPlaceholderText(tr("http://master1:5050 http://master2:5050"));
    m_masters->setToolTip(tr("Used when there is no ZooKeeper URL; separate several with spaces."));
    m_marathon = new QLineEdit(this);
    m_marathon->setObjectName(QStringLiteral("profileMarathon"));
    m_marathon->setPlaceholderText(tr("empty: found through ZooKeeper"));
    m_marathonZkPath = new QLineEdit(this);
    m_marathonZkPath->setObjectName(QStringLiteral("profileMarathonZkPath"));
    m_mesosPoll = pollBox(this, QStringLiteral("profileMesosPoll"));
    m_marathonPoll = pollBox(this, QStringLiteral("profileMarathonPoll"));
    m_readOnly = new QCheckBox(tr("Read-only: disable every action that changes the cluster"), this);
    m_readOnly->setObjectName(QStringLiteral("profileReadOnly"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&ZooKeeper URL:"), m_zk);
    form->addRow(tr("&Master URLs:"), m_masters);
    form->addRow(tr("Ma&rathon URL:"), m_marathon);
    form->addRow(tr("Marathon ZooKeeper &path:"), m_marathonZkPath);
    form->addRow(tr("Mesos poll &interval:"), m_mesosPoll);
    form->addRow(tr("Marathon poll inter&val:"), m_marathonPoll);
    form->addRow(m_readOnly);
    auto* clusterPage = new QWidget(m_tabs);
    auto* clusterLayout = new QVBoxLayout(clusterPage);
    clusterLayout->addLayout(form);
    clusterLayout->addStretch(1);
    m_tabs->addTab(clusterPage, tr("Clust&er"));

    auto* authPage = new QWidget(m_tabs);
    auto* authGrid = new QGridLayout(authPage);
    const QString titles[] = {tr("Masters"), tr("Agents (sandbox logs)"), tr("Marathon"),
                              tr("ZooKeeper digest")};
    const char* const names[] = {"authMasters", "authAgents", "authMarathon", "authZooKeeper"};
    for (Profile::Endpoint endpoint : Endpoints) {
        const int i = int(endpoint);
        auto* editor = new EndpointAuthEditor(titles[i], endpoint == Profile::Endpoint::ZooKeeper, authPage);
        editor->setObjectName(QLatin1String(names[i]));
        authGrid->addWidget(editor, i / 2, i % 2);
        m_auth.insert(endpoint, editor);
        connect(editor, &EndpointAuthEditor::changed, this, &ProfilesDialog::validate);
    }
    authGrid->setRowStretch(2, 1);
    m_tabs->addTab(authPage, tr("Aut&hentication"));
    m_tls = new ProfileTlsEditor(m_tabs);
    m_tabs->addTab(m_tls, tr("T&LS"));
    connect(m_tls, &ProfileTlsEditor::changed, this, &ProfilesDialog::validate);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("profileNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    ThemeStyle::setTextColor(m_error, ThemeColors::Role::StateError);

    m_testView = new ProfileTestView(this);
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("profileTest"));
    auto* testBox = new QGroupBox(tr("Connection test"), this);
    auto* testLayout = new QVBoxLayout(testBox);
    testLayout->addWidget(m_testView);
    testLayout->addWidget(m_test, 0, Qt::AlignLeft);

    auto* right = new QVBoxLayout;
    right->addWidget(m_tabs);
    right->addWidget(m_note);
    right->addWidget(m_error);
    right->addWidget(testBox);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("profileSave"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("profileConnect"));
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (leaveCurrent())
            reject();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_zk, m_masters, m_marathon, m_marathonZkPath})
        connect(edit, &QLineEdit::textChanged, this, &ProfilesDialog::validate);
    for (QLineEdit* edit : {m_zk, m_masters, m_marathon})
        connect(edit, &QLineEdit::editingFinished, this, &ProfilesDialog::moveUrlSecrets);
    for (QSpinBox* box : {m_mesosPoll, m_marathonPoll})
        connect(box, &QSpinBox::valueChanged, this, &ProfilesDialog::validate);
    connect(m_readOnly, &QCheckBox::toggled, this, &ProfilesDialog::validate);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading || row < 0)
            return;
        const QString id = m_list->item(row)->data(Qt::UserRole).toString();
        if (id == m_current.id)
            return;
        if (!leaveCurrent()) { // stay on the profile being edited, with what was typed
            select(m_current.id);
            return;
        }
        if (const auto profile = m_store->byId(id))
            load(*profile);
    });
    connect(m_save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::add);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::remove);
    connect(m_test, &QPushButton::clicked, this, &ProfilesDialog::runTest);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (isDirty())
            save();
        if (isDirty() || m_current.id.isEmpty())
            return; // not saved: the reason is shown at the form (a keychain failure at its field)
        if (m_pendingWrites > 0) {
            m_connectAfterSave = true; // the window reads the secrets back: connect once they are in
            validate();
            return;
        }
        finishConnect();
    });

    reloadList();
    if (m_store->profiles().isEmpty())
        add();
    else
        load(m_store->profiles().first());
    DialogFitter::install(this);
    resize(900, 600);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setCredentialStore(CredentialStore* secrets) {
    delete m_secrets;
    m_secrets = secrets;
    m_secrets->setParent(this);
    lookUpSecrets();
}

// The form as it stands, signed in with what is typed, else what the keychain holds for it.
void ProfilesDialog::runTest() {
    QHash<Profile::Endpoint, QString> typed;
    for (Profile::Endpoint endpoint : Endpoints) {
        if (const QString secret = m_auth.value(endpoint)->typedSecret(); !secret.isEmpty())
            typed.insert(endpoint, secret);
    }
    Profile p = fromForm();
    const QHash<Profile::Endpoint, QString> inUrls = ProfileSecrets::takeUrlSecrets(p);
    for (auto it = inUrls.cbegin(); it != inUrls.cend(); ++it)
        typed.insert(it.key(), it.value());
    // A new profile has no entries yet: nothing to read.
    m_testView->run(p, p.id.isEmpty() ? nullptr : m_secrets, typed);
}

void ProfilesDialog::finishConnect() {
    m_connectAfterSave = false;
    emit connectRequested(m_current.id);
    accept();
}

// Whether each endpoint has a secret in the store: the field says so, and never shows it.
void ProfilesDialog::lookUpSecrets() {
    const int serial = ++m_lookupSerial;
    for (Profile::Endpoint endpoint : Endpoints) {
        EndpointAuthEditor* editor = m_auth.value(endpoint);
        if (m_current.id.isEmpty()) {
            editor->setStored(EndpointAuthEditor::Stored::Missing);
            continue;
        }
        editor->setStored(EndpointAuthEditor::Stored::Checking);
        QPointer<ProfilesDialog> self(this);
        m_secrets->read(m_current.secretKey(endpoint),
                        [self, serial, editor](bool found, const QString&, const QString& error) {
                            if (!self || serial != self->m_lookupSerial)
                                return;
                            if (!error.isEmpty())
                                editor->setStored(EndpointAuthEditor::Stored::Failed, error);
                            else
                                editor->setStored(found ? EndpointAuthEditor::Stored::Stored
                                                        : EndpointAuthEditor::Stored::Missing);
                        });
    }
}

// After the profile itself is saved: typed secrets in, secrets of endpoints without auth out.
void ProfilesDialog::writeSecrets(const Profile& saved) {
    for (Profile::Endpoint endpoint : Endpoints) {
        EndpointAuthEditor* editor = m_auth.value(endpoint);
        const QString key = saved.secretKey(endpoint);
        QPointer<ProfilesDialog> self(this);
        const QString id = saved.id;
        if (saved.auth(endpoint).kind == Profile::Auth::Kind::None) {
            if (editor->stored() != EndpointAuthEditor::Stored::Missing)
                m_secrets->remove(key, [self, id, editor](const QString& error) {
                    if (self && self->m_current.id == id)
                        editor->setStored(error.isEmpty() ? EndpointAuthEditor::Stored::Missing
                                                          : EndpointAuthEditor::Stored::Failed,
                                          error);
                });
            continue;
        }
        const QString secret = editor->typedSecret();
        if (secret.isEmpty())
            continue;
        ++m_pendingWrites;
        m_secrets->write(key, secret, [self, id, editor, secret](const QString& error) {
            if (!self)
                return;
            --self->m_pendingWrites;
            if (self->m_current.id == id) {
                if (error.isEmpty()) {
                    if (editor->typedSecret() == secret)
                        editor->clearTypedSecret();
                    editor->setStored(EndpointAuthEditor::Stored::Stored);
                } else {
                    editor->setStored(EndpointAuthEditor::Stored::Failed, error); // what was typed stays
                    self->m_connectAfterSave = false;
                }
            }
            self->validate();
            if (self->m_pendingWrites == 0)
                emit self->secretsSaved(id);
            if (self->m_connectAfterSave && self->m_pendingWrites == 0 && !self->isDirty())
                self->finishConnect();
        });
    }
}

// A URL typed with user info: the user goes to the endpoint's auth, the password to its (masked)
// field, and the URL keeps neither. Saving then puts the password in the keychain.
void ProfilesDialog::moveUrlSecrets() {
    if (m_loading)
        return;
    Profile typed = fromForm();
    const Profile before = typed;
    const QHash<Profile::Endpoint, QString> secrets = ProfileSecrets::takeUrlSecrets(typed);
    if (typed == before)
        return;
    m_zk->setText(typed.zkUrl);
    m_masters->setText(typed.masterUrls.join(u' '));
    m_marathon->setText(typed.marathonUrl);
    for (Profile::Endpoint endpoint : Endpoints) {
        if (!(typed.auth(endpoint) == before.auth(endpoint)) || secrets.contains(endpoint))
            m_auth.value(endpoint)->takeFromUrl(typed.auth(endpoint), secrets.value(endpoint));
    }
    m_note->setText(secrets.isEmpty()
                        ? tr("The user name in the URL was moved to the Authentication tab.")
                        : tr("The password in the URL was moved to the Authentication tab; saving puts it "
                             "in the keychain."));
    m_note->show();
    validate();
}

void ProfilesDialog::reloadList() {
    m_loading = true;
    m_list->clear();
    for (const Profile& p : m_store->profiles()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.id);
    }
    if (m_current.id.isEmpty()) {
        auto* item = new QListWidgetItem(tr("(new profile)"), m_list);
        item->setData(Qt::UserRole, QString());
    }
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == m_current.id)
            m_list->setCurrentRow(i);
    }
    m_loading = false;
}

void ProfilesDialog::select(const QString& profileId) {
    if (profileId != m_current.id) {
        if (const auto profile = m_store->byId(profileId))
            load(*profile);
    }
    reloadList();
}

void ProfilesDialog::load(const Profile& profile) {
    m_current = profile;
    m_loading = true;
    m_name->setText(profile.name);
    m_zk->setText(profile.zkUrl);
    m_masters->setText(profile.masterUrls.join(u' '));
    m_marathon->setText(profile.marathonUrl);
    m_marathonZkPath->setText(profile.marathonZkPath);
    m_mesosPoll->setValue(profile.mesosPollMs);
    m_marathonPoll->setValue(profile.marathonPollMs);
    m_readOnly->setChecked(profile.readOnly);
    for (Profile::Endpoint endpoint : Endpoints)
        m_auth.value(endpoint)->setAuth(profile.auth(endpoint));
    m_tls->setTls(profile.tls);
    m_note->hide();
    m_loading = false;
    lookUpSecrets();
    m_testView->clear();
    reloadList();
    validate();
}

Profile ProfilesDialog::edited() const {
    Profile p = fromForm();
    ProfileSecrets::takeUrlSecrets(p); // moved out of the URL when its field is left, or at Save
    return p;
}

Profile ProfilesDialog::fromForm() const {
    Profile p = m_current; // keeps its id
    p.name = m_name->text().trimmed();
    p.zkUrl = m_zk->text().trimmed();
    p.masterUrls = m_masters->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    p.marathonUrl = m_marathon->text().trimmed();
    p.marathonZkPath = m_marathonZkPath->text().trimmed();
    p.mesosPollMs = m_mesosPoll->value();
    p.marathonPollMs = m_marathonPoll->value();
    p.readOnly = m_readOnly->isChecked();
    p.masters = m_auth.value(Profile::Endpoint::Masters)->auth();
    p.agents = m_auth.value(Profile::Endpoint::Agents)->auth();
    p.marathon = m_auth.value(Profile::Endpoint::Marathon)->auth();
    p.zooKeeper = m_auth.value(Profile::Endpoint::ZooKeeper)->auth();
    p.tls = m_tls->tls();
    return p;
}

bool ProfilesDialog::isDirty() const {
    if (m_current.id.isEmpty() || !(edited() == m_current))
        return true;
    return std::any_of(m_auth.cbegin(), m_auth.cend(),
                       [](const EndpointAuthEditor* editor) { return !editor->typedSecret().isEmpty(); });
}

void ProfilesDialog::validate() {
    if (m_loading)
        return;
    const Profile p = edited();
    const QString error = problemOf(p);
    m_error->setText(error);
    // A secret the keychain refused is said here too, whichever tab is open (it does not stop Save).
    for (Profile::Endpoint endpoint : Endpoints) {
        const EndpointAuthEditor* editor = m_auth.value(endpoint);
        if (error.isEmpty() && editor->stored() == EndpointAuthEditor::Stored::Failed &&
            !editor->typedSecret().isEmpty())
            m_error->setText(tr("%1: the keychain did not take the secret (%2); it stays in its field, and "
                                "Save tries again.")
                                 .arg(editor->title(), editor->storedError()));
    }
    const bool untouchedNew =
        m_current.id.isEmpty() && p.name.isEmpty() && p.zkUrl.isEmpty() && p.masterUrls.isEmpty();
    if (untouchedNew)
        m_error->setText(tr("Name the profile and give a ZooKeeper URL or a master URL."));
    m_save->setEnabled(error.isEmpty() && isDirty());
    m_connect->setEnabled(error.isEmpty() && !m_connectAfterSave);
    m_test->setEnabled(error.isEmpty() || !p.zkUrl.isEmpty() || !p.masterUrls.isEmpty());
    m_duplicate->setEnabled(!m_current.id.isEmpty());
    m_delete->setEnabled(!m_current.id.isEmpty());
}

QString ProfilesDialog::problemOf(const Profile& profile) const {
    if (QString error = m_store->validate(profile); !error.isEmpty())
        return error;
    for (Profile::Endpoint endpoint : Endpoints) {
        if (QString error = m_auth.value(endpoint)->problem(); !error.isEmpty())
            return error;
    }
    return m_tls->problem();
}

bool ProfilesDialog::leaveCurrent() {
    if (!isDirty() || (m_current.id.isEmpty() && edited().name.isEmpty() && edited().zkUrl.isEmpty() &&
                       edited().masterUrls.isEmpty()))
        return true;
    return ConfirmDialog::ask(this, {tr("Discard changes?"),
                                     tr("The changes to \"%1\" are not saved.")
                                         .arg(m_current.name.isEmpty() ? edited().name : m_current.name),
                                     tr("Discard"),
                                     {},
                                     true});
}

void ProfilesDialog::save() {
    moveUrlSecrets();
    Profile p = edited();
    QString error = problemOf(p);
    if (!error.isEmpty() || !m_store->save(p, &error)) {
        m_error->setText(error); // the form keeps what was typed
        return;
    }
    m_current = p;
    writeSecrets(p);
    reloadList();
    validate();
}

void ProfilesDialog::add() {
    if (!leaveCurrent())
        return;
    load(Profile{});
}

void ProfilesDialog::duplicate() {
    if (!leaveCurrent())
        return;
    const Profile original = m_current;
    const auto copy = m_store->duplicate(original.id);
    if (!copy)
        return;
    load(*copy);
    // The copy signs in as the original did: its secrets are copied to the copy's entries.
    ProfileSecrets::load(m_secrets, original, this,
                         [this, id = copy->id](const ProfileSecrets::Loaded& loaded) {
                             const auto target = m_store->byId(id);
                             if (!target)
                                 return;
                             auto pending = std::make_shared<int>(int(loaded.secrets.size()));
                             QPointer<ProfilesDialog> self(this);
                             for (auto it = loaded.secrets.cbegin(); it != loaded.secrets.cend(); ++it) {
                                 m_secrets->write(target->secretKey(it.key()), it.value(),
                                                  [self, pending, id](const QString&) {
                                                      if (--*pending == 0 && self && self->m_current.id == id)
                                                          self->lookUpSecrets();
                                                  });
                             }
                         });
}

void ProfilesDialog::remove() {
    if (m_current.id.isEmpty())
        return;
    if (!ConfirmDialog::ask(
            this, {tr("Delete profile?"),
                   tr("Delete the profile \"%1\"? Its saved passwords and tokens are not used any more.")
                       .arg(m_current.name),
                   tr("Delete"),
                   {},
                   true}))
        return;
    for (Profile::Endpoint endpoint : Endpoints) // a deleted profile's secrets have no use
        m_secrets->remove(m_current.secretKey(endpoint), [](const QString&) {});
    m_store->remove(m_current.id);
    m_current = Profile{};
    if (m_store->profiles().isEmpty())
        load(Profile{});
    else
        load(m_store->profiles().first());
}
