#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

// Answers a modal dialog a test is about to open (exec() returns only when it is answered): fn
// gets the dialog once it is the active modal widget. Polled on a timer, never a fixed wait.
inline void whenModal(const std::function<void(QWidget*)>& fn) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, fn] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        fn(modal);
    });
    timer->start();
}
