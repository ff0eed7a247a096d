#pragma once

#include <QObject>

class AgentDrainModel;

// Takes the Drain tab's GET_AGENTS answers: parses each on the thread pool (a cluster of 5,000
// agents answers megabytes) and applies the differences to the model on this thread. Answers
// are applied in the order taken; one parsed after a newer one was taken is dropped.
class AgentDrainReader : public QObject {
    Q_OBJECT
public:
    explicit AgentDrainReader(AgentDrainModel* model, QObject* parent = nullptr);
    ~AgentDrainReader() override;

    void take(const QByteArray& body);
    // What is being parsed is not applied (another cluster's answer, say).
    void forget() { ++m_generation; }

signals:
    // After the model took the answer (error empty), or why the answer was not read.
    void read(const QString& error, int agents);

private:
    AgentDrainModel* m_model;
    quint64 m_generation = 0;
};
