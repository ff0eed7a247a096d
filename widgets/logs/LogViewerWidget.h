#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QUrl>
#include <QWidget>

class FileDownload;
class FileTail;
class HttpTransport;
class LogFilterModel;
class LogModel;
class LogView;
class NoticeBar;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolBar;

// One log tab: a toolbar (pause, follow, wrap, colours, zoom, load earlier, save, download), a
// search bar (next/previous, case, regex, highlight all, only matching lines), the LogView and a
// status line (following or not, paused, stale, not authorized, the task ended).
//
// It follows one sandbox file, or several at once (a merged view over the instances of an app):
// every addFile() adds a FileTail; with more than one, each line is prefixed with its task's
// label and coloured by task.
class LogViewerWidget : public QWidget {
    Q_OBJECT
public:
    LogViewerWidget(HttpTransport* transport, QWidget* parent = nullptr);
    ~LogViewerWidget() override;

    // Returns the source index. Starts following at once.
    int addFile(const QString& label, const QUrl& agentUrl, const QString& path);
    int fileCount() const { return int(m_files.size()); }
    FileTail* tail(int source) const;
    // The task writing this source's file is no longer running (state: TASK_FINISHED, TASK_LOST,
    // ...; why: what the operator is told, e.g. "its app was destroyed", may be empty). The rest
    // of the file is read, then polling stops; the log and the status line say so.
    void setTaskEnded(int source, const QString& state, const QString& why = QString());
    bool isTaskEnded(int source) const;

    LogModel* model() const { return m_model; }
    LogFilterModel* filterModel() const { return m_filter; }
    LogView* view() const { return m_view; }
    NoticeBar* noticeBar() const { return m_notice; }
    QString statusText() const;

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    void setSearch(const QString& text, bool caseSensitive = false, bool regex = false);
    int findNext();     // the row found (in the view's model), -1 when none
    int findPrevious();
    void setOnlyMatching(bool only);
    int matchCount() const { return m_matchCount; }

    // The lines the view holds (after the filter), one per line, UTF-8.
    bool saveVisibleLines(const QString& localPath, QString* error = nullptr) const;
    // The whole file from the agent, streamed to disk (single-file views).
    FileDownload* downloadWholeFile(const QString& localPath);

signals:
    void titleChanged(const QString& title);

private:
    struct File {
        QString label;
        QUrl agentUrl;
        QString path;
        FileTail* tail = nullptr;
        bool stale = false;
        QString problem;
        QString endedState; // the terminal state once the task ended
        QString endedWhy;
        QDateTime endedAt;
    };
    QString endedText(const File& f) const;
    void buildUi();
    void updateStatus();
    void updateSearch();
    int find(bool forward);
    void countSlice();
    void askSaveVisible();
    void askDownload();

    HttpTransport* m_transport;
    LogModel* m_model;
    LogFilterModel* m_filter;
    LogView* m_view = nullptr;
    NoticeBar* m_notice = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_followAction = nullptr;
    QAction* m_wrapAction = nullptr;
    QAction* m_ansiAction = nullptr;
    QAction* m_downloadAction = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QCheckBox* m_caseBox = nullptr;
    QCheckBox* m_regexBox = nullptr;
    QCheckBox* m_highlightBox = nullptr;
    QCheckBox* m_onlyMatchingBox = nullptr;
    QLabel* m_matchLabel = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer* m_searchTimer = nullptr;
    QList<File> m_files;
    QPointer<FileDownload> m_download;
    bool m_paused = false;
    int m_matchCount = 0;
    QTimer* m_countTimer = nullptr;
    int m_countNext = -1; // next row to count, -1 when no count is running
    int m_countPartial = 0;
    int m_currentMatch = -1;
};
