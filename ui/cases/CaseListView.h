#pragma once

#include "lists/CaseListQuery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace rd {

class CaseListModel;
class Database;
class SearchResultsModel;

/**
 * All cases: sortable by any column, filtered by status, kind, cause, owner, period and
 * "overdue", and searched as you type (Ctrl+F). Enter opens the case.
 */
class CaseListView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseListView(Database &db, QWidget *parent = nullptr);

    void focusSearch();
    /// Writes the list as shown (filters and order; every row for CSV, the first kPdfRows for PDF,
    /// by the file's ending) to @p path; the error message, empty on success.
    QString exportList(const QString &path);
    static constexpr int kPdfRows = 2000;
    /// Shows the cases of @p query, setting the filters to match (for a figure's drill-down).
    void showQuery(const CaseListQuery &query);
    /// Re-reads the list (after changes elsewhere), keeping the filters.
    void refresh();
    CaseListModel *model() const { return m_model; }
    SearchResultsModel *searchModel() const { return m_search; }

signals:
    void openCase(const QString &caseId);
    void countChanged(qint64 total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void exportList();
    void runSearch();
    void openCurrent();
    void fillOwners();

    Database &m_db;
    CaseListModel *m_model = nullptr;
    SearchResultsModel *m_search = nullptr;
    QLineEdit *m_searchField = nullptr;
    QLabel *m_count = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_cause = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_period = nullptr;
    QCheckBox *m_overdue = nullptr;
    QCheckBox *m_unconfirmed = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_results = nullptr;
    QTimer *m_searchTimer = nullptr;
};

} // namespace rd
