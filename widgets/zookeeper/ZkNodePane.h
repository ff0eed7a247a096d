#pragma once

#include "core/LifetimeGuard.h"
#include "zookeeper/ZkDataFormat.h"
#include "zookeeper/ZkNodeMeaning.h"
#include "zookeeper/ZkStat.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextDocument;
class ZkSession;

// One znode: what it is (for Mesos, Marathon and ZooKeeper's own nodes), every Stat field,
// its ACL and its data as text, pretty JSON or hex (chosen from the bytes, switchable). The
// selected node's data is watched, so a change shows without a refresh. Values above the
// auto-fetch limit are read only on request; a value shorter than its dataLength is said to
// be partial, never shown as whole. Formatting runs on a worker thread.
class ZkNodePane : public QWidget {
    Q_OBJECT
public:
    enum class View { Auto, Text, Json, Hex };
    explicit ZkNodePane(QWidget* parent = nullptr);

    void setSession(ZkSession* session);
    void setContext(const ZkNodeMeaning::Context& context) { m_context = context; }
    // Shows path (siblings: its parent's listed children, for who leads an election).
    void showNode(const QString& path, const QStringList& siblings);
    void clear();
    // Values larger than this many bytes wait for "Fetch" (default 1 MiB).
    void setAutoFetchLimit(qint64 bytes) { m_autoFetchLimit = bytes; }

    QString path() const { return m_path; }
    QByteArray value() const { return m_data; }
    ZkStat stat() const { return m_stat; } // as last read
    bool hasValue() const { return m_hasData; }
    QString shownText() const;  // what the data view shows now
    QString statusText() const; // the line above the data
    QString meaningTitle() const;
    QString meaningText() const;                  // explanation and decoded lines
    QString statText(const QString& field) const; // a Stat row by its field name ("mzxid"...)
    QString aclText() const;
    ZkDataFormat::Kind shownKind() const { return m_shownKind; }

signals:
    void statRead(const QString& path, const ZkStat& stat);
    void nodeGone(const QString& path);
    void rendered(); // the data view shows the last value read (tests, bench)

private:
    void read();
    void readData();
    void onStat(int rc, const ZkStat& stat);
    void onData(int rc, const QByteArray& data, const ZkStat& stat);
    void showStat(const ZkStat& stat);
    void showMeaning();
    void render();
    void setStatus(const QString& text);

    QPointer<ZkSession> m_session;
    ZkNodeMeaning::Context m_context;
    QString m_path;
    QStringList m_siblings;
    QByteArray m_data;
    bool m_hasData = false;
    ZkStat m_stat;
    qint64 m_autoFetchLimit = 1024 * 1024;
    quint64 m_generation = 0;
    quint64 m_renderGeneration = 0;
    ZkDataFormat::Kind m_shownKind = ZkDataFormat::Kind::Empty;

    QLabel* m_pathLabel;
    QLabel* m_meaningTitle;
    QLabel* m_meaningText;
    QFormLayout* m_statForm;
    QHash<QString, QLabel*> m_statLabels;
    QLabel* m_acl;
    QLabel* m_status;
    QComboBox* m_view;
    QPushButton* m_fetch;
    QPlainTextEdit* m_text;
    QPointer<QTextDocument> m_document; // the value's document, built on a worker
    LifetimeGuard m_guard{this};
};
