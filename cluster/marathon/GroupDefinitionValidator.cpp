#include "GroupDefinitionValidator.h"

#include "MarathonGroupParser.h"

#include <QJsonArray>

namespace {
using Problem = GroupDefinitionValidator::Problem;

QString childHint(const QString& parent) {
    return GroupDefinitionValidator::tr("must lie directly in %1 (a relative id such as \"web\" does)")
        .arg(parent);
}

// The id of an app or child group: a path that, made absolute against its group, is one of
// the group's own children.
void checkChildId(const QJsonObject& o, const QString& path, const QString& parent, QList<Problem>* out) {
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        out->append({path + QStringLiteral("/id"), GroupDefinitionValidator::tr("is required")});
        return;
    }
    if (!AppDefinitionValidator::isValidId(id.toString()))
        out->append(
            {path + QStringLiteral("/id"),
             GroupDefinitionValidator::tr("must be a path of lower-case letters, digits, '-' and '.'")});
    else if (MarathonGroupParser::parentOf(MarathonGroupParser::canonical(id.toString(), parent)) != parent)
        out->append({path + QStringLiteral("/id"), childHint(parent)});
}

void checkGroup(const QJsonObject& group, const QString& path, const QString& id, QList<Problem>* out,
                int depth) {
    for (auto it = group.begin(); it != group.end(); ++it) {
        const QString key = it.key();
        const QString at = path + u'/' + key;
        if (key == QLatin1String("pods"))
            out->append(
                {at, GroupDefinitionValidator::tr("is not part of a group update: pods are created and "
                                                  "changed on their own (New Pod, Edit)")});
        else if (key == QLatin1String("version"))
            out->append(
                {at, GroupDefinitionValidator::tr("rolls the group back to that version and ignores the "
                                                  "rest: remove it to apply this definition")});
        else if (key == QLatin1String("scaleBy"))
            out->append(
                {at, GroupDefinitionValidator::tr("scales every app and ignores the rest: remove it (Scale "
                                                  "does that)")});
        else if (key == QLatin1String("enforceRole") && !it.value().isBool())
            out->append({at, GroupDefinitionValidator::tr("must be true or false")});
        else if (key != QLatin1String("id") && key != QLatin1String("apps") &&
                 key != QLatin1String("groups") && key != QLatin1String("dependencies") &&
                 key != QLatin1String("enforceRole"))
            out->append({at, GroupDefinitionValidator::tr("is not a field of a group")});
    }
    const QJsonValue deps = group.value(QLatin1String("dependencies"));
    if (!deps.isUndefined() && !deps.isArray())
        out->append({path + QStringLiteral("/dependencies"),
                     GroupDefinitionValidator::tr("must be an array of ids")});
    const QJsonArray depList = deps.toArray();
    for (qsizetype i = 0; i < depList.size(); ++i) {
        const QString at = path + QStringLiteral("/dependencies/") + QString::number(i);
        const QJsonValue d = depList.at(i);
        if (!d.isString() || !AppDefinitionValidator::isValidId(d.toString()))
            out->append({at, GroupDefinitionValidator::tr("must be the path of an app or a group")});
        else if (const QString target = MarathonGroupParser::canonical(d.toString(), id);
                 target == id || MarathonGroupParser::isUnder(target, id))
            out->append(
                {at, GroupDefinitionValidator::tr("names this group or something in it: a group cannot "
                                                  "wait for itself")});
    }
    for (const char* key : {"apps", "groups"}) {
        const QJsonValue v = group.value(QLatin1String(key));
        const QString at = path + u'/' + QLatin1String(key);
        if (!v.isUndefined() && !v.isArray()) {
            out->append({at, GroupDefinitionValidator::tr("must be an array")});
            continue;
        }
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = at + u'/' + QString::number(i);
            if (!items.at(i).isObject()) {
                out->append({item, GroupDefinitionValidator::tr("must be an object")});
                continue;
            }
            const QJsonObject o = items.at(i).toObject();
            checkChildId(o, item, id, out);
            if (qstrcmp(key, "apps") == 0) {
                for (const Problem& p : AppDefinitionValidator::validate(o))
                    if (p.path != QLatin1String("/id")) // the id is a group member's, checked above
                        out->append({item + p.path, p.message});
            } else if (depth < 64) {
                const QString childId =
                    MarathonGroupParser::canonical(o.value(QLatin1String("id")).toString(), id);
                checkGroup(o, item, childId, out, depth + 1);
            }
        }
    }
}
} // namespace

QList<GroupDefinitionValidator::Problem> GroupDefinitionValidator::validate(const QJsonObject& group) {
    QList<Problem> out;
    const QJsonValue id = group.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty()) {
        out.append({QStringLiteral("/id"), tr("is required: the group's absolute path, e.g. /prod/shop")});
    } else if (!id.toString().startsWith(u'/')) {
        out.append({QStringLiteral("/id"), tr("must be absolute: start it with /, e.g. /prod/shop")});
    } else if (!AppDefinitionValidator::isValidId(id.toString())) {
        out.append({QStringLiteral("/id"), tr("must be a path of lower-case letters, digits, '-' and '.'")});
    }
    checkGroup(group, QString(), MarathonGroupParser::canonical(id.toString(), QStringLiteral("/")), &out, 0);
    return out;
}
