#include "LogViewerWidget.h"

#include "LogFilterModel.h"
#include "LogModel.h"
#include "LogView.h"
#include "NoticeBar.h"
#include "ThemeStyle.h"
#include "core/Clock.h"
#include "core/Settings.h"
#include "sandbox/AgentState.h"
#include "sandbox/FileDownload.h"
#include "sandbox/FileTail.h"

#include <QAction>
#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

LogViewerWidget::LogViewerWidget(HttpTransport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_model(new LogModel(this)), m_filter(new LogFilterModel(this)) {
    m_model->setLineCap(qMax(1000, Settings::LogLineCap.get()));
    m_model->setRenderAnsi(Settings::LogRenderAnsi.get());
    m_filter->setLogModel(m_model);
    buildUi();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_searchEdit->text().isEmpty() && !m_searchTimer->isActive())
            m_searchTimer->start(); // keep the match count current, at most a few times a second
    });
}

LogViewerWidget::~LogViewerWidget() {
    for (File& f : m_files)
        if (f.tail)
            f.tail->stop();
}

void LogViewerWidget::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("logToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_pauseAction = m_toolBar->addAction(tr("Pause"));
    m_pauseAction->setObjectName(QStringLiteral("pauseAction"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Stop reading the file; resuming jumps back to its end"));
    connect(m_pauseAction, &QAction::toggled, this, &LogViewerWidget::setPaused);
    m_followAction = m_toolBar->addAction(tr("Follow"));
    m_followAction->setObjectName(QStringLiteral("followAction"));
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setToolTip(tr("Keep the last line in view"));
    m_toolBar->addSeparator();
    m_wrapAction = m_toolBar->addAction(tr("Wrap"));
    m_wrapAction->setObjectName(QStringLiteral("wrapAction"));
    m_wrapAction->setCheckable(true);
    m_ansiAction = m_toolBar->addAction(tr("Colours"));
    m_ansiAction->setObjectName(QStringLiteral("ansiAction"));
    m_ansiAction->setCheckable(true);
    m_ansiAction->setChecked(m_model->renderAnsi());
    m_ansiAction->setToolTip(tr("Show ANSI colours (off: plain text)"));
    QAction* zoomOut = m_toolBar->addAction(tr("A−"));
    zoomOut->setToolTip(tr("Smaller text (Ctrl+-)"));
    QAction* zoomIn = m_toolBar->addAction(tr("A+"));
    zoomIn->setToolTip(tr("Larger text (Ctrl++)"));
    m_toolBar->addSeparator();
    QAction* earlier = m_toolBar->addAction(tr("Load earlier"));
    earlier->setObjectName(QStringLiteral("loadEarlierAction"));
    earlier->setToolTip(tr("Read the part of the file before the first line shown"));
    QAction* copy = m_toolBar->addAction(tr("Copy"));
    copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    QAction* save = m_toolBar->addAction(tr("Save shown…"));
    save->setObjectName(QStringLiteral("saveVisibleAction"));
    save->setToolTip(tr("Save the lines this view holds to a file"));
    m_downloadAction = m_toolBar->addAction(tr("Download file…"));
    m_downloadAction->setObjectName(QStringLiteral("downloadAction"));
    m_downloadAction->setToolTip(tr("Save the whole file from the agent, streamed to disk"));
    layout->addWidget(m_toolBar);

    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(4, 0, 4, 0);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search (Enter: next, Shift+Enter: previous)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(120); // with the row's boxes, the log tab fits a 1024 px window
    searchRow->addWidget(m_searchEdit, 1);
    auto* prev = new QToolButton(this);
    prev->setText(tr("Previous"));
    prev->setObjectName(QStringLiteral("findPreviousButton"));
    auto* next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setObjectName(QStringLiteral("findNextButton"));
    searchRow->addWidget(prev);
    searchRow->addWidget(next);
    m_caseBox = new QCheckBox(tr("Match case"), this);
    m_regexBox = new QCheckBox(tr("Regex"), this);
    m_highlightBox = new QCheckBox(tr("Highlight all"), this);
    m_highlightBox->setChecked(true);
    m_onlyMatchingBox = new QCheckBox(tr("Only matches"), this);
    m_onlyMatchingBox->setToolTip(tr("Show only the lines that match the search"));
    m_onlyMatchingBox->setObjectName(QStringLiteral("onlyMatchingBox"));
    for (QCheckBox* box : {m_caseBox, m_regexBox, m_highlightBox, m_onlyMatchingBox})
        searchRow->addWidget(box);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setTextFormat(Qt::PlainText);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    layout->addLayout(searchRow);

    m_notice = new NoticeBar(this);
    m_notice->hide();
    layout->addWidget(m_notice);

    m_view = new LogView(this);
    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    const int savedSize = Settings::LogFontPointSize.get();
    if (savedSize > 0)
        m_view->setFontPointSize(savedSize);
    else if (m_view->fontPointSize() <= 0)
        m_view->setFontPointSize(10);
    m_view->setWrap(Settings::LogWrap.get());
    m_wrapAction->setChecked(m_view->wrap());
    layout->addWidget(m_view, 1);

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 2);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // Long states (a task ended, and why) take a second line, not the window's width.
    m_status->setWordWrap(true);
    statusRow->addWidget(m_status, 1);
    // The match count lives here: in the search row its text widened the window while searching.
    statusRow->addWidget(m_matchLabel);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    statusRow->addWidget(m_progress);
    layout->addLayout(statusRow);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &LogViewerWidget::updateSearch);
    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(0);
    connect(m_countTimer, &QTimer::timeout, this, &LogViewerWidget::countSlice);
    // Rows trimmed while counting move the rows still to count up.
    connect(m_model, &LogModel::linesTrimmed, this, [this](int count) {
        if (m_countNext >= 0)
            m_countNext = qMax(0, m_countNext - count);
    });

    connect(m_followAction, &QAction::toggled, m_view, &LogView::setFollow);
    connect(m_view, &LogView::followChanged, m_followAction, &QAction::setChecked);
    connect(m_view, &LogView::followChanged, this, &LogViewerWidget::updateStatus); // the status says it too
    connect(m_wrapAction, &QAction::toggled, this, [this](bool wrap) {
        m_view->setWrap(wrap);
        Settings::LogWrap.set(wrap);
    });
    connect(m_ansiAction, &QAction::toggled, this, [this](bool render) {
        m_model->setRenderAnsi(render);
        Settings::LogRenderAnsi.set(render);
    });
    connect(zoomIn, &QAction::triggered, m_view, &LogView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &LogView::zoomOut);
    connect(m_view, &LogView::fontPointSizeChanged, this, [](int size) { Settings::LogFontPointSize.set(size); });
    connect(earlier, &QAction::triggered, this, [this] {
        for (File& f : m_files)
            f.tail->loadEarlier();
    });
    connect(m_view, &LogView::reachedTop, this, [this] {
        for (File& f : m_files)
            f.tail->loadEarlier();
    });
    connect(copy, &QAction::triggered, m_view, &LogView::copySelection);
    connect(save, &QAction::triggered, this, &LogViewerWidget::askSaveVisible);
    connect(m_downloadAction, &QAction::triggered, this, &LogViewerWidget::askDownload);

    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        updateSearch();
        findNext();
    });
    auto* shiftEnter = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return), m_searchEdit, nullptr, nullptr,
                                     Qt::WidgetShortcut);
    shiftEnter->setWhatsThis(tr("Find previous (in the search field)"));
    connect(shiftEnter, &QShortcut::activated, this, [this] {
        updateSearch();
        findPrevious();
    });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setWhatsThis(tr("Search the log"));
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_searchEdit->setFocus();
        m_searchEdit->selectAll();
    });
    auto* nextShortcut = new QShortcut(QKeySequence::FindNext, this);
    nextShortcut->setWhatsThis(tr("Find next"));
    connect(nextShortcut, &QShortcut::activated, this, &LogViewerWidget::findNext);
    auto* prevShortcut = new QShortcut(QKeySequence::FindPrevious, this);
    prevShortcut->setWhatsThis(tr("Find previous"));
    connect(prevShortcut, &QShortcut::activated, this, &LogViewerWidget::findPrevious);
    connect(next, &QToolButton::clicked, this, &LogViewerWidget::findNext);
    connect(prev, &QToolButton::clicked, this, &LogViewerWidget::findPrevious);
    for (QCheckBox* box : {m_caseBox, m_regexBox})
        connect(box, &QCheckBox::toggled, this, &LogViewerWidget::updateSearch);
    connect(m_highlightBox, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setHighlightAll(on);
        m_view->viewport()->update();
    });
    connect(m_onlyMatchingBox, &QCheckBox::toggled, this, &LogViewerWidget::setOnlyMatching);
    updateStatus();
}

int LogViewerWidget::addFile(const QString& label, const QUrl& agentUrl, const QString& path) {
    const int index = int(m_files.size());
    const int source = m_model->addSource(label); // the theme's colour for its number
    auto* tail = new FileTail(m_transport, agentUrl, path, this);
    m_files.append({label, agentUrl, path, tail, false, QString(), QString(), QString(), QDateTime()});
    m_model->setShowSourcePrefix(m_files.size() > 1);
    m_downloadAction->setEnabled(m_files.size() == 1);
    connect(tail, &FileTail::appended, this, [this, source](const QByteArray& bytes) { m_model->appendBytes(source, bytes); });
    connect(tail, &FileTail::prepended, this, [this, source](const QByteArray& bytes) {
        // Keep the first line shown where it is on screen while earlier lines appear above it.
        const int before = m_filter->rowCount();
        const int value = m_view->verticalScrollBar()->value();
        m_model->prependBytes(source, bytes);
        if (!m_view->follow())
            m_view->verticalScrollBar()->setValue(value + (m_filter->rowCount() - before));
    });
    connect(tail, &FileTail::restarted, this, [this, source](qint64 oldEnd, qint64 newSize) {
        m_model->resetSource(source);
        m_model->appendMarker(source, tr("── the file was truncated or rotated (size %1, was read up to %2); "
                                         "following the new file ──")
                                          .arg(newSize)
                                          .arg(oldEnd));
    });
    connect(tail, &FileTail::skipped, this, [this, source](qint64 bytes) {
        m_model->resetSource(source);
        m_model->appendMarker(source, tr("── %1 skipped while paused ──")
                                          .arg(QLocale::system().formattedDataSize(bytes)));
    });
    connect(tail, &FileTail::staleChanged, this, [this, index](bool stale) {
        m_files[index].stale = stale;
        if (!stale)
            m_files[index].problem.clear();
        updateStatus();
    });
    connect(tail, &FileTail::failed, this, [this, index](const QString& message, bool unauthorized) {
        m_files[index].problem = message;
        const QString text = m_files.size() > 1 ? m_files[index].label + QStringLiteral(": ") + message : message;
        m_notice->showNotice(unauthorized || !m_files[index].tail->isRunning() ? NoticeBar::Level::Error
                                                                                : NoticeBar::Level::Warning,
                             text);
        updateStatus();
    });
    connect(tail, &FileTail::progressChanged, this, &LogViewerWidget::updateStatus);
    connect(tail, &FileTail::finished, this, &LogViewerWidget::updateStatus);
    if (m_paused) {
        tail->start();
        tail->pause();
    } else {
        tail->start();
    }
    emit titleChanged(m_files.size() == 1 ? label : tr("%n tasks", nullptr, int(m_files.size())));
    updateStatus();
    return source;
}

FileTail* LogViewerWidget::tail(int source) const {
    return source >= 0 && source < m_files.size() ? m_files[source].tail : nullptr;
}

void LogViewerWidget::setTaskEnded(int source, const QString& state, const QString& why) {
    if (source < 0 || source >= m_files.size() || !m_files[source].endedState.isEmpty())
        return;
    File& f = m_files[source];
    f.endedState = state.isEmpty() ? tr("state unknown") : state;
    f.endedWhy = why;
    f.endedAt = Clock::currentDateTimeUtc();
    // The marker goes after the task's last words: once the rest of the file is read.
    const QString marker = QStringLiteral("── %1 ──").arg(endedText(f));
    if (f.tail->isRunning()) {
        connect(
            f.tail, &FileTail::finished, this,
            [this, source, marker] {
                m_model->appendMarker(source, marker);
                updateStatus(); // the line count
            },
            Qt::SingleShotConnection);
        f.tail->finish();
    } else {
        m_model->appendMarker(source, marker);
    }
    updateStatus();
}

bool LogViewerWidget::isTaskEnded(int source) const {
    return source >= 0 && source < m_files.size() && !m_files[source].endedState.isEmpty();
}

QString LogViewerWidget::endedText(const File& f) const {
    const QString when = QLocale::system().toString(f.endedAt.toLocalTime().time(), QLocale::ShortFormat);
    const bool lost = AgentState::isLost(f.endedState);
    QString text = lost ? tr("The task was lost (%1), seen at %2").arg(f.endedState, when)
                        : tr("The task ended (%1), seen at %2").arg(f.endedState, when);
    if (!f.endedWhy.isEmpty())
        text += QStringLiteral(": ") + f.endedWhy;
    return text + u'.';
}

void LogViewerWidget::setPaused(bool paused) {
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (m_pauseAction->isChecked() != paused)
        m_pauseAction->setChecked(paused);
    for (File& f : m_files)
        paused ? f.tail->pause() : f.tail->resume();
    if (!paused)
        m_view->setFollow(true); // resume jumps back to the end
    updateStatus();
}

QString LogViewerWidget::statusText() const { return m_status->text(); }

void LogViewerWidget::updateStatus() {
    QStringList parts;
    int stale = 0;
    int stopped = 0;
    int ended = 0;
    int endedAndRead = 0;
    for (const File& f : m_files) {
        stale += f.stale ? 1 : 0;
        stopped += f.tail->isRunning() || f.tail->isFinished() ? 0 : 1;
        ended += f.endedState.isEmpty() ? 0 : 1;
        endedAndRead += !f.endedState.isEmpty() && f.tail->isFinished() ? 1 : 0;
    }
    const int files = int(m_files.size());
    if (files == 0) {
        parts << tr("No file open.");
    } else if (files == 1 && ended == 1) {
        parts << endedText(m_files.first())
              << (endedAndRead == 1 ? tr("The whole file is shown; it is no longer polled.")
                                    : tr("Reading the rest of the file…"));
    } else if (stopped + ended >= files && ended > 0) {
        QString why = m_files.first().endedWhy; // said once when it is the same for all
        for (const File& f : m_files)
            why = f.endedWhy == why ? why : QString();
        parts << (why.isEmpty()
                      ? tr("All %n task(s) ended; the files are no longer polled.", nullptr, files)
                      : tr("All %n task(s) ended: %1; the files are no longer polled.", nullptr, files)
                            .arg(why));
    } else if (stopped == files) {
        parts << tr("Stopped.");
    } else {
        if (ended > 0)
            parts << tr("%1 of %2 tasks ended (see the marked lines).").arg(ended).arg(files);
        if (m_paused)
            parts << tr("Paused.");
        else if (m_view->follow())
            parts << tr("Following.");
        else
            parts << tr(
                "Not following: new lines are read, the view stays where it is (Follow jumps to the end).");
    }
    if (stale > 0)
        parts << (m_files.size() == 1 ? tr("The agent is not answering: the text may be out of date; retrying.")
                                      : tr("%1 of %2 agents are not answering; retrying.").arg(stale).arg(m_files.size()));
    if (m_files.size() == 1) {
        const FileTail* t = m_files.first().tail;
        if (t->fileSize() >= 0)
            parts << tr("Showing bytes %1–%2 of %3.")
                         .arg(QLocale::system().toString(t->startOffset()), QLocale::system().toString(t->endOffset()),
                              QLocale::system().formattedDataSize(t->fileSize()));
    }
    parts << tr("%n line(s) held", nullptr, m_model->rowCount());
    m_status->setText(parts.join(u' '));
    m_view->setProperty("stale", stale > 0);
    if (stale > 0)
        ThemeStyle::set(m_view, QStringLiteral("QListView { background: %1; }"),
                        {ThemeColors::Role::StaleBackground});
    else
        ThemeStyle::clear(m_view);
}

void LogViewerWidget::setSearch(const QString& text, bool caseSensitive, bool regex) {
    m_caseBox->setChecked(caseSensitive);
    m_regexBox->setChecked(regex);
    m_searchEdit->setText(text);
    updateSearch();
}

void LogViewerWidget::updateSearch() {
    m_searchTimer->stop();
    const bool ok = m_filter->setSearch(m_searchEdit->text(), m_caseBox->isChecked(), m_regexBox->isChecked());
    if (!ok) {
        m_matchLabel->setText(tr("Invalid expression: %1").arg(m_filter->errorString()));
        return;
    }
    m_view->viewport()->update();
    m_countTimer->stop();
    if (m_searchEdit->text().isEmpty()) {
        m_countNext = -1;
        m_matchCount = 0;
        m_matchLabel->clear();
        return;
    }
    m_countNext = 0;
    m_countPartial = 0;
    countSlice();
}

// The match count over a huge buffer is taken in slices between events, so typing a search or
// following a fast file with a regex never holds the GUI thread for long.
void LogViewerWidget::countSlice() {
    constexpr int SliceRows = 25000;
    if (m_countNext < 0)
        return;
    const int end = qMin(m_model->rowCount(), m_countNext + SliceRows);
    m_countPartial += m_filter->countMatches(m_countNext, end);
    m_countNext = end;
    if (end < m_model->rowCount()) {
        if (m_matchLabel->text().isEmpty()) // otherwise the last count stays until this one is done
            m_matchLabel->setText(tr("Counting matches…"));
        m_countTimer->start();
        return;
    }
    m_countNext = -1;
    m_matchCount = m_countPartial;
    m_matchLabel->setText(tr("%n matching line(s)", nullptr, m_matchCount));
}

void LogViewerWidget::setOnlyMatching(bool only) {
    if (m_onlyMatchingBox->isChecked() != only)
        m_onlyMatchingBox->setChecked(only);
    updateSearch();
    m_filter->setOnlyMatching(only);
}

int LogViewerWidget::findNext() { return find(true); }
int LogViewerWidget::findPrevious() { return find(false); }

int LogViewerWidget::find(bool forward) {
    if (m_searchEdit->text().isEmpty())
        return -1;
    if (m_filter->matcher().pattern() != m_searchEdit->text())
        updateSearch();
    int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (forward ? -1 : 0);
    if (!m_view->currentIndex().isValid() && !forward)
        from = m_filter->rowCount();
    const int row = m_filter->findNext(from, forward);
    if (row < 0) {
        m_matchLabel->setText(tr("No match"));
        return -1;
    }
    m_view->setFollow(false);
    const QModelIndex index = m_filter->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->setCurrentMatchRow(row);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_currentMatch = row;
    return row;
}

bool LogViewerWidget::saveVisibleLines(const QString& localPath, QString* error) const {
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const int rows = m_filter->rowCount();
    for (int row = 0; row < rows; ++row) {
        const int sourceRow = m_filter->mapToSource(m_filter->index(row, 0)).row();
        QByteArray line = m_model->lineText(sourceRow).toUtf8();
        line.append('\n');
        file.write(line);
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogViewerWidget::askSaveVisible() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the lines shown"), QStringLiteral("log.txt"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveVisibleLines(path, &error))
        m_notice->showNotice(NoticeBar::Level::Error, tr("Cannot save %1: %2").arg(path, error));
    else
        m_notice->showNotice(NoticeBar::Level::Info, tr("Saved %n line(s) to %1.", nullptr, m_filter->rowCount()).arg(path));
}

FileDownload* LogViewerWidget::downloadWholeFile(const QString& localPath) {
    if (m_files.size() != 1 || m_download)
        return nullptr;
    const File& f = m_files.first();
    auto* download = new FileDownload(m_transport, f.agentUrl, f.path, localPath, this);
    m_download = download;
    download->setExpectedSize(f.tail->fileSize());
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    connect(download, &FileDownload::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000 * qMin(received, total) / total));
        else
            m_progress->setRange(0, 0);
        m_progress->setFormat(QLocale::system().formattedDataSize(received));
    });
    connect(download, &FileDownload::finished, this, [this, download, localPath](bool ok, const QString& error) {
        m_progress->hide();
        if (ok)
            m_notice->showNotice(NoticeBar::Level::Info, tr("Saved the whole file to %1 (%2).")
                                                             .arg(localPath, QLocale::system().formattedDataSize(download->received())));
        else
            m_notice->showNotice(NoticeBar::Level::Error, tr("The download failed: %1").arg(error));
        download->deleteLater();
    });
    download->start();
    return download;
}

void LogViewerWidget::askDownload() {
    if (m_files.size() != 1)
        return;
    const QString name = m_files.first().path.section(u'/', -1);
    const QString path = QFileDialog::getSaveFileName(this, tr("Download the whole file"), name);
    if (!path.isEmpty())
        downloadWholeFile(path);
}
