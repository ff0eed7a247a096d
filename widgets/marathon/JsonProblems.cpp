#include "JsonProblems.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"
#include "marathon/JsonPathLocator.h"

#include <QPlainTextEdit>
#include <QTextDocument>

namespace JsonProblems {

void add(QHash<QString, QString>* problems, const QString& path, const QString& message) {
    problems->insert(path, problems->contains(path) ? problems->value(path) + QStringLiteral("; ") + message
                                                    : message);
}

QHash<QString, QString> fromServer(const ApiError& error, QStringList* general) {
    QHash<QString, QString> out;
    for (const ApiError::FieldError& field : error.details) {
        // "/apps(0)/id" from a group's validation, 0.15's "attribute": "id", older servers'
        // "upgradeStrategy.minimumHealthCapacity": all JSON pointers from here on.
        const QString path = JsonPathLocator::normalized(field.path);
        const QString text = field.errors.join(QStringLiteral("; "));
        if (path.isEmpty() || path == QLatin1String("/"))
            general->append(text);
        else
            add(&out, path, text);
    }
    return out;
}

QList<QTextEdit::ExtraSelection> marks(QPlainTextEdit* editor, const QHash<QString, QString>& problems) {
    QList<QTextEdit::ExtraSelection> out;
    QStringList paths = problems.keys();
    paths.sort();
    const QString text = editor->toPlainText();
    for (const QString& path : std::as_const(paths)) {
        // The line the path points at; where the text is not JSON (yet), the first key of that name.
        const qsizetype offset =
            path.isEmpty() || path == QLatin1String("/") ? -1 : JsonPathLocator::offsetOf(text, path);
        QTextCursor found(editor->document());
        if (offset >= 0) {
            found.setPosition(int(offset));
        } else {
            QString key = path.section(u'/', -1);
            bool isIndex = false;
            key.toInt(&isIndex);
            if (isIndex)
                key = path.section(u'/', -2, -2);
            if (key.isEmpty())
                continue;
            found = editor->document()->find(u'"' + key + u'"');
        }
        if (found.isNull())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = found;
        mark.cursor.clearSelection();
        mark.format.setBackground(ThemeColors::color(ThemeColors::Role::EditorErrorMark));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(problems.value(path));
        out << mark;
    }
    return out;
}

void recolourOnThemeChange(QPlainTextEdit* editor) {
    QObject::connect(ThemeNotifier::instance(), &ThemeNotifier::changed, editor, [editor] {
        QList<QTextEdit::ExtraSelection> marks = editor->extraSelections();
        for (QTextEdit::ExtraSelection& mark : marks)
            mark.format.setBackground(ThemeColors::color(ThemeColors::Role::EditorErrorMark));
        editor->setExtraSelections(marks);
    });
}

QStringList lines(const QHash<QString, QString>& problems) {
    QStringList paths = problems.keys();
    paths.sort();
    QStringList out;
    for (const QString& path : std::as_const(paths))
        out << (path.isEmpty() ? problems.value(path) : path + QStringLiteral(": ") + problems.value(path));
    return out;
}

} // namespace JsonProblems
