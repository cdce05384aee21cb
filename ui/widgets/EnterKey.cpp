#include "widgets/EnterKey.h"

#include <QAbstractItemView>
#include <QKeyEvent>

namespace rd {

EnterKey::EnterKey(QAbstractItemView *view, std::function<void(int, int)> act) : QObject(view), m_view(view), m_act(std::move(act)) {}

void EnterKey::install(QAbstractItemView *view, std::function<void(int row, int column)> act)
{
    view->installEventFilter(new EnterKey(view, std::move(act)));
}

bool EnterKey::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const QModelIndex current = m_view->currentIndex();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && current.isValid()) {
            m_act(current.row(), current.column());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rd
