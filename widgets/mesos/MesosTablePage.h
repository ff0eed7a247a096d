#pragma once

#include "core/SettingValue.h"

#include <QHash>
#include <QUrl>
#include <QWidget>

#include <functional>

class MesosDetailPane;
class MesosFilterProxy;
class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QComboBox;
class QLineEdit;
class QTableView;
class QLabel;

// One table of the cluster view (agents, frameworks or tasks): sortable, filtered as you
// type (text and category), columns remembered (typed settings), a detail pane with the
// fields and the raw JSON, "Copy ID" and "Open in Mesos web UI" on the selected object.
class MesosTablePage : public QWidget {
    Q_OBJECT
public:
    using UrlForRow = std::function<QUrl(const QModelIndex& sourceIndex)>;

    MesosTablePage(const SettingValue<QByteArray>& headerSetting, QWidget* parent = nullptr);
    ~MesosTablePage() override;

    // defaultWidths: column -> pixels, for a first use (a saved header keeps the operator's widths).
    void setModel(QAbstractItemModel* model, int defaultSortColumn, const QHash<int, int>& defaultWidths = {});
    // Columns that may be hidden, least important first, so that until the operator arranges
    // the header (resizes, moves, sorts, picks columns from its context menu) the table fits
    // its width instead of scrolling sideways.
    void setOptionalColumns(const QList<int>& leastImportantFirst);
    // An action on the page (not on a row): a toolbar button and a context-menu entry.
    void addPageAction(QAction* action);
    // Categories for the combo: (label, category); the first is usually ("All", "").
    void setCategories(const QList<QPair<QString, QString>>& categories);
    void setWebUiLink(UrlForRow link) { m_link = std::move(link); }
    void setDelegateForColumn(int column, class QAbstractItemDelegate* delegate);
    // An action on the selected row: a toolbar button and a context-menu entry; its shortcut
    // works while the page has focus. Disabled while no row is selected.
    void addRowAction(QAction* action);
    // An action on the selected object that its owner enables (it depends on more than a
    // selection): a context-menu entry and a button on the detail pane.
    void addDetailAction(QAction* action);
    // The row action that opens the selected object's page: also a double-click and Return or
    // Enter on the table (not in the filter, where Return types).
    void setOpenAction(QAction* action);

    QTableView* view() const { return m_view; }
    MesosFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }
    QComboBox* categoryBox() const { return m_category; }
    MesosDetailPane* detail() const { return m_detail; }
    QString selectedKey() const;

    // Selects the source model's row (and shows it: a filter that hides it is cleared), with
    // the focus on the table. False when there is no such row.
    bool selectSourceRow(int row);
    QAction* filterAction() const { return m_filterAction; }

    void copySelectedId();
    void openSelectedInWebUi();

signals:
    void currentChanged(); // another row, or the current row's data changed

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSelectionChanged();
    void saveHeader();
    void fitColumns();
    void updateCount();

    SettingValue<QByteArray> m_headerSetting;
    MesosFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_category;
    QLabel* m_count;
    QTableView* m_view;
    MesosDetailPane* m_detail;
    UrlForRow m_link;
    QHBoxLayout* m_bar;
    QAction* m_filterAction;
    QList<QAction*> m_rowActions;
    QList<QAction*> m_detailActions;
    QList<QAction*> m_pageActions;
    QList<int> m_optional;
    bool m_restored = false;
    bool m_fitting = false;   // the header is ours to fit (the operator has not arranged it)
    bool m_arranging = false; // our own changes to the header, not the operator's
};
