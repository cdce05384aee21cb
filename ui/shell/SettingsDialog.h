#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rd {

/// File → Settings… (Ctrl+,): who works here, language, due-time picks, reminders, and where the
/// database and backups live. OK saves; the window applies what changed at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// What changed, after the dialog was accepted.
    bool nameChanged() const { return m_nameChanged; }
    QString chosenLanguage() const;
    bool backupFolderChanged() const { return m_backupChanged; }
    bool databaseChanged() const { return m_databaseChanged; }

    /// On the very first start: asks only the employee's name (prefilled with the system user)
    /// and keeps it. False if the user cancelled; the name is then asked again next time.
    static bool askNameOnFirstStart(QWidget *parent = nullptr);

    void accept() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_team = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_customerLanguage = nullptr;
    QPlainTextEdit *m_signature = nullptr;
    QSpinBox *m_morning = nullptr;
    QSpinBox *m_afternoon = nullptr;
    QSpinBox *m_endOfDay = nullptr;
    QCheckBox *m_popups = nullptr;
    QSpinBox *m_lead = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_backups = nullptr;
    QSpinBox *m_backupSpace = nullptr;
    QLineEdit *m_phoneCountry = nullptr;
    QCheckBox *m_dialling = nullptr;
    QLineEdit *m_dialCommand = nullptr;
    QLabel *m_error = nullptr;
    bool m_nameChanged = false;
    bool m_backupChanged = false;
    bool m_databaseChanged = false;
};

} // namespace rd
