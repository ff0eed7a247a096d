#include "ZkNodePane.h"

#include "core/Clock.h"
#include "zookeeper/ZkSession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>
#include <zookeeper/zookeeper.h>

namespace {
QLabel* plainLabel(QWidget* parent, const QString& objectName = {}) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server text, never rich text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString hex(qint64 value) {
    return QStringLiteral("0x%1").arg(quint64(value), 0, 16);
}

// "2026-12-03 13:22:14 (5 min ago)": local time, and how long ago by the injectable clock.
QString when(qint64 msecs) {
    if (msecs == 0)
        return QCoreApplication::translate("ZkNodePane", "0 (never set)");
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msecs);
    const qint64 ago = (Clock::currentMSecsSinceEpoch() - msecs) / 1000;
    // (Divided here, not inside translate()'s arguments: lupdate's parser never returns from
    // "int(ago / 60)" there.)
    const int minutes = int(ago / 60);
    const int hours = int(ago / 3600);
    const int days = int(ago / 86400);
    QString relative;
    if (ago < 0)
        relative = QCoreApplication::translate("ZkNodePane", "in the future");
    else if (ago < 60)
        relative = QCoreApplication::translate("ZkNodePane", "%n s ago", nullptr, int(ago));
    else if (ago < 3600)
        relative = QCoreApplication::translate("ZkNodePane", "%n min ago", nullptr, minutes);
    else if (ago < 86400)
        relative = QCoreApplication::translate("ZkNodePane", "%n h ago", nullptr, hours);
    else
        relative = QCoreApplication::translate("ZkNodePane", "%n day(s) ago", nullptr, days);
    return QStringLiteral("%1 (%2)").arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), relative);
}

// A document built on a worker: deleted unless the pane took it (it may be gone by then).
struct PendingDocument {
    explicit PendingDocument(QTextDocument* d) : document(d) {}
    ~PendingDocument() {
        if (document)
            document->deleteLater();
    }
    Q_DISABLE_COPY_MOVE(PendingDocument)
    QTextDocument* document;
};

const char* const statFields[] = {"czxid",          "mzxid",      "pzxid",      "ctime",
                                  "mtime",          "version",    "cversion",   "aversion",
                                  "ephemeralOwner", "dataLength", "numChildren"};
} // namespace

ZkNodePane::ZkNodePane(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_pathLabel = plainLabel(this, QStringLiteral("zkNodePath"));
    m_pathLabel->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 14px;"));
    layout->addWidget(m_pathLabel);

    m_meaningTitle = plainLabel(this, QStringLiteral("zkMeaningTitle"));
    m_meaningTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_meaningText = plainLabel(this, QStringLiteral("zkMeaningText"));
    layout->addWidget(m_meaningTitle);
    layout->addWidget(m_meaningText);

    // Stat and ACL in one form: the pane stays narrow enough to leave the tree its names.
    auto* statBox = new QGroupBox(tr("Stat and ACL"), this);
    m_statForm = new QFormLayout(statBox);
    m_statForm->setVerticalSpacing(1);
    for (const char* field : statFields) {
        QLabel* value = plainLabel(statBox, QStringLiteral("zkStat_") + QLatin1String(field));
        m_statLabels.insert(QLatin1String(field), value);
        m_statForm->addRow(QLatin1String(field), value); // the field names as ZooKeeper spells them
    }
    m_acl = plainLabel(statBox, QStringLiteral("zkAcl"));
    m_statForm->addRow(tr("ACL"), m_acl);
    layout->addWidget(statBox);

    auto* dataBar = new QHBoxLayout;
    m_status = plainLabel(this, QStringLiteral("zkDataStatus"));
    dataBar->addWidget(m_status, 1);
    m_fetch = new QPushButton(tr("Fetch value"), this);
    m_fetch->setObjectName(QStringLiteral("zkFetchValue"));
    m_fetch->hide();
    connect(m_fetch, &QPushButton::clicked, this, &ZkNodePane::readData);
    dataBar->addWidget(m_fetch);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("zkDataView"));
    m_view->addItem(tr("Automatic"), int(View::Auto));
    m_view->addItem(tr("Text"), int(View::Text));
    m_view->addItem(tr("JSON"), int(View::Json));
    m_view->addItem(tr("Hex"), int(View::Hex));
    connect(m_view, &QComboBox::currentIndexChanged, this, &ZkNodePane::render);
    dataBar->addWidget(m_view);
    layout->addLayout(dataBar);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("zkDataText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_text, 1);
    clear();
}

void ZkNodePane::setSession(ZkSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        // The selected node's one-shot data watch: a change re-reads (and so re-arms it).
        connect(session, &ZkSession::dataChanged, this, [this](const QString& path) {
            if (path == m_path)
                read();
        });
        connect(session, &ZkSession::nodeDeleted, this, [this](const QString& path) {
            if (path != m_path)
                return;
            ++m_generation;
            setStatus(tr("This node was deleted."));
            m_hasData = false;
            m_text->clear();
            emit nodeGone(path);
        });
    }
    clear();
}

void ZkNodePane::clear() {
    ++m_generation;
    m_path.clear();
    m_data.clear();
    m_hasData = false;
    m_stat = {};
    m_pathLabel->setText(tr("Select a node to see its data and Stat."));
    m_meaningTitle->hide();
    m_meaningText->hide();
    for (QLabel* label : std::as_const(m_statLabels))
        label->clear();
    m_acl->clear();
    m_status->clear();
    m_fetch->hide();
    m_text->clear();
}

void ZkNodePane::showNode(const QString& path, const QStringList& siblings) {
    const bool same = path == m_path;
    m_siblings = siblings;
    if (same)
        return showMeaning();
    clear();
    m_path = path;
    m_pathLabel->setText(path);
    showMeaning();
    read();
}

void ZkNodePane::read() {
    if (!m_session || m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setStatus(tr("Reading…"));
    // The Stat first, so a value too big to fetch unasked is never requested.
    m_session->stat(m_path, true, [this, generation](int rc, const ZkStat& stat) {
        if (generation == m_generation)
            onStat(rc, stat);
    });
    m_session->getAcl(m_path, [this, generation](int rc, const QList<ZkAcl>& acl, const ZkStat&) {
        if (generation != m_generation)
            return;
        if (rc != ZOK)
            return m_acl->setText(tr("Cannot read the ACL: %1").arg(ZkSession::errorString(rc)));
        QStringList lines;
        for (const ZkAcl& entry : acl)
            lines << QStringLiteral("%1:%2  %3").arg(entry.scheme, entry.id, entry.permissionLetters());
        m_acl->setText(lines.join(u'\n'));
    });
}

void ZkNodePane::onStat(int rc, const ZkStat& stat) {
    if (rc == ZNONODE) {
        setStatus(tr("This node does not exist (any more)."));
        m_text->clear();
        m_hasData = false;
        return;
    }
    if (rc != ZOK)
        return setStatus(tr("Cannot read the node: %1").arg(ZkSession::errorString(rc)));
    showStat(stat);
    emit statRead(m_path, stat);
    if (stat.dataLength > m_autoFetchLimit && !(m_hasData && stat.mzxid == m_stat.mzxid)) {
        m_hasData = false;
        m_text->clear();
        m_fetch->show();
        setStatus(tr("The value is %1 bytes, more than %2 bytes: fetch it on request.")
                      .arg(QLocale().toString(stat.dataLength), QLocale().toString(m_autoFetchLimit)));
        return;
    }
    readData();
}

void ZkNodePane::readData() {
    if (!m_session || m_path.isEmpty())
        return;
    m_fetch->hide();
    const quint64 generation = m_generation;
    m_session->getDataWithStat(m_path, true,
                               [this, generation](int rc, const QByteArray& data, const ZkStat& stat) {
                                   if (generation == m_generation)
                                       onData(rc, data, stat);
                               });
}

void ZkNodePane::onData(int rc, const QByteArray& data, const ZkStat& stat) {
    if (rc == ZNOAUTH) {
        m_hasData = false;
        m_text->clear();
        return setStatus(tr("Not allowed to read this value (ZNOAUTH): the node's ACL does not grant this "
                            "session read. Connect with digest credentials that it allows."));
    }
    if (rc != ZOK)
        return setStatus(tr("Cannot read the value: %1").arg(ZkSession::errorString(rc)));
    showStat(stat);
    emit statRead(m_path, stat);
    m_data = data;
    m_hasData = true;
    showMeaning();
    render();
}

void ZkNodePane::showStat(const ZkStat& stat) {
    m_stat = stat;
    const QLocale locale;
    auto set = [this](const char* field, const QString& text) {
        m_statLabels.value(QLatin1String(field))->setText(text);
    };
    set("czxid", hex(stat.czxid));
    set("mzxid", hex(stat.mzxid));
    set("pzxid", hex(stat.pzxid));
    set("ctime", when(stat.ctime));
    set("mtime", when(stat.mtime));
    set("version", locale.toString(stat.version));
    set("cversion", locale.toString(stat.cversion));
    set("aversion", locale.toString(stat.aversion));
    set("ephemeralOwner", stat.isEphemeral()
                              ? tr("%1 (ephemeral: goes with that session)").arg(hex(stat.ephemeralOwner))
                              : tr("0x0 (persistent)"));
    set("dataLength", tr("%1 bytes").arg(locale.toString(stat.dataLength)));
    set("numChildren", locale.toString(stat.numChildren));
}

void ZkNodePane::showMeaning() {
    const ZkNodeMeaning meaning =
        ZkNodeMeaning::of(m_path, m_hasData ? m_data : QByteArray(), m_siblings, m_context);
    m_meaningTitle->setVisible(meaning.isKnown());
    m_meaningText->setVisible(meaning.isKnown());
    m_meaningTitle->setText(meaning.title);
    QString text = meaning.explanation;
    if (!meaning.decoded.isEmpty())
        text += u'\n' + meaning.decoded;
    m_meaningText->setText(text);
}

void ZkNodePane::render() {
    if (!m_hasData)
        return;
    const auto view = View(m_view->currentData().toInt());
    const QByteArray data = m_data;
    const quint64 generation = ++m_renderGeneration;
    const qint64 expected = m_stat.dataLength;
    setStatus(tr("Formatting %1 bytes…").arg(QLocale().toString(data.size())));
    // Detection, formatting and the text document of a megabyte take a while: built on a worker,
    // handed to the view whole (QTextDocument is reentrant; the plain-text layout is lazy).
    QThread* guiThread = thread();
    const QFont font = m_text->font();
    QThreadPool::globalInstance()->start([guard = m_guard.handle(), this, data, view, generation, expected,
                                          guiThread, font] {
        ZkDataFormat::Kind kind = ZkDataFormat::detect(data);
        if (view == View::Text)
            kind = ZkDataFormat::Kind::Text;
        else if (view == View::Hex)
            kind = ZkDataFormat::Kind::Binary;
        else if (view == View::Json && kind != ZkDataFormat::Kind::Empty)
            kind = ZkDataFormat::Kind::Json;
        auto* document = new QTextDocument;
        document->setDocumentLayout(new QPlainTextDocumentLayout(document));
        document->setDefaultFont(font);
        document->setPlainText(ZkDataFormat::render(data, kind));
        document->setUndoRedoEnabled(false);
        document->moveToThread(guiThread);
        auto pending = std::make_shared<PendingDocument>(document);
        guard.post([this, generation, kind, pending, size = data.size(), expected] {
            if (generation != m_renderGeneration)
                return;
            m_shownKind = kind;
            QTextDocument* shown = std::exchange(pending->document, nullptr);
            shown->setParent(this);
            m_text->setDocument(shown);
            if (m_document)
                m_document->deleteLater(); // the previous value's document
            m_document = shown;
            const QLocale locale;
            if (size < expected)
                setStatus(tr("Partial value: %1 of %2 bytes were read; this is not the whole value.")
                              .arg(locale.toString(size), locale.toString(expected)));
            else if (kind == ZkDataFormat::Kind::Empty)
                setStatus(tr("No data (0 bytes)."));
            else
                setStatus(
                    tr("%1 bytes, shown as %2.").arg(locale.toString(size), ZkDataFormat::kindName(kind)));
            emit rendered();
        });
    });
}

void ZkNodePane::setStatus(const QString& text) {
    m_status->setText(text);
}

QString ZkNodePane::shownText() const {
    return m_text->toPlainText();
}
QString ZkNodePane::statusText() const {
    return m_status->text();
}
QString ZkNodePane::meaningTitle() const {
    return m_meaningTitle->isVisible() || !m_meaningTitle->text().isEmpty() ? m_meaningTitle->text()
                                                                            : QString();
}
QString ZkNodePane::meaningText() const {
    return m_meaningText->text();
}
QString ZkNodePane::statText(const QString& field) const {
    const QLabel* label = m_statLabels.value(field);
    return label ? label->text() : QString();
}
QString ZkNodePane::aclText() const {
    return m_acl->text();
}
