#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;

namespace rd {

/**
 * A labelled row (or column) of radio buttons for one choice — cause, decision, emotion.
 * Keyboard: Tab reaches it, arrow keys move, and the digits 1–9 pick an option directly.
 */
class ChoiceGroup : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString key;
        QString label;
    };

    ChoiceGroup(const QString &title, const QList<Option> &options, Qt::Orientation orientation,
                QWidget *parent = nullptr);

    /// The chosen key, empty if none.
    QString value() const;
    /// Shows @p key as chosen without emitting chosen(); an unknown or empty key clears.
    void setValue(const QString &key);

signals:
    /// The user picked an option.
    void chosen(const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool pickByDigit(int key);

    QList<Option> m_options;
    QButtonGroup *m_group = nullptr;
};

} // namespace rd
