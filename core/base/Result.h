#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rd {

/// A failure a user can act on: what went wrong, where, and what to do about it.
struct Error
{
    enum class Code {
        InvalidInput, ///< the caller's data breaks a rule; nothing was written
        NotFound,     ///< an id that does not exist
        Refused,      ///< a rule of the method forbids the change (e.g. closing with open promises)
        Storage,      ///< the database file could not be read or written
        InUse,        ///< another program holds the file locked
        Foreign,      ///< the file is not (or no longer) a Recovery Desk database
        TooNew,       ///< written by a newer version of the program
        Untrusted,    ///< signed by a workstation this archive does not trust yet
        Stopped,      ///< the caller asked long work to stop; it changed nothing
    };

    Code code = Code::InvalidInput;
    QString message;
};

/**
 * The outcome of a core call: a value, or an Error with a readable message.
 * Core never throws and never shows dialogs; the caller decides how to present the error.
 */
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    // value() on a failed Result is a programming error: check ok() first. Debug builds stop here.
    const T &value() const &
    {
        Q_ASSERT_X(ok(), "Result::value", "value() of a failed Result");
        return *m_value;
    }
    T &value() &
    {
        Q_ASSERT_X(ok(), "Result::value", "value() of a failed Result");
        return *m_value;
    }
    // By value, so "for (x : f().value())" does not dangle once the temporary Result is gone.
    T value() &&
    {
        Q_ASSERT_X(ok(), "Result::value", "value() of a failed Result");
        return std::move(*m_value);
    }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }
    /// The value, or @p fallback on failure (for figures where a failure is shown elsewhere).
    T value_or(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// Result of a call that yields nothing but success or an Error.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return m_error; }
    const QString &message() const { return m_error.message; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace rd
