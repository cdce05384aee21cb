#pragma once

#include "cases/Customer.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace rd {

class Database;

/**
 * Finds a customer as you type (name, phone or e-mail) and adds a new one inline. Enter picks
 * the highlighted (or first) match; with no match, Enter opens the new-customer form filled
 * with what was typed.
 */
class CustomerLookup : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerLookup(Database &db, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    /// An incoming call from @p phone (E.164), with the @p name the phone showed: one customer with
    /// that number is chosen at once; several are listed to pick from; none opens the new-customer
    /// form with the number (and name) filled in.
    void lookUpCaller(const QString &phone, const QString &name);

signals:
    void customerChosen(const rd::Customer &customer);
    void message(const QString &text, bool error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void chooseRow(int row);
    void showNewForm(bool show);
    void addCustomer();

    Database &m_db;
    QList<Customer> m_found;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QTimer *m_searchTimer = nullptr;
    QPushButton *m_newButton = nullptr;
    QWidget *m_newForm = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_organisation = nullptr;
};

} // namespace rd
