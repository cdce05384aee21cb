#pragma once

#include <QLabel>

class QTimer;

namespace rd {

/// One line (or a few) telling the employee what just happened: green when done, red when not.
/// Errors stay until the next message; other messages may fade after a while.
class MessageBar : public QLabel
{
    Q_OBJECT

public:
    explicit MessageBar(const QString &objectName, QWidget *parent = nullptr);

    void showMessage(const QString &text, bool error);
    /// Hide non-error messages after @p ms (0: keep them).
    void setAutoHide(int ms);

private:
    QTimer *m_timer = nullptr;
    int m_autoHideMs = 0;
};

} // namespace rd
