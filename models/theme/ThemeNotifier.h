#pragma once

#include <QObject>

class QAbstractItemModel;

// Tells when the application palette changed (View > Theme, or the platform's own light/dark
// switch), so what holds theme colours can take the new ones. One per application.
class ThemeNotifier : public QObject {
    Q_OBJECT
public:
    static ThemeNotifier* instance();

    // The model's colour roles read again by its views (dataChanged over every row, no reset).
    static void repaintOnChange(QAbstractItemModel* model, const QList<int>& roles);

signals:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ThemeNotifier(QObject* parent);
};
