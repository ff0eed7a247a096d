#pragma once

#include "sandbox/SandboxFileEntry.h"

#include <QAbstractTableModel>

// One sandbox directory listing. setEntries() applies the difference to the previous listing,
// keyed by path (removed, changed, added rows), so a refresh keeps selection and scroll.
// Directories sort before files by default through the SortKeyRole.
class SandboxFilesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn = 0, SizeColumn, ModifiedColumn, ModeColumn, OwnerColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, IsDirectoryRole, SizeBytesRole, SortKeyRole };

    explicit SandboxFilesModel(QObject* parent = nullptr);

    QString directory() const { return m_directory; }
    // A new directory replaces every row; the same directory is updated by difference.
    void setEntries(const QString& directory, const QList<SandboxFileEntry>& entries);
    void clear();
    const SandboxFileEntry& entry(int row) const { return m_entries.at(row); }
    int rowOfPath(const QString& path) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatSize(qint64 bytes);

private:
    QString m_directory;
    QList<SandboxFileEntry> m_entries;
};
