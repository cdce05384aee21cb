#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rd {

/**
 * Phone numbers read the way a phone reads them, with libphonenumber: "06 1234 5678" (in the
 * Netherlands), "+31 6 12345678" and "0031612345678" are one number. National forms are read with
 * a default country, set once from Settings (the program's only phone-number setting).
 */
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    /// The most digits a number may have (E.164 allows 15; room for an extension's worth of typing).
    static constexpr int kMaxDigits = 20;

    /// The country national forms are read in: two letters of ISO 3166 ("NL"). Unknown codes are ignored.
    static void setDefaultCountry(const QString &code);
    static QString defaultCountry();
    /// Whether libphonenumber knows @p code as a country with phone numbers.
    static bool isKnownCountry(const QString &code);

    /// @p typed in E.164 ("+31612345678"), or why it is not a phone number (letters, too many
    /// digits, not a valid number in the default country or internationally).
    static Result<QString> normalise(const QString &typed);
    /// @p e164 written for people: "+31 6 12345678"; any other text is returned as it is.
    static QString readable(const QString &e164);
    /// The digits a number is searched by: its national significant number ("612345678"), the
    /// ending every way of writing it shares. Empty when @p typed is not a phone number.
    static QString searchDigits(const QString &typed);
    /// Whether @p typed, in whatever form, is the number @p e164 (false when it is no number).
    static bool same(const QString &typed, const QString &e164);
};

} // namespace rd
