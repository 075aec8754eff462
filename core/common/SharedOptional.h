#pragma once
// An optional value kept behind a shared pointer: 16 bytes however large the value, and a
// copy shares it until one side writes (copy on write, as Qt's implicitly shared types).
// For a member most objects of a large list leave empty or never change: an
// InstallRun's RunMetadata took 152 of its 240 bytes inline, for every one of 100k runs.
// Reads like std::optional (bool test, *, ->, has_value, emplace, reset).
#include <memory>
#include <optional>
#include <utility>

namespace gatehouse {

template <typename T> class SharedOptional
{
public:
    SharedOptional() = default;
    SharedOptional(std::nullopt_t) {}
    SharedOptional(const T &value) : m_value(std::make_shared<T>(value)) {}
    SharedOptional(T &&value) : m_value(std::make_shared<T>(std::move(value))) {}
    SharedOptional(std::optional<T> &&value)
    {
        if (value)
            m_value = std::make_shared<T>(std::move(*value));
    }
    SharedOptional(const std::optional<T> &value)
    {
        if (value)
            m_value = std::make_shared<T>(*value);
    }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }

    const T &operator*() const { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    // Writing detaches first: no other copy sees the change.
    T &operator*() { return *detached(); }
    T *operator->() { return detached(); }

    T &emplace()
    {
        m_value = std::make_shared<T>();
        return *m_value;
    }
    void reset() { m_value.reset(); }

    // True when both hold the very same value object (tests: a copy shares).
    bool isSharedWith(const SharedOptional &other) const
    {
        return m_value && m_value == other.m_value;
    }

private:
    T *detached()
    {
        if (m_value && m_value.use_count() > 1)
            m_value = std::make_shared<T>(*m_value);
        return m_value.get();
    }

    std::shared_ptr<T> m_value;
};

} // namespace gatehouse
