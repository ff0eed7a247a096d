#pragma once

#include "MesosAgent.h"
#include "MesosFramework.h"
#include "MesosTask.h"

// The keys collections, stores and models use. Task ids are unique per framework only.
namespace MesosKeys {
inline QString of(const MesosAgent& a) { return a.id; }
inline QString of(const MesosFramework& f) { return f.id; }
inline QString task(const QString& frameworkId, const QString& taskId) { return frameworkId + u'/' + taskId; }
// Parsed tasks carry their key, so stores and models share one string instead of building one per use.
inline QString of(const MesosTask& t) { return t.key.isEmpty() ? task(t.frameworkId, t.id) : t.key; }
} // namespace MesosKeys
