#pragma once

#include <QString>
#include <QTextStream>

#include <functional>

// Benchmarks register themselves; mesosdesk-bench runs them in order of registration name.
// Each prints its own "name: value" lines (figure and baseline and their ratio) to out.
struct BenchContext {
    QString zooKeeperHosts; // a real ZooKeeper (from --zk, $MESOSDESK_ZK or a private server)
    QTextStream* out;
    QTextStream* err;
    void figure(const QString& name, double value, int decimals = 2) const {
        *out << name << ": " << QString::number(value, 'f', decimals) << Qt::endl;
    }
};

using BenchFunction = std::function<bool(BenchContext&)>; // false: the bench could not run

struct BenchRegistration {
    BenchRegistration(const char* name, BenchFunction function);
};

#define MESOSDESK_BENCH(name)                                                                                  \
    static bool bench_##name(BenchContext& context);                                                           \
    static const BenchRegistration registration_##name(#name, &bench_##name);                                 \
    static bool bench_##name(BenchContext& context)
