#include "widgets/OwnerChoice.h"

#include "lists/WorkQueue.h"

#include <QComboBox>

namespace rd {

void refillOwnerChoice(QComboBox *combo, Database &db, const QList<OwnerEntry> &leading)
{
    const QVariant chosen = combo->count() ? combo->currentData() : QVariant(leading.value(0).second);
    combo->clear();
    QStringList listed;
    for (const auto &[text, owner] : leading) {
        combo->addItem(text, owner);
        listed << owner;
    }
    if (auto owners = WorkQueue(db).owners(); owners)
        for (const QString &o : owners.value())
            if (!listed.contains(o))
                combo->addItem(o, o);
    combo->setCurrentIndex(qMax(0, combo->findData(chosen)));
}

} // namespace rd
