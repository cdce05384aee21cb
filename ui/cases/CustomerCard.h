#pragma once

#include <QWidget>

class QLabel;

namespace rd {

class Database;

/// The caller at a glance: details, a repeat-complainant flag, earlier cases and open promises.
class CustomerCard : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerCard(Database &db, QWidget *parent = nullptr);

    /// Shows @p customerId; @p currentCaseId is left out of "earlier cases". Empty clears the card.
    void showCustomer(const QString &customerId, const QString &currentCaseId);

    static constexpr int kRepeatWindowDays = 365;

signals:
    /// The employee chose the customer's number (a link, reachable with Tab and Enter) to dial it.
    void dialRequested(const QString &phone);

private:
    Database &m_db;
    QLabel *m_details = nullptr;
    QLabel *m_repeat = nullptr;
    QLabel *m_history = nullptr;
    QString m_phone; ///< the number shown, dialled when its link is chosen
};

} // namespace rd
