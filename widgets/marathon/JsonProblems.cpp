#include "JsonProblems.h"

#include "ThemeColors.h"
#include "ThemeNotifier.h"

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
        QString path = field.path;
        if (!path.isEmpty() && !path.startsWith(u'/'))
            path.prepend(u'/');   // 0.15 "attribute": "id"
        path.replace(u'.', u'/'); // "upgradeStrategy.minimumHealthCapacity" from old servers
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
    for (const QString& path : std::as_const(paths)) {
        QString key = path.section(u'/', -1);
        bool isIndex = false;
        key.toInt(&isIndex);
        if (isIndex)
            key = path.section(u'/', -2, -2);
        if (key.isEmpty())
            continue;
        const QTextCursor found = editor->document()->find(u'"' + key + u'"');
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
