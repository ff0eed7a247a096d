#pragma once

#include <QJsonObject>
#include <QString>

// A unified-style line diff of two app definitions (pretty JSON, keys sorted): lines only
// in "from" start with "- ", lines only in "to" with "+ ", common lines with "  ".
class JsonLineDiff {
public:
    static QString diff(const QJsonObject& from, const QJsonObject& to);
    static QString diffText(const QString& from, const QString& to);
};
