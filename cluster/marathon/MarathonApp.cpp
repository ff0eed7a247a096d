#include "MarathonApp.h"

#include <QByteArrayView>
#include <QJsonDocument>

namespace {
QByteArrayView textOf(const RawJson& raw) {
    return QByteArrayView(raw.document.constData() + raw.offset, raw.length);
}
} // namespace

QJsonObject MarathonApp::definition() const {
    if (raw.isEmpty())
        return {};
    // No copy of the text: the document outlives the parse.
    const QByteArrayView text = textOf(raw);
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size())).object();
}

RawJson MarathonApp::rawJsonOf(const QJsonObject& definition) {
    const QByteArray text = QJsonDocument(definition).toJson(QJsonDocument::Compact);
    return RawJson{text, 0, text.size()};
}

bool MarathonApp::operator==(const MarathonApp& other) const {
    return tasks == other.tasks && (textOf(raw) == textOf(other.raw) || definition() == other.definition());
}
