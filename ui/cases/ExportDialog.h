#pragma once

#include "exchange/Bundle.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rd {

/// Chooses what a case bundle carries (period, whose cases; or, sent back from the archive, the
/// compliments and recognition for one colleague or the whole team) and where it is written.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p colleagues: the names offered for a return bundle.
    ExportDialog(const QString &employee, qint64 nowMs, const QStringList &colleagues = {}, QWidget *parent = nullptr);

    BundleSelection selection() const;
    QString path() const;
    /// A return bundle for one colleague was chosen (whatever name was typed).
    bool returnsToOne() const;

private:
    void browse();
    void updateChoice();

    QString m_employee;
    qint64 m_now;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_returnFor = nullptr;
    QLineEdit *m_path = nullptr;
};

} // namespace rd
