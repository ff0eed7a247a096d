#pragma once

#include <QString>

// Finds where a JSON pointer ("/apps/1/instances") points in JSON text, so an editor marks
// the line of that value and not the first key of the same name: the group editor holds
// several apps, each with its "id" and "instances". Lenient: text that stops being JSON
// before the path is reached gives -1.
namespace JsonPathLocator {
// The offset of the key's opening quote (an object member) or of the element (an array
// index); the offset of the document for "" or "/"; -1 when the path is not there.
qsizetype offsetOf(const QString& text, const QString& pointer);
// Marathon's own ways of naming a path as a JSON pointer: "/apps(0)/id" (Marathon 1.x group
// validation), "upgradeStrategy.minimumHealthCapacity" and "id" (0.x) -> "/apps/0/id"...
QString normalized(const QString& serverPath);
} // namespace JsonPathLocator
