#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class FileDownload;
class HttpTransport;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SandboxBrowse;
class SandboxFilesModel;

// A sandbox directory on an agent (/files/browse): names, sizes, times, modes and owners.
// Double-click enters a folder or opens a file in the viewer; stdout and stderr of the sandbox
// root open with one click; Download saves any file to disk with progress.
class SandboxBrowser : public QWidget {
    Q_OBJECT
public:
    explicit SandboxBrowser(HttpTransport* transport, QWidget* parent = nullptr);

    // The sandbox root (for stdout/stderr and "Up") and the first directory shown.
    void setSandbox(const QUrl& agentUrl, const QString& root);
    void browse(const QString& path);
    void refresh();

    QUrl agentUrl() const { return m_agentUrl; }
    QString root() const { return m_root; }
    QString currentPath() const { return m_path; }
    SandboxFilesModel* filesModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    QString message() const;
    FileDownload* download(const QString& remotePath, qint64 size, const QString& localPath);

signals:
    void openFileRequested(const QUrl& agentUrl, const QString& path);
    void listed(); // a listing arrived (tests wait for it)

private:
    void activate(const QModelIndex& proxyIndex);
    void openRootFile(const QString& name);
    void downloadSelected();

    HttpTransport* m_transport;
    SandboxBrowse* m_browse;
    SandboxFilesModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_pathEdit;
    QLabel* m_message;
    QProgressBar* m_progress;
    QUrl m_agentUrl;
    QString m_root;
    QString m_path;
    QPointer<FileDownload> m_download;
};
