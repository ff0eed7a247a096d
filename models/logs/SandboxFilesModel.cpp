#include "SandboxFilesModel.h"

#include <QHash>
#include <QLocale>
#include <QSet>

SandboxFilesModel::SandboxFilesModel(QObject* parent) : QAbstractTableModel(parent) {}

void SandboxFilesModel::clear() {
    if (!m_entries.isEmpty()) {
        beginRemoveRows({}, 0, int(m_entries.size() - 1));
        m_entries.clear();
        endRemoveRows();
    }
    m_directory.clear();
}

int SandboxFilesModel::rowOfPath(const QString& path) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).path == path)
            return i;
    return -1;
}

void SandboxFilesModel::setEntries(const QString& directory, const QList<SandboxFileEntry>& entries) {
    if (directory != m_directory)
        clear();
    m_directory = directory;
    QHash<QString, const SandboxFileEntry*> incoming;
    for (const SandboxFileEntry& e : entries)
        incoming.insert(e.path, &e);
    // Removed rows, from the bottom so indexes stay valid.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_entries.at(row).path)) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // Changed rows.
    QSet<QString> present;
    for (int row = 0; row < m_entries.size(); ++row) {
        SandboxFileEntry& current = m_entries[row];
        present.insert(current.path);
        const SandboxFileEntry& next = *incoming.value(current.path);
        if (next.size != current.size || next.mtime != current.mtime || next.mode != current.mode ||
            next.uid != current.uid || next.gid != current.gid) {
            current = next;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Added rows, appended in the server's order.
    QList<SandboxFileEntry> added;
    for (const SandboxFileEntry& e : entries)
        if (!present.contains(e.path))
            added.append(e);
    if (!added.isEmpty()) {
        const int first = int(m_entries.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_entries.append(added);
        endInsertRows();
    }
}

int SandboxFilesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int SandboxFilesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString SandboxFilesModel::formatSize(qint64 bytes) {
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QVariant SandboxFilesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const SandboxFileEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.isDirectory() ? e.name() + u'/' : e.name();
        case SizeColumn:
            return e.isDirectory() ? QString() : formatSize(e.size);
        case ModifiedColumn:
            return e.mtime.isValid() ? e.mtime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        case ModeColumn:
            return e.mode;
        case OwnerColumn:
            return e.gid.isEmpty() ? e.uid : e.uid + u':' + e.gid;
        }
        return {};
    case Qt::ToolTipRole:
        return e.path;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PathRole:
        return e.path;
    case IsDirectoryRole:
        return e.isDirectory();
    case SizeBytesRole:
        return e.size;
    case SortKeyRole:
        switch (index.column()) {
        case NameColumn:
            return QString((e.isDirectory() ? u'0' : u'1') + e.name().toLower());
        case SizeColumn:
            return e.size;
        case ModifiedColumn:
            return e.mtime;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant SandboxFilesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case SizeColumn: return tr("Size");
    case ModifiedColumn: return tr("Modified");
    case ModeColumn: return tr("Mode");
    case OwnerColumn: return tr("Owner");
    }
    return {};
}
