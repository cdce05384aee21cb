#include "widgets/MessageBar.h"

#include "widgets/Theme.h"

#include <QStyle>
#include <QTimer>

namespace rd {

MessageBar::MessageBar(const QString &objectName, QWidget *parent) : QLabel(parent), m_timer(new QTimer(this))
{
    setObjectName(objectName);
    setWordWrap(true);
    setStyleSheet(Theme::css(QStringLiteral(
        "QLabel { border-radius: 4px; padding: 6px 10px; font-size: @fs(11); }"
        "QLabel[error=\"true\"] { background: @errorBg; color: @errorText; border: 1px solid @errorBorder; }"
        "QLabel[error=\"false\"] { background: @okBg; color: @okText; border: 1px solid @okBorder; }")));
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
