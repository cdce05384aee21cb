#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

namespace rd {

/**
 * Enter (or Return) on a view's current cell calls @p act with its row and column — the keyboard's
 * way to open what a cell stands for, whatever the platform's activation key is. Owned by the view.
 */
class EnterKey : public QObject
{
public:
    static void install(QAbstractItemView *view, std::function<void(int row, int column)> act);

private:
    EnterKey(QAbstractItemView *view, std::function<void(int, int)> act);
    bool eventFilter(QObject *watched, QEvent *event) override;

    QAbstractItemView *m_view;
    std::function<void(int, int)> m_act;
};

} // namespace rd
