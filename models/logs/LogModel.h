#pragma once

#include "LogBuffer.h"

#include <QAbstractListModel>
#include <QColor>
#include <QTextLayout>

// The lines of one log view (or of a merged view over several tasks), bounded by a line cap.
// Appending trims the oldest rows with beginRemoveRows, never a reset, so views keep their
// selection and scroll position. Text is plain text: DisplayRole is the line's characters,
// whatever they are (a line holding HTML shows as that HTML's characters).
class LogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Column { TextColumn = 0, ColumnCount };
    enum Role {
        PlainTextRole = Qt::UserRole + 1, // the line without the source prefix
        FormatsRole,                      // QList<QTextLayout::FormatRange>: ANSI colours (empty when stripped)
        SourceRole,                       // int
        SourceLabelRole,                  // QString
        IsMarkerRole,                     // bool: a line MesosDesk inserted (rotation, skipped bytes...)
    };

    explicit LogModel(QObject* parent = nullptr);

    qsizetype lineCap() const { return m_buffer.lineCap(); }
    void setLineCap(qsizetype cap); // trims at once when lowered

    // Sources: several tasks in one merged view. Source 0 exists from the start. Without a
    // colour, the source's is the theme's for its number (and follows the theme).
    int addSource(const QString& label, const QColor& color = {});
    int sourceCount() const { return int(m_sources.size()); }
    QString sourceLabel(int source) const;
    QColor sourceColor(int source) const;
    void setShowSourcePrefix(bool show);

    void setRenderAnsi(bool render);
    bool renderAnsi() const { return m_renderAnsi; }

    void appendBytes(int source, const QByteArray& bytes);
    void prependBytes(int source, const QByteArray& bytes); // back-paging: earlier text of source
    void appendMarker(int source, const QString& text);
    void resetSource(int source); // a new file follows (rotation): forget carried bytes
    void clear();

    const LogBuffer& buffer() const { return m_buffer; }
    QByteArray lineBytes(int row) const { return m_buffer.text(row).toByteArray(); }
    QString lineText(int row) const; // with the prefix, as shown

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QColor ansiColor(qint32 colour); // the xterm palette and 24-bit colours
    static QColor sourcePaletteColor(int index);

signals:
    void linesTrimmed(int count);

private:
    struct Source {
        QString label;
        QColor color; // invalid: the theme's
    };
    void insertLines(int source, std::vector<LogDecoder::Line>& lines);
    QString prefix(int source) const;

    LogBuffer m_buffer;
    std::vector<Source> m_sources;
    bool m_renderAnsi = true;
    bool m_showPrefix = false;
    std::vector<LogDecoder::Line> m_scratch;
};
