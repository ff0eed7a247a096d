#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

// What changed in one collection (agents, frameworks or tasks) between two moments, keyed
// by id: what the models turn into beginInsertRows / beginRemoveRows / dataChanged.
template <typename T>
struct MesosChangeSet {
    using Ptr = std::shared_ptr<const T>;
    QList<Ptr> added;
    QList<Ptr> changed;
    QStringList removed; // keys
    bool statusOnly = false; // only task state/health/times changed (stream updates): views re-sort less
    // After a whole document: the complete collection it gave (unchanged objects included), so
    // views can let go of the previous document's objects; empty after stream events.
    QHash<QString, Ptr> current;
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }

    // Differences between two keyed collections. Objects are compared by the hash of their
    // JSON text, so a re-parsed but identical object is not "changed".
    // `order`, when given, lists `after` in document order: a first fill then inserts rows in
    // that order (memory order too, which the models walk faster than hash order).
    static MesosChangeSet between(const QHash<QString, Ptr>& before, const QHash<QString, Ptr>& after,
                                  const QList<Ptr>* order = nullptr) {
        MesosChangeSet set;
        set.current = after;
        if (before.isEmpty() && order && order->size() == after.size()) {
            set.added = *order;
            return set;
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()))
                set.removed.append(it.key());
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const auto old = before.constFind(it.key());
            if (old == before.cend())
                set.added.append(it.value());
            else if (old.value() != it.value() && old.value()->rawHash != it.value()->rawHash)
                set.changed.append(it.value());
        }
        return set;
    }
};
