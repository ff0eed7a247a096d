#pragma once

#include "net/ApiError.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextEdit>

class QPlainTextEdit;

// What the app and pod editors share: problems keyed by JSON path ("/containers/0/name"),
// from the local checks or from the server's 400/422 details, marked on their lines in the
// JSON editor and listed as "path: message".
namespace JsonProblems {
// Adds message at path, joining several with "; ".
void add(QHash<QString, QString>* problems, const QString& path, const QString& message);
// The details of a refused change by path; what names no path (the whole document) goes to
// *general, one message a line.
QHash<QString, QString> fromServer(const ApiError& error, QStringList* general);
// One mark per problem on the line of its key (an array index marks its array's key).
QList<QTextEdit::ExtraSelection> marks(QPlainTextEdit* editor, const QHash<QString, QString>& problems);
// The marks keep their colour in the editor's selections: a theme switch paints them anew.
void recolourOnThemeChange(QPlainTextEdit* editor);
// "path: message" lines, sorted by path.
QStringList lines(const QHash<QString, QString>& problems);
} // namespace JsonProblems
