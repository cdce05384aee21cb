#include "base/PhoneNumber.h"

#include "base/TextRules.h"

#include <phonenumbers/phonenumberutil.h>

#include <QMutex>

#include <set>
#include <string>

namespace rd {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;

QMutex s_countryLock;
QString s_country = QStringLiteral("NL");

/// The parsed number, or why @p typed is none; read in @p country for national forms.
Result<i18n::phonenumbers::PhoneNumber> parse(const QString &typed, const QString &country)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return Error{Error::Code::InvalidInput, PhoneNumber::tr("The phone number is empty.")};
    for (const QChar c : text)
        if (c.isLetter()) // libphonenumber would read "0800-FLOWERS" as keypad digits; a caller's number has none
            return Error{Error::Code::InvalidInput, PhoneNumber::tr("\"%1\" has letters; a phone number has none.").arg(text.left(40))};
    if (TextRules::phoneDigits(text).size() > PhoneNumber::kMaxDigits)
        return Error{Error::Code::InvalidInput,
                     PhoneNumber::tr("\"%1\" has more than %2 digits; no phone number is that long.").arg(text.left(40)).arg(PhoneNumber::kMaxDigits)};
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    const auto parsed = util.Parse(text.toStdString(), country.toStdString(), &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR || !util.IsValidNumber(number))
        return Error{Error::Code::InvalidInput,
                     PhoneNumber::tr("\"%1\" is not a valid phone number (national numbers are read as in %2).").arg(text.left(40), country)};
    return number;
}

/// @p typed written in @p format, or why it is no phone number.
Result<QString> formatted(const QString &typed, PhoneNumberUtil::PhoneNumberFormat format)
{
    auto number = parse(typed, PhoneNumber::defaultCountry());
    if (!number)
        return number.error();
    std::string out;
    PhoneNumberUtil::GetInstance()->Format(number.value(), format, &out);
    return QString::fromStdString(out);
}

} // namespace

void PhoneNumber::setDefaultCountry(const QString &code)
{
    if (!isKnownCountry(code))
        return;
    QMutexLocker lock(&s_countryLock);
    s_country = code.toUpper();
}

QString PhoneNumber::defaultCountry()
{
    QMutexLocker lock(&s_countryLock);
    return s_country;
}

bool PhoneNumber::isKnownCountry(const QString &code)
{
    if (code.size() != 2)
        return false;
    std::set<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    return regions.count(code.toUpper().toStdString()) > 0;
}

Result<QString> PhoneNumber::normalise(const QString &typed) { return formatted(typed, PhoneNumberUtil::E164); }

QString PhoneNumber::readable(const QString &e164)
{
    auto written = formatted(e164, PhoneNumberUtil::INTERNATIONAL);
    return written ? written.value() : e164;
}

QString PhoneNumber::searchDigits(const QString &typed)
{
    auto number = parse(typed, defaultCountry());
    if (!number)
        return {};
    std::string out;
    PhoneNumberUtil::GetInstance()->GetNationalSignificantNumber(number.value(), &out);
    return QString::fromStdString(out);
}

bool PhoneNumber::same(const QString &typed, const QString &e164)
{
    auto number = normalise(typed);
    return number && number.value() == e164;
}

} // namespace rd
