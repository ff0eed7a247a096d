#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QDoubleSpinBox;
class QLabel;
class QPushButton;

// Scale every app under a group by one factor (Marathon's PUT /v2/groups/{id} {"scaleBy"}),
// showing what each app becomes (ceil(instances × factor), as Marathon rounds) before anything
// is sent. The dialog only collects the factor; the panel sends it and handles a 409 lock.
class GroupScaleDialog : public QDialog {
    Q_OBJECT
public:
    using AppInstances = QList<QPair<QString, int>>; // app id, current instances

    GroupScaleDialog(const QString& groupId, const AppInstances& apps, QWidget* parent = nullptr);

    QString groupId() const { return m_groupId; }
    double factor() const;
    QDoubleSpinBox* factorBox() const { return m_factor; }
    QPushButton* scaleButton() const { return m_scale; }
    QString previewText() const;
    static int scaled(int instances, double factor);

private:
    void updatePreview();

    QString m_groupId;
    AppInstances m_apps;
    QDoubleSpinBox* m_factor;
    QLabel* m_preview;
    QPushButton* m_scale;
};
