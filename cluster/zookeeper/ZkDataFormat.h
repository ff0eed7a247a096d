#pragma once

#include <QByteArray>
#include <QString>

// How a znode's bytes are shown. Everything here is server text: callers put the results
// into plain-text widgets only. Pure functions, safe on any thread (the explorer formats
// big values on a worker so the GUI thread never stalls on a megabyte).
namespace ZkDataFormat {
enum class Kind { Empty, Text, Json, Binary };

// Empty; Json when the bytes are a JSON object or array; Text when they are UTF-8 with no
// control characters but tab, newline and carriage return; Binary otherwise.
Kind detect(const QByteArray& data);
// Indented JSON, or empty when data is no JSON object or array.
QString prettyJson(const QByteArray& data);
// "00000000  7b 22 61 22 ...  |{"a"...|", 16 bytes a line, at most maxBytes of data.
QString hexDump(const QByteArray& data, qsizetype maxBytes = -1);
// The bytes as the kind wants them (JSON pretty, text as UTF-8, binary as hex).
QString render(const QByteArray& data, Kind kind);
QString kindName(Kind kind); // translated, for the view switch
} // namespace ZkDataFormat
