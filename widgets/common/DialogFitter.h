#pragma once

#include <QObject>

class QWidget;

// Makes a dialog grow with its messages. A top-level layout holding word-wrapped labels gives
// its window no minimum height (Qt drops it when the height depends on the width), so a message
// shown after the dialog opened overlaps itself and squeezes the fields. Whenever the layout
// changes or the dialog is resized, the fitter sets the minimum height the contents need at the
// current width and grows the dialog to it.
class DialogFitter : public QObject {
    Q_OBJECT
public:
    static DialogFitter* install(QWidget* dialog);
    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DialogFitter(QWidget* dialog);

    QWidget* m_dialog;
    bool m_queued = false;
};
