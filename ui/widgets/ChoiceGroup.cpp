#include "widgets/ChoiceGroup.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>

namespace rd {

ChoiceGroup::ChoiceGroup(const QString &title, const QList<Option> &options, Qt::Orientation orientation,
                         QWidget *parent)
    : QWidget(parent), m_options(options), m_group(new QButtonGroup(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    if (!title.isEmpty()) {
        auto *label = new QLabel(title, this);
        label->setObjectName(QStringLiteral("choiceTitle"));
        outer->addWidget(label);
    }
    QBoxLayout *row = orientation == Qt::Horizontal ? static_cast<QBoxLayout *>(new QHBoxLayout)
                                                    : static_cast<QBoxLayout *>(new QVBoxLayout);
    outer->addLayout(row);
    for (int i = 0; i < m_options.size(); ++i) {
        // The digit in front says which key picks it.
        auto *button = new QRadioButton(QStringLiteral("%1  %2").arg(i + 1).arg(m_options.at(i).label), this);
        button->setObjectName(QStringLiteral("choice_") + m_options.at(i).key);
        button->installEventFilter(this);
        m_group->addButton(button, i);
        row->addWidget(button);
    }
    if (orientation == Qt::Horizontal)
        row->addStretch();
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { emit chosen(m_options.at(id).key); });
    setFocusProxy(m_group->button(0));
}

QString ChoiceGroup::value() const
{
    const int id = m_group->checkedId();
    return id >= 0 ? m_options.at(id).key : QString();
}

void ChoiceGroup::setValue(const QString &key)
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).key == key) {
            m_group->button(i)->setChecked(true);
            return;
        }
    }
    // Clearing an exclusive group needs exclusivity off for a moment.
    m_group->setExclusive(false);
    for (auto *b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
}

bool ChoiceGroup::pickByDigit(int key)
{
    const int index = key - Qt::Key_1;
    if (index < 0 || index >= m_options.size())
        return false;
    QAbstractButton *button = m_group->button(index);
    button->setFocus();
    button->click();
    return true;
}

void ChoiceGroup::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier && pickByDigit(event->key()))
        return;
    QWidget::keyPressEvent(event);
}

bool ChoiceGroup::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier && pickByDigit(key->key()))
            return true;
        // Enter on a focused option picks it, as Space does.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (auto *b = qobject_cast<QAbstractButton *>(watched); b && !b->isChecked()) {
                b->click();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rd
