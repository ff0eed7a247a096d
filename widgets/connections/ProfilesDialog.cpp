#include "ProfilesDialog.h"

#include "ConfirmDialog.h"
#include "DialogFitter.h"
#include "ProfileTestView.h"
#include "ThemeStyle.h"
#include "connections/ProfileStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
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
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore* store, QWidget* parent) : QDialog(parent), m_store(store) {
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
    form->addRow(tr("Mara&thon URL:"), m_marathon);
    form->addRow(tr("Marathon ZooKeeper &path:"), m_marathonZkPath);
    form->addRow(tr("Mesos &poll interval:"), m_mesosPoll);
    form->addRow(tr("Marathon po&ll interval:"), m_marathonPoll);
    form->addRow(m_readOnly);

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
    right->addLayout(form);
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
    connect(m_test, &QPushButton::clicked, this, [this] { m_testView->run(edited()); });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (isDirty())
            save();
        if (isDirty() || m_current.id.isEmpty())
            return; // not saved: the reason is shown at the form
        emit connectRequested(m_current.id);
        accept();
    });

    reloadList();
    if (m_store->profiles().isEmpty())
        add();
    else
        load(m_store->profiles().first());
    DialogFitter::install(this);
    resize(900, 560);
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
    m_loading = false;
    m_testView->clear();
    reloadList();
    validate();
}

Profile ProfilesDialog::edited() const {
    Profile p = m_current; // keeps what the form does not show (auth, TLS)
    p.name = m_name->text().trimmed();
    p.zkUrl = m_zk->text().trimmed();
    p.masterUrls = m_masters->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
    p.marathonUrl = m_marathon->text().trimmed();
    p.marathonZkPath = m_marathonZkPath->text().trimmed();
    p.mesosPollMs = m_mesosPoll->value();
    p.marathonPollMs = m_marathonPoll->value();
    p.readOnly = m_readOnly->isChecked();
    return p;
}

bool ProfilesDialog::isDirty() const {
    return m_current.id.isEmpty() || !(edited() == m_current);
}

void ProfilesDialog::validate() {
    if (m_loading)
        return;
    const Profile p = edited();
    const QString error = m_store->validate(p);
    m_error->setText(error);
    const bool untouchedNew =
        m_current.id.isEmpty() && p.name.isEmpty() && p.zkUrl.isEmpty() && p.masterUrls.isEmpty();
    if (untouchedNew)
        m_error->setText(tr("Name the profile and give a ZooKeeper URL or a master URL."));
    m_save->setEnabled(error.isEmpty() && isDirty());
    m_connect->setEnabled(error.isEmpty());
    m_test->setEnabled(error.isEmpty() || !p.zkUrl.isEmpty() || !p.masterUrls.isEmpty());
    m_duplicate->setEnabled(!m_current.id.isEmpty());
    m_delete->setEnabled(!m_current.id.isEmpty());
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
    Profile p = edited();
    QString error;
    if (!m_store->save(p, &error)) {
        m_error->setText(error); // the form keeps what was typed
        return;
    }
    m_current = p;
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
    if (const auto copy = m_store->duplicate(m_current.id))
        load(*copy);
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
    m_store->remove(m_current.id);
    m_current = Profile{};
    if (m_store->profiles().isEmpty())
        load(Profile{});
    else
        load(m_store->profiles().first());
}
