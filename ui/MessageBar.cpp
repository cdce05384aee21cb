#include "MessageBar.h"

#include <QStyle>
#include <QTimer>

namespace rd {

MessageBar::MessageBar(const QString &objectName, QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(QStringLiteral(
        "QLabel { border-radius: 4px; padding: 6px 10px; font-size: 11pt; }"
        "QLabel[error=\"true\"] { background: #fdecea; color: #8a1c14; border: 1px solid #f3b8b2; }"
        "QLabel[error=\"false\"] { background: #e8f5ec; color: #1e5631; border: 1px solid #b7dfc3; }"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::setAutoHide(int ms) { m_autoHideMs = ms; }

void MessageBar::showMessage(const QString &text, bool error)
{
    setText(text);
    setProperty("error", error);
    // A dynamic property only restyles after a re-polish.
    style()->unpolish(this);
    style()->polish(this);
    show();
    if (error || m_autoHideMs <= 0)
        m_timer->stop(); // errors stay until the next action
    else
        m_timer->start(m_autoHideMs);
}

} // namespace rd
