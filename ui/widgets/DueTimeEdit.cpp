#include "widgets/DueTimeEdit.h"

#include "widgets/Accessible.h"
#include "base/Clock.h"
#include "agreements/DueTimeSuggestions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace rd {

DueTimeEdit::DueTimeEdit(const Clock &clock, std::function<DueTimeHours()> hours, QWidget *parent)
    : QWidget(parent), m_clock(clock), m_hours(std::move(hours))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_picks = new QComboBox(this);
    m_picks->setObjectName(QStringLiteral("quickPicks"));
    describe(m_picks, tr("Quick picks"), tr("Common due times; choose one or set the date and time yourself."));
    m_picks->setAccessibleName(tr("Quick pick"));
    m_picks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picks->setMinimumContentsLength(9);
    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("dateTime"));
    describe(m_edit, tr("Date and time"), tr("The exact due date and time."));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                 ? QLocale().dateTimeFormat(QLocale::ShortFormat)
                                 : QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_edit->setAccessibleName(tr("Date and time"));
    layout->addWidget(m_picks);
    layout->addWidget(m_edit, 1);
    connect(m_picks, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        const QDateTime at = m_picks->itemData(index).toDateTime();
        if (at.isValid())
            m_edit->setDateTime(at);
    });
    refreshSuggestions();
}

void DueTimeEdit::refreshSuggestions(Default which)
{
    const auto picks = DueTimeSuggestions::forNow(m_clock.nowUtc().toLocalTime(), m_hours ? m_hours() : DueTimeHours{});
    m_picks->clear();
    for (const DueSuggestion &p : picks)
        m_picks->addItem(p.label, p.at);
    // The next working day: 10:00 for a promise, 14:00 to report back after it.
    const int fromEnd = which == Default::NextMorning ? 3 : 2;
    const int chosen = int(picks.size()) - fromEnd;
    m_picks->setCurrentIndex(chosen);
    m_edit->setDateTime(picks.at(chosen).at);
}

qint64 DueTimeEdit::valueMs() const { return m_edit->dateTime().toMSecsSinceEpoch(); }

void DueTimeEdit::setValue(const QDateTime &local) { m_edit->setDateTime(local); }

} // namespace rd
