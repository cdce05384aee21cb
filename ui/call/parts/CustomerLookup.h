#pragma once

#include "cases/Customer.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace rd {

class Database;

/**
 * Finds a customer as you type (name, phone or e-mail) and adds a new one inline. Enter picks
 * the highlighted (or first) match; with no match, Enter opens the new-customer form filled
 * with what was typed. While the form is filled in, a hint names a customer already here who is
 * probably the same person (same number, address or name): Enter then takes them, the add
 * button (Alt+A) adds the new one anyway.
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
    /// Looks for a customer already here who is probably the one being typed in (DuplicateFinder).
    void checkLikelyMatch();

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
    QPushButton *m_addButton = nullptr;
    QLabel *m_hint = nullptr;      ///< "Maybe Ria Jansen…? Enter takes this customer"
    QTimer *m_hintTimer = nullptr;
    std::optional<Customer> m_likely; ///< the customer the hint names; Enter takes them
};

} // namespace rd
