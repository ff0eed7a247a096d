#include "AgentDrainReader.h"

#include "AgentDrainModel.h"
#include "operator/OperatorParser.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

AgentDrainReader::AgentDrainReader(AgentDrainModel* model, QObject* parent) : QObject(parent), m_model(model) {}

AgentDrainReader::~AgentDrainReader() = default;

void AgentDrainReader::take(const QByteArray& body) {
    const quint64 generation = ++m_generation;
    QPointer<AgentDrainReader> self(this);
    QThreadPool::globalInstance()->start([self, body, generation] {
        auto parsed = OperatorParser::parseAgents(body);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, parsed = std::move(parsed)] {
            if (!self || generation != self->m_generation)
                return; // gone, or a newer answer is on its way
            if (!parsed.ok())
                return emit self->read(parsed.error, 0);
            self->m_model->apply(parsed.value);
            emit self->read({}, int(parsed.value.size()));
        });
    });
}
