#pragma once

#include "exchange/Bundle.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rd {

/// Chooses what a case bundle carries (period, whose cases) and where it is written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const QString &employee, qint64 nowMs, QWidget *parent = nullptr);

    BundleSelection selection() const;
    QString path() const;

private:
    void browse();

    QString m_employee;
    qint64 m_now;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace rd
