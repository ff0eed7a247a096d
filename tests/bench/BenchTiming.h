#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

// The median of rounds runs of f, in milliseconds: one slow run (a page fault, another process)
// does not move it.
template <typename F> double medianMs(int rounds, F f) {
    std::vector<double> v;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
