#pragma once

#include "Error.h"

#include <optional>
#include <utility>
#include <variant>

// Value or Error. Libraries below the GUI return this instead of throwing.
template <typename T> class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    // By value: `for (x : f().value())` and `const auto& v = f().value()` keep the value alive, where a
    // reference into the temporary Result would dangle.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T* operator->() const { return &std::get<T>(m_data); }
    // An empty Error when there is none, so messages may be built without checking first.
    const Error& error() const {
        static const Error kNone;
        const Error* e = std::get_if<Error>(&m_data);
        return e ? *e : kNone;
    }

private:
    std::variant<T, Error> m_data;
};

// Result without a value.
template <> class Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const {
        static const Error kNone;
        return m_error ? *m_error : kNone;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QStringView code, QString detail = {}, int httpStatus = 0) {
    return Error{code.toString(), std::move(detail), httpStatus};
}
