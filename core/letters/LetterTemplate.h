#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rd {

class LetterLanguage;

/**
 * The wording of a written confirmation in one language: a subject and a body with placeholders
 * in braces ({customer}, {agreements}, …) that the facts of the case fill. A paragraph (text
 * between blank lines) whose placeholders all have nothing to fill is left out whole, so a letter
 * without a decision has no empty "What we decided:" heading; a line holding only such
 * placeholders goes too (no empty line for a missing signature).
 */
struct LetterTemplate
{
    QString subject;
    QString body;

    /// The built-in wording in @p language.
    static LetterTemplate defaults(const LetterLanguage &language);
    /// The placeholders, without braces, in the order Settings lists them.
    static QStringList placeholders();
    /// What a placeholder is filled with, in the program's language (for Settings).
    static QString describe(const QString &placeholder);
    /// The template's text is stored and typed text like any other: a one-line subject, no
    /// control characters, within the size rules, and no placeholder this version does not know.
    Status check() const;

    /// @p text with every {placeholder} replaced by its value (once: a value's own braces stay
    /// as typed); with @p dropEmpty, paragraphs and lines with nothing to fill are left out.
    static QString fill(const QString &text, const QHash<QString, QString> &values, bool dropEmpty);
};

/// The texts of LetterTemplate that need the program's language.
class LetterTemplateText
{
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)
    friend struct LetterTemplate;
};

} // namespace rd
