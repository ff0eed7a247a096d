#pragma once

#include <QObject>
#include <QString>

class ZkSession;
class ZkSubtreeExport;
class ZkSubtreeWalk;

// "Export subtree as JSON": a bounded walk with values (ZkSubtreeWalk), then the document
// (ZkSubtreeExport) written on a worker thread, so neither the reads nor the write hold up the
// interface. At most MaxBytes of values are exported; the file then says it is incomplete.
class ZkSubtreeExportJob : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    static constexpr int MaxNodes = 10000;

    explicit ZkSubtreeExportJob(QObject* parent = nullptr);
    ~ZkSubtreeExportJob() override;

    void start(ZkSession* session, const QString& root, const QString& fileName);
    bool isRunning() const { return m_running; }

signals:
    // ok: the file was written (complete or not, as message says); message is for the operator.
    void finished(bool ok, const QString& message);

private:
    void onWalked();

    ZkSubtreeWalk* m_walk;
    ZkSubtreeExport* m_export = nullptr;
    QString m_root;
    QString m_fileName;
    qint64 m_bytes = 0;
    bool m_overBudget = false;
    bool m_running = false;
};
