#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace recertify {

/** A failure that a user can read: what went wrong and where (file, line or field). */
struct Error
{
    QString message; ///< in the domain's words: never a command-line flag
    QString code; ///< for callers that branch on the kind of failure ("not-found"); empty otherwise
    QString field; ///< the input at fault ("justification", "fallbackReviewer"): the CLI names its flag, the desktop
                   ///< focuses it
};

/**
 * The one error convention in core: a value or an Error. Marked [[nodiscard]] so a failure
 * cannot be dropped silently.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_data); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString errorString() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString message)
{
    return Error { std::move(message), QString(), QString() };
}

/** An error about one input: the message says what is wrong in the domain's words, field names the input. */
inline Error fieldError(QString field, QString message)
{
    return Error { std::move(message), QString(), std::move(field) };
}

} // namespace recertify
