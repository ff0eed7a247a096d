#include "SandboxBrowser.h"

#include "SandboxFilesModel.h"
#include "sandbox/FileDownload.h"
#include "sandbox/SandboxBrowse.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SandboxBrowser::SandboxBrowser(HttpTransport* transport, QWidget* parent)
    : QWidget(parent), m_transport(transport), m_browse(new SandboxBrowse(transport, this)),
      m_model(new SandboxFilesModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* up = new QPushButton(tr("Up"), this);
    up->setObjectName(QStringLiteral("upButton"));
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setPlaceholderText(tr("Sandbox path on the agent"));
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    top->addWidget(up);
    top->addWidget(m_pathEdit, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    auto* quick = new QHBoxLayout;
    auto* stdoutButton = new QPushButton(tr("stdout"), this);
    stdoutButton->setObjectName(QStringLiteral("stdoutButton"));
    auto* stderrButton = new QPushButton(tr("stderr"), this);
    stderrButton->setObjectName(QStringLiteral("stderrButton"));
    auto* openButton = new QPushButton(tr("Open"), this);
    auto* downloadButton = new QPushButton(tr("Download…"), this);
    quick->addWidget(stdoutButton);
    quick->addWidget(stderrButton);
    quick->addStretch(1);
    quick->addWidget(openButton);
    quick->addWidget(downloadButton);
    layout->addLayout(quick);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SandboxFilesModel::SortKeyRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sandboxTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SandboxFilesModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    for (int column : {int(SandboxFilesModel::SizeColumn), int(SandboxFilesModel::ModifiedColumn),
                       int(SandboxFilesModel::ModeColumn), int(SandboxFilesModel::OwnerColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->horizontalHeader()->setSectionResizeMode(SandboxFilesModel::NameColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("browserMessage"));
    layout->addWidget(m_message);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);

    connect(m_browse, &SandboxBrowse::listed, this, [this](const QString& path, const QList<SandboxFileEntry>& entries) {
        m_model->setEntries(path, entries);
        m_message->setText(entries.isEmpty() ? tr("This directory is empty.") : QString());
        emit listed();
    });
    connect(m_browse, &SandboxBrowse::failed, this, [this](const QString&, const QString& message, bool) {
        m_message->setText(message);
        emit listed();
    });
    connect(m_table, &QTableView::activated, this, &SandboxBrowser::activate);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, [this] { browse(m_pathEdit->text().trimmed()); });
    connect(refreshButton, &QPushButton::clicked, this, &SandboxBrowser::refresh);
    connect(up, &QPushButton::clicked, this, [this] {
        QString parentPath = m_path.section(u'/', 0, -2);
        if (parentPath.isEmpty())
            parentPath = QStringLiteral("/");
        browse(parentPath);
    });
    connect(stdoutButton, &QPushButton::clicked, this, [this] { openRootFile(QStringLiteral("stdout")); });
    connect(stderrButton, &QPushButton::clicked, this, [this] { openRootFile(QStringLiteral("stderr")); });
    connect(openButton, &QPushButton::clicked, this, [this] { activate(m_table->currentIndex()); });
    connect(downloadButton, &QPushButton::clicked, this, &SandboxBrowser::downloadSelected);
}

QString SandboxBrowser::message() const { return m_message->text(); }

void SandboxBrowser::setSandbox(const QUrl& agentUrl, const QString& root) {
    m_agentUrl = agentUrl;
    m_root = root;
    m_model->clear();
    browse(root);
}

void SandboxBrowser::browse(const QString& path) {
    if (path.isEmpty() || !m_agentUrl.isValid())
        return;
    m_path = path;
    m_pathEdit->setText(path);
    m_message->setText(tr("Listing %1…").arg(path));
    m_browse->list(m_agentUrl, path);
}

void SandboxBrowser::refresh() { browse(m_path); }

void SandboxBrowser::activate(const QModelIndex& proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const QString path = index.siblingAtColumn(0).data(SandboxFilesModel::PathRole).toString();
    if (index.siblingAtColumn(0).data(SandboxFilesModel::IsDirectoryRole).toBool())
        browse(path);
    else
        emit openFileRequested(m_agentUrl, path);
}

void SandboxBrowser::openRootFile(const QString& name) {
    const QString base = m_root.isEmpty() ? m_path : m_root;
    if (base.isEmpty() || !m_agentUrl.isValid())
        return;
    emit openFileRequested(m_agentUrl, base + u'/' + name);
}

FileDownload* SandboxBrowser::download(const QString& remotePath, qint64 size, const QString& localPath) {
    if (m_download)
        return nullptr;
    auto* download = new FileDownload(m_transport, m_agentUrl, remotePath, localPath, this);
    m_download = download;
    download->setExpectedSize(size);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    connect(download, &FileDownload::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(1000 * qMin(received, total) / total));
        m_progress->setFormat(QLocale::system().formattedDataSize(received));
    });
    connect(download, &FileDownload::finished, this, [this, download, localPath](bool ok, const QString& error) {
        m_progress->hide();
        m_message->setText(ok ? tr("Saved %1.").arg(localPath) : tr("The download failed: %1").arg(error));
        download->deleteLater();
    });
    download->start();
    return download;
}

void SandboxBrowser::downloadSelected() {
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (!index.isValid() || index.siblingAtColumn(0).data(SandboxFilesModel::IsDirectoryRole).toBool())
        return;
    const SandboxFileEntry& entry = m_model->entry(index.row());
    const QString local = QFileDialog::getSaveFileName(this, tr("Download %1").arg(entry.name()), entry.name());
    if (!local.isEmpty())
        download(entry.path, entry.size, local);
}
