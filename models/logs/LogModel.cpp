#include "LogModel.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

LogModel::LogModel(QObject* parent) : QAbstractListModel(parent) {
    m_sources.push_back({QString(), QColor()});
    ThemeNotifier::repaintOnChange(this, {Qt::ForegroundRole, FormatsRole});
}

void LogModel::setLineCap(qsizetype cap) {
    m_buffer.setLineCap(cap);
    const qsizetype excess = m_buffer.size() - m_buffer.lineCap();
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_buffer.removeFront(excess);
        endRemoveRows();
        emit linesTrimmed(int(excess));
    }
}

int LogModel::addSource(const QString& label, const QColor& color) {
    if (m_sources.size() == 1 && m_sources[0].label.isEmpty() && m_buffer.size() == 0) {
        m_sources[0] = {label, color};
        return 0;
    }
    m_sources.push_back({label, color});
    return int(m_sources.size() - 1);
}

QString LogModel::sourceLabel(int source) const {
    return source >= 0 && size_t(source) < m_sources.size() ? m_sources[size_t(source)].label : QString();
}

QColor LogModel::sourceColor(int source) const {
    if (source < 0 || size_t(source) >= m_sources.size())
        return {};
    const QColor& color = m_sources[size_t(source)].color;
    return color.isValid() ? color : sourcePaletteColor(source);
}

void LogModel::setShowSourcePrefix(bool show) {
    if (show == m_showPrefix)
        return;
    m_showPrefix = show;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, FormatsRole});
}

void LogModel::setRenderAnsi(bool render) {
    if (render == m_renderAnsi)
        return;
    m_renderAnsi = render;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {FormatsRole});
}

void LogModel::appendBytes(int source, const QByteArray& bytes) {
    m_scratch.clear();
    m_buffer.decode(source, bytes, m_scratch);
    insertLines(source, m_scratch);
}

void LogModel::insertLines(int source, std::vector<LogDecoder::Line>& lines) {
    if (lines.empty())
        return;
    size_t first = 0;
    if (lines.front().continuation) {
        const qsizetype row = m_buffer.openRow(source);
        if (row >= 0) {
            m_buffer.appendToRow(row, lines.front());
            const QModelIndex changed = index(int(row));
            emit dataChanged(changed, changed);
            if (lines.front().complete)
                m_buffer.setOpen(source, -1);
            first = 1;
        }
    }
    qsizetype count = qsizetype(lines.size() - first);
    if (count <= 0)
        return;
    // Never hold more than the cap, even for a moment: trim first, then insert.
    const qsizetype cap = m_buffer.lineCap();
    if (count > cap) {
        first += size_t(count - cap);
        count = cap;
    }
    const qsizetype excess = m_buffer.size() + count - cap;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_buffer.removeFront(excess);
        endRemoveRows();
        emit linesTrimmed(int(excess));
    }
    const int start = int(m_buffer.size());
    beginInsertRows({}, start, start + int(count) - 1);
    for (size_t i = first; i < lines.size(); ++i) {
        LogDecoder::Line& line = lines[i];
        m_buffer.append(line.text, std::move(line.spans), quint16(source), LogBuffer::Kind::Text);
    }
    endInsertRows();
    m_buffer.setOpen(source, lines.back().complete ? -1 : m_buffer.size() - 1);
}

void LogModel::prependBytes(int source, const QByteArray& bytes) {
    m_scratch.clear();
    LogBuffer::decodeDetached(bytes, m_scratch);
    // Only as many as the cap leaves room for: the newest of the earlier lines.
    const qsizetype room = m_buffer.lineCap() - m_buffer.size();
    const qsizetype count = qMin<qsizetype>(room, qsizetype(m_scratch.size()));
    if (count <= 0)
        return;
    const qsizetype openRowBefore = m_buffer.openRow(source);
    beginInsertRows({}, 0, int(count) - 1);
    for (qsizetype i = 0; i < count; ++i) {
        LogDecoder::Line& line = m_scratch[m_scratch.size() - 1 - size_t(i)];
        m_buffer.prepend(line.text, std::move(line.spans), quint16(source), LogBuffer::Kind::Text);
    }
    endInsertRows();
    Q_UNUSED(openRowBefore); // open rows are tracked by sequence number, prepending keeps them valid
}

void LogModel::appendMarker(int source, const QString& text) {
    const qsizetype excess = m_buffer.size() + 1 - m_buffer.lineCap();
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_buffer.removeFront(excess);
        endRemoveRows();
    }
    const int row = int(m_buffer.size());
    beginInsertRows({}, row, row);
    m_buffer.append(text.toUtf8(), {}, quint16(source), LogBuffer::Kind::Marker);
    endInsertRows();
    m_buffer.setOpen(source, -1);
}

void LogModel::resetSource(int source) { m_buffer.resetSource(source); }

void LogModel::clear() {
    if (m_buffer.size() == 0)
        return;
    beginRemoveRows({}, 0, int(m_buffer.size() - 1));
    m_buffer.clear();
    endRemoveRows();
}

QString LogModel::prefix(int source) const {
    if (!m_showPrefix)
        return {};
    return QLatin1Char('[') + sourceLabel(source) + QLatin1String("] ");
}

QString LogModel::lineText(int row) const {
    return prefix(m_buffer.at(row).source) + QString::fromUtf8(m_buffer.text(row));
}

int LogModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_buffer.size()); }

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() != TextColumn)
        return {};
    const LogBuffer::Entry& e = m_buffer.at(index.row());
    const QByteArrayView text = m_buffer.text(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return lineText(index.row());
    case PlainTextRole:
        return QString::fromUtf8(text);
    case SourceRole:
        return int(e.source);
    case SourceLabelRole:
        return sourceLabel(e.source);
    case IsMarkerRole:
        return e.kind == LogBuffer::Kind::Marker;
    case Qt::ForegroundRole:
        if (e.kind == LogBuffer::Kind::Marker)
            return ThemeColors::color(ThemeColors::Role::LogMarker);
        return {};
    case FormatsRole: {
        QList<QTextLayout::FormatRange> formats;
        const QString pre = prefix(e.source);
        if (!pre.isEmpty()) {
            QTextCharFormat f;
            f.setForeground(sourceColor(e.source));
            f.setFontWeight(QFont::Bold);
            formats.append({0, int(pre.size()), f});
        }
        if (e.kind == LogBuffer::Kind::Marker) {
            QTextCharFormat f;
            f.setFontItalic(true);
            formats.append({int(pre.size()), int(QString::fromUtf8(text).size()), f});
            return QVariant::fromValue(formats);
        }
        if (!m_renderAnsi || !e.spans)
            return QVariant::fromValue(formats);
        // Spans count bytes; the layout counts UTF-16 units.
        auto units = [&](quint32 byteOffset) {
            return int(QString::fromUtf8(text.constData(), qMin<qsizetype>(byteOffset, text.size())).size());
        };
        for (const LogDecoder::Span& span : *e.spans) {
            QTextCharFormat f;
            qint32 fg = span.foreground;
            qint32 bg = span.background;
            if (span.attributes & LogDecoder::Inverse)
                std::swap(fg, bg);
            if (fg >= 0)
                f.setForeground(ansiColor(fg));
            if (bg >= 0)
                f.setBackground(ansiColor(bg));
            if (span.attributes & LogDecoder::Bold)
                f.setFontWeight(QFont::Bold);
            if (span.attributes & LogDecoder::Italic)
                f.setFontItalic(true);
            if (span.attributes & LogDecoder::Underline)
                f.setFontUnderline(true);
            const int start = units(span.start);
            const int end = units(span.start + span.length);
            formats.append({int(pre.size()) + start, end - start, f});
        }
        return QVariant::fromValue(formats);
    }
    default:
        return {};
    }
}

QColor LogModel::ansiColor(qint32 colour) {
    if (colour & LogDecoder::TrueColor)
        return QColor((colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF);
    if (colour < 0)
        return {};
    if (colour < 16)
        return ThemeColors::ansi(colour); // readable on the theme's base
    if (colour < 232) {
        const int c = colour - 16;
        auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(c / 36), level((c / 6) % 6), level(c % 6));
    }
    const int gray = 8 + (qMin(colour, 255) - 232) * 10;
    return QColor(gray, gray, gray);
}

QColor LogModel::sourcePaletteColor(int index) {
    return ThemeColors::logSource(index);
}
