#pragma once

#include "lists/CaseListQuery.h"
#include "base/Result.h"

#include <QCoreApplication>

#include <functional>

namespace rd {

class Database;

/// A case list (any filter and sort) as CSV for spreadsheets, or as HTML for a PDF.
class CaseListExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseListExport)

public:
    /// Writes every matching case as RFC 4180 CSV, UTF-8 with a byte-order mark, read a page at a
    /// time; @p progress (rows so far) may return false to stop. Written whole or not at all.
    static Result<qint64> writeCsv(Database &db, const CaseListQuery &query, const QString &path,
                                   const std::function<bool(qint64)> &progress = {});
    /// The first @p limit matching cases as an HTML table, saying how many there are in all.
    static Result<QString> html(Database &db, const CaseListQuery &query, int limit);

    /// One CSV field, quoted when it holds a comma, quote or line break, and with a leading ' when
    /// it starts as a spreadsheet formula would (=, +, -, @, tab, carriage return). Every CSV the
    /// program writes goes through this.
    static QString csvField(const QString &value);
};

} // namespace rd
