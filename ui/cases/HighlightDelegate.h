#pragma once

#include <QStyledItemDelegate>

namespace rd {

/// Draws text whose search matches are marked (CaseSearch::kMarkStart … kMarkEnd) with those words highlighted.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The marked text as HTML: escaped, with the matches in <b> on a light background.
    static QString toHtml(const QString &marked);
};

} // namespace rd
